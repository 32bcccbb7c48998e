"""View ▸ Topics: the charts of topics, exportable as PNG or SVG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QScrollArea, QVBoxLayout, QWidget

from app.services.topics import TopicStats
from app.ui.focus import tab_through_buttons_as_shown
from app.ui.widgets.topic_charts import TopicCharts


class TopicsDialog(QDialog):
    def __init__(self, stats: TopicStats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Topics"))
        self.charts = TopicCharts(stats)
        scroll = QScrollArea()
        scroll.setWidget(self.charts)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.tr("Save as PNG…"), QDialogButtonBox.ButtonRole.ActionRole).clicked.connect(
            lambda: self._save("png"))
        buttons.addButton(self.tr("Save as SVG…"), QDialogButtonBox.ButtonRole.ActionRole).clicked.connect(
            lambda: self._save("svg"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, stretch=1)
        layout.addWidget(buttons)
        tab_through_buttons_as_shown(buttons)
        hint = self.charts.sizeHint()
        self.resize(min(hint.width() + 40, 1200), min(hint.height() + 80, 900))

    def save_png(self, path: Path) -> bool:
        return self.charts.grab().save(str(path), "PNG")

    def save_svg(self, path: Path) -> None:
        size = self.charts.size().expandedTo(self.charts.sizeHint())
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setTitle(self.tr("Carnet topics"))
        painter = QPainter(generator)
        self.charts.paint(painter)
        painter.end()

    def _save(self, kind: str) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the charts"), f"topics.{kind}", f"*.{kind}")
        if chosen:
            (self.save_png if kind == "png" else self.save_svg)(Path(chosen))
