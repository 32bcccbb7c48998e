import pytest

from app.core.errors import ImportRejected
from app.importers.markdown import read_markdown


def write(tmp_path, text, name="note.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_front_matter_wins_over_guesses(tmp_path):
    path = write(tmp_path, (
        "---\ntitle: Les usines d’IA\ndate: 11 février 2025\nsource: Le Monde\n"
        "url: https://example.org/a\ntags: [funding, sites]\nauthor: Anne Martin\n---\n"
        "# Un autre titre\n\nSource : Techcrunch\n\nLa Commission a **annoncé** des usines "
        "d’IA dans les pays de l’Union.\n"
    ))
    article = read_markdown(path)
    assert article.title == "Les usines d’IA"
    assert article.published == "2025-02-11"
    assert article.source == "Le Monde"
    assert article.url == "https://example.org/a"
    assert article.author == "Anne Martin"
    assert article.keywords == ("funding", "sites")
    assert article.format == "md"
    assert article.language == "fr"
    assert "**" not in article.body and "annoncé des usines" in article.body


def test_without_front_matter_the_heading_is_the_title(tmp_path):
    article = read_markdown(write(tmp_path, (
        "# Europe builds AI factories\n\nThe Commission said that the factories will be open "
        "to start-ups and researchers in the Union.\n"
    )))
    assert article.title == "Europe builds AI factories"
    assert article.language == "en"
    assert article.body.startswith("Europe builds AI factories\n\nThe Commission")


def test_front_matter_alone_is_empty(tmp_path):
    with pytest.raises(ImportRejected, match="empty file"):
        read_markdown(write(tmp_path, "---\ntitle: Nothing\n---\n\n"))


def test_yaml_front_matter_and_markdown_structure_come_in_whole(tmp_path):
    article = read_markdown(write(tmp_path, (
        "---\ntitle: >\n  Les usines\n  d’IA\ndate: le 24 janvier 2024\nsource: \"\\u00c9chos\"\n---\n"
        "- Un **point** &amp; un autre[^n]\n- `a_b | c`\n\n| Pays | Sites |\n|---|---|\n| Finlande | 2 |\n\n"
        "[^n]: La note de bas de page.\n"
    )))
    assert article.title == "Les usines d’IA"
    assert article.published == "2024-01-24"
    assert article.source == "Échos"
    assert article.body == ("Un point & un autre[n]\n\na_b | c\n\nPays\tSites\n\nFinlande\t2\n\n"
                            "[n] La note de bas de page.")
