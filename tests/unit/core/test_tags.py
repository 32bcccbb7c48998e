from app.core.tags import DEFAULT_TAGS, tag_key


def test_tag_names_compare_without_case_or_unicode_form():
    assert tag_key("Commission") == tag_key("commission ")
    assert tag_key("Éco") == tag_key("e\u0301co".upper())


def test_defaults_have_distinct_colours_and_keys_one_to_three():
    assert [t.name for t in DEFAULT_TAGS] == ["funding", "sites", "Commission"]
    assert [t.shortcut for t in DEFAULT_TAGS] == [1, 2, 3]
    assert len({t.colour for t in DEFAULT_TAGS}) == 3
