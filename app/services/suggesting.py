"""Suggested highlights: sentences that match a tag's rules, for the researcher to
accept or reject. Nothing is tagged without the user's say; a rejection is remembered
for that sentence and tag; sentences already highlighted are not proposed."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from app.core.changes import Changes, Outcome
from app.core.highlight import Highlight
from app.core.sentences import split_sentences
from app.core.tasks import CancelToken, Progress, no_progress
from app.search.rules import triggers
from app.services.annotating import AnnotationService
from app.services.child_process import read_apart
from app.store.articles import article_texts, count_articles
from app.store.database import write_transaction
from app.store.highlights import list_highlights
from app.store.tags import list_tags

if TYPE_CHECKING:
    from app.store.library import Library


@dataclass(frozen=True, slots=True)  # a library holds hundreds of thousands
class Suggestion:
    article_id: int
    start: int
    end: int
    text: str
    tag_id: int
    tag_name: str
    triggers: tuple[str, ...]


def _suggestions_of_library(folder: Path, read_only: bool, on_read_only_disk: bool, article_id: int | None):
    """Run in a child process by `suggestions_apart`."""
    from app.store.library import Library

    library = Library(folder, read_only=read_only, on_read_only_disk=on_read_only_disk)
    try:
        yield from SuggestionService(library)._by_article(article_id)
    finally:
        library.close()


def sentence_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


class SuggestionService:
    def __init__(self, library: Library) -> None:
        self._library = library

    def suggestions(self, *, article_id: int | None = None, progress: Progress = no_progress,
                    cancel: CancelToken | None = None) -> list[Suggestion]:
        """Suggestions for one article or the whole library, in article and text order.

        `progress(done, total, title)` is called after each article; a cancelled `cancel`
        stops between articles and returns the suggestions found so far."""
        found = []
        for step, suggestions in self._by_article(article_id):
            if cancel is not None and cancel.cancelled:
                break
            found.extend(suggestions)
            progress(*step)
        return found

    def suggestions_apart(self, *, article_id: int | None = None, progress: Progress = no_progress,
                          cancel: CancelToken | None = None) -> list[Suggestion]:
        """`suggestions`, found in a child process: what a window's background task
        calls, so that the window's own thread never waits for this pure-Python work."""
        library = self._library
        return read_apart(_suggestions_of_library, library.folder, library.read_only, library.on_read_only_disk,
                          article_id, progress=progress, cancel=cancel)

    def _by_article(self, article_id: int | None) -> Iterator[tuple[tuple[int, int, str], list[Suggestion]]]:
        db = self._library.database()
        tags = [tag for tag in list_tags(db) if tag.rules]
        total = 1 if article_id is not None else count_articles(db)
        rejected = {(a, h, t) for a, h, t in db.execute(
            "SELECT article_id, sentence_hash, tag_id FROM rejected_suggestions")}
        for done, (row_id, title, body, _source, language) in enumerate(article_texts(db, article_id), 1):
            found = self._article_suggestions(db, row_id, body, language, tags, rejected) if tags else []
            yield (done, max(total, done), title), found

    @staticmethod
    def _article_suggestions(db, row_id: int, body: str, language: str, tags, rejected) -> list[Suggestion]:
        found = []
        highlighted = [(h.start, h.end) for h in list_highlights(db, article_id=row_id) if not h.is_orphan]
        for sentence in split_sentences(body):
            if any(s < sentence.end and sentence.start < e for s, e in highlighted):
                continue
            digest = sentence_hash(sentence.text)
            for tag in tags:
                if (row_id, digest, tag.id) in rejected:
                    continue
                words = triggers(sentence.text, language, tag.rules)
                if words:
                    found.append(Suggestion(row_id, sentence.start, sentence.end, sentence.text, tag.id,
                                            tag.name, tuple(words)))
        return found

    def accept(self, suggestion: Suggestion, *, tag_id: int | None = None) -> Outcome[Highlight]:
        """Highlight the sentence with the suggested tag (or another one)."""
        return AnnotationService(self._library).add_highlight(
            article_id=suggestion.article_id, start=suggestion.start, end=suggestion.end,
            tag_ids=(tag_id or suggestion.tag_id,))

    def reject(self, suggestion: Suggestion) -> Outcome[None]:
        """Never propose this sentence for this tag again."""
        db = self._library.database()
        with write_transaction(db):
            db.execute("INSERT OR IGNORE INTO rejected_suggestions (article_id, sentence_hash, tag_id) "
                       "VALUES (?, ?, ?)", [suggestion.article_id, sentence_hash(suggestion.text), suggestion.tag_id])
        return Outcome(None, Changes())

    def unreject(self, suggestion: Suggestion) -> Outcome[None]:
        """Take a rejection back (undo)."""
        db = self._library.database()
        with write_transaction(db):
            db.execute("DELETE FROM rejected_suggestions WHERE article_id = ? AND sentence_hash = ? AND tag_id = ?",
                       [suggestion.article_id, sentence_hash(suggestion.text), suggestion.tag_id])
        return Outcome(None, Changes())
