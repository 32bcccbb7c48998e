"""Highlighting passages, tagging them and writing notes; every write updates the store
and the search index in one transaction.

A highlight's note is shared by the library's members; each save makes a new version and
keeps the text it replaced in the note's history. A private note is its author's alone:
it is not indexed for search (the index is shared) nor exported."""

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
from app.services.note_conflicts import NoteChangedSince, NoteConflict, NoteOutcome, author_name
from app.services.reanchoring import ReanchorReport, reanchor
from app.store import highlights as highlight_store
from app.store import notes as note_store
from app.store.articles import get_article
from app.store.database import write_transaction
from app.store.notes import NoteVersion, PrivateNote, ReplacedNote
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

    def set_note(self, highlight_id: int, note: str, *, based_on: int | str | None = None) -> NoteOutcome:
        """Replace a highlight's note (Markdown text); the text replaced stays in its history.

        `based_on` is the note the editor started from, its version or its text: when
        another save came in between, this one still wins (the later save does) and the
        outcome's `conflict` says whose text it replaced, with that text at hand."""
        db = self._library.database()
        with write_transaction(db):
            before = self._locked_note(db, highlight_id)
            unseen = based_on is not None and based_on != (before.version if isinstance(based_on, int)
                                                           else before.note)
            if note == before.note:
                return NoteOutcome(self.highlight(highlight_id), Changes(), version=before.version)
            version = note_store.save_note(db, before, note, unseen=unseen)
            self._reindex(db, highlight_id)
            conflict = None
            if unseen:
                conflict = NoteConflict(note_store.current_note(db, highlight_id), before,
                                        author_name(db, before.written_by), mine_won=True)
        return self._note_outcome(highlight_id, version, before, conflict)

    def restore_note(self, highlight_id: int, note: str, *, replacing_version: int) -> NoteOutcome:
        """Put `note` back in place of the version `replacing_version` (what undoing or
        redoing an edit of the note does), unless another member saved the note since:
        that is refused (`NoteChangedSince`), undo taking back only one's own edits."""
        db = self._library.database()
        with write_transaction(db):
            before = self._locked_note(db, highlight_id)
            me = note_store.current_author(db)
            if before.version != replacing_version:
                later = [kept for kept in note_store.note_history(db, highlight_id) if kept.version > replacing_version]
                others = [kept.written_by for kept in (*later, before) if kept.written_by != me]
                if others:
                    raise NoteChangedSince(highlight_id, author_name(db, others[-1]))
            if note == before.note:
                return NoteOutcome(self.highlight(highlight_id), Changes(), version=before.version)
            version = note_store.save_note(db, before, note, unseen=False)
            self._reindex(db, highlight_id)
        return self._note_outcome(highlight_id, version, before, None)

    def note(self, highlight_id: int) -> NoteVersion:
        """A highlight's note as it is now, with its version, author and time."""
        found = note_store.current_note(self._library.database(), highlight_id)
        if found is None:
            raise HighlightNotFound(highlight_id)
        return found

    def note_history(self, highlight_id: int) -> list[ReplacedNote]:
        """The texts the highlight's note had before, oldest first, each with who wrote and
        who replaced it."""
        self.highlight(highlight_id)
        return note_store.note_history(self._library.database(), highlight_id)

    def overwritten(self, highlight_id: int, version: int) -> NoteConflict | None:
        """Whether the note version `version` (a save of one's own) was replaced by another
        save started from an earlier text: then the conflict, theirs having won."""
        db = self._library.database()
        replaced = next((kept for kept in note_store.note_history(db, highlight_id)
                         if kept.version == version and kept.unseen), None)
        if replaced is None or replaced.written_by != note_store.current_author(db):
            return None
        theirs = note_store.note_version(db, highlight_id, version + 1)
        return NoteConflict(replaced, theirs, author_name(db, theirs.written_by), mine_won=False)

    # Private notes

    def private_note(self, highlight_id: int) -> PrivateNote | None:
        """One's own private note on a highlight (no one else's is ever read)."""
        return note_store.get_private_note(self._library.database(), highlight_id)

    def private_notes(self, highlight_ids: Sequence[int]) -> dict[int, PrivateNote]:
        """One's own private notes on these highlights, by highlight."""
        return note_store.private_notes(self._library.database(), list(highlight_ids))

    def set_private_note(self, highlight_id: int, note: str) -> Outcome[PrivateNote | None]:
        """Write one's private note on a highlight, seen by no other member (empty: clear it)."""
        if not note.strip():
            return self.clear_private_note(highlight_id)
        db = self._library.database()
        with write_transaction(db):
            highlight = self.highlight(highlight_id)
            note_store.set_private_note(db, highlight_id, note)
        return Outcome(self.private_note(highlight_id), Changes.of_highlights(highlight.article_id))

    def clear_private_note(self, highlight_id: int) -> Outcome[PrivateNote | None]:
        """Delete one's private note on a highlight; the outcome holds the note it was."""
        db = self._library.database()
        with write_transaction(db):
            highlight = self.highlight(highlight_id)
            before = note_store.get_private_note(db, highlight_id)
            note_store.clear_private_note(db, highlight_id)
        return Outcome(before, Changes.of_highlights(highlight.article_id) if before else Changes())

    def reanchor_article(self, article_id: int) -> Outcome[ReanchorReport]:
        """Resolve every highlight of an article against its current text and record
        where each landed; orphans keep their old position."""
        db = self._library.database()
        with write_transaction(db):
            report = reanchor(db, article_id, self._body(article_id))
        return Outcome(report, Changes.of_highlights(article_id))

    # Helpers

    def _locked_note(self, db, highlight_id: int) -> NoteVersion:
        before = note_store.current_note(db, highlight_id, lock=True)
        if before is None:
            raise HighlightNotFound(highlight_id)
        return before

    def _note_outcome(self, highlight_id: int, version: int, before: NoteVersion,
                      conflict: NoteConflict | None) -> NoteOutcome:
        highlight = self.highlight(highlight_id)
        return NoteOutcome(highlight, Changes.of_highlights(highlight.article_id), version=version,
                           replaced=before, conflict=conflict)

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
