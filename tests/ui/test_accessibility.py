"""Every control of the window and its dialogs can be named by a screen reader and
reached with Tab, in the order it is laid out."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox,
                               QLabel, QLineEdit, QPlainTextEdit, QTabBar, QTextEdit, QWidget)

from app.services.annotating import AnnotationService

_CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit,
             QPlainTextEdit, QTextEdit, QTabBar)


def _controls(top: QWidget) -> list[QWidget]:
    return [w for w in top.findChildren(QWidget)
            if isinstance(w, _CONTROLS) and w.isVisibleTo(top) and w.window() is top
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()
            and not type(w).__name__.startswith(("QScrollBar", "QToolButton_", "QCalendar"))
            and w.parent() is not None and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))]


def _name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    top = widget.window()
    for label in top.findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text()
    return ""


def unnamed(top: QWidget) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()!r}" for w in _controls(top) if not _name(w)]


def tab_chain(top: QWidget) -> list[QWidget]:
    """The controls Tab visits, in order, starting from the first."""
    controls = set(_controls(top))
    chain, widget = [], top.nextInFocusChain()
    for _ in range(2000):
        if widget in controls and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is top:
            break
    return chain


def _open_dialogs(window):
    yield "window", window
    yield "preferences", window.edit_preferences()
    yield "export", window.export()
    yield "tags", window.manage_tags()
    yield "suggestions", window.suggest()
    yield "topics", window.show_topics()
    yield "facts", window.show_facts()
    yield "shortcuts", window.show_shortcuts()


@pytest.fixture
def annotated_window(library, make_window):
    notes = AnnotationService(library)
    start, end = notes.find_quote(2, "Sept usines d’IA européennes", occurrence=1)
    notes.add_highlight(article_id=2, start=start, end=end, tags=["sites"], note="a note")
    window = make_window(library)
    window.article_list.selectRow(0)
    return window


def test_every_control_has_a_name_a_screen_reader_can_say(qtbot, annotated_window):
    problems = {}
    for name, top in _open_dialogs(annotated_window):
        qtbot.addWidget(top) if top is not annotated_window else None
        if missing := unnamed(top):
            problems[name] = missing
    assert problems == {}


def test_tab_reaches_every_control(qtbot, annotated_window):
    unreachable = {}
    for name, top in _open_dialogs(annotated_window):
        chain = tab_chain(top)
        if missing := [f"{type(w).__name__} {w.objectName()!r}" for w in _controls(top) if w not in chain]:
            unreachable[name] = missing
    assert unreachable == {}


def _backward_steps(chain: list[QWidget]) -> list[str]:
    """Steps of Tab that go left within a row or up within a column of what is shown."""
    def position(widget):
        point = widget.mapTo(widget.window(), QPoint(0, 0))
        return point.x(), point.y()

    steps = []
    for before, after in zip(chain, chain[1:]):
        (x1, y1), (x2, y2) = position(before), position(after)
        if (abs(y1 - y2) <= 4 and x2 < x1) or (x1 == x2 and y2 < y1):
            steps.append(f"{before.objectName() or _name(before)} → {after.objectName() or _name(after)}")
    return steps


def test_tab_follows_the_layout(qtbot, annotated_window):
    backward = {}
    for name, top in _open_dialogs(annotated_window):
        if steps := _backward_steps(tab_chain(top)):
            backward[name] = steps
    assert backward == {}


def test_the_window_tabs_from_the_search_field_through_the_panels(annotated_window):
    assert [w.objectName() for w in tab_chain(annotated_window)][:6] == [
        "search_field", "article_list", "tags_list", "manage_tags", "reader_text", "highlights_list"]
