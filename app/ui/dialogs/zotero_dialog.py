"""File ▸ Import from Zotero…: which Zotero library (its data folder or its
zotero.sqlite) and which of its collections."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import ToldError
from app.services.zotero_import import zotero_collections
from app.ui.focus import tab_through_buttons_as_shown
from app.ui.messages import error_text

DEFAULT_FOLDER = Path("~/Zotero")


@dataclass(frozen=True)
class ZoteroChoice:
    source: Path
    collections: list[str]
    """Names of the collections chosen (each brings those inside it); empty: every item."""


class ZoteroDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, source: Path | None = None) -> None:
        super().__init__(parent, objectName="zotero_dialog")
        self.setWindowTitle(self.tr("Import from Zotero"))
        self.resize(560, 480)
        self.source = QLineEdit(objectName="zotero_source")
        self.source.setPlaceholderText(self.tr("Zotero data folder or zotero.sqlite"))
        folder_button = QPushButton(self.tr("Folder…"), objectName="zotero_choose_folder")
        folder_button.clicked.connect(self._choose_folder)
        file_button = QPushButton(self.tr("File…"), objectName="zotero_choose_file")
        file_button.clicked.connect(self._choose_file)
        row = QHBoxLayout()
        row.addWidget(self.source, stretch=1)
        row.addWidget(folder_button)
        row.addWidget(file_button)
        self.collections = QTreeWidget(objectName="zotero_collections")
        self.collections.setHeaderHidden(True)
        self.hint = QLabel(self.tr("Tick the collections to import (each brings the collections inside it); "
                                   "with none ticked, every item is imported. Zotero's files are only read."),
                           wordWrap=True)
        self.status = QLabel(objectName="zotero_status", textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Zotero library"), row)
        form.labelForField(row).setBuddy(self.source)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.collections, stretch=1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        tab_through_buttons_as_shown(self.buttons)
        self.source.editingFinished.connect(self.load_collections)
        default = source or (DEFAULT_FOLDER.expanduser() if DEFAULT_FOLDER.expanduser().is_dir() else None)
        if default is not None:
            self.set_source(default)
        else:
            self.import_button.setEnabled(False)

    def set_source(self, path: Path) -> None:
        """Read the collections of the Zotero library at `path`."""
        self.source.setText(str(path))
        self.load_collections()

    def load_collections(self) -> None:
        """List the collections of the library named, or say in a sentence why it cannot be read."""
        self.collections.clear()
        text = self.source.text().strip()
        try:
            found = zotero_collections(Path(text)) if text else None
        except ToldError as error:
            found = None
            self.status.setText(error_text(error))
        else:
            self.status.setText("" if text else self.tr("Choose a Zotero data folder or its zotero.sqlite."))
        self.import_button.setEnabled(found is not None)
        if not found:
            return
        items = {}
        for collection in found:
            item = QTreeWidgetItem([collection.name])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setData(0, Qt.ItemDataRole.UserRole, collection.name)
            items[collection.id] = (item, collection.parent_id)
        for item, parent_id in items.values():
            parent = items.get(parent_id, (None,))[0]
            if parent is not None:
                parent.addChild(item)
            else:
                self.collections.addTopLevelItem(item)
        self.collections.expandAll()

    def chosen(self) -> ZoteroChoice:
        names = []
        pending = [self.collections.topLevelItem(i) for i in range(self.collections.topLevelItemCount())]
        while pending:
            item = pending.pop(0)
            if item.checkState(0) == Qt.CheckState.Checked:
                names.append(item.data(0, Qt.ItemDataRole.UserRole))
            pending += [item.child(i) for i in range(item.childCount())]
        return ZoteroChoice(Path(self.source.text().strip()).expanduser(), list(dict.fromkeys(names)))

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Zotero data folder"), self.source.text())
        if chosen:
            self.set_source(Path(chosen))

    def _choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Zotero database"), self.source.text(),
                                                self.tr("Zotero database (zotero.sqlite *.sqlite)"))
        if chosen:
            self.set_source(Path(chosen))

    @classmethod
    def ask(cls, parent: QWidget | None) -> ZoteroChoice | None:
        """The library and collections chosen, or None when the dialog was cancelled."""
        dialog = cls(parent)
        try:
            return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
