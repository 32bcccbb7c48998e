import pytest

from app.services.annotating import AnnotationService
from app.services.suggesting import SuggestionService
from app.services.tagging import TagService

# For each sample article and default tag, a sentence a reader would tag (its start).
EXPECTED = {
    (1, "funding"): "L’Europe mobilisera 200 milliards d’euros",
    (1, "sites"): "La commission a annoncé sept usines d’IA initiales",
    (1, "Commission"): "Le financement initial de la Commission pour Investai",
    (2, "funding"): "L’investissement est de 1,5 milliard d’euros",
    (2, "sites"): "Cinq des sites d’hébergement sélectionnés",
    (2, "Commission"): "Sept usines d’IA européennes ont été sélectionnées par l’entreprise commune EuroHPC",
    (3, "funding"): "En marge, une initiative intitulée « InvestAI » annonce un budget de 200 milliards",
    (3, "sites"): "Les supercalculateurs actuels, qualifiés de « fabriques d’IA »",
    (3, "Commission"): "Les giga-factories sont-elles la solution",
    (4, "funding"): "À la veille de l’ouverture du sommet de l’action lundi",
    (4, "sites"): "La poussée actuelle de haut niveau",
    (4, "Commission"): "Présentant lundi un discours au sommet de l’action de l’IA à Paris, le président de l’UE",
    (5, "funding"): "La Commission met également à disposition cent millions d’euros",
    (5, "sites"): "Les supercalculateurs d’IA feront partie du projet de supercalculateur EuroHPC JU",
    (5, "Commission"): "C’est pourquoi la Commission a élaboré un plan d’action",
}


@pytest.fixture
def suggesting(library):
    return SuggestionService(library)


def test_each_default_tag_proposes_a_sentence_a_reader_would_tag_in_each_sample(suggesting):
    found = suggesting.suggestions()
    for (article, tag), beginning in EXPECTED.items():
        assert any(s.article_id == article and tag in s.tag_names and s.text.startswith(beginning) for s in found), \
            (article, tag)


def test_keywords_match_with_search_analysis_and_report_their_triggers(library, suggesting):
    funding = suggesting.suggestions(article_id=5, tag="funding")
    first = funding[0]
    assert first.text.startswith("La Commission européenne souhaite investir 2,1 milliards")
    [proposed] = first.tags
    assert "investir" in proposed.triggers and "2,1 milliards d’euros" in proposed.triggers
    tags = TagService(library)
    energy = tags.create("énergie").value
    tags.change(energy.id, rules={"keywords": ["supercalculateur"], "patterns": [r"\bcloud\b"]})
    mine = suggesting.suggestions(article_id=5, tag="Énergie")  # tag names compare without case
    assert any("supercalculateurs" in s.text for s in mine)  # plural matched by the singular
    assert any(s.tags[0].triggers == ("cloud",) for s in mine)


def _sites_of(suggestions, start):
    return [s for s in suggestions if s.start == start and "sites" in s.tag_names]


def test_one_suggestion_per_sentence_with_every_tag_proposed_for_it(suggesting):
    found = suggesting.suggestions()
    assert len({(s.article_id, s.start) for s in found}) == len(found)
    both = next(s for s in found if len(s.tags) == 2)
    assert both.tag_names == tuple(tag.tag_name for tag in both.tags) and all(t.triggers for t in both.tags)


def test_a_line_repeated_in_an_article_is_proposed_once(suggesting):
    caption = "Les supercalculateur de l UE - Photo DR Commission européenne"  # twice in sample 2
    found = [s for s in suggesting.suggestions(article_id=2) if s.text == caption]
    assert len(found) == 1


def test_accepting_highlights_and_rejecting_is_remembered(library, suggesting):
    [first, second, *_] = suggesting.suggestions(article_id=2, tag="sites")
    highlight = suggesting.accept(first).value
    assert (highlight.quote, highlight.tags) == (first.text, ("sites",))
    suggesting.reject(second)
    after = suggesting.suggestions(article_id=2)
    assert not any(s.start == first.start for s in after)  # highlighted: no longer proposed
    assert not _sites_of(after, second.start)
    suggesting.unreject(second)
    assert _sites_of(suggesting.suggestions(article_id=2), second.start)
    AnnotationService(library).delete_highlight(highlight.id)
    assert any(s.start == first.start for s in suggesting.suggestions(article_id=2))


def test_suggestions_against_the_hand_tagging_of_the_samples():
    import sys

    sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[3]))
    from bench.suggestions_eval import evaluate

    results = evaluate()  # also checks that every annotated sentence is where the gold says
    tp, fp, fn = (sum(values[i] for values in results.values()) for i in range(3))
    assert tp / (tp + fp) >= 0.75 and tp / (tp + fn) >= 0.85


def test_suggestions_found_in_a_child_process_are_the_same_with_their_progress(suggesting):
    steps = []
    apart = suggesting.suggestions_apart(progress=lambda *step: steps.append(step))
    assert apart == suggesting.suggestions() and len(apart) > 50
    assert steps[-1][:2] == (5, 5)


def test_a_cancelled_reading_in_a_child_stops_it(suggesting):
    from app.core.tasks import CancelToken

    cancel = CancelToken()
    cancel.cancel()
    assert suggesting.suggestions_apart(cancel=cancel) == []


def test_a_child_that_cannot_read_the_library_says_so_in_a_sentence(tmp_path):
    from app.core.errors import ToldError
    from app.store.library import Library

    (tmp_path / "library.sqlite").write_bytes(b"not a database at all" * 100)
    with pytest.raises(ToldError) as raised:
        SuggestionService(Library(tmp_path, read_only=True)).suggestions_apart()
    assert "Traceback" not in str(raised.value) and str(raised.value)


def test_a_part_of_a_sentence_is_accepted_with_other_tags(library, suggesting):
    suggestion = suggesting.suggestions(article_id=2)[0]
    part = suggesting.find(2, suggestion.start + 11, suggestion.end)
    assert part == suggestion
    commission = next(tag.id for tag in __import__("app.services.tagging", fromlist=["TagService"])
                      .TagService(library).tags() if tag.name == "Commission")
    highlight = suggesting.accept(suggestion, tag_ids=(commission,), start=suggestion.start + 23,
                                  end=suggestion.end).value
    assert highlight.quote == suggestion.text[23:] and highlight.tags == ("Commission",)


def test_a_passage_no_suggestion_holds_and_an_unknown_tag_are_told_in_a_sentence(suggesting):
    from app.services.annotating import UnknownTag
    from app.services.suggesting import SuggestionNotFound

    with pytest.raises(SuggestionNotFound, match="no suggestion of article 2 holds 0–99999"):
        suggesting.find(2, 0, 99999)
    with pytest.raises(UnknownTag, match="no tag named 'nowhere'"):
        suggesting.suggestions(tag="nowhere")


def test_the_count_of_edited_rules_is_the_number_of_sentences_they_would_propose(library, suggesting):
    from app.services.tagging import TagService

    sites = TagService(library).find("sites")
    counted = suggesting.proposal_count(sites.rules, tag_id=sites.id)
    assert counted == sum(1 for s in suggesting.suggestions() if sites.id in s.tag_ids) > 0
    assert suggesting.proposal_count({"keywords": ["gigafactory"]}) < counted
    assert suggesting.proposal_count({"keywords": [], "patterns": []}) == 0
    assert suggesting.proposal_count_apart({"patterns": [r"\bInvestAI\b"]}) == suggesting.proposal_count(
        {"patterns": [r"\bInvestAI\b"]}) > 0


def test_a_rejected_sentence_is_not_counted_for_its_tag(library, suggesting):
    from app.services.tagging import TagService

    sites = TagService(library).find("sites")
    before = suggesting.proposal_count(sites.rules, tag_id=sites.id)
    first = next(s for s in suggesting.suggestions() if sites.id in s.tag_ids)
    suggesting.reject(first, tag_ids=(sites.id,))
    assert suggesting.proposal_count(sites.rules, tag_id=sites.id) == before - 1
    assert suggesting.proposal_count(sites.rules) == before  # as for a tag not yet made
