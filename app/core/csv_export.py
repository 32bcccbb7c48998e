"""Highlights as CSV rows for spreadsheets and qualitative-analysis tools."""

from __future__ import annotations

import csv
import io

from app.core.digest import Digest

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet reads as the start of a formula (OWASP's list for CSV injection)."""

COLUMNS = ("highlight_id", "article_id", "article_title", "source", "date", "tag", "quote", "note",
           "start", "end", "anchor_status")


def to_csv(digest: Digest) -> str:
    """One row per highlight and tag (one row with an empty tag when it has none), with a
    header. Quotes and line breaks inside fields are quoted as RFC 4180 says; the text
    starts with a byte-order mark so spreadsheets read it as UTF-8. A text cell that a
    spreadsheet would run as a formula gets a leading `'` (see `neutralised`)."""
    names = {tag.id: tag.name for tag in digest.tags}
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for highlight in sorted(digest.highlights, key=lambda h: (h.article_id, h.start, h.end, h.id or 0)):
        article = digest.articles[highlight.article_id]
        tags = [names[t] for t in highlight.tag_ids if t in names] or [""]
        for tag in tags:
            writer.writerow([highlight.id, article.id, *map(neutralised, (
                article.title, article.source or "", (article.published or "")[:10], tag, highlight.quote,
                highlight.note)), highlight.start, highlight.end, highlight.status.value])
    return "\ufeff" + out.getvalue()


def neutralised(text: str) -> str:
    """`text` with a `'` in front when it starts like a formula (`= + - @`, a tab or a
    carriage return), as OWASP recommends, so that a spreadsheet shows it as text
    instead of running it. The JSON export keeps the text as it is."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
