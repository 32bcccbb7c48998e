from app.core.errors import ImportRejected
from app.core.messages import Message


def test_a_message_reads_as_its_english_sentence():
    message = Message("too large: {size} MB, the limit is {limit} MB", size="61.2", limit=50)
    assert str(message) == "too large: 61.2 MB, the limit is 50 MB"


def test_translating_a_message_translates_the_messages_among_its_values():
    inner = Message("empty file")
    outer = Message("not stored: {reason}", reason=inner)
    french = {"not stored: {reason}": "non enregistré : {reason}", "empty file": "fichier vide"}
    assert outer.translated(lambda template: french.get(template, template)) == "non enregistré : fichier vide"
    assert str(outer) == "not stored: empty file"


def test_an_untranslated_template_falls_back_to_english():
    assert Message("{count} moved", count=2).translated(lambda template: template) == "2 moved"


def test_an_error_keeps_its_message_and_reads_in_english(tmp_path):
    error = ImportRejected(tmp_path / "a.txt", Message("empty file"))
    assert str(error) == f"{tmp_path / 'a.txt'}: empty file"
    assert error.message == Message("{path}: {reason}", path=tmp_path / "a.txt", reason=Message("empty file"))
