"""Tagging from the reader: keys 1–9, the tag toolbar and the "Highlight as" menu.

With text selected, a tag key highlights the selection with that tag (or, when the
selection is exactly an existing highlight, toggles the tag on it); the selection then
clears, to show the tag's colour, and the new highlight is chosen in the panel, where N
opens its note. Without a selection it toggles the tag on the chosen highlight, or on
the one under the cursor. The keys act wherever the window is reading: the reader, the
highlights panel, the search hits. Every edit goes through the undo stack.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap, QUndoStack
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from app.core.anchoring import trim_span
from app.core.highlight import Highlight
from app.core.tags import Tag
from app.services.annotating import AnnotationService
from app.services.tagging import TagService
from app.ui.commands.events import AnnotationEvents
from app.ui.commands.highlight_commands import AddHighlightCommand, DeleteHighlightCommand, TagHighlightCommand
from app.ui.rich_text import plain_tooltip
from app.ui.widgets.highlights_panel import HighlightsPanel
from app.ui.widgets.reader import ArticleReader

translate = QCoreApplication.translate


class TaggingController(QObject):
    def __init__(self, *, notes: AnnotationService, tags: TagService, stack: QUndoStack,
                 events: AnnotationEvents, reader: ArticleReader, panel: HighlightsPanel,
                 tell: Callable[[str], None], also_in: tuple[QWidget, ...] = (),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notes, self._tags, self._stack, self._events = notes, tags, stack, events
        self._reader, self._panel, self._tell = reader, panel, tell
        # Where the tag keys act: not the note editor, where a digit is typed.
        self._key_widgets = (reader.text, panel.list, *also_in)
        self.toolbar = QToolBar("Tags", objectName="tag_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.tag_actions: list[QAction] = []
        self.editable = True
        self.note_action = QAction(self)
        self.note_action.setShortcut(QKeySequence("N"))
        self.note_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.note_action.triggered.connect(self.write_note)
        for widget in self._key_widgets:
            widget.addAction(self.note_action)
        reader.text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        reader.text.customContextMenuRequested.connect(self._context_menu)
        self.retranslate()

    def retranslate(self) -> None:
        """The words of the tag actions and the note key in the interface's language now."""
        self.note_action.setText(self.tr("Write the Highlight's Note"))
        self.rebuild()

    def rebuild(self) -> None:
        """Make one action per tag (after tags changed)."""
        for action in self.tag_actions:
            for widget in self._key_widgets:
                widget.removeAction(action)
            action.deleteLater()
        self.toolbar.clear()
        self.tag_actions = []
        for tag in self._tags.tags():
            # An action's text reads "&" as a mnemonic; its tooltip (the text by default) may be read as HTML.
            action = QAction(_swatch(tag.colour), tag.name.replace("&", "&&"), self)
            tip = self.tr("Highlight as {tag}").format(tag=tag.name)
            if tag.shortcut:
                action.setShortcut(QKeySequence(str(tag.shortcut)))
                tip = self.tr("Highlight as {tag} ({key})").format(tag=tag.name, key=tag.shortcut)
            action.setToolTip(plain_tooltip(tip))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, chosen=tag: self.apply_tag(chosen))
            for widget in self._key_widgets:
                widget.addAction(action)
            self.toolbar.addAction(action)
            self.tag_actions.append(action)
        self.set_editable(self.editable)

    def set_editable(self, editable: bool) -> None:
        """Offer the tag keys, toolbar and menu entries that change highlights, or not."""
        self.editable = editable
        for action in [*self.tag_actions, self.note_action]:
            action.setEnabled(editable)

    def colours(self) -> dict[int, str]:
        return {tag.id: tag.colour for tag in self._tags.tags()}

    def apply_tag(self, tag: Tag) -> None:
        reader = self._reader
        if reader.article is None:
            return
        span = reader.selected_span()
        if span is not None:
            start, end = trim_span(reader.article.body, *span)
            same = next((h for h in reader.highlights if (h.start, h.end) == (start, end) and not h.is_orphan), None)
            if same is not None:
                self._toggle(same, tag)
            elif start < end:
                command = AddHighlightCommand(self._notes, self._events, article_id=reader.article.id,
                                              start=start, end=end, tag_ids=(tag.id,),
                                              label=translate("Commands", "Highlight as {tag}").format(tag=tag.name))
                self._stack.push(command)
                if command.failure is None:
                    reader.clear_selection()
                    self._panel.choose(command.highlight.id)
                    self._tell(self.tr("Highlighted as {tag}: N writes its note").format(tag=tag.name))
            return
        current = self._current_highlight()
        if current is None:
            self._tell(self.tr("Select a passage first, then press a tag's key."))
            return
        self._toggle(current, tag)

    def write_note(self) -> None:
        """Put the cursor in the note of the chosen highlight (or the one under the cursor)."""
        current = self._current_highlight()
        if current is None or not self.editable:
            self._tell(self.tr("Choose a highlight first, then press N to write its note."))
            return
        self._panel.choose(current.id)
        self._panel.note.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def delete_current(self) -> None:
        current = self._current_highlight()
        if current is not None and self.editable:
            self._stack.push(DeleteHighlightCommand(self._notes, self._events, current))

    def _toggle(self, highlight: Highlight, tag: Tag) -> None:
        remove = tag.id in highlight.tag_ids
        self._stack.push(TagHighlightCommand(self._notes, self._events, highlight, tag.id, tag.name, remove=remove))

    def _current_highlight(self) -> Highlight | None:
        chosen = self._panel.current_highlight()
        if chosen is not None and self._reader.article and chosen.article_id == self._reader.article.id:
            return chosen
        offset = self._reader.cursor_offset()
        covering = self._reader.highlights_at(offset) if offset is not None else []
        return covering[0] if covering else None

    def _context_menu(self, position: QPoint) -> None:
        self.context_menu().exec(self._reader.text.viewport().mapToGlobal(position))

    def context_menu(self) -> QMenu:
        """The reader's menu: copy and select, "Highlight as ▸ tag", and "Delete highlight"
        when the cursor is in one."""
        text = self._reader.text
        menu = text.createStandardContextMenu()
        if not self.editable:
            return menu
        menu.addSeparator()
        highlight_as = QMenu(self.tr("Highlight as"), menu)
        for action in self.tag_actions:
            highlight_as.addAction(action)
        menu.addMenu(highlight_as)
        current = self._current_highlight()
        if current is not None:
            menu.addAction(self.tr("Delete highlight"), lambda: self._stack.push(
                DeleteHighlightCommand(self._notes, self._events, current)))
        return menu


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)
