from app.core.frontmatter import split_front_matter
from app.core.markdown_text import markdown_to_text


def test_front_matter_fields_lists_and_quotes():
    text = (
        "---\ntitle: \"Les usines d'IA\"\nDate: 2024-02-11\ntags: [funding, \"sites\"]\n"
        "authors:\n  - Anne\n  - Bob\nurl: https://x.eu/a # comment\n---\n# Heading\nBody"
    )
    fields, rest = split_front_matter(text)
    assert fields == {
        "title": "Les usines d'IA",
        "date": "2024-02-11",
        "tags": ["funding", "sites"],
        "authors": ["Anne", "Bob"],
        "url": "https://x.eu/a",
    }
    assert rest == "# Heading\nBody"


def test_text_without_front_matter_is_unchanged():
    assert split_front_matter("# Title\n---\ntext") == ({}, "# Title\n---\ntext")


def test_markdown_markup_is_dropped_and_words_kept():
    markdown = (
        "# Titre\n\nUn **texte** avec [un lien](http://a) et _emphase_, snake_case_word, `code`.\n"
        "> cité\n\n---\n\n![photo](x.png)\n\nTitre 2\n=======\n```\nfenced *code*\n```"
    )
    assert markdown_to_text(markdown).split("\n") == [
        "Titre", "", "Un texte avec un lien et emphase, snake_case_word, code.", "cité", "", "", "",
        "photo", "", "Titre 2", "fenced *code*",
    ]
