"""What the reader's place shows while the library holds no article: how to add some."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyLibraryPanel(QWidget):
    import_files = Signal()
    import_folder = Signal()
    add_samples = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="empty_library")
        title = QLabel(self.tr("This library holds no articles yet"), objectName="empty_title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        explanation = QLabel(self.tr(
            "Import text, Markdown, web pages, PDF, Word or EPUB files, or a whole folder of them; "
            "you can also drop them on this window. To try Carnet first, add the five sample "
            "articles on the EU's AI factories."), wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(title)
        layout.addWidget(explanation)
        self.buttons: list[QPushButton] = []
        for text, signal, name in ((self.tr("&Import Files…"), self.import_files, "empty_import_files"),
                                   (self.tr("Import a &Folder…"), self.import_folder, "empty_import_folder"),
                                   (self.tr("Add the &Sample Articles"), self.add_samples, "add_samples")):
            button = QPushButton(text, self, objectName=name)
            button.clicked.connect(signal.emit)
            layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignLeft)
            self.buttons.append(button)
        self.samples_button = self.buttons[-1]
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
