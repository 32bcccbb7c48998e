"""Snippets look only at the stretches of text around matches; they come out exactly as
if Whoosh's fragmenter had read every word of the article."""

from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.highlight import FIRST, BasicFragmentScorer, ContextFragmenter, top_fragments

from app.search.bulk_analysis import WORD, positioned_terms
from app.search.snippets import _snippet, _Token, make_snippets, words_in_spans

WORDS = ["usine", "usines", "IA", "Commission", "européenne", "milliards", "d’euros", "gigafactories",
         "Giga-factories", "giga-usines", "ﬁn", "2024-01-24",
         "de", "la", "l’Europe", "investissement", "supercalculateurs", "startups", "2024", "Paris"]
GLUE = [" ", " ", " ", ", ", ". ", "\n", " – ", "! ", "  ", "… ", "\n\n" + " " * 70, " ;  "]

TEXTS = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GLUE)), min_size=1, max_size=400).map(
    lambda pairs: "".join(word + glue for word, glue in pairs))


def reference_snippets(text, language, terms, prefixes=(), top=3, max_chars=220, surround=60):
    """Every word of the text through Whoosh's context fragmenter."""
    spans = [(start, end) for start, end, term in positioned_terms(text, language)
             if term in terms or prefixes and term.startswith(tuple(prefixes))]
    if not spans:
        return []
    matched = words_in_spans(text, spans)
    tokens = (_Token(m.span(), m.span() in matched) for m in WORD.finditer(text))
    fragments = list(ContextFragmenter(maxchars=max_chars, surround=surround).fragment_tokens(text, tokens))
    return [_snippet(text, fragment) for fragment in top_fragments(fragments, top, BasicFragmentScorer(), FIRST)]


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.sets(st.sampled_from(["usin", "commiss", "milliard", "gigafactor", "europeen", "2024",
                                       "gig", "gigausin", "fin"]), max_size=3),
       st.sets(st.sampled_from(["supercalc", "invest", "start"]), max_size=1))
def test_snippets_match_the_fragmenter_reading_every_word(text, terms, prefixes):
    assert make_snippets(text, "fr", terms, prefixes) == reference_snippets(text, "fr", terms, prefixes)
