"""A tag's suggestion rules as a list to edit: words and phrases, regular expressions and
site words, one a row, with the amounts and places rules as two boxes, and a count of
the sentences of the library the rules as edited would propose.

The count is read in a child process (`SuggestionService.proposal_count_apart`) half a
second after the last edit, the one before it cancelled; it grows as articles are read.
"""

from __future__ import annotations

import re
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.services.suggesting import proposes_anything
from app.ui.messages import error_text
from app.ui.rich_text import plain_tooltip
from app.ui.tasks import Task, TaskRunner
from app.ui.widgets.choice_delegate import ChoiceDelegate

translate = QCoreApplication.translate

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
KINDS = {  # the rules' field → what a row of it is called
    "keywords": QT_TRANSLATE_NOOP("TagRulesEditor", "Word or phrase"),
    "patterns": QT_TRANSLATE_NOOP("TagRulesEditor", "Regular expression"),
    "site_words": QT_TRANSLATE_NOOP("TagRulesEditor", "Site word"),
}
COUNT_DELAY_MS = 500


def _kind_label(kind: str) -> str:
    return translate("TagRulesEditor", KINDS[kind])


class TagRulesEditor(QWidget):
    edited = Signal()
    """The rules shown changed (by the user)."""
    save_requested = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: dict = {}
        self._filling = False
        self.title = QLabel(objectName="tag_rules_title", textFormat=Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 2, objectName="tag_rules_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)  # one line a rule
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(0, ChoiceDelegate(
            lambda: [(_kind_label(kind), kind) for kind in KINDS], self.table, value_role=KIND_ROLE,
            label_role=Qt.ItemDataRole.DisplayRole, accessible_name=lambda: self.tr("Kind of rule")))
        self.money = QCheckBox(objectName="tag_rules_money")
        self.places = QCheckBox(objectName="tag_rules_places")
        self.add_button = QPushButton(objectName="tag_rules_add")
        self.remove_button = QPushButton(objectName="tag_rules_remove")
        self.save_button = QPushButton(objectName="tag_rules_save")
        self.revert_button = QPushButton(objectName="tag_rules_revert")
        self.count = QLabel(objectName="tag_rules_count", textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.problem = QLabel(objectName="tag_rules_problem", textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.problem.setStyleSheet("color: #c0392b")
        rows = QHBoxLayout()  # two rows of buttons: French words are long
        for button in (self.add_button, self.remove_button):
            rows.addWidget(button)
        rows.addStretch(1)
        saving = QHBoxLayout()
        saving.addStretch(1)
        for button in (self.revert_button, self.save_button):
            saving.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(self.money)
        layout.addWidget(self.places)
        layout.addLayout(rows)
        layout.addWidget(self.problem)
        layout.addWidget(self.count)
        layout.addLayout(saving)
        self.table.itemChanged.connect(self._on_changed)
        self.money.toggled.connect(self._on_changed)
        self.places.toggled.connect(self._on_changed)
        self.add_button.clicked.connect(lambda: self.add_row("keywords", ""))
        self.remove_button.clicked.connect(self.remove_chosen)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(lambda: self.set_rules(self._loaded))
        self.retranslate()
        self.set_rules({})

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Words or expression")])
        self.table.setAccessibleName(self.tr("Suggestion rules"))
        self.money.setText(self.tr("Sentences stating an amount"))
        self.places.setText(self.tr("Sentences naming a place (with a site word, when there are any)"))
        self.add_button.setText(self.tr("Add Rule"))
        self.remove_button.setText(self.tr("Remove Rule"))
        self.save_button.setText(self.tr("Save Rules"))
        self.revert_button.setText(self.tr("Revert"))
        self._filling = True
        for row in range(self.table.rowCount()):
            kind = self.table.item(row, 0)
            kind.setText(_kind_label(kind.data(KIND_ROLE)))
        self._filling = False
        self._show_problem()

    def set_rules(self, rules: dict) -> None:
        """Show these rules as saved (nothing edited)."""
        self._loaded = dict(rules)
        self._filling = True
        self.table.setRowCount(0)
        for kind in KINDS:
            for text in rules.get(kind, []):
                self.add_row(kind, text)
        self.money.setChecked(bool(rules.get("money")))
        self.places.setChecked(bool(rules.get("places")))
        self._filling = False
        self._on_changed()

    def add_row(self, kind: str, text: str) -> None:
        filling, self._filling = self._filling, True  # a row is whole before it is read
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind_item = QTableWidgetItem(_kind_label(kind))
        kind_item.setData(KIND_ROLE, kind)
        self.table.setItem(row, 0, kind_item)
        self.table.setItem(row, 1, QTableWidgetItem(text))
        self._filling = filling
        if not filling:
            self.table.setCurrentCell(row, 1)
            self.table.editItem(self.table.item(row, 1))
            self._on_changed()

    def remove_chosen(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows or ([self.table.currentRow()] if self.table.currentRow() >= 0 else []):
            self.table.removeRow(row)
        self._on_changed()

    def rules(self) -> dict:
        """The rules as edited; fields the list does not show are kept."""
        rules = {key: value for key, value in self._loaded.items() if key not in (*KINDS, "money", "places")}
        for kind in KINDS:
            words = [self.table.item(row, 1).text().strip() for row in range(self.table.rowCount())
                     if self.table.item(row, 0).data(KIND_ROLE) == kind]
            if words := [word for word in words if word]:
                rules[kind] = words
        for field, box in (("money", self.money), ("places", self.places)):
            if box.isChecked():
                rules[field] = True
        return rules

    def is_edited(self) -> bool:
        return _same(self.rules()) != _same(self._loaded)

    def problem_text(self) -> str:
        """Why the rules as edited cannot be saved ("" when they can)."""
        for pattern in self.rules().get("patterns", []):
            try:
                re.compile(pattern)
            except re.error as error:
                return self.tr("'{pattern}' is not a valid expression: {error}").format(pattern=pattern, error=error)
        return ""

    def save(self) -> None:
        if self.is_edited() and not self.problem_text():
            self.save_requested.emit(self.rules())

    def _on_changed(self, *_args) -> None:
        if self._filling:
            return
        self._show_problem()
        edited = self.is_edited()
        self.save_button.setEnabled(edited and not self.problem_text())
        self.revert_button.setEnabled(edited)
        self.edited.emit()

    def _show_problem(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        for row in range(self.table.rowCount()):
            kind, item = self.table.item(row, 0), self.table.item(row, 1)
            wrong = kind.data(KIND_ROLE) == "patterns" and not _compiles(item.text())
            item.setForeground(QBrush(QColor("#c0392b")) if wrong else QBrush())
            item.setToolTip(plain_tooltip(problem) if wrong else "")


class ProposalCounter(QObject):
    """Counts, in the background, the sentences rules would propose: `count_later`
    waits for edits to pause, cancels the count under way and starts another one;
    `counted(text)` tells the count (growing as articles are read)."""

    counted = Signal(str)

    def __init__(self, runner: TaskRunner, count: Callable[..., int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner, self._count = runner, count
        self._timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._timer.timeout.connect(self._start)
        self._wanted: tuple[dict, int | None] | None = None
        self._task: Task | None = None
        self._ticket: object | None = None
        self.last: int | None = None
        """The last finished count (for tests and the title of the count)."""

    def count_later(self, rules: dict, tag_id: int | None) -> None:
        self._wanted = (rules, tag_id)
        self._cancel()
        if not proposes_anything(rules):
            self._timer.stop()
            self.last = 0
            self.counted.emit(self.tr("These rules propose no sentence."))
            return
        self.counted.emit(self.tr("Counting the sentences these rules would propose…"))
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._cancel()

    @property
    def running(self) -> bool:
        return self._ticket is not None or self._timer.isActive()

    def _cancel(self) -> None:
        if self._task is not None:
            self._runner.withdraw(self._task)
        self._task, self._ticket = None, None

    def _start(self) -> None:
        rules, tag_id = self._wanted
        ticket = self._ticket = object()  # which count is the latest, whatever thread or order they end in

        def work(progress, cancel):
            return self._count(rules, tag_id=tag_id, progress=progress, cancel=cancel)

        def finished(count: int) -> None:
            if self._ticket is ticket:
                self._task, self._ticket, self.last = None, None, count
                self.counted.emit(_proposed(count))

        def progressed(done: int, total: int, so_far: str) -> None:
            if self._ticket is ticket and done < total:
                self.counted.emit(self.tr("{count} so far, in {done} of {total} articles…").format(
                    count=_proposed(int(so_far or 0)), done=_number(done), total=_number(total)))

        def failed(error: Exception) -> None:
            if self._ticket is ticket:
                self._task, self._ticket = None, None
                self.counted.emit(self.tr("The sentences could not be counted: {error}").format(
                    error=error_text(error)))

        task = self._runner.start(work, finished=finished, progress=progressed, failed=failed)
        if self._ticket is ticket:  # not finished already (a runner that runs tasks inline)
            self._task = task


def _number(value: int) -> str:
    return QLocale().toString(value)


def _proposed(count: int) -> str:
    if count == 1:
        return translate("ProposalCounter", "1 sentence of the library would be proposed")
    return translate("ProposalCounter", "{count} sentences of the library would be proposed").format(
        count=_number(count))


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


def _same(rules: dict) -> dict:
    return {key: value for key, value in rules.items() if value not in (None, False, [], "")}
