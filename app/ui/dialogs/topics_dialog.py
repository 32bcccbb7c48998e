"""View ▸ Topics: the charts of topics, exportable as PNG or SVG. The counts are read by
a background task: the dialog opens at once with its progress and a Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Signal
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QScrollArea, QVBoxLayout, QWidget

from app.services.topics import TopicStats
from app.ui.focus import tab_through_buttons_as_shown
from app.ui.tasks import TaskRunner, Work
from app.ui.widgets.task_progress import TaskProgress
from app.ui.widgets.topic_charts import TopicCharts

NO_STATS = TopicStats(tags=[], per_tag={}, per_tag_article={}, per_tag_month={}, articles={})


class TopicsDialog(QDialog):
    loaded = Signal()
    """The charts show the counts."""

    def __init__(self, runner: TaskRunner, count_topics: Work, parent: QWidget | None = None) -> None:
        """`count_topics(progress=, cancel=)` returns the TopicStats; it runs off the UI thread."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Topics"))
        self.charts = TopicCharts(NO_STATS)
        scroll = QScrollArea()
        scroll.setWidget(self.charts)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.tr("Save as PNG…"), QDialogButtonBox.ButtonRole.ActionRole).clicked.connect(
            lambda: self._save("png"))
        buttons.addButton(self.tr("Save as SVG…"), QDialogButtonBox.ButtonRole.ActionRole).clicked.connect(
            lambda: self._save("svg"))
        buttons.rejected.connect(self.reject)
        self.progress = TaskProgress(self.tr("Reading {done} of {total} articles…"), self)
        self.progress.cancelled.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(scroll, stretch=1)
        layout.addWidget(buttons)
        tab_through_buttons_as_shown(buttons)
        self.resize(640, 420)
        self.finished.connect(lambda _result: self.progress.cancel())
        self.progress.run(runner, count_topics, finished=self._show_stats,
                          failure=self.tr("The topics could not be counted"))

    @property
    def loading(self) -> bool:
        return self.progress.running

    def _show_stats(self, stats: TopicStats) -> None:
        self.charts.set_stats(stats)
        hint = self.charts.sizeHint()
        self.resize(min(hint.width() + 40, 1200), min(hint.height() + 80, 900))
        self.loaded.emit()

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
