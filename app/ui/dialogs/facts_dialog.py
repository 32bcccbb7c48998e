"""View ▸ Facts: amounts, places and actors of the articles in a sortable table;
choosing a row opens its article with the words selected."""

from __future__ import annotations

import re

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QLocale, QModelIndex,
                            QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal)
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialog, QHeaderView, QTableView, QVBoxLayout, QWidget

from app.core.facts import KINDS
from app.services.facts import ArticleFact
from app.ui.rich_text import plain_tooltip

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
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # amounts sort as numbers
VALUE_COLUMN = 2


class FactTableModel(QAbstractTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("FactTableModel", "Kind"), QT_TRANSLATE_NOOP("FactTableModel", "As written"),
               QT_TRANSLATE_NOOP("FactTableModel", "Value"), QT_TRANSLATE_NOOP("FactTableModel", "Detail"),
               QT_TRANSLATE_NOOP("FactTableModel", "Article"))

    def __init__(self, facts: list[ArticleFact], parent=None) -> None:
        super().__init__(parent)
        self._facts = facts

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
        fact = item.fact
        if role == SORT_ROLE and index.column() == VALUE_COLUMN and fact.amount is not None:
            return fact.amount
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            money = fact.kind == "money"
            return (kind_label(fact.kind), fact.text, with_grouped_digits(fact.value) if money else fact.value,
                    with_grouped_digits(detail_label(fact.detail)) if money else detail_label(fact.detail),
                    f"#{item.article_id} {item.article_title}")[index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section])
        return None


class FactsDialog(QDialog):
    fact_chosen = Signal(object)
    """An ArticleFact to show in the reader."""

    def __init__(self, facts: list[ArticleFact], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Facts"))
        self.resize(980, 560)
        self.kind = QComboBox(objectName="facts_kind")
        self.kind.setAccessibleName(self.tr("Kind of fact"))
        self.kind.addItem(self.tr("All kinds"), "")
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.model = FactTableModel(facts, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterRole(KIND_ROLE)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(objectName="facts_table")
        self.table.setAccessibleName(self.tr("Facts"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind)
        layout.addWidget(self.table, stretch=1)
        self.kind.currentIndexChanged.connect(self._filter)
        self.table.activated.connect(lambda index: self.fact_chosen.emit(index.data(FACT_ROLE)))

    def _filter(self) -> None:
        kind = self.kind.currentData()
        self.proxy.setFilterFixedString(kind)
