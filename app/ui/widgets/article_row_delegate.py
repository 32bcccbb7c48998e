"""The article list's title cell: the title on the first line, cut in the middle so
that titles that begin alike stay told apart, and a quieter second line with the
article's highlights (and its source and date when their columns are hidden)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.ui.messages import day_shown
from app.ui.models.article_table_model import DATE_COLUMN, SOURCE_COLUMN, STORY_ROLE, SUMMARY_ROLE

_PADDING = 4
translate = QCoreApplication.translate


class ArticleRowDelegate(QStyledItemDelegate):
    @staticmethod
    def row_height(font: QFont) -> int:
        """Two lines of the list's font, with their padding: every row is as tall."""
        metrics = QFontMetrics(font)
        return metrics.lineSpacing() + QFontMetrics(_small(font)).lineSpacing() + 3 * _PADDING

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        title, subtitle = option.text, self.subtitle(index, option.widget)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        area = option.rect.adjusted(_PADDING + 2, _PADDING, -_PADDING, -_PADDING)
        painter.save()
        painter.setFont(option.font)
        painter.setPen(option.palette.color(QPalette.ColorRole.HighlightedText if selected
                                            else QPalette.ColorRole.Text))
        metrics = QFontMetrics(option.font)
        first = QRect(area.left(), area.top(), area.width(), metrics.lineSpacing())
        painter.drawText(first, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(title, Qt.TextElideMode.ElideMiddle, area.width()))
        small = _small(option.font)
        painter.setFont(small)
        if not selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        small_metrics = QFontMetrics(small)
        second = QRect(area.left(), first.bottom() + _PADDING, area.width(), small_metrics.lineSpacing())
        painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         small_metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, area.width()))
        painter.restore()

    @staticmethod
    def subtitle(index: QModelIndex, view) -> str:
        """The second line: source and date when their columns are hidden, highlights, and
        the other outlets of the article's story."""
        summary = index.data(SUMMARY_ROLE)
        if summary is None:
            return ""
        header = view.horizontalHeader() if view is not None else None
        parts = []
        if summary.source and (header is None or header.isSectionHidden(SOURCE_COLUMN)):
            parts.append(summary.source)
        if summary.published_date and (header is None or header.isSectionHidden(DATE_COLUMN)):
            parts.append(day_shown(summary.published_date, summary.published_from_file))
        count = summary.highlight_count
        if count:
            parts.append(translate("ArticleList", "1 highlight") if count == 1 else
                         translate("ArticleList", "{count} highlights").format(count=count))
        copies = index.data(STORY_ROLE) or []
        if copies:
            parts.append(translate("ArticleList", "also in: {outlets}").format(outlets=", ".join(
                source or translate("ArticleList", "article {id}").format(id=article_id)
                for article_id, source in copies[1:])))
        return " · ".join(parts)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(super().sizeHint(option, index).width(), self.row_height(option.font))


def _small(font: QFont) -> QFont:
    smaller = QFont(font)
    smaller.setPointSizeF(font.pointSizeF() * 0.88)
    return smaller
