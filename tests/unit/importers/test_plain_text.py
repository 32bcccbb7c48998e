import codecs
import os

import pytest

from app.core.errors import ImportRejected
from app.importers import importer_for, reading
from app.importers.plain_text import read_plain_text

FRENCH = (
    "Le président a annoncé un investissement de 20 milliards d’euros pour l’été.\n"
    "La Commission européenne a également créé un fonds spécifique aux usines d’IA."
)
FRENCH_LATIN1 = FRENCH.replace("’", "'")  # Latin-1 has no typographic apostrophe


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_seed_file_becomes_an_article(seeds_folder):
    article = read_plain_text(seeds_folder / "002_753a0636a88286f5.txt")
    assert article.source == "Techcrunch"
    assert article.format == "txt"
    assert article.language == "fr"
    assert article.original_path.endswith("002_753a0636a88286f5.txt")
    assert article.body.endswith("Source : Techcrunch")


def test_latin1_french_text_decodes_right(tmp_path):
    article = read_plain_text(write(tmp_path, "latin1.txt", FRENCH_LATIN1.encode("latin-1")))
    assert article.body == FRENCH_LATIN1
    assert article.title.startswith("Le président a annoncé")


def test_cp1252_text_with_euro_and_ligature_decodes_right(tmp_path):
    text = "Un cœur à 5 € : « l’été » – déjà là.\nLes œuvres de l’année coûtent cher."
    article = read_plain_text(write(tmp_path, "cp1252.txt", text.encode("cp1252")))
    assert article.body == text


def test_text_in_another_script_is_left_to_the_detector(tmp_path):
    text = "Европейская комиссия объявила о создании фабрик искусственного интеллекта в Европе."
    article = read_plain_text(write(tmp_path, "ru.txt", text.encode("cp1251")))
    assert article.body == text


def test_bom_and_crlf_are_removed(tmp_path):
    data = codecs.BOM_UTF8 + FRENCH.replace("\n", "\r\n").encode("utf-8") + b"\r\n"
    article = read_plain_text(write(tmp_path, "bom.txt", data))
    assert article.body == FRENCH
    assert "\r" not in article.body and not article.body.startswith("\ufeff")


def test_utf16_with_bom_decodes(tmp_path):
    article = read_plain_text(write(tmp_path, "utf16.txt", FRENCH.encode("utf-16")))
    assert article.body == FRENCH


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t  \n"])
def test_empty_file_is_rejected_naming_the_file(tmp_path, data):
    path = write(tmp_path, "empty.txt", data)
    with pytest.raises(ImportRejected) as caught:
        read_plain_text(path)
    assert caught.value.path == path
    assert str(caught.value.reason).startswith("empty file")
    assert "empty.txt" in str(caught.value)


def test_binary_file_with_text_extension_is_rejected(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(ImportRejected, match="binary content"):
        read_plain_text(write(tmp_path, "image.txt", png))


def test_control_character_soup_is_rejected(tmp_path):
    data = bytes(b for b in range(1, 32) if b not in b"\n\r\t\f") * 50
    with pytest.raises(ImportRejected, match="binary content"):
        read_plain_text(write(tmp_path, "noise.txt", data))


def test_file_over_the_size_limit_is_rejected(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 1000)
    with pytest.raises(ImportRejected, match=r"too large: .* the limit is"):
        read_plain_text(write(tmp_path, "big.txt", b"a" * 1001))


def test_missing_file_is_unreadable(tmp_path):
    with pytest.raises(ImportRejected, match="unreadable"):
        read_plain_text(tmp_path / "gone.txt")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_file_without_read_permission_is_unreadable(tmp_path):
    path = write(tmp_path, "secret.txt", FRENCH.encode())
    path.chmod(0)
    with pytest.raises(ImportRejected, match="permission denied"):
        read_plain_text(path)


def test_non_ascii_file_name(tmp_path):
    article = read_plain_text(write(tmp_path, "Été – usines d’IA.txt", FRENCH.encode()))
    assert article.original_path.endswith("Été – usines d’IA.txt")


def test_importer_registry_by_extension(tmp_path):
    assert importer_for(tmp_path / "a.TXT") is read_plain_text
    assert importer_for(tmp_path / "a.odt") is None


@pytest.mark.parametrize(("text", "language"), [
    ("La Comisión Europea ha seleccionado siete fábricas de inteligencia artificial en siete países.", "es"),
    ("De Europese Commissie heeft zeven fabrieken voor kunstmatige intelligentie gekozen.", "nl"),
    ("La Commissione europea ha scelto sette fabbriche di intelligenza artificiale in sette paesi.", "it"),
    ("A Comissão Europeia escolheu sete fábricas de inteligência artificial em sete países.", "pt"),
])
def test_language_of_a_text_file(tmp_path, text, language):
    article = read_plain_text(write(tmp_path, "note.txt", f"Titre\n\n{text}\n".encode()))
    assert article.language == language


def test_date_line_in_a_form_only_the_fallback_reads(tmp_path):
    article = read_plain_text(write(tmp_path, "note.txt", (
        "Les usines d’IA arrivent\n\nle 24 janvier 2024, 10:02 CET\n\n"
        "La Commission a choisi sept sites.\n").encode()))
    assert article.published == "2024-01-24T10:02:00"
    assert article.title == "Les usines d’IA arrivent"
