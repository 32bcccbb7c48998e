from app.core.structure import HEADING, LIST_ITEM, QUOTE, Mark, locate_blocks, marks_from_extras, section_at

BODY = ("Usines d’IA\n\nLa Commission a retenu sept sites.\n\nFinancement\n\nUn budget de 1,5 milliard.\n\n"
        "Calendrier\n\nLes candidatures  ouvrent en février.")


def test_blocks_are_found_in_order_over_the_normalised_body():
    marks = locate_blocks(BODY, [(HEADING, 1, "Usines d’IA"), (HEADING, 2, "Financement"),
                                 (LIST_ITEM, 1, "Un budget de\n1,5 milliard."), (HEADING, 2, "Calendrier"),
                                 (QUOTE, 0, "Les candidatures ouvrent en février.")])
    assert [(m.kind, BODY[m.start:m.end], m.level) for m in marks] == [
        (HEADING, "Usines d’IA", 1), (HEADING, "Financement", 2), (LIST_ITEM, "Un budget de 1,5 milliard.", 1),
        (HEADING, "Calendrier", 2), (QUOTE, "Les candidatures  ouvrent en février.", 0)]


def test_a_long_block_is_found_by_its_first_and_last_words():
    words = [f"mot{number}" for number in range(40)]
    body = "Avant.\n\n" + " ".join(words[:20]) + "\n" + " ".join(words[20:]) + "\n\nAprès."
    [mark] = locate_blocks(body, [(QUOTE, 0, " ".join(words))])
    assert body[mark.start:mark.end] == " ".join(words[:20]) + "\n" + " ".join(words[20:])


def test_a_block_missing_from_the_body_is_left_out_and_the_next_still_found():
    marks = locate_blocks(BODY, [(HEADING, 1, "Absent du texte"), (HEADING, 2, "Calendrier")])
    assert [BODY[m.start:m.end] for m in marks] == ["Calendrier"]


def test_a_heading_is_not_found_before_the_block_that_precedes_it():
    body = "Financement\n\nIntro.\n\nFinancement\n\nSuite."
    marks = locate_blocks(body, [(HEADING, 1, "Intro."), (HEADING, 2, "Financement")])
    assert marks[1].start == body.rindex("Financement")


def test_the_section_of_an_offset_is_the_last_heading_before_it():
    marks = locate_blocks(BODY, [(HEADING, 1, "Usines d’IA"), (HEADING, 2, "Financement"),
                                 (LIST_ITEM, 1, "Un budget de 1,5 milliard.")])
    assert section_at(BODY, marks, BODY.index("1,5 milliard")) == "Financement"
    assert section_at(BODY, marks, BODY.index("sept sites")) == "Usines d’IA"
    assert section_at(BODY, marks, 0) == "Usines d’IA"
    assert section_at(BODY, [m for m in marks if m.kind != HEADING], 40) is None


def test_only_valid_marks_are_read_back_from_extras():
    extras = {"marks": [["heading", 0, 11, 1], ["heading", 5, 2, 1], ["bold", 0, 3, 0], ["heading", 0, 999, 1],
                        ["quote", True, 4, 0], "junk", ["list_item", 13, 20, 2]]}
    assert marks_from_extras(extras, len(BODY)) == [Mark("heading", 0, 11, 1), Mark("list_item", 13, 20, 2)]
    assert marks_from_extras({}, 10) == []
    assert marks_from_extras({"marks": "heading"}, 10) == []
