import pytest

from app.core.article_details import DetailError, checked_details


def test_details_are_trimmed_and_empty_optional_ones_cleared():
    assert checked_details({"title": "  Les   usines d’IA ", "source": " ", "keywords": "IA, , Europe,IA",
                            "language": "FR", "published": "2024-01-24T09:30:00+01:00"}) == {
        "title": "Les usines d’IA", "source": None, "keywords": ("IA", "Europe"), "language": "fr",
        "published": "2024-01-24T09:30:00+01:00"}
    assert checked_details({"published": "2024"}) == {"published": "2024"}
    assert checked_details({"published": "2024-02"}) == {"published": "2024-02"}
    assert checked_details({"url": ""}) == {"url": None}


@pytest.mark.parametrize("fields, words", [
    ({"title": "   "}, "the title cannot be empty"),
    ({"title": "une cloche \x07"}, "control character"),
    ({"published": "2024-02-30"}, "YYYY-MM-DD"),
    ({"published": "2024-13"}, "does not exist"),
    ({"url": "javascript:alert(1)"}, "http:// or https://"),
    ({"url": "https://exemple.fr/un espace"}, "http:// or https://"),
    ({"language": "français"}, "two-letter code"),
    ({"body": "autre texte"}, "is not a detail"),
])
def test_a_detail_that_cannot_be_stored_is_refused_naming_it(fields, words):
    with pytest.raises(DetailError, match=words):
        checked_details(fields)
