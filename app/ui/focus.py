"""Tab order that follows what the eye sees."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget


def tab_through_buttons_as_shown(box: QDialogButtonBox) -> None:
    """A button box lays its buttons out in the platform's order (OK before or after
    Cancel, actions on the left), but Tab would visit them in the order they were added:
    make Tab follow the layout. Call it once the box is in its dialog: Qt ignores tab
    orders that only close the loop of a window's chain."""
    tab_in_order(*sorted(box.buttons(), key=box.layout().indexOf))


def tab_in_order(*widgets: QWidget) -> None:
    """Tab goes from each widget to the next, in the order given."""
    for before, after in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(before, after)
