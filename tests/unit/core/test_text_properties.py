from hypothesis import given
from hypothesis import strategies as st

from app.core.frontmatter import split_front_matter
from app.core.text import normalise_text


@given(st.text())
def test_normalising_is_idempotent_and_leaves_no_carriage_return(text):
    once = normalise_text(text)
    assert normalise_text(once) == once
    assert "\r" not in once
    assert not once.startswith("\ufeff")


@given(st.text(alphabet=st.characters(blacklist_characters="\n\r", blacklist_categories=("Cs",))))
def test_front_matter_title_round_trips(title):
    title = title.strip()
    escaped = title.replace('"', '\\"')
    fields, rest = split_front_matter(f'---\ntitle: "{escaped}"\n---\nBody')
    assert fields.get("title", "") == title
    assert rest == "Body"
