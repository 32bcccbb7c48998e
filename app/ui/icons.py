"""Toolbar icons drawn in the palette's text colour, so they read on light and dark
themes alike. Each is an SVG of `resources/icons/` stroked in `currentColor`."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.ui.resources import resource_path

SIZES = (16, 24, 32, 48)


def themed_icon(name: str, palette: QPalette) -> QIcon:
    """The icon `name` in the palette's text colour (and its disabled colour); an empty
    icon when the file is missing."""
    path = resource_path(f"icons/{name}.svg")
    if path is None:
        return QIcon()
    svg = path.read_text(encoding="utf-8")
    icon = QIcon()
    for mode, group in ((QIcon.Mode.Normal, QPalette.ColorGroup.Active),
                        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled)):
        colour = palette.color(group, QPalette.ColorRole.WindowText).name()
        renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode("utf-8")))
        for size in SIZES:
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
            icon.addPixmap(pixmap, mode)
    return icon
