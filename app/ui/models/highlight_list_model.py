"""The highlights of the article shown (or of a tag), in text order; where the library
has more than one member, each starts with its author's initials in the author's colour."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.core.anchoring import AnchorStatus
from app.core.highlight import Highlight
from app.core.people import Person, author_of
from app.ui.rich_text import note_html, plain_tooltip, safe_colour

HTML_ROLE = Qt.ItemDataRole.UserRole + 2
HIGHLIGHT_ROLE = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex
_STATUS = {
    AnchorStatus.MOVED: QT_TRANSLATE_NOOP("HighlightListModel", "moved"),
    AnchorStatus.ORPHAN: QT_TRANSLATE_NOOP("HighlightListModel", "orphaned: its text is no longer in the article"),
}


class HighlightListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._highlights: list[Highlight] = []
        self._colours: dict[int, str] = {}
        self._people: list[Person] = []

    def set_people(self, people: list[Person]) -> None:
        """The library's members: with more than one, each row names its author."""
        self._people = list(people)
        if self._highlights:
            self.dataChanged.emit(self.index(0), self.index(len(self._highlights) - 1))

    @property
    def signed(self) -> bool:
        return len(self._people) > 1

    def author(self, highlight: Highlight) -> Person:
        return author_of(self._people, highlight.author)

    def author_name(self, highlight: Highlight) -> str:
        person = self.author(highlight)
        return self.tr("you") if person.role is None else person.name

    def set_highlights(self, highlights: list[Highlight], colours: dict[int, str]) -> None:
        self.beginResetModel()
        self._highlights, self._colours = list(highlights), dict(colours)
        self.endResetModel()

    def highlight(self, row: int) -> Highlight:
        return self._highlights[row]

    def row_of(self, highlight_id: int) -> int | None:
        return next((row for row, h in enumerate(self._highlights) if h.id == highlight_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._highlights)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._highlights):
            return None
        highlight = self._highlights[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return highlight.quote
        if role == HIGHLIGHT_ROLE:
            return highlight
        if role == HTML_ROLE:
            return self._html(highlight)
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.signed:
                by = self.tr("By {name}").format(name=self.author_name(highlight))
                return plain_tooltip(f"{by}\n\n{highlight.note}" if highlight.note else by)
            return plain_tooltip(highlight.note)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def _html(self, highlight: Highlight) -> str:
        chips = " ".join(
            f'<span style="background-color:{safe_colour(self._colours.get(tag_id))}; color:black">'
            f"&nbsp;{html.escape(name)}&nbsp;</span>"
            for tag_id, name in zip(highlight.tag_ids, highlight.tags)
        ) or "<i>" + html.escape(self.tr("untagged")) + "</i>"
        status = self.tr(_STATUS[highlight.status]) if highlight.status in _STATUS else None
        if highlight.status is AnchorStatus.FUZZY:
            status = self.tr("approximate match ({score})").format(score=f"{highlight.score:.0%}")
        if self.signed:
            author = self.author(highlight)
            chips = (f'<span style="background-color:{safe_colour(author.colour)}; color:black">'
                     f"&nbsp;<b>{html.escape(author.initials)}</b>&nbsp;</span> · {chips}")
        parts = [f"« {html.escape(highlight.quote)} »", f"<br>{chips}"]
        if status:
            parts.append(f" <small><i>{html.escape(status)}</i></small>")
        if highlight.note:
            parts.append(f"<div style='font-size:small'>{note_html(highlight.note)}</div>")
        return "".join(parts)
