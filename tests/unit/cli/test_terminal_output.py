import json

from app.cli.terminal import json_for_terminal, shown, shown_text
from app.core.anchoring import Anchor
from app.core.article import Article
from app.core.highlight import Highlight
from app.core.tags import Tag
from app.search.index import index_article, index_highlight
from app.services.library import open_library
from app.store.articles import insert_article
from app.store.database import write_transaction
from app.store.highlights import insert_highlight
from app.store.tags import insert_tag
from tests.unit.cli.subprocess_runs import carnet, no_traceback

HOSTILE = "\x1b]0;owned\x07\x1b[2J\x1b[1A\rforged\nline\u2028\x9b31m\u202e"
RAW = ("\x1b", "\x07", "\x9b", "\u2028", "\u202e", "\r")


def test_control_characters_are_written_as_their_escapes():
    assert shown("a\x1b[2Jb\nc\td\re\x00f\x7f\x9b\u2028") == "a\\x1b[2Jb\\nc\\td\\re\\0f\\x7f\\x9b\\u2028"
    assert shown("L’UE crée des usines d’IA") == "L’UE crée des usines d’IA"
    assert shown_text("ligne un\n\tligne deux\x1b[2J\r") == "ligne un\n\tligne deux\\x1b[2J\\r"


def test_json_for_a_terminal_reads_back_as_the_same_value():
    value = {"title": HOSTILE, "n": 1}
    text = json_for_terminal(value)
    assert not any(c in text for c in RAW)
    assert json.loads(text) == value


def _hostile_library(folder):
    """A library holding text with escape sequences, as one written before import
    cleaned such text would."""
    library = open_library(folder)
    db = library.database()
    body = f"Début {HOSTILE} milieu de l’article sur les usines. Fin."
    with write_transaction(db):
        article_id = insert_article(db, Article(title=f"Titre {HOSTILE}", body=body, format="txt", language="fr",
                                                source=f"Source {HOSTILE}", url=f"https://x.org/{HOSTILE}"))
        index_article(db, article_id, title=f"Titre {HOSTILE}", body=body, source="s", language="fr")
        tag_id = insert_tag(db, Tag(name=f"tag {HOSTILE}", colour="#123456"))
        start = body.index("Début")
        highlight_id = insert_highlight(db, Highlight(article_id=article_id, anchor=Anchor.of_span(body, start, start + 20),
                                                      note=f"note {HOSTILE}", tag_ids=(tag_id,)))
        index_highlight(db, highlight_id, quote=body[start:start + 20], note="usines", tag_names=["x"], language="fr")
    library.close()
    return article_id, highlight_id


def _assert_escaped(result, lines=None):
    assert result.returncode == 0, result.stderr
    assert no_traceback(result)
    for stream in (result.stdout, result.stderr):
        assert not any(c in stream for c in RAW), stream
    if lines is not None:
        assert len(result.stdout.splitlines()) == lines, result.stdout


def test_list_show_search_highlights_and_tags_never_print_raw_control_characters(tmp_path):
    library = tmp_path / "lib"
    article_id, highlight_id = _hostile_library(library)
    _assert_escaped(carnet(library, "list"), lines=1 + 6)  # the header, then six articles
    _assert_escaped(carnet(library, "list", "--json"))
    shown_article = carnet(library, "show", str(article_id))
    _assert_escaped(shown_article)
    assert "Titre \\x1b]0;owned\\x07\\x1b[2J\\x1b[1A\\rforged\\nline\\u2028\\x9b31m\\u202e" in shown_article.stdout
    _assert_escaped(carnet(library, "search", "usines"))
    _assert_escaped(carnet(library, "search", "usines", "--json"))
    _assert_escaped(carnet(library, "highlights"), lines=1)
    _assert_escaped(carnet(library, "highlights", "--json"))
    _assert_escaped(carnet(library, "tag", "list"), lines=4)
    _assert_escaped(carnet(library, "note", str(highlight_id), f"nouvelle {HOSTILE}"), lines=1)


def test_a_file_name_with_escapes_and_a_newline_prints_one_escaped_line(tmp_path):
    hostile = tmp_path / "a\x1b]0;owned\x07\nrejected   forged.txt"
    hostile.write_text("Un titre\nUn texte sur la Commission et les usines d’IA.", encoding="utf-8")
    result = carnet(tmp_path / "lib", "import", str(hostile))
    _assert_escaped(result, lines=2)
    assert "a\\x1b]0;owned\\x07\\nrejected   forged.txt" in result.stdout


def test_errors_quoting_user_input_are_escaped(tmp_path):
    result = carnet(tmp_path / "lib", "highlights", "--tag", f"x{HOSTILE}")
    assert result.returncode == 1 and no_traceback(result)
    assert not any(c in result.stderr for c in RAW) and "no tag named" in result.stderr
    result = carnet(tmp_path / "lib", "search", f"\u202e{HOSTILE}(")
    assert result.returncode == 2 and not any(c in result.stderr for c in RAW)


def test_an_export_shown_on_a_terminal_is_escaped_and_one_piped_is_not(tmp_path):
    import os
    import pty
    import subprocess
    import sys

    library = tmp_path / "lib"
    _hostile_library(library)
    leader, follower = pty.openpty()
    try:
        process = subprocess.run([sys.executable, "-m", "app", "--library", str(library), "export", "--format", "csv"],
                                 stdout=follower, stderr=subprocess.PIPE, timeout=60)
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal's other end is closed: all was read
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(leader)
    assert process.returncode == 0, process.stderr
    shown_on_terminal = b"".join(chunks).decode("utf-8")
    assert "note \\x1b]0;owned\\x07" in shown_on_terminal and "\x1b" not in shown_on_terminal
    piped = carnet(library, "export", "--format", "csv")
    assert "note \x1b]0;owned\x07" in piped.stdout  # a file keeps the text as it is


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",))))
def test_no_text_reaches_the_terminal_with_a_control_character(text):
    import unicodedata

    one_line, lines = shown(text), shown_text(text)
    assert not any(unicodedata.category(c) == "Cc" for c in one_line)
    assert not any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in lines)
    for out in (one_line, lines):
        assert not any(c in out for c in "\u2028\u2029\u202e\u2066")
    if all(unicodedata.category(c) not in ("Cc", "Cf", "Zl", "Zp") for c in text):
        assert shown(text) == text
