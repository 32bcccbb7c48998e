"""What the reader's place shows while the library holds no article: how to add some."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.retranslating import Retranslating


class EmptyLibraryPanel(Retranslating, QWidget):
    import_files = Signal()
    import_folder = Signal()
    add_samples = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="empty_library")
        self.title = title = QLabel(objectName="empty_title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        self.explanation = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(title)
        layout.addWidget(self.explanation)
        self.buttons: list[QPushButton] = []
        for signal, name in ((self.import_files, "empty_import_files"), (self.import_folder, "empty_import_folder"),
                             (self.add_samples, "add_samples")):
            button = QPushButton(self, objectName=name)
            button.clicked.connect(signal.emit)
            layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignLeft)
            self.buttons.append(button)
        self.samples_button = self.buttons[-1]
        self.retranslate()
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def retranslate(self) -> None:
        self.title.setText(self.tr("This library holds no articles yet"))
        self.explanation.setText(self.tr(
            "Import text, Markdown, web pages, PDF, Word or EPUB files, or a whole folder of them; "
            "you can also drop them on this window. To try Carnet first, add the five sample "
            "articles on the EU's AI factories."))
        for button, text in zip(self.buttons, (self.tr("&Import Files…"), self.tr("Import a &Folder…"),
                                               self.tr("Add the &Sample Articles"))):
            button.setText(text)
