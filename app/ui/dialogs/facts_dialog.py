"""View ▸ Facts: the amounts, places and actors the articles mention, one row per thing
(the EU, Paris, 200 billion euros) with how often and in how many articles, its
mentions under it. Choosing a mention shows its sentence at the foot of the dialog;
double-clicking it (or Enter) opens its article in the reader with the words selected.
The facts are read by a background task: the dialog opens at once with its progress
and a Cancel."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QHeaderView, QSplitter, QTextBrowser, QTreeView,
                               QVBoxLayout, QWidget)

from app.core.facts import KINDS
from app.services.facts import ArticleFact, group_facts
from app.ui.models.fact_tree_model import (DETAIL_COLUMN, FACT_ROLE, GROUP_ROLE, MENTIONS_COLUMN, THING_COLUMN,
                                           FactTreeModel, kind_label)
from app.ui.tasks import TaskRunner, Work
from app.ui.widgets.task_progress import TaskProgress

class FactsDialog(QDialog):
    fact_chosen = Signal(object)
    """An ArticleFact to show in the reader."""

    loaded = Signal()
    """The facts are in the table."""

    def __init__(self, runner: TaskRunner, read_facts: Work, parent: QWidget | None = None) -> None:
        """`read_facts(progress=, cancel=)` returns the facts; it runs off the UI thread."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Facts"))
        self.resize(980, 600)
        self.kind = QComboBox(objectName="facts_kind")
        self.kind.setAccessibleName(self.tr("Kind of fact"))
        self.kind.addItem(self.tr("All kinds"), "")
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.model = FactTreeModel(self)
        self.table = QTreeView(objectName="facts_table")
        self.table.setAccessibleName(self.tr("Facts"))
        self.table.setModel(self.model)
        self.table.setUniformRowHeights(True)
        self.table.setSortingEnabled(True)
        self.table.header().setSortIndicator(MENTIONS_COLUMN, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setExpandsOnDoubleClick(True)
        # A mention's row names its article under Detail: that column takes the spare width.
        self.table.header().setStretchLastSection(False)
        self.table.header().setSectionResizeMode(DETAIL_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.sentence = QTextBrowser(objectName="facts_sentence")
        self.sentence.setAccessibleName(self.tr("The sentence of the chosen fact"))
        self.sentence.setOpenLinks(False)
        self.sentence.setPlaceholderText(self.tr("Choose a mention to read its sentence; double-click it to "
                                                 "open it in the reader."))
        self.progress = TaskProgress(self.tr("Reading {done} of {total} articles…"), self)
        self.progress.cancelled.connect(self.reject)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.sentence)
        split.setSizes([440, 120])
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind)
        layout.addWidget(self.progress)
        layout.addWidget(split, stretch=1)
        self.kind.currentIndexChanged.connect(self._filter)
        self.table.activated.connect(self._open)
        self.table.selectionModel().currentChanged.connect(lambda current, _previous: self._show_sentence(current))

        self.finished.connect(lambda _result: self.progress.cancel())
        self.progress.run(runner, lambda progress, cancel: group_facts(read_facts(progress=progress, cancel=cancel)),
                          finished=self._show_facts, failure=self.tr("The facts could not be read"))

    @property
    def loading(self) -> bool:
        return self.progress.running

    def _show_facts(self, groups) -> None:
        self.model.set_groups(groups)
        self._fit_columns()
        self.loaded.emit()

    def _filter(self) -> None:
        self.model.set_kind(self.kind.currentData())
        self._fit_columns()

    def _fit_columns(self) -> None:
        for column in range(self.model.columnCount()):
            if column != DETAIL_COLUMN:
                self.table.resizeColumnToContents(column)
        self.table.setColumnWidth(THING_COLUMN, max(self.table.columnWidth(THING_COLUMN), 300))

    def _open(self, index: QModelIndex) -> None:
        if index.data(GROUP_ROLE) is None:  # a mention: a thing's row opens and closes instead
            self.fact_chosen.emit(index.data(FACT_ROLE))

    def _show_sentence(self, index: QModelIndex) -> None:
        item: ArticleFact | None = index.data(FACT_ROLE) if index.isValid() else None
        if item is None:
            self.sentence.clear()
            return
        fact, sentence = item.fact, item.fact.sentence
        at = sentence.find(fact.text)
        if at < 0:
            shown = html.escape(sentence)
        else:
            shown = (f"{html.escape(sentence[:at])}<b><u>{html.escape(fact.text)}</u></b>"
                     f"{html.escape(sentence[at + len(fact.text):])}")
        self.sentence.setHtml(f"<p><i>{html.escape(item.article_title)}</i></p><p>{shown}</p>")
