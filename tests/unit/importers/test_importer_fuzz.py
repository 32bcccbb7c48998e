"""Any bytes at all, in a file of any supported format: an article comes out, or a
rejection that says why; never another exception."""

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.errors import ImportRejected
from app.importers import importer_for

TEXT_LIKE = st.one_of(
    st.binary(max_size=600),
    st.text(max_size=300).map(lambda text: text.encode("utf-8", "surrogatepass")),
    st.text(max_size=300).map(lambda text: text.encode("utf-16")),
    st.lists(st.sampled_from([b"---\n", b"title: ", b"date: 2024-13-45\n", b"<html>", b"</p>", b"<p>",
                              b"# ", b"\r\n", b"\xe9t\xe9 ", b"\x00", b"\xef\xbb\xbf", b"Publi\xc3\xa9 le 31/02/2024\n",
                              b"Source : ", b"#tag ", b"1706000000\n", b"[^1]: ", b"```"]),
             max_size=30).map(b"".join),
)


def _import(tmp_path, suffix, data):
    path = tmp_path / f"fuzzed{suffix}"
    path.write_bytes(data)
    try:
        article = importer_for(path)(path)
    except ImportRejected as rejected:
        assert rejected.reason and str(path) in str(rejected)
        return None
    assert article.body.strip() and "\r" not in article.body
    assert unicodedata.is_normalized("NFC", article.body)
    assert article.title.strip()
    return article


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=TEXT_LIKE)
def test_text_formats_take_any_bytes(tmp_path, suffix, data):
    _import(tmp_path, suffix, data)


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".epub"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=400), st.just(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"),
                      st.just(b"PK\x03\x04" + b"\x00" * 60)))
def test_binary_formats_reject_garbage_cleanly(tmp_path, suffix, data):
    _import(tmp_path, suffix, data)
