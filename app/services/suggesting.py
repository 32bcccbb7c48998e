"""Suggested highlights: sentences that match tags' rules, for the researcher to accept
or reject. One suggestion is one sentence with every tag proposed for it. Nothing is
tagged without the user's say; a rejection is remembered for that sentence and tag;
sentences already highlighted are not proposed."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Iterable, Iterator, NamedTuple

from app.core.changes import Changes, Outcome
from app.core.errors import ToldError
from app.core.highlight import Highlight
from app.core.messages import Message
from app.core.sentences import split_sentences
from app.core.tags import Tag
from app.core.tasks import CancelToken, Progress, no_progress
from app.search.rules import triggers
from app.services.annotating import AnnotationService, UnknownTag
from app.services.child_process import LibraryPlace, read_apart
from app.store.articles import article_texts, count_articles
from app.store.database import write_transaction
from app.store.highlights import list_highlights
from app.store.tags import find_tag, list_tags

if TYPE_CHECKING:
    from app.store.library import Library


class ProposedTag(NamedTuple):
    """A tag proposed for a sentence, with the words of the sentence that set it off."""

    tag_id: int
    tag_name: str
    triggers: tuple[str, ...]


# A named tuple of plain values, not a dataclass holding objects: a whole library's
# suggestions (hundreds of thousands) come from a child process through a pipe, and a
# slotted dataclass is unpickled field by field in Python (seconds, holding the
# interpreter lock the window needs); and the garbage collector, which walks every
# object that can hold others, leaves tuples of strings and numbers alone.
class Suggestion(NamedTuple):
    """A sentence (`start`–`end` of the article's body) and the tags proposed for it:
    `tag_ids[i]`, named `tag_names[i]`, set off by the words `triggers[i]`."""

    article_id: int
    article_title: str
    start: int
    end: int
    text: str
    tag_ids: tuple[int, ...]
    tag_names: tuple[str, ...]
    triggers: tuple[tuple[str, ...], ...]

    @property
    def tags(self) -> tuple[ProposedTag, ...]:
        return tuple(map(ProposedTag, self.tag_ids, self.tag_names, self.triggers))


class SuggestionNotFound(ToldError, LookupError):
    """A passage that no suggestion holds."""


def _suggestions_of_library(place: LibraryPlace, article_id: int | None, tag: str | None):
    """Run in a child process by `suggestions_apart`."""
    library = place.open()
    try:
        yield from SuggestionService(library)._by_article(article_id, tag)
    finally:
        library.close()


def _proposals_of_rules(place: LibraryPlace, rules: dict, tag_id: int | None):
    """Run in a child process by `proposal_count_apart`."""
    library = place.open()
    try:
        yield from SuggestionService(library)._proposals_by_article(rules, tag_id)
    finally:
        library.close()


def proposes_anything(rules: dict) -> bool:
    """Whether `rules` could propose a sentence at all (they hold a word, an expression
    or the amounts or places)."""
    return bool(rules.get("keywords") or rules.get("patterns") or rules.get("money") or rules.get("places"))


def sentence_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def pair_count(suggestions: Iterable[Suggestion]) -> int:
    """How many (sentence, tag) proposals these suggestions make."""
    return sum(len(suggestion.tag_ids) for suggestion in suggestions)


class SuggestionService:
    def __init__(self, library: Library) -> None:
        self._library = library

    def suggestions(self, *, article_id: int | None = None, tag: str | None = None,
                    progress: Progress = no_progress, cancel: CancelToken | None = None) -> list[Suggestion]:
        """Suggestions for one article or the whole library (only for the tag named
        `tag`, if given), in article and text order.

        `progress(done, total, title)` is called after each article; a cancelled `cancel`
        stops between articles and returns the suggestions found so far. An unknown `tag`
        raises `UnknownTag`."""
        found = []
        for step, suggestions in self._by_article(article_id, tag):
            if cancel is not None and cancel.cancelled:
                break
            found.extend(suggestions)
            progress(*step)
        return found

    def suggestions_apart(self, *, article_id: int | None = None, tag: str | None = None,
                          progress: Progress = no_progress, cancel: CancelToken | None = None) -> list[Suggestion]:
        """`suggestions`, found in a child process: what a window's background task
        calls, so that the window's own thread never waits for this pure-Python work."""
        library = self._library
        return read_apart(_suggestions_of_library, LibraryPlace.of(library),
                          article_id, tag, progress=progress, cancel=cancel)

    def proposal_count(self, rules: dict, *, tag_id: int | None = None, progress: Progress = no_progress,
                       cancel: CancelToken | None = None) -> int:
        """How many sentences of the library `rules` would propose, as for the tag
        `tag_id` (leaving out the sentences rejected for it) if given: what a tag's
        rules being edited would do. `progress(done, total, label)` is called after each
        article, `label` being the count so far; a cancelled `cancel` stops between
        articles with the count so far."""
        count = 0
        for step, found in self._proposals_by_article(rules, tag_id):
            if cancel is not None and cancel.cancelled:
                break
            count += sum(found)
            progress(*step)
        return count

    def proposal_count_apart(self, rules: dict, *, tag_id: int | None = None, progress: Progress = no_progress,
                             cancel: CancelToken | None = None) -> int:
        """`proposal_count`, counted in a child process (for the window)."""
        library = self._library
        return sum(read_apart(_proposals_of_rules, LibraryPlace.of(library),
                              rules, tag_id, progress=progress, cancel=cancel))

    def _proposals_by_article(self, rules: dict, tag_id: int | None
                              ) -> Iterator[tuple[tuple[int, int, str], list[int]]]:
        if not proposes_anything(rules):
            yield (0, 0, "0"), []
            return
        edited = Tag(name="", colour="#000000", id=tag_id, rules=rules)
        count = 0
        for (done, total, _title), found in self._by_article(None, tags=[edited]):
            count += len(found)
            yield (done, total, str(count)), [len(found)] if found else []

    def _by_article(self, article_id: int | None, tag: str | None = None, *, tags: list[Tag] | None = None
                    ) -> Iterator[tuple[tuple[int, int, str], list[Suggestion]]]:
        db = self._library.database()
        tags = [t for t in list_tags(db) if t.rules] if tags is None else tags
        if tag is not None:
            wanted = find_tag(db, tag)
            if wanted is None:
                raise UnknownTag(tag)
            tags = [t for t in tags if t.id == wanted.id]
        total = 1 if article_id is not None else count_articles(db)
        rejected = {(a, h, t) for a, h, t in db.execute(
            "SELECT article_id, sentence_hash, tag_id FROM rejected_suggestions")}
        for done, (row_id, title, body, _source, language) in enumerate(article_texts(db, article_id), 1):
            found = self._article_suggestions(db, row_id, title, body, language, tags, rejected) if tags else []
            yield (done, max(total, done), title), found

    @staticmethod
    def _article_suggestions(db, row_id: int, title: str, body: str, language: str, tags,
                             rejected) -> list[Suggestion]:
        found = []
        highlighted = [(h.start, h.end) for h in list_highlights(db, article_id=row_id) if not h.is_orphan]
        seen: set[str] = set()
        for sentence in split_sentences(body):
            if any(s < sentence.end and sentence.start < e for s, e in highlighted):
                continue
            digest = sentence_hash(sentence.text)
            if digest in seen:  # a line repeated (a caption, a pull quote): proposed once
                continue
            seen.add(digest)
            proposed = []
            for tag in tags:
                if (row_id, digest, tag.id) in rejected:
                    continue
                words = triggers(sentence.text, language, tag.rules)
                if words:
                    proposed.append((tag.id, tag.name, tuple(words)))
            if proposed:
                ids, names, words = zip(*proposed)
                found.append(Suggestion(row_id, title, sentence.start, sentence.end, sentence.text, ids, names, words))
        return found

    def accept(self, suggestion: Suggestion, *, tag_ids: tuple[int, ...] | None = None, start: int | None = None,
               end: int | None = None) -> Outcome[Highlight]:
        """Highlight the sentence (or the part `start`–`end` of it) with its proposed
        tags (or these)."""
        return AnnotationService(self._library).add_highlight(
            article_id=suggestion.article_id, start=suggestion.start if start is None else start,
            end=suggestion.end if end is None else end,
            tag_ids=suggestion.tag_ids if tag_ids is None else tag_ids)

    def find(self, article_id: int, start: int, end: int) -> Suggestion:
        """The suggestion whose sentence holds the passage `start`–`end` of the article."""
        for suggestion in self.suggestions(article_id=article_id):
            if suggestion.start <= start < end <= suggestion.end:
                return suggestion
        raise SuggestionNotFound(Message("no suggestion of article {article} holds {start}–{end}",
                                         article=article_id, start=start, end=end))

    def reject(self, suggestion: Suggestion, *, tag_ids: tuple[int, ...] | None = None) -> Outcome[None]:
        """Never propose this sentence for its tags (or these) again."""
        db = self._library.database()
        with write_transaction(db):
            db.conn.executemany("INSERT OR IGNORE INTO rejected_suggestions (article_id, sentence_hash, tag_id) "
                           "VALUES (?, ?, ?)", self._rejections(suggestion, tag_ids))
        return Outcome(None, Changes())

    def unreject(self, suggestion: Suggestion, *, tag_ids: tuple[int, ...] | None = None) -> Outcome[None]:
        """Take a rejection back (undo)."""
        db = self._library.database()
        with write_transaction(db):
            db.conn.executemany("DELETE FROM rejected_suggestions WHERE article_id = ? AND sentence_hash = ? "
                           "AND tag_id = ?", self._rejections(suggestion, tag_ids))
        return Outcome(None, Changes())

    @staticmethod
    def _rejections(suggestion: Suggestion, tag_ids: tuple[int, ...] | None) -> list[tuple[int, str, int]]:
        digest = sentence_hash(suggestion.text)
        return [(suggestion.article_id, digest, tag_id)
                for tag_id in (suggestion.tag_ids if tag_ids is None else tag_ids)]
