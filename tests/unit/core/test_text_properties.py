from hypothesis import given
from hypothesis import strategies as st

from app.core.text import normalise_text


@given(st.text())
def test_normalising_is_idempotent_and_leaves_no_carriage_return(text):
    once = normalise_text(text)
    assert normalise_text(once) == once
    assert "\r" not in once
    assert not once.startswith("\ufeff")
