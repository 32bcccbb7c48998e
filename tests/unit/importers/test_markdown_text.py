from app.importers.markdown_text import markdown_to_text


def test_markup_is_dropped_and_words_kept():
    markdown = (
        "# Titre\n\nUn **texte** avec [un lien](http://a) et _emphase_, snake_case_word, `code`.\n"
        "> cité\n\n---\n\n![photo](x.png)\n\nTitre 2\n=======\n```\nfenced *code*\n```"
    )
    assert markdown_to_text(markdown).split("\n\n") == [
        "Titre", "Un texte avec un lien et emphase, snake_case_word, code.", "cité", "photo", "Titre 2",
        "fenced *code*",
    ]


def test_list_markers_are_dropped():
    assert markdown_to_text("- un\n- deux\n\n1. trois\n2) quatre\n* cinq") == "un\n\ndeux\n\ntrois\n\nquatre\n\ncinq"


def test_entities_are_decoded():
    assert markdown_to_text("AT&amp;T &eacute;t&eacute; &#8212; 1 &lt; 2") == "AT&T été — 1 < 2"


def test_table_rows_keep_their_cells_without_pipes():
    table = "| Pays | Budget |\n|---|---:|\n| Finlande | 1,5 Md€ |\n| Suède | a\\|b |"
    assert markdown_to_text(table) == "Pays\tBudget\n\nFinlande\t1,5 Md€\n\nSuède\ta|b"


def test_footnote_text_is_kept_at_the_end_with_its_label():
    markdown = "Un fait[^source] établi.\n\n[^source]: Rapport de la Commission, 2024.\n\nSuite."
    assert markdown_to_text(markdown) == "Un fait[source] établi.\n\nSuite.\n\n[source] Rapport de la Commission, 2024."


def test_code_spans_are_verbatim():
    assert markdown_to_text("Lancer `make_test --flag *x*` ou `a_b_c`.") == "Lancer make_test --flag *x* ou a_b_c."


def test_html_tags_are_dropped_and_their_text_kept():
    assert markdown_to_text("Un <span>mot</span>.\n\n<div>Bloc <b>gras</b></div>\n\n<!-- note -->") == "Un mot.\n\nBloc gras"
