from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from app.importers.reading import decode_text

FRENCH_WORDS = st.sampled_from(
    "le la les des une Commission européenne été déjà où ça français investissement "
    "usine données être très élève cœur noël août ambiguïté à".split()
)


@given(st.lists(FRENCH_WORDS, min_size=3, max_size=60), st.sampled_from(["cp1252", "utf-8", "utf-16"]))
def test_french_text_decodes_to_what_was_written(words, encoding):
    text = " ".join(words)
    assert decode_text(text.encode(encoding), Path("t.txt")) == text
