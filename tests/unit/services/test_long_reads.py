"""Facts, suggestions and topic counts report progress article by article and stop
when their cancel token is set."""

from __future__ import annotations

import pytest

from app.core.tasks import CancelToken
from app.services.annotating import AnnotationService
from app.services.facts import FactsService
from app.services.suggesting import SuggestionService
from app.services.topics import TopicsCancelled, topic_stats


def _cancel_after_first(calls):
    token = CancelToken()

    def progress(done, total, label):
        calls.append((done, total))
        token.cancel()

    return progress, token


def test_facts_report_each_article_and_stop_when_cancelled(library):
    calls = []
    everything = FactsService(library).facts(progress=lambda done, total, label: calls.append((done, total)))
    assert calls == [(n, 5) for n in range(1, 6)]
    stopped = []
    progress, token = _cancel_after_first(stopped)
    partial = FactsService(library).facts(progress=progress, cancel=token)
    assert stopped == [(1, 5)]
    assert partial and {f.article_id for f in partial} == {1} and len(partial) < len(everything)


def test_suggestions_report_each_article_and_stop_when_cancelled(library):
    calls = []
    SuggestionService(library).suggestions(progress=lambda done, total, label: calls.append((done, total)))
    assert calls == [(n, 5) for n in range(1, 6)]
    stopped = []
    progress, token = _cancel_after_first(stopped)
    partial = SuggestionService(library).suggestions(progress=progress, cancel=token)
    assert stopped == [(1, 5)] and {s.article_id for s in partial} <= {1}


def test_topic_counts_stop_when_cancelled(library):
    notes = AnnotationService(library)
    for article in (1, 2):
        start, end = notes.find_quote(article, "d’euros", occurrence=1)
        notes.add_highlight(article_id=article, start=start, end=end, tags=["funding"])
    calls = []
    stats = topic_stats(library, progress=lambda done, total, label: calls.append((done, total)))
    assert calls == [(1, 2), (2, 2)] and sorted(stats.articles) == [1, 2]
    progress, token = _cancel_after_first([])
    with pytest.raises(TopicsCancelled):
        topic_stats(library, progress=progress, cancel=token)
