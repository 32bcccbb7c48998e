"""Charts of topics, painted with QPainter: highlights per tag, a tag × article matrix
(cell shade = count; clicking a cell asks to show those highlights), and highlights per
tag by publication month."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

from app.services.topics import TopicStats
from app.ui.rich_text import plain_tooltip

MARGIN, ROW, LABEL = 12, 26, 150
COLUMN, CELL = 76, 72  # the matrix's columns: wide enough for a few words of a title


def readable_on(shade: QColor, background: QColor) -> QColor:
    """Black or white, whichever reads best on `shade` laid over `background`."""
    alpha = shade.alphaF()
    mixed = [alpha * a + (1 - alpha) * b for a, b in zip(shade.getRgbF()[:3], background.getRgbF()[:3])]
    luminance = 0.2126 * mixed[0] + 0.7152 * mixed[1] + 0.0722 * mixed[2]
    return QColor("black") if luminance > 0.45 else QColor("white")


class TopicCharts(QWidget):
    cell_clicked = Signal(int, int)
    """A tag id and an article id whose highlights the user wants to see."""

    def __init__(self, stats: TopicStats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Topics charts"))
        self.stats = stats
        self.setMinimumSize(self.sizeHint())

    def set_stats(self, stats: TopicStats) -> None:
        self.stats = stats
        self.setMinimumSize(self.sizeHint())
        self.update()

    def _tags(self):
        return [tag for tag in self.stats.tags if self.stats.per_tag.get(tag.id)]

    def months(self):
        """Months in order, articles without a date last."""
        return sorted({month for _, month in self.stats.per_tag_month}, key=lambda month: (not month, month))

    def sizeHint(self) -> QSize:
        tags, articles, months = len(self._tags()), len(self.stats.articles), len(self.months())
        height = MARGIN * 6 + ROW * (tags + 2) * 3 + 40
        width = LABEL + MARGIN * 3 + max(articles * COLUMN, months * 70, 360)
        return QSize(width, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.paint(painter)
        painter.end()

    def paint(self, painter: QPainter) -> None:
        """Draw every chart (also used to export the view as SVG)."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        painter.setPen(self.palette().text().color())
        y = self._bars(painter, MARGIN)
        y = self._matrix(painter, y + MARGIN * 2)
        self._months_chart(painter, y + MARGIN * 2)

    def _title(self, painter: QPainter, y: int, text: str) -> int:
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(MARGIN, y + 16, text)
        painter.setFont(self.font())
        return y + ROW

    def _bars(self, painter: QPainter, y: int) -> int:
        y = self._title(painter, y, self.tr("Highlights per topic"))
        tags = self._tags()
        top = max((self.stats.per_tag[t.id] for t in tags), default=1)
        width = self.width() - LABEL - MARGIN * 3 - 40
        for tag in tags:
            count = self.stats.per_tag[tag.id]
            painter.drawText(QRectF(MARGIN, y, LABEL, ROW), Qt.AlignmentFlag.AlignVCenter, tag.name)
            bar = QRectF(MARGIN + LABEL, y + 4, max(2, width * count / top), ROW - 8)
            painter.fillRect(bar, QColor(tag.colour))
            painter.drawText(QRectF(bar.right() + 6, y, 40, ROW), Qt.AlignmentFlag.AlignVCenter, str(count))
            y += ROW
        return y

    def _matrix_top(self) -> int:
        """Where the matrix's first row starts: below the bar chart and two title rows."""
        return MARGIN + ROW + ROW * len(self._tags()) + MARGIN * 2 + ROW + ROW

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            found = next(((tag_id, article_id) for cell, tag_id, article_id in self.cells()
                          if cell.contains(QPointF(event.pos()))), None)
            if found is not None:
                tag = next(t for t in self.stats.tags if t.id == found[0])
                count = self.stats.per_tag_article.get(found, 0)
                QToolTip.showText(event.globalPos(), plain_tooltip(self.tr("{title} — {tag}: {count}").format(
                    title=self.stats.articles[found[1]], tag=tag.name, count=count)), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def cells(self) -> list[tuple[QRectF, int, int]]:
        """Each matrix cell with its tag id and article id."""
        tags, article_ids = self._tags(), sorted(self.stats.articles)
        top = self._matrix_top()
        return [(QRectF(MARGIN + LABEL + column * COLUMN, top + row * ROW + 2, CELL, ROW - 4), tag.id, article_id)
                for row, tag in enumerate(tags) for column, article_id in enumerate(article_ids)]

    def _matrix(self, painter: QPainter, y: int) -> int:
        y = self._title(painter, y, self.tr("Topics × articles (click a cell to see its highlights)"))
        tags, article_ids = self._tags(), sorted(self.stats.articles)
        top = max(self.stats.per_tag_article.values(), default=1)
        metrics = painter.fontMetrics()
        for column, article_id in enumerate(article_ids):
            x = MARGIN + LABEL + column * COLUMN
            painter.drawText(QRectF(x, y, CELL, ROW), Qt.AlignmentFlag.AlignCenter,
                             metrics.elidedText(self.stats.articles[article_id], Qt.TextElideMode.ElideRight, CELL))
        y += ROW
        for row, tag in enumerate(tags):
            painter.drawText(QRectF(MARGIN, y + row * ROW, LABEL, ROW), Qt.AlignmentFlag.AlignVCenter, tag.name)
        colours = {tag.id: tag.colour for tag in tags}
        for cell, tag_id, article_id in self.cells():
            count = self.stats.per_tag_article.get((tag_id, article_id), 0)
            shade = QColor(colours[tag_id])
            shade.setAlpha(int(40 + 215 * count / top) if count else 0)
            painter.fillRect(cell, shade)
            painter.drawRect(cell)
            if count:
                painter.save()
                painter.setPen(readable_on(shade, self.palette().base().color()))
                painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(count))
                painter.restore()
        return y + ROW * len(tags)

    def _months_chart(self, painter: QPainter, y: int) -> int:
        y = self._title(painter, y, self.tr("Highlights per topic by publication month"))
        tags, months = self._tags(), self.months()
        top = max(self.stats.per_tag_month.values(), default=1)
        for column, month in enumerate(months):
            painter.drawText(QRectF(MARGIN + LABEL + column * 70, y, 66, ROW), Qt.AlignmentFlag.AlignCenter,
                             month or self.tr("undated"))
        y += ROW
        for tag in tags:
            painter.drawText(QRectF(MARGIN, y, LABEL, ROW), Qt.AlignmentFlag.AlignVCenter, tag.name)
            for column, month in enumerate(months):
                count = self.stats.per_tag_month.get((tag.id, month), 0)
                if count:
                    bar = QRectF(MARGIN + LABEL + column * 70 + 4, y + 4, 58 * count / top, ROW - 8)
                    painter.fillRect(bar, QColor(tag.colour))
                    painter.drawText(QRectF(bar.right() + 2, y, 30, ROW), Qt.AlignmentFlag.AlignVCenter, str(count))
            y += ROW
        return y

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for cell, tag_id, article_id in self.cells():
            if cell.contains(event.position()):
                self.cell_clicked.emit(tag_id, article_id)
                return
        super().mousePressEvent(event)
