"""The Feeds panel: the feeds followed, with the articles their last update brought, the
entries seen, when each was updated and its last error; Add, Remove and Refresh. An
update runs in the background (`app.ui.feeds_controller`); the list follows what other
programs change through the window's change log. Its words, the feeds' errors included,
change language where they stand."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QInputDialog,
                               QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from app.core.errors import ToldError
from app.ui.feeds_controller import FeedsController
from app.ui.messages import translated
from app.ui.models.feed_table_model import FeedTableModel
from app.ui.retranslating import Retranslating

translate = QCoreApplication.translate


class FeedsDialog(Retranslating, QDialog):
    def __init__(self, controller: FeedsController, parent: QWidget | None = None, *,
                 read_only: bool = False) -> None:
        super().__init__(parent, objectName="feeds_dialog")
        self.resize(820, 360)
        self._status: Callable[[], str] = str  # what the status line says, in the language of the moment
        self.controller = controller
        self.model = FeedTableModel(self)
        self.table = QTableView(objectName="feeds_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(objectName="feeds_status", textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.add_button = QPushButton(objectName="feeds_add")
        self.remove_button = QPushButton(objectName="feeds_remove")
        self.refresh_button = QPushButton(objectName="feeds_refresh")
        self.cancel_button = QPushButton(objectName="feeds_cancel")
        for button in (self.add_button, self.remove_button, self.refresh_button):
            button.setEnabled(not read_only)
        self.add_button.clicked.connect(self.add_feed)
        self.remove_button.clicked.connect(self.remove_selected)
        self.refresh_button.clicked.connect(lambda: self.controller.refresh())
        self.cancel_button.clicked.connect(self.controller.cancel)
        controller.running_changed.connect(self._show_running)
        controller.progressed.connect(self._show_progress)
        controller.refreshed.connect(lambda report: self.reload())
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.refresh_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.retranslate()
        self._show_running(controller.running)
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Feeds"))
        self.add_button.setText(self.tr("&Add…"))
        self.remove_button.setText(self.tr("&Remove"))
        self.refresh_button.setText(self.tr("Re&fresh All"))
        self.cancel_button.setText(self.tr("&Stop"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        if self.model.rowCount():  # the errors are translated as they are shown
            self.model.dataChanged.emit(self.model.index(0, 0),
                                        self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1))
        self._say(self._status)

    def _say(self, text: Callable[[], str]) -> None:
        self._status = text
        self.status.setText(text())

    def reload(self) -> None:
        """Read the feeds again, keeping the selected one selected."""
        current = self.table.currentIndex().row()
        chosen = self.model.feeds[current].id if 0 <= current < len(self.model.feeds) else None
        self.model.set_feeds(self.controller.service.feeds())
        for row, feed in enumerate(self.model.feeds):
            if feed.id == chosen:
                self.table.selectRow(row)
        if not self.model.feeds:
            self._say(lambda: self.tr("No feed is followed yet: Add… one by its address (RSS, Atom or JSON Feed)."))
        elif not self.controller.running:
            self._say(str)

    def add_feed(self) -> None:
        address = self.ask_address(self)
        if not address:
            return
        try:
            self.controller.service.add(address)
        except ToldError as error:
            message = error.message
            self._say(lambda: translated(message))
            return
        self.reload()

    def remove_selected(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.model.feeds):
            self.controller.service.remove(self.model.feeds[row])
            self.reload()

    def _show_running(self, running: bool) -> None:
        self.cancel_button.setVisible(running)
        self.refresh_button.setEnabled(not running and self.add_button.isEnabled())
        if running:
            self._say(lambda: self.tr("Updating the feeds…"))

    def _show_progress(self, done: int, total: int, name: str) -> None:
        if total:
            self._say(lambda: self.tr("Updating the feeds: {done}/{total} {name}").format(
                done=done, total=total, name=name))

    @classmethod
    def ask_address(cls, parent: QWidget | None) -> str:
        """The address of a feed to follow, or "" (tests replace this)."""
        text, accepted = QInputDialog.getText(parent, translate("FeedsDialog", "Add a Feed"),
                                              translate("FeedsDialog", "The feed's address:"),
                                              QLineEdit.EchoMode.Normal, "https://")
        return text.strip() if accepted else ""
