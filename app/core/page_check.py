"""Telling a page that holds no article (a cookie wall, a subscription wall, a sign-in
page) from a short article: what such a page keeps, once its menus are gone, is a few
dozen words asking to accept, subscribe or sign in."""

from __future__ import annotations

import re

NO_ARTICLE_WORDS = 120
"""A page whose text has fewer words than this, and that asks for consent, a
subscription or a sign-in, holds no article."""

_WORDS = re.compile(r"\w+")
_ASKING = re.compile(
    r"cookie|consent|accept all|tout accepter|accepter et continuer|privacy settings|"
    r"paramètres de confidentialité|subscribe|subscription|subscribers only|abonn|"
    r"réservé aux abonnés|sign in to continue|log in to continue|connectez-vous|paywall|"
    r"already a subscriber|déjà abonné|enable javascript|activez javascript",
    re.I,
)


def holds_no_article(title: str, body: str) -> bool:
    """Whether a page's extracted `title` and `body` are a consent, subscription or
    sign-in page rather than an article."""
    if len(_WORDS.findall(body)) >= NO_ARTICLE_WORDS:
        return False
    return bool(_ASKING.search(body) or _ASKING.search(title))
