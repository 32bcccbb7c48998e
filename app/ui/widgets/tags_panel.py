"""The tags with their counts; choosing one filters the articles and highlights."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from app.core.tags import Tag
from app.ui.models.tag_list_model import TAG_ID_ROLE, TagListModel
from app.ui.retranslating import Retranslating


class TagsPanel(Retranslating, QWidget):
    tag_chosen = Signal(object)
    """A tag id, or None for all articles."""
    manage_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TagListModel(self)
        self.list = QListView(objectName="tags_list")
        self.list.setModel(self.model)
        self.manage = QPushButton(objectName="manage_tags")
        self.title = QLabel()
        self.retranslate()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, stretch=1)
        layout.addWidget(self.manage)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.manage.clicked.connect(self.manage_requested)

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Tags"))
        self.manage.setText(self.tr("Manage tags…"))
        self.title.setText(self.tr("Tags"))
        self.model.layoutChanged.emit()  # "All articles"

    def set_tags(self, tags: list[Tag], counts: dict[int, tuple[int, int]], chosen: int | None) -> None:
        self.list.selectionModel().blockSignals(True)
        self.model.set_tags(tags, counts)
        self.list.setCurrentIndex(self.model.index(self.model.row_of(chosen)))
        self.list.selectionModel().blockSignals(False)

    def choose(self, tag_id: int | None) -> None:
        self.list.setCurrentIndex(self.model.index(self.model.row_of(tag_id)))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.tag_chosen.emit(current.data(TAG_ID_ROLE))
