from app.core.tags import DEFAULT_TAGS, tag_key


def test_tag_names_compare_without_case_or_unicode_form():
    assert tag_key("Commission") == tag_key("commission ")
    assert tag_key("Éco") == tag_key("e\u0301co".upper())


def test_defaults_have_distinct_colours_and_keys_one_to_three():
    assert [t.name for t in DEFAULT_TAGS] == ["funding", "sites", "Commission"]
    assert [t.shortcut for t in DEFAULT_TAGS] == [1, 2, 3]
    assert len({t.colour for t in DEFAULT_TAGS}) == 3


def test_nested_puts_each_tag_after_its_parent_keeping_the_order_of_siblings():
    from app.core.tags import Tag, nested

    tags = [Tag("b", "#000000", id=2, parent_id=3), Tag("a", "#000000", id=1), Tag("c", "#000000", id=3),
            Tag("d", "#000000", id=4, parent_id=2), Tag("e", "#000000", id=5, parent_id=99),
            Tag("x", "#000000", id=6, parent_id=7), Tag("y", "#000000", id=7, parent_id=6)]
    assert [(tag.name, depth) for tag, depth in nested(tags)] == [
        ("a", 0), ("c", 0), ("b", 1), ("d", 2), ("e", 0), ("x", 0), ("y", 1)]
