"""The pictures an article's file carried (an e-book's, a Word file's), shown above its
text as a row of thumbnails made from the bytes stored in the library (nothing is
fetched); a click on one shows the paragraph it stands at."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QWidget

from app.ui.rich_text import plain_tooltip

THUMBNAIL_HEIGHT = 96


class FigureStrip(QScrollArea):
    """A row of an article's pictures; `figure_chosen(position)` when one is clicked."""

    figure_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="reader_figures")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(THUMBNAIL_HEIGHT + 24)
        self.thumbnails: list[QLabel] = []
        self.hide()

    def show_images(self, images) -> None:
        """Show these stored pictures (`position`, `data`, `description`); hide when none
        can be drawn."""
        self.thumbnails = []
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for image in images:
            picture = QImage.fromData(image.data)
            if picture.isNull():
                continue
            label = QLabel(objectName="reader_figure")
            label.setPixmap(QPixmap.fromImage(picture.scaledToHeight(
                min(THUMBNAIL_HEIGHT, picture.height()), Qt.TransformationMode.SmoothTransformation)))
            label.setToolTip(plain_tooltip(image.description) if image.description else "")
            label.setCursor(Qt.CursorShape.PointingHandCursor)
            label.setProperty("figure_position", image.position)
            label.installEventFilter(self)
            layout.addWidget(label)
            self.thumbnails.append(label)
        layout.addStretch(1)
        self.setWidget(row)
        self.setVisible(bool(self.thumbnails))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and watched in self.thumbnails:
            self.figure_chosen.emit(int(watched.property("figure_position")))
            return True
        return super().eventFilter(watched, event)
