from app.ui.text_positions import code_point_offsets, qt_positions


def test_positions_count_astral_characters_twice_in_qt():
    text = "a😀b😀c"
    assert qt_positions(text, [0, 1, 2, 3, 4, 5]) == [0, 1, 3, 4, 6, 7]
    assert code_point_offsets(text, [0, 1, 3, 4, 6, 7]) == [0, 1, 2, 3, 4, 5]
    assert code_point_offsets(text, [2]) == [1]  # inside a surrogate pair: the character's start


def test_plain_text_positions_are_unchanged():
    assert qt_positions("été", [0, 3]) == [0, 3] == code_point_offsets("été", [0, 3])
