"""Highlighting passages, tagging them and writing notes; every write updates the store
and the search index in one transaction."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, NamedTuple, Sequence

from app.core.anchoring import Anchor, quote_spans, trim_span
from app.core.changes import Changes, Outcome
from app.core.errors import ToldError
from app.core.highlight import Highlight
from app.core.messages import Message
from app.search.index import remove_highlight
from app.services.articles import ArticleNotFound
from app.services.highlight_index import reindex_highlights
from app.services.reanchoring import ReanchorReport, reanchor
from app.store import highlights as highlight_store
from app.store.articles import get_article
from app.store.database import write_transaction
from app.store.tags import find_tag_ids, get_tag
from app.core.tags import tag_key

if TYPE_CHECKING:
    from app.store.library import Library


class HighlightNotFound(ToldError, LookupError):
    def __init__(self, highlight_id: int) -> None:
        super().__init__(Message("no highlight with id {id}", id=highlight_id))
        self.highlight_id = highlight_id


class UnknownTag(ToldError, LookupError):
    """A tag name or id that the library does not have."""

    def __init__(self, name: str | int) -> None:
        super().__init__(Message("no tag named '{name}'", name=name) if isinstance(name, str)
                         else Message("no tag with id {id}", id=name))
        self.name = name


class QuoteSpan(NamedTuple):
    """Where a quote was found; `typographic`: only with its apostrophes, quotation marks,
    dashes or spaces counted alike (the article writes ’ where the quote has ')."""

    start: int
    end: int
    typographic: bool


class BadSelection(ToldError, ValueError):
    """A span or quote that cannot become a highlight, with the reason."""


class AnnotationService:
    def __init__(self, library: Library) -> None:
        self._library = library

    # Reading

    def highlight(self, highlight_id: int) -> Highlight:
        found = highlight_store.get_highlight(self._library.database(), highlight_id)
        if found is None:
            raise HighlightNotFound(highlight_id)
        return found

    def highlights(self, *, article_id: int | None = None, tag_id: int | None = None) -> list[Highlight]:
        """Highlights in text order, of one article and/or carrying one tag."""
        return highlight_store.list_highlights(self._library.database(), article_id=article_id, tag_id=tag_id)

    def find_quote(self, article_id: int, quote: str, *, occurrence: int | None = None) -> tuple[int, int]:
        """The span of `quote` in an article; `occurrence` (1-based) picks one of several."""
        found = self.locate_quote(article_id, quote, occurrence=occurrence)
        return found.start, found.end

    def locate_quote(self, article_id: int, quote: str, *, occurrence: int | None = None) -> QuoteSpan:
        """Where `quote` is in an article: as written, or else with apostrophes, quotation
        marks, dashes and spaces of any typographic kind counted alike (`typographic`);
        the span is that of the article's own text. `occurrence` (1-based) picks one of
        several."""
        spans, typographic = quote_spans(self._body(article_id), quote)
        if not spans:
            raise BadSelection(Message("the quote is not in article {id}", id=article_id))
        if occurrence is None and len(spans) > 1:
            raise BadSelection(Message("the quote occurs {count} times in article {id}: choose one with "
                                       "--occurrence 1 to {count}", count=len(spans), id=article_id))
        index = (occurrence or 1) - 1
        if not 0 <= index < len(spans):
            raise BadSelection(Message("occurrence {occurrence} does not exist (there are {count})",
                                       occurrence=occurrence, count=len(spans)))
        return QuoteSpan(*spans[index], typographic)

    # Writing

    def add_highlight(self, *, article_id: int, start: int, end: int, tags: Sequence[str] = (),
                      tag_ids: Sequence[int] = (), note: str = "") -> Outcome[Highlight]:
        """Highlight `body[start:end]` (code points, end exclusive; white space at its ends
        is left out) with these tags (by name or id) and note."""
        db = self._library.database()
        with write_transaction(db):
            body = self._body(article_id)
            if not 0 <= start < end <= len(body):
                raise BadSelection(Message("span {start}–{end} is outside the article (0–{length})",
                                           start=start, end=end, length=len(body)))
            start, end = trim_span(body, start, end)
            if start == end:
                raise BadSelection(Message("the selection holds only white space"))
            ids = self._tag_ids(db, tags, tag_ids)
            highlight_id = highlight_store.insert_highlight(
                db, Highlight(article_id=article_id, anchor=Anchor.of_span(body, start, end), note=note, tag_ids=ids))
            self._reindex(db, highlight_id)
        return self._changed(highlight_id)

    def restore_highlight(self, highlight: Highlight) -> Outcome[Highlight]:
        """Put back a deleted highlight, with its id, tags, note and dates."""
        db = self._library.database()
        with write_transaction(db):
            if get_article(db, highlight.article_id) is None:
                raise ArticleNotFound(highlight.article_id)
            live_tags = tuple(t for t in highlight.tag_ids if get_tag(db, t) is not None)
            highlight_store.insert_highlight(db, dataclasses.replace(highlight, tag_ids=live_tags))
            self._reindex(db, highlight.id)
        return self._changed(highlight.id)

    def delete_highlight(self, highlight_id: int) -> Outcome[Highlight]:
        """Delete a highlight; returns it as it was, for `restore_highlight`."""
        db = self._library.database()
        with write_transaction(db):
            before = self.highlight(highlight_id)
            highlight_store.delete_highlight(db, highlight_id)
            remove_highlight(db, highlight_id)
        return Outcome(before, Changes.of_highlights(before.article_id))

    def add_tag(self, highlight_id: int, tag_id: int) -> Outcome[Highlight]:
        db = self._library.database()
        with write_transaction(db):
            self.highlight(highlight_id)
            if get_tag(db, tag_id) is None:
                raise UnknownTag(tag_id)
            highlight_store.add_tags(db, highlight_id, [tag_id])
            highlight_store.touch(db, highlight_id)
            self._reindex(db, highlight_id)
        return self._changed(highlight_id)

    def remove_tag(self, highlight_id: int, tag_id: int) -> Outcome[Highlight]:
        db = self._library.database()
        with write_transaction(db):
            self.highlight(highlight_id)
            highlight_store.remove_tag(db, highlight_id, tag_id)
            highlight_store.touch(db, highlight_id)
            self._reindex(db, highlight_id)
        return self._changed(highlight_id)

    def set_note(self, highlight_id: int, note: str) -> Outcome[Highlight]:
        """Replace a highlight's note (Markdown text)."""
        db = self._library.database()
        with write_transaction(db):
            self.highlight(highlight_id)
            highlight_store.set_note(db, highlight_id, note)
            self._reindex(db, highlight_id)
        return self._changed(highlight_id)

    def reanchor_article(self, article_id: int) -> Outcome[ReanchorReport]:
        """Resolve every highlight of an article against its current text and record
        where each landed; orphans keep their old position."""
        db = self._library.database()
        with write_transaction(db):
            report = reanchor(db, article_id, self._body(article_id))
        return Outcome(report, Changes.of_highlights(article_id))

    # Helpers

    def _changed(self, highlight_id: int) -> Outcome[Highlight]:
        highlight = self.highlight(highlight_id)
        return Outcome(highlight, Changes.of_highlights(highlight.article_id))

    def _body(self, article_id: int) -> str:
        article = get_article(self._library.database(), article_id)
        if article is None:
            raise ArticleNotFound(article_id)
        return article.body

    @staticmethod
    def _tag_ids(db, names: Sequence[str], ids: Sequence[int]) -> tuple[int, ...]:
        found = find_tag_ids(db, list(names))
        for name in names:
            if tag_key(name) not in found:
                raise UnknownTag(name)
        for tag_id in ids:
            if get_tag(db, tag_id) is None:
                raise UnknownTag(tag_id)
        return tuple(dict.fromkeys([*(found[tag_key(n)] for n in names), *ids]))

    @staticmethod
    def _reindex(db, highlight_id: int) -> None:
        reindex_highlights(db, [highlight_id])
