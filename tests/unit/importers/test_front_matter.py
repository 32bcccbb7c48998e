from hypothesis import given
from hypothesis import strategies as st

from app.importers.front_matter import read_front_matter


def test_front_matter_fields_lists_and_quotes():
    text = (
        "---\ntitle: \"Les usines d'IA\"\nDate: 2024-02-11\ntags: [funding, \"sites\"]\n"
        "authors:\n  - Anne\n  - Bob\nurl: https://x.eu/a # comment\n---\n# Heading\nBody"
    )
    fields, rest = read_front_matter(text)
    assert fields == {
        "title": "Les usines d'IA",
        "date": "2024-02-11",
        "tags": ["funding", "sites"],
        "authors": ["Anne", "Bob"],
        "url": "https://x.eu/a",
    }
    assert rest == "# Heading\nBody"


def test_folded_and_literal_blocks_and_escapes_are_read_as_yaml_means_them():
    text = (
        "---\ntitle: >\n  Les usines\n  d’IA arrivent\nsummary: |\n  ligne 1\n  ligne 2\n"
        "source: \"Le Journal \\u00e9conomique\"\nauthor: 'l''auteur'\n---\nBody"
    )
    fields, _ = read_front_matter(text)
    assert fields["title"] == "Les usines d’IA arrivent"
    assert fields["summary"] == "ligne 1\nligne 2"
    assert fields["source"] == "Le Journal économique"
    assert fields["author"] == "l'auteur"


def test_text_without_front_matter_is_unchanged():
    assert read_front_matter("# Title\n---\ntext") == ({}, "# Title\n---\ntext")


def test_a_block_that_is_not_a_yaml_mapping_is_kept_as_text():
    for block in ("---\njust a line\n---\nBody", "---\ntitle: [unclosed\n---\nBody",
                  "---\nx: !!python/object/apply:os.system [echo]\n---\nBody",
                  "---\ndate: 0000-00-00\n---\nBody"):
        assert read_front_matter(block) == ({}, block)


def test_nested_values_are_skipped_and_aliases_not_expanded():
    text = "---\na: &a [x, x, x]\nb: [*a, *a, *a]\nc: {d: 1}\ntitle: T\n---\nBody"
    fields, _ = read_front_matter(text)
    assert fields == {"a": ["x", "x", "x"], "title": "T"}


@given(st.text(alphabet=st.characters(blacklist_characters="\n\r", blacklist_categories=("Cs",))))
def test_front_matter_title_round_trips(title):
    title = title.strip()
    fields, rest = read_front_matter(f'---\ntitle: "{_yaml_escaped(title)}"\n---\nBody')
    assert fields.get("title", "") == title
    assert rest == "Body"


def _yaml_escaped(text: str) -> str:
    """`text` as the inside of a YAML double-quoted string: every character outside
    printable ASCII as an escape, so the property covers the decoding of escapes."""
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif " " <= char <= "~":
            out.append(char)
        else:
            out.append(f"\\U{ord(char):08x}")
    return "".join(out)
