"""The facts as a tree: one row per thing mentioned (the EU, Paris, 200 billion
euros) with its count of mentions and of articles, and under it a row per mention.

A view asks for a thing's mentions only when it is opened, so a library's hundreds of
thousands of facts cost no more than the things they name. Sorting and filtering are
done here on plain lists, not by a proxy: a proxy asks data() for every comparison."""

from __future__ import annotations

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QLocale, QModelIndex,
                            QPersistentModelIndex, Qt)

from app.core.gazetteer import name_in
from app.services.facts import ArticleFact, FactGroup
from app.ui.rich_text import plain_tooltip
from app.ui.translation import current_language

_Index = QModelIndex | QPersistentModelIndex
FACT_ROLE = Qt.ItemDataRole.UserRole + 1  # a mention's ArticleFact
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3  # a thing's FactGroup
THING_COLUMN, KIND_COLUMN, DETAIL_COLUMN, MENTIONS_COLUMN, ARTICLES_COLUMN = range(5)

KIND_LABELS = {"money": QT_TRANSLATE_NOOP("FactTreeModel", "money"),
               "place": QT_TRANSLATE_NOOP("FactTreeModel", "place"),
               "actor": QT_TRANSLATE_NOOP("FactTreeModel", "actor")}
DETAIL_LABELS = {"person": QT_TRANSLATE_NOOP("FactTreeModel", "person"),
                 "institution": QT_TRANSLATE_NOOP("FactTreeModel", "institution"),
                 "company": QT_TRANSLATE_NOOP("FactTreeModel", "company"),
                 "currency not stated": QT_TRANSLATE_NOOP("FactTreeModel", "currency not stated")}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("FactTreeModel", KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def detail_label(detail: str) -> str:
    """An actor's kind or an amount's missing currency in the interface's language;
    other details (ISO codes, currencies) as they are."""
    return QCoreApplication.translate("FactTreeModel", DETAIL_LABELS[detail]) if detail in DETAIL_LABELS else detail


def _number(value: float) -> str:
    locale = QLocale()
    return locale.toString(int(value)) if value == int(value) else locale.toString(value, "f", 2)


def amount_text(group: FactGroup) -> str:
    """A thing's amount written as the interface's locale writes numbers ("200 000 000 000
    EUR" in French, "200,000,000,000 EUR" in English)."""
    fact = group.mentions[0].fact
    currency = fact.currency or "?"
    if fact.high is not None:
        return f"{_number(fact.low)}–{_number(fact.high)} {currency}"
    return f"{_number(fact.amount)} {currency}"


class FactTreeModel(QAbstractItemModel):
    COLUMNS = (QT_TRANSLATE_NOOP("FactTreeModel", "Fact"), QT_TRANSLATE_NOOP("FactTreeModel", "Kind"),
               QT_TRANSLATE_NOOP("FactTreeModel", "Detail"), QT_TRANSLATE_NOOP("FactTreeModel", "Mentions"),
               QT_TRANSLATE_NOOP("FactTreeModel", "Articles"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[FactGroup] = []
        self._shown: list[int] = []  # positions in _all, in the order shown
        self._row_of: dict[int, int] = {}
        self._kind = ""
        self._order: tuple[int, Qt.SortOrder] = (MENTIONS_COLUMN, Qt.SortOrder.DescendingOrder)

    def set_groups(self, groups: list[FactGroup]) -> None:
        self.beginResetModel()
        self._all = list(groups)
        self._arrange()
        self.endResetModel()

    def set_kind(self, kind: str) -> None:
        """Show only the things of this kind ("" for all)."""
        self.beginResetModel()
        self._kind = kind
        self._arrange()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        kept = [(index, self._shown[index.row()] if not index.internalId() else None) for index in before]
        self._order = (column, order)
        self._arrange()
        self.changePersistentIndexList(
            before, [self.index(self._row_of[position], index.column()) if position is not None else
                     self._mention_index(index) for index, position in kept])
        self.layoutChanged.emit()

    def _mention_index(self, index: QModelIndex) -> QModelIndex:
        return self.createIndex(index.row(), index.column(), index.internalId())

    def _arrange(self) -> None:
        positions = [p for p, group in enumerate(self._all) if not self._kind or group.kind == self._kind]
        column, order = self._order
        positions.sort(key=lambda p: self._sort_key(self._all[p], column),
                       reverse=order == Qt.SortOrder.DescendingOrder)
        self._shown = positions
        self._row_of = {position: row for row, position in enumerate(positions)}

    def _sort_key(self, group: FactGroup, column: int):
        if column == MENTIONS_COLUMN:
            return (len(group.mentions), 0, "")
        if column == ARTICLES_COLUMN:
            return (group.article_count, 0, "")
        if column == THING_COLUMN and group.amount is not None:
            return (0, group.amount, "")
        return (1, 0, self._group_text(group, column).casefold())

    def group(self, row: int) -> FactGroup:
        return self._all[self._shown[row]]

    # Qt's side: a thing's index has internal id 0; a mention's, its thing's position + 1
    # in the list of all things (which sorting and filtering never change).

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, self._shown[parent.row()] + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # noqa: A003 - Qt's name
        if not index.isValid() or not index.internalId():
            return QModelIndex()
        return self.createIndex(self._row_of[index.internalId() - 1], 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._shown)
        if parent.internalId() or parent.column() != 0:
            return 0
        return len(self.group(parent.row()).mentions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return len(self.COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId():
            mention = self._all[index.internalId() - 1].mentions[index.row()]
            if role == FACT_ROLE:
                return mention
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(mention.fact.sentence)
            if role == Qt.ItemDataRole.DisplayRole:
                return self._mention_text(mention, index.column())
            return None
        group = self.group(index.row())
        if role == GROUP_ROLE:
            return group
        if role == FACT_ROLE:
            return group.mentions[0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._group_text(group, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (MENTIONS_COLUMN, ARTICLES_COLUMN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _group_text(group: FactGroup, column: int) -> str:
        if column == THING_COLUMN:
            return amount_text(group) if group.kind == "money" else name_in(group.value, current_language())
        if column == KIND_COLUMN:
            return kind_label(group.kind)
        if column == DETAIL_COLUMN:
            return "" if group.kind == "money" and group.detail != "currency not stated" else detail_label(
                group.detail)
        if column == MENTIONS_COLUMN:
            return QLocale().toString(len(group.mentions))
        return QLocale().toString(group.article_count)

    @staticmethod
    def _mention_text(mention: ArticleFact, column: int) -> str:
        if column == THING_COLUMN:
            return mention.fact.text
        if column == DETAIL_COLUMN:
            return mention.article_title
        return ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section])
        return None
