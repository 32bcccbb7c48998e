"""The bar above the article that names the other outlets of its story: each a button
that opens that copy, with Split Off and Join With…, and the highlights of the other
copies shown in this one on request."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from app.services.stories import SharedHighlight
from app.ui.retranslating import Retranslating
from app.ui.rich_text import plain_tooltip


def _literal(text: str) -> str:
    """Text for a button or menu entry as written: "&" would mark a key."""
    return text.replace("&", "&&")


class StoryBar(Retranslating, QWidget):
    copy_chosen = Signal(int)
    """An article id: show that copy."""
    split_requested = Signal()
    join_requested = Signal(int)
    """The id of the lead of the story to join the shown article's story with."""
    shared_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="story_bar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.label = QLabel(self)
        layout.addWidget(self.label)
        self._copies_layout = QHBoxLayout()
        layout.addLayout(self._copies_layout)
        layout.addStretch(1)
        self.shared = QToolButton(self, checkable=True)
        self.shared.toggled.connect(self.shared_toggled)
        self.split = QToolButton(self)
        self.split.clicked.connect(self.split_requested)
        self.join = QToolButton(self)
        self.join.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.join.setMenu(QMenu(self.join))
        layout.addWidget(self.shared)
        layout.addWidget(self.split)
        layout.addWidget(self.join)
        self.copy_buttons: list[QToolButton] = []
        self._story: tuple | None = None
        self._shared: list[SharedHighlight] | None = None
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Also in:"))
        self.shared.setText(self.tr("Highlights of Other Copies"))
        self.shared.setToolTip(self.tr("Show here the passages highlighted in the other copies of this story"))
        self.split.setText(self.tr("Split Off"))
        self.split.setToolTip(self.tr("Take this article out of its story"))
        self.join.setText(self.tr("Join With…"))
        if self._story is not None:
            self.set_story(*self._story)
        if self._shared is not None:
            self.describe_shared(self._shared)

    def set_story(self, shown: int, members: list[tuple[int, str | None]],
                  similar: list[tuple[int, str, float]]) -> None:
        """The shown article's story (id, source of each article, lead first; fewer than
        two: no story) and the stories it could be joined with (lead id, label, similarity)."""
        self._story = (shown, members, similar)
        for button in self.copy_buttons:
            self._copies_layout.removeWidget(button)
            button.deleteLater()
        self.copy_buttons = []
        for article_id, source in members:
            if article_id == shown:
                continue
            outlet = source or self.tr("article {id}").format(id=article_id)
            button = QToolButton(self, text=_literal(outlet))
            button.setToolTip(plain_tooltip(self.tr("Read this story's copy from {outlet}").format(outlet=outlet)))
            button.clicked.connect(lambda _=False, chosen=article_id: self.copy_chosen.emit(chosen))
            self._copies_layout.addWidget(button)
            self.copy_buttons.append(button)
        menu = self.join.menu()
        menu.clear()
        for lead, label, score in similar:
            action = menu.addAction(_literal(self.tr("{title} ({similarity} alike)").format(
                title=label if len(label) <= 60 else label[:59] + "…", similarity=f"{score:.0%}")))
            action.triggered.connect(lambda _=False, chosen=lead: self.join_requested.emit(chosen))
        if not similar:
            menu.addAction(self.tr("No other story looks like this one")).setEnabled(False)
        grouped = len(members) > 1
        self.label.setVisible(grouped)
        self.shared.setVisible(grouped)
        self.split.setVisible(grouped)
        self.setVisible(grouped or bool(similar))

    def set_read_only(self, read_only: bool) -> None:
        self.split.setEnabled(not read_only)
        self.join.setEnabled(not read_only)

    def describe_shared(self, shared: list[SharedHighlight]) -> None:
        """Say on the toggle how many of the other copies' highlights were found here,
        and how each was found."""
        self._shared = shared
        found = sum(1 for item in shared if item.resolution.start is not None)
        lines = [self.tr("Show here the passages highlighted in the other copies of this story: "
                         "{found} of {total} found in this text").format(found=found, total=len(shared))]
        for item in shared[:20]:
            quote = item.highlight.quote if len(item.highlight.quote) <= 60 else item.highlight.quote[:59] + "…"
            lines.append(self.tr("« {quote} » ({outlet}): {status}").format(
                quote=quote, outlet=item.from_source or self.tr("article {id}").format(id=item.from_article),
                status=self.tr(_STATUS_TEXTS[item.resolution.status.value])))
        self.shared.setToolTip(plain_tooltip("\n".join(lines)))
        self.shared.setEnabled(bool(shared))


_STATUS_TEXTS = {
    "exact": QT_TRANSLATE_NOOP("StoryBar", "found at the same place"),
    "moved": QT_TRANSLATE_NOOP("StoryBar", "found elsewhere in this text"),
    "fuzzy": QT_TRANSLATE_NOOP("StoryBar", "found approximately"),
    "orphan": QT_TRANSLATE_NOOP("StoryBar", "not in this text"),
}
