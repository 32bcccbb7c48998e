from app.core.passages import moved_edge

TEXT = "La Commission a choisi Grenoble, en France."


def _moves(*steps):
    start, end = 0, len(TEXT)
    for edge, words in steps:
        start, end = moved_edge(TEXT, start, end, edge=edge, words=words)
    return TEXT[start:end]


def test_edges_move_a_word_at_a_time_with_the_punctuation_written_against_it():
    assert _moves(("start", 1)) == "Commission a choisi Grenoble, en France."
    assert _moves(("end", -2)) == "La Commission a choisi Grenoble,"
    assert _moves(("end", -2), ("end", 1)) == "La Commission a choisi Grenoble, en"
    assert _moves(("start", 2), ("start", -1)) == "Commission a choisi Grenoble, en France."


def test_a_passage_keeps_one_word_and_stops_at_the_sentence_s_ends():
    assert _moves(("start", 99)) == "France."
    assert _moves(("end", -99)) == "La"
    assert _moves(("end", -1), ("end", 9)) == TEXT and _moves(("start", 1), ("start", -9)) == TEXT
    assert moved_edge("", 0, 0, edge="end", words=-1) == (0, 0)
