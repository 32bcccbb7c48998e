"""The vault's pieces: front matter values, file names, tags, highlight addresses."""

from __future__ import annotations

import yaml
from hypothesis import given
from hypothesis import strategies as st

from app.core.tags import Tag
from app.core.vault import highlight_id_of, safe_name, tag_paths, untouched, yaml_string

# What a YAML file can hold at all (YAML 1.1, as PyYAML reads it, refuses the rest).
YAML_TEXT = st.text(st.characters(blacklist_categories=("Cs",)))


@given(YAML_TEXT)
def test_any_text_reads_back_from_the_front_matter(text):
    assert yaml.safe_load(f"title: {yaml_string(text)}\n") == {"title": text}


@given(st.text())
def test_a_file_name_is_always_safe(text):
    name = safe_name(text, "Article")
    assert name and len(name) <= 80 and not name.startswith(".")
    assert not set(name) & set('/\\:*?"<>|#^[]') and name == name.strip()
    assert all(c.isprintable() for c in name)


def test_tags_nest_and_read_as_obsidian_tags():
    tags = [Tag("money & power", "#aa3300", id=1), Tag("giga/factories", "#00aa33", id=2, parent_id=1),
            Tag("2024", "#000000", id=3), Tag("???", "#000000", id=4)]
    assert tag_paths(tags) == {1: "money-power", 2: "money-power/giga-factories", 3: "tag-2024", 4: "tag-4"}


def test_highlight_addresses():
    assert highlight_id_of("carnet://highlight/123") == 123
    assert highlight_id_of("CARNET://highlight/7/") == 7
    for other in ("carnet://highlight/", "carnet://highlight/1x", "carnet://article/3", "http://highlight/3",
                  "carnet://highlight/" + "9" * 30):
        assert highlight_id_of(other) is None


def test_a_note_without_its_hash_or_with_another_is_not_carnets():
    assert not untouched("---\ntitle: \"x\"\n---\n\nhello\n")
    assert not untouched("hello\ncarnet_hash: \"" + "0" * 64 + "\"\n")
