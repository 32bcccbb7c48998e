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


def test_inline_marks_fall_inside_their_paragraph_as_whole_words():
    from app.core.structure import BOLD, ITALIC, Mark, locate_inline

    body = "Titre\nUne usine a ouvert à Kajaani.\nUne autre usine a ouvert à Bologne, dit-on."
    runs = [("Une autre usine a ouvert à Bologne, dit-on.",
             [("emphasis", ITALIC, "a", "", -1), ("link", 0, "Bologne", "https://example.org/b", -1),
              ("emphasis", BOLD, "logne", "", -1)])]
    marks = locate_inline(body, runs)
    start = body.index("Une autre")
    assert marks == [Mark("emphasis", body.index(" a ", start) + 1, body.index(" a ", start) + 2, ITALIC),
                     Mark("link", body.index("Bologne"), body.index("Bologne") + 7, 0, "https://example.org/b")]


def test_a_span_nested_in_another_is_found_inside_it_and_a_missing_paragraph_gives_none():
    from app.core.structure import ITALIC, locate_inline

    body = "Voir le rapport complet ici, puis le rapport."
    runs = [("Un paragraphe que le corps ne contient pas.", [("emphasis", ITALIC, "rapport", "", -1)]),
            (body, [("link", 0, "rapport complet", "https://example.org/r", -1),
                    ("emphasis", ITALIC, "complet", "", 0), ("emphasis", ITALIC, "rapport", "", -1)])]
    found = [(mark.kind, body[mark.start:mark.end], mark.start) for mark in locate_inline(body, runs)]
    assert found == [("link", "rapport complet", 8), ("emphasis", "complet", 16),
                     ("emphasis", "rapport", body.rindex("rapport"))]


def test_links_keep_only_web_and_mail_targets_and_round_trip_through_extras():
    from app.core.structure import Mark, link_target, marks_to_extras

    assert link_target("https://example.org/a?b#c") == "https://example.org/a?b#c"
    assert link_target(" mailto:a@example.org ") == "mailto:a@example.org"
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "https:///nohost", "/relative",
                "http://exa mple.org", "https://example.org/\x07", None, 3):
        assert link_target(bad) is None
    marks = [Mark("emphasis", 0, 3, 2), Mark("link", 4, 9, 0, "https://example.org")]
    assert marks_from_extras({"marks": marks_to_extras(marks)}) == marks
    forged = {"marks": [["link", 0, 3, 0, "javascript:alert(1)"], ["link", 0, 3, 0], ["emphasis", 0, 3, 1, "x"]]}
    assert marks_from_extras(forged) == []
