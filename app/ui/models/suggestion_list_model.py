"""The suggestions under review as one flat list: a row naming each article (its title
and how many of its sentences are left), then a row per sentence with its proposed
tags. Each sentence row keeps what the reviewer chose: its tags (those proposed, less
or more) and the passage (the whole sentence, or a part of it trimmed word by word).

A flat list, not a tree: a list view asks only for the rows it lays out, a few at a
time, where a tree asks for every row of the library at once to expand them."""

from __future__ import annotations

import bisect
import html
from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.core.passages import Edge, moved_edge
from app.core.tags import Tag
from app.services.suggesting import Suggestion
from app.ui.rich_text import safe_colour

HTML_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class ArticleRow:
    article_id: int
    title: str


@dataclass(frozen=True, slots=True)
class SentenceRow:
    """A suggestion with the reviewer's choices: `tag_ids` to accept it with, and the
    passage `start`–`end` (offsets in the article, inside the sentence)."""

    suggestion: Suggestion
    tag_ids: tuple[int, ...]
    start: int
    end: int


def _order(row: ArticleRow | Suggestion) -> tuple[int, int]:
    if isinstance(row, ArticleRow):
        return (row.article_id, -1)
    return (row.article_id, row.start)


class SuggestionListModel(QAbstractListModel):
    def __init__(self, tags: list[Tag], parent=None) -> None:
        super().__init__(parent)
        self._tags = {tag.id: tag for tag in tags}
        # The suggestions themselves, each after its article's row: a library's hundreds
        # of thousands of rows are put in the list without making an object for each.
        self._rows: list[ArticleRow | Suggestion] = []
        self._left: dict[int, int] = {}  # article id → sentences left to answer
        self._chosen: dict[tuple[int, int], tuple[tuple[int, ...], int, int]] = {}  # the rows changed

    # Reading

    def row_of(self, row: int) -> ArticleRow | SentenceRow:
        item = self._rows[row]
        return item if isinstance(item, ArticleRow) else self._sentence(item)

    def sentence(self, row: int) -> SentenceRow | None:
        """The sentence row at `row` with its choices (None for an article's row or out of range)."""
        item = self._rows[row] if 0 <= row < len(self._rows) else None
        return self._sentence(item) if isinstance(item, Suggestion) else None

    def _sentence(self, suggestion: Suggestion) -> SentenceRow:
        chosen = self._chosen.get((suggestion.article_id, suggestion.start))
        if chosen is None:
            return SentenceRow(suggestion, suggestion.tag_ids, suggestion.start, suggestion.end)
        return SentenceRow(suggestion, *chosen)

    def _choose(self, row: int, item: SentenceRow) -> None:
        suggestion = item.suggestion
        self._chosen[(suggestion.article_id, suggestion.start)] = (item.tag_ids, item.start, item.end)
        self._changed(row)

    def suggestion(self, row: int) -> Suggestion:
        return self._rows[row]

    def sentence_count(self) -> int:
        return sum(self._left.values())

    def article_count(self) -> int:
        return len(self._left)

    def find(self, suggestion: Suggestion) -> int | None:
        """The row of this suggestion's sentence, if it is in the list."""
        key = (suggestion.article_id, suggestion.start)
        row = bisect.bisect_left(self._rows, key, key=_order)
        return row if row < len(self._rows) and _order(self._rows[row]) == key else None

    def nearest_sentence(self, row: int) -> int | None:
        """The sentence row at `row` or after it, else the last one before it."""
        for candidate in (*range(max(row, 0), len(self._rows)), *range(min(row, len(self._rows)) - 1, -1, -1)):
            if isinstance(self._rows[candidate], Suggestion):
                return candidate
        return None

    # Changing

    def set_suggestions(self, suggestions: list[Suggestion]) -> None:
        self.beginResetModel()
        rows: list[ArticleRow | Suggestion] = []
        append, article = rows.append, None
        for suggestion in suggestions:
            if suggestion.article_id != article:
                article = suggestion.article_id
                append(ArticleRow(article, suggestion.article_title))
            append(suggestion)
        self._rows, self._left, self._chosen = rows, dict(Counter(s.article_id for s in suggestions)), {}
        self.endResetModel()

    def toggle_tag(self, row: int, tag_id: int) -> None:
        """Add the tag to the sentence's choice, or take it away."""
        item = self.sentence(row)
        if item is None:
            return
        chosen = item.tag_ids
        tag_ids = tuple(t for t in chosen if t != tag_id) if tag_id in chosen else (*chosen, tag_id)
        self._choose(row, SentenceRow(item.suggestion, tag_ids, item.start, item.end))

    def move_edge(self, row: int, *, edge: Edge, words: int) -> None:
        """Move the passage's start or end by `words` words inside its sentence."""
        item = self.sentence(row)
        if item is None:
            return
        base = item.suggestion.start
        start, end = moved_edge(item.suggestion.text, item.start - base, item.end - base, edge=edge, words=words)
        self._choose(row, SentenceRow(item.suggestion, item.tag_ids, base + start, base + end))

    def remove(self, suggestion: Suggestion) -> SentenceRow | None:
        """Take the sentence out (answered); its article's row goes with its last one."""
        row = self.find(suggestion)
        if row is None:
            return None
        item = self._sentence(suggestion)
        article = suggestion.article_id
        self._left[article] -= 1
        first = row - 1 if self._left[article] == 0 else row  # its article's row, above it
        if first != row:
            del self._left[article]
        self.beginRemoveRows(QModelIndex(), first, row)
        del self._rows[first:row + 1]
        self.endRemoveRows()
        if article in self._left:
            self._changed_article(article)
        return item

    def put_back(self, item: SentenceRow) -> int:
        """Bring a sentence back (its answer undone), where it was; returns its row."""
        suggestion = item.suggestion
        row = bisect.bisect_left(self._rows, _order(suggestion), key=_order)
        article = suggestion.article_id
        self._chosen[(article, suggestion.start)] = (item.tag_ids, item.start, item.end)
        new_rows: list[ArticleRow | Suggestion] = [suggestion]
        if article not in self._left:
            new_rows.insert(0, ArticleRow(article, suggestion.article_title))
            self._left[article] = 0
        self.beginInsertRows(QModelIndex(), row, row + len(new_rows) - 1)
        self._rows[row:row] = new_rows
        self.endInsertRows()
        self._left[article] += 1
        self._changed_article(article)
        return row + len(new_rows) - 1

    def _changed(self, row: int) -> None:
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def _changed_article(self, article_id: int) -> None:
        row = bisect.bisect_left(self._rows, (article_id, -1), key=_order)
        if row < len(self._rows):
            self._changed(row)

    # Qt's side

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], ArticleRow):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if isinstance(row, ArticleRow):
            item = row
            left = self._left.get(item.article_id, 0)
            if role == Qt.ItemDataRole.DisplayRole:
                return item.title
            if role == HTML_ROLE:
                count = self.tr("1 sentence") if left == 1 else self.tr("{count} sentences").format(count=left)
                return f"<b>{html.escape(item.title)}</b> <small>· {count}</small>"
            return None
        item = self._sentence(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return item.suggestion.text[item.start - item.suggestion.start:item.end - item.suggestion.start]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            names = [self._tags[t].name for t in item.tag_ids if t in self._tags]
            return f"{', '.join(names)}: {self.data(index)}"
        if role == HTML_ROLE:
            return self._html(item)
        return None

    def _html(self, item: SentenceRow) -> str:
        suggestion = item.suggestion
        chips = []
        proposed = {tag.tag_id: tag for tag in suggestion.tags}
        for tag_id in dict.fromkeys((*suggestion.tag_ids, *item.tag_ids)):
            tag = self._tags.get(tag_id)
            name = html.escape(tag.name if tag else proposed[tag_id].tag_name)
            key = f"{tag.shortcut}&nbsp;" if tag and tag.shortcut else ""
            if tag_id in item.tag_ids:
                colour = safe_colour(tag.colour if tag else None)
                chips.append(f'<span style="background-color:{colour}; color:black">&nbsp;{key}{name}&nbsp;</span>')
            else:
                chips.append(f'<span style="color:gray"><s>&nbsp;{key}{name}&nbsp;</s></span>')
        words = [w for tag in suggestion.tags if tag.tag_id in item.tag_ids for w in tag.triggers]
        reason = (self.tr("because of: {words}").format(words=", ".join(map(html.escape, dict.fromkeys(words))))
                  if words else "")
        text, base = suggestion.text, suggestion.start
        before, kept, after = (text[:item.start - base], text[item.start - base:item.end - base],
                               text[item.end - base:])
        passage = html.escape(kept)
        if before or after:  # the trimmed-off words stay in view, greyed
            passage = (f'<span style="color:gray">{html.escape(before)}</span><u>{passage}</u>'
                       f'<span style="color:gray">{html.escape(after)}</span>')
        return f"{' '.join(chips)} <small>{reason}</small><br>{passage}"
