"""The Obsidian vault, read back with markdown-it-py (CommonMark, front matter) and a
wiki-link parser, as Obsidian would, and written again over itself."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml
from markdown_it import MarkdownIt
from mdformat_wikilink.mdit_wikilink_plugin import wikilink_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from app.core.article import Article
from app.services.annotating import AnnotationService
from app.services.importing import add_articles
from app.services.library import open_library
from app.services.tagging import TagService
from app.services.vault_export import VaultError, export_vault

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
HOSTILE_TITLE = '../../Sommet: "IA" #1 [[x]] ^h9\n---\ntitle: pwned'
FIRST = "L’Europe investira 200 milliards d’euros dans des *gigafactories*.\nVoir [[Autre note]] et <b>ceci</b>.\n"
SECOND = "Sept usines d’IA ont été choisies en décembre.\n"
WIKILINK = re.compile(r"\[\[([^|\]#]+)(?:#\^([\w-]+))?(?:\|([^\]]*))?\]\]")


def parser() -> MarkdownIt:
    return MarkdownIt("commonmark").use(front_matter_plugin).use(wikilink_plugin)


@pytest.fixture
def vault_library(tmp_path):
    library = open_library(tmp_path / "library", add_samples=False, language="en")
    first, second = (s.article_id for s in add_articles(library, [
        Article(title=HOSTILE_TITLE, body=FIRST, format="txt", source="Le Monde", url="https://example.org/ia",
                published="2025-02-11"),
        Article(title="Usines d’IA", body=SECOND, format="txt", url="javascript:alert(1)"),
    ]))
    tags, notes = TagService(library), AnnotationService(library)
    money = tags.create("money & power", colour="#aa3300", description="Budgets *and* funds").value
    tags.create("giga factories", colour="#00aa33", parent_id=money.id)
    start = FIRST.index("200")
    notes.add_highlight(article_id=first, start=start, end=FIRST.index(" dans"), tags=["money & power", "funding"],
                        note="À vérifier [[piège]] #pas-un-tag\n> pas une citation")
    start = FIRST.index("Voir")
    notes.add_highlight(article_id=first, start=start, end=len(FIRST) - 1, tags=["giga factories"])
    notes.add_highlight(article_id=second, start=0, end=len(SECOND) - 1, tags=["giga factories"])
    yield library
    library.close()


def read(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.md"))}


def front_matter(text: str) -> dict:
    token = parser().parse(text)[0]
    assert token.type == "front_matter"
    return yaml.safe_load(token.content)


def test_article_notes_read_back_as_written(vault_library, tmp_path):
    folder = tmp_path / "vault"
    report = export_vault(vault_library, folder)
    notes = read(folder)
    assert len(report.written) == len(notes) == 2 + 5  # two articles, five tags
    assert all(path.startswith(("Articles/", "Tags/")) for path in notes)  # the title's ../ stayed put
    hostile, = [text for path, text in notes.items() if path.startswith("Articles/Sommet")]
    meta = front_matter(hostile)
    assert meta["title"] == HOSTILE_TITLE and meta["source"] == "Le Monde" and meta["date"] == "2025-02-11"
    assert meta["url"] == "https://example.org/ia"
    assert meta["tags"] == ["funding", "money-power", "money-power/giga-factories"]
    tokens = parser().parse(hostile)
    assert not [t for t in tokens if t.type == "inline" for c in t.children if c.type == "wikilink"]
    quotes = [i for i, t in enumerate(tokens) if t.type == "blockquote_open"]
    assert len(quotes) == 2
    text = "".join(c.content for c in tokens[quotes[0] + 2].children if c.type == "text")
    assert text.startswith("200 milliards d’euros") and text.endswith(" ^h1")
    links = [c.attrs["href"] for t in tokens if t.type == "inline" for c in t.children if c.type == "link_open"]
    assert links == ["https://example.org/ia", "carnet://highlight/1", "carnet://highlight/2"]
    assert "#money-power/giga-factories" in hostile
    paragraphs = [t.content for t in tokens if t.type == "inline"]
    assert "À vérifier [[piège]] #pas-un-tag\n> pas une citation" not in paragraphs  # escaped, so not structure
    rendered = parser().render(hostile)
    assert "<b>" not in rendered and "javascript" not in rendered


def test_tag_notes_link_to_the_passages(vault_library, tmp_path):
    folder = tmp_path / "vault"
    export_vault(vault_library, folder)
    notes = read(folder)
    tag = notes["Tags/money-power - giga-factories.md"]
    links = [c.content for t in parser().parse(tag) if t.type == "inline" for c in t.children if c.type == "wikilink"]
    assert len(links) == 3  # the parent, then two passages
    for link in links[1:]:
        name, block, label = WIKILINK.fullmatch(link).groups()
        target = notes[f"Articles/{name}.md"]
        assert re.search(rf" \^{block}$", target, re.M)
        assert label
    assert WIKILINK.fullmatch(links[0]).group(1) == "money-power"


def test_the_vault_matches_the_golden_files(vault_library, tmp_path):
    folder = tmp_path / "vault"
    export_vault(vault_library, folder)
    notes = read(folder)
    for name, path in (("vault_article.md", "Articles/Usines d’IA (2).md"),
                       ("vault_tag.md", "Tags/money-power - giga-factories.md")):
        if os.environ.get("CARNET_UPDATE_GOLDEN"):
            (GOLDEN / name).write_text(notes[path], encoding="utf-8")
        assert notes[path] == (GOLDEN / name).read_text(encoding="utf-8")


def test_exporting_again_updates_carnet_notes_and_keeps_the_users(vault_library, tmp_path):
    folder = tmp_path / "vault"
    export_vault(vault_library, folder)
    again = export_vault(vault_library, folder)
    assert (again.written, again.updated, again.skipped, again.unchanged) == ([], [], [], 7)
    article = folder / "Articles" / "Usines d’IA (2).md"
    mine = article.read_text(encoding="utf-8") + "\nMy own thoughts.\n"
    article.write_text(mine, encoding="utf-8")
    (folder / "Tags" / "funding.md").write_text("a note I wrote\n", encoding="utf-8")
    notes = AnnotationService(vault_library)
    for highlight in notes.highlights():
        notes.set_note(highlight.id, "nouvelle note")
    third = export_vault(vault_library, folder)
    assert article.read_text(encoding="utf-8") == mine
    assert (folder / "Tags" / "funding.md").read_text(encoding="utf-8") == "a note I wrote\n"
    assert sorted(third.skipped) == ["Articles/Usines d’IA (2).md: changed since Carnet wrote it (or not Carnet's), "
                                     "left as it is",
                                     "Tags/funding.md: changed since Carnet wrote it (or not Carnet's), left as it is"]
    assert len(third.updated) == 1 and "nouvelle note" in (folder / third.updated[0]).read_text(encoding="utf-8")


def test_a_file_where_the_vault_should_be_is_named(vault_library, tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(VaultError, match="file"):
        export_vault(vault_library, tmp_path / "file")
