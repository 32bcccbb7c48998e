from app.core.page_check import NO_ARTICLE_WORDS, holds_no_article


def test_a_cookie_or_subscription_wall_holds_no_article():
    assert holds_no_article("Avant de continuer", "Nous utilisons des cookies. Tout accepter")
    assert holds_no_article("Abonnez-vous", "Cet article est réservé aux abonnés. Déjà abonné ? Connectez-vous")
    assert holds_no_article("Subscribe to read", "Already a subscriber? Sign in to continue reading.")


def test_a_short_article_or_a_long_one_that_mentions_cookies_is_an_article():
    assert not holds_no_article("Sept usines d'IA", "La Commission a choisi sept sites pour ses usines d'IA.")
    long_text = " ".join(["La Commission finance des usines d'IA."] * NO_ARTICLE_WORDS) + " Acceptez les cookies."
    assert not holds_no_article("Sept usines d'IA", long_text)
