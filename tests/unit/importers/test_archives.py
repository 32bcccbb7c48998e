"""Word and EPUB archives are checked before a reader inflates them: members too large,
inflating too many times, too many of them, more in all than allowed, or larger than
their headers say, each refused with a sentence naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import ImportRejected
from app.core.messages import Message
from app.importers import archives, importer_for
from app.importers.archives import check_archive
from tests.hostile_files import docx_bytes, epub_bytes, zip_of_many_members, zip_understating_its_size, zip_with

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
EPUB = Message("EPUB")


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_sound_documents_pass_and_import(tmp_path):
    for path in (_write(tmp_path, "memo.docx", docx_bytes()), _write(tmp_path, "book.epub", epub_bytes()),
                 FIXTURES / "book.epub"):
        check_archive(path, EPUB)
        assert importer_for(path)(path).body


def test_a_member_inflating_beyond_the_article_limit_is_refused(tmp_path):
    path = _write(tmp_path, "big.docx", zip_with({"word/document.xml": bytes(60 * 1024 * 1024)}, docx_bytes()))
    with pytest.raises(ImportRejected, match=r"big.docx: this Word document is too large unpacked: its part "
                                             r"word/document.xml holds 63 MB \(the limit is 52 MB\)"):
        importer_for(path)(path)


def test_a_member_inflating_a_thousand_fold_is_a_zip_bomb(tmp_path):
    path = _write(tmp_path, "bomb.epub", zip_with({"OEBPS/c.xhtml": bytes(5 * 1024 * 1024)}, epub_bytes()))
    with pytest.raises(ImportRejected, match=r"bomb.epub: this EPUB looks like a zip bomb: its part OEBPS/c.xhtml "
                                             r"would grow \d+ times when unpacked \(the limit is 100\)"):
        importer_for(path)(path)


def test_too_many_members_are_refused_before_the_directory_is_read(tmp_path):
    path = _write(tmp_path, "many.epub", zip_of_many_members(12_000))
    with pytest.raises(ImportRejected, match=r"many.epub: this EPUB holds too many parts \(12000; the limit is 10000\)"):
        check_archive(path, EPUB)


def test_members_too_large_together_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(archives, "MAX_TOTAL_BYTES", 3_000_000)
    members = {f"OEBPS/image{n}.bin": bytes(range(256)) * 4000 for n in range(4)}  # 1 MB each
    path = _write(tmp_path, "images.epub", zip_with(members, epub_bytes()))
    with pytest.raises(ImportRejected, match=r"images.epub: this EPUB is too large unpacked: over 4 MB in all"):
        check_archive(path, EPUB)


def test_a_member_larger_than_its_headers_say_is_caught_while_inflating(tmp_path):
    path = _write(tmp_path, "liar.docx", zip_understating_its_size(docx_bytes(), "word/document.xml",
                                                                   bytes(20_000_000)))
    with pytest.raises(ImportRejected, match=r"liar.docx: this Word document is damaged: its contents cannot be "
                                             r"unpacked"):
        importer_for(path)(path)


def test_member_names_in_sentences_are_one_line(tmp_path):
    path = _write(tmp_path, "names.epub", zip_with({"OEBPS/\x1b[2Jevil\nname.xhtml": bytes(60 * 1024 * 1024)},
                                                   epub_bytes()))
    with pytest.raises(ImportRejected) as rejected:
        check_archive(path, EPUB)
    assert "OEBPS/[2Jevil name.xhtml" in str(rejected.value) and "\x1b" not in str(rejected.value)
