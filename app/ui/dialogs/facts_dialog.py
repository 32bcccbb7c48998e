"""View ▸ Facts: amounts, places and actors of the articles in a sortable table;
choosing a row opens its article with the words selected. The facts are read by a
background task: the dialog opens at once with its progress and a Cancel."""

from __future__ import annotations

import re

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QLocale, QModelIndex,
                            QPersistentModelIndex, Qt, Signal)
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialog, QTableView, QVBoxLayout, QWidget

from app.core.facts import KINDS
from app.services.facts import ArticleFact
from app.ui.rich_text import plain_tooltip
from app.ui.tasks import TaskRunner, Work
from app.ui.widgets.task_progress import TaskProgress

_Index = QModelIndex | QPersistentModelIndex
KIND_LABELS = {"money": QT_TRANSLATE_NOOP("FactTableModel", "money"),
               "place": QT_TRANSLATE_NOOP("FactTableModel", "place"),
               "actor": QT_TRANSLATE_NOOP("FactTableModel", "actor")}


DETAIL_LABELS = {"person": QT_TRANSLATE_NOOP("FactTableModel", "person"),
                 "institution": QT_TRANSLATE_NOOP("FactTableModel", "institution"),
                 "company": QT_TRANSLATE_NOOP("FactTableModel", "company"),
                 "currency not stated": QT_TRANSLATE_NOOP("FactTableModel", "currency not stated")}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("FactTableModel", KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def detail_label(detail: str) -> str:
    """An actor's kind or an amount's missing currency in the interface's language;
    other details (ISO codes, currencies) as they are."""
    return QCoreApplication.translate("FactTableModel", DETAIL_LABELS[detail]) if detail in DETAIL_LABELS else detail


def with_grouped_digits(text: str) -> str:
    """Numbers written as the interface's locale writes them ("2 100 000 000" in French)."""
    return re.sub(r"\d{4,}", lambda digits: QLocale().toString(int(digits.group())), text)


FACT_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # the kind's code, which the filter compares
VALUE_COLUMN = 2


class FactTableModel(QAbstractTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("FactTableModel", "Kind"), QT_TRANSLATE_NOOP("FactTableModel", "As written"),
               QT_TRANSLATE_NOOP("FactTableModel", "Value"), QT_TRANSLATE_NOOP("FactTableModel", "Detail"),
               QT_TRANSLATE_NOOP("FactTableModel", "Article"))

    def __init__(self, facts: list[ArticleFact], parent=None) -> None:
        super().__init__(parent)
        self._all: list[ArticleFact] = list(facts)
        self._facts = self._all  # those shown, in the order shown
        self._kind = ""
        self._order: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    # Sorting and filtering are done here on plain lists, not by a proxy: a proxy asks
    # data() for every comparison, which takes seconds over a library's facts.

    def set_facts(self, facts: list[ArticleFact]) -> None:
        self.beginResetModel()
        self._all = list(facts)
        self._facts = self._arranged()
        self.endResetModel()

    def set_kind(self, kind: str) -> None:
        """Show only the facts of this kind ("" for all)."""
        self.beginResetModel()
        self._kind = kind
        self._facts = self._arranged()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._order = (column, order)
        self._facts = self._arranged()
        self.layoutChanged.emit()

    def _arranged(self) -> list[ArticleFact]:
        shown = [item for item in self._all if item.fact.kind == self._kind] if self._kind else list(self._all)
        column, order = self._order
        if 0 <= column < len(self.COLUMNS):
            shown.sort(key=lambda item: self._sort_key(item, column),
                       reverse=order == Qt.SortOrder.DescendingOrder)
        return shown

    def _sort_key(self, item: ArticleFact, column: int):
        if column == VALUE_COLUMN and item.fact.amount is not None:
            return (0, item.fact.amount, "")
        return (1, 0, self._shown_text(item, column))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._facts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._facts[index.row()]
        if role == FACT_ROLE:
            return item
        if role == KIND_ROLE:
            return item.fact.kind
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(item.fact.sentence)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown_text(item, index.column())
        return None

    @staticmethod
    def _shown_text(item: ArticleFact, column: int) -> str:
        fact = item.fact
        money = fact.kind == "money"
        if column == 0:
            return kind_label(fact.kind)
        if column == 1:
            return fact.text
        if column == VALUE_COLUMN:
            return with_grouped_digits(fact.value) if money else fact.value
        if column == 3:
            return with_grouped_digits(detail_label(fact.detail)) if money else detail_label(fact.detail)
        return f"#{item.article_id} {item.article_title}"

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section])
        return None


class FactsDialog(QDialog):
    fact_chosen = Signal(object)
    """An ArticleFact to show in the reader."""

    loaded = Signal()
    """The facts are in the table."""

    def __init__(self, runner: TaskRunner, read_facts: Work, parent: QWidget | None = None) -> None:
        """`read_facts(progress=, cancel=)` returns the facts; it runs off the UI thread."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Facts"))
        self.resize(980, 560)
        self.kind = QComboBox(objectName="facts_kind")
        self.kind.setAccessibleName(self.tr("Kind of fact"))
        self.kind.addItem(self.tr("All kinds"), "")
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.model = FactTableModel([], self)
        self.table = QTableView(objectName="facts_table")
        self.table.setAccessibleName(self.tr("Facts"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # article order
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Columns fit their contents once the facts are in, measured on the first rows: a
        # fit kept up at each change would ask for thousands of cells every time.
        self.table.horizontalHeader().setResizeContentsPrecision(50)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.progress = TaskProgress(self.tr("Reading {done} of {total} articles…"), self)
        self.progress.cancelled.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, stretch=1)
        self.kind.currentIndexChanged.connect(self._filter)
        self.table.activated.connect(lambda index: self.fact_chosen.emit(index.data(FACT_ROLE)))

        self.finished.connect(lambda _result: self.progress.cancel())
        self.progress.run(runner, read_facts, finished=self._show_facts, failure=self.tr("The facts could not be read"))

    @property
    def loading(self) -> bool:
        return self.progress.running

    def _show_facts(self, facts: list[ArticleFact]) -> None:
        self.model.set_facts(facts)
        self.table.resizeColumnsToContents()
        self.loaded.emit()

    def _filter(self) -> None:
        self.model.set_kind(self.kind.currentData())
        self.table.resizeColumnsToContents()
