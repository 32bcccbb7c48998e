"""The tag editor: the tags as a tree with their colours, keys, counts and descriptions,
and the suggestion rules of the tag chosen.

Drag a tag onto another to nest it, onto the empty space below the tags to put it back
at the top (Nest Under… does the same from the keyboard). A name, key or description is
edited where it stands (F2). Keys are the order of the tags: the tags with a key come
first, in key order, and Move Up and Move Down (Alt+Up, Alt+Down) swap a tag's key with
the tag holding the key before or after it; choosing in the Key column a key another
tag holds asks first. Every change is a command on the window's undo stack, and the
tree follows the library through the window's changes. Questions go through `Prompts`,
which tests replace.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QColorDialog, QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout, QInputDialog,
                               QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget)

from app.core.changes import Changes
from app.core.tags import Tag
from app.services.tagging import TagService
from app.ui.commands.events import AnnotationEvents
from app.ui.commands.tag_commands import ChangeTagCommand, CreateTagCommand, DeleteTagCommand, MergeTagsCommand
from app.ui.focus import tab_through_buttons_as_shown
from app.ui.messages import error_text
from app.ui.models.tag_tree_model import TagTreeModel
from app.ui.retranslating import Retranslating
from app.ui.rich_text import ask, plain_labels
from app.ui.tasks import TaskRunner
from app.ui.widgets.tag_rules_editor import ProposalCounter, TagRulesEditor
from app.ui.widgets.tag_tree_view import TagTreeView

translate = QCoreApplication.translate


class Prompts:
    @classmethod
    def text(cls, parent: QWidget, title: str, label: str, value: str = "") -> str | None:
        dialog = QInputDialog(parent, windowTitle=title, labelText=label, textValue=value)
        return dialog.textValue() if plain_labels(dialog).exec() else None

    @classmethod
    def choice(cls, parent: QWidget, title: str, label: str, options: list[str], current: str) -> str | None:
        index = options.index(current) if current in options else 0
        dialog = QInputDialog(parent, windowTitle=title, labelText=label, comboBoxItems=options,
                              comboBoxEditable=False)
        dialog.setTextValue(options[index] if options else "")
        return dialog.textValue() if plain_labels(dialog).exec() else None

    @classmethod
    def colour(cls, parent: QWidget, current: str) -> str | None:
        chosen = QColorDialog.getColor(QColor(current), parent, translate("TagEditorDialog", "Tag colour"))
        return chosen.name() if chosen.isValid() else None


class TagEditorDialog(Retranslating, QDialog):
    def __init__(self, tags: TagService, stack: QUndoStack, events: AnnotationEvents, *, runner: TaskRunner,
                 count: Callable[..., int], parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="tag_editor")
        self.resize(1100, 560)
        self._tags, self._stack, self._events = tags, stack, events
        self._rules_of: int | None = None  # the tag whose rules the editor shows
        self._refreshing = False
        self.model = TagTreeModel(self)
        self.model.edit_requested.connect(self._on_edit_requested, Qt.ConnectionType.QueuedConnection)
        self.model.nest_requested.connect(self.nest, Qt.ConnectionType.QueuedConnection)
        self.tree = TagTreeView(self.model)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for number, (name, handler) in enumerate([
                ("new", self.new_tag), ("colour", self.recolour), ("nest", self.set_parent), ("merge", self.merge),
                ("up", self.move_up), ("down", self.move_down), ("delete", self.delete)]):
            button = self.buttons[name] = QPushButton(objectName=f"tag_editor_{name}")
            button.clicked.connect(handler)
            grid.addWidget(button, number // 4, number % 4)
        self.status = QLabel(objectName="tag_editor_status", textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        left = QVBoxLayout()
        left.addWidget(self.tree, stretch=1)
        left.addLayout(grid)
        left.addWidget(self.status)
        self.rules = TagRulesEditor(self)
        self.counter = ProposalCounter(runner, count, self)
        self.counter.counted.connect(self.rules.count.setText)
        self.rules.edited.connect(self._count_rules)
        self.rules.save_requested.connect(self._save_rules)
        row = QHBoxLayout()
        row.addLayout(left, stretch=3)
        row.addWidget(self.rules, stretch=2)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, stretch=1)
        layout.addWidget(self.close_box)
        tab_through_buttons_as_shown(self.close_box)
        events.changed.connect(self._on_changed)
        self.retranslate()
        self.refresh()
        self.tree.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.tree.setCurrentIndex(self.model.index(0, 0))
        self.finished.connect(lambda _result: self._leave())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tags"))
        self.tree.setAccessibleName(self.tr("Tags"))
        for name, text in [("new", self.tr("New Tag…")), ("colour", self.tr("Colour…")),
                           ("nest", self.tr("Nest Under…")), ("up", self.tr("Move Up")),
                           ("down", self.tr("Move Down")), ("merge", self.tr("Merge Into…")),
                           ("delete", self.tr("Delete"))]:
            self.buttons[name].setText(text)
        self.buttons["up"].setShortcut(QKeySequence("Alt+Up"))  # after the text: a button's text sets its key
        self.buttons["down"].setShortcut(QKeySequence("Alt+Down"))
        self.buttons["up"].setToolTip(self.tr("Give the tag the key before its own (Alt+Up)"))
        self.buttons["down"].setToolTip(self.tr("Give the tag the key after its own (Alt+Down)"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.rules.retranslate()
        self._show_rules_title()

    def refresh(self) -> None:
        chosen = self.current_tag()
        self._refreshing = True  # the tree is rebuilt: the tag chosen has not changed
        try:
            self.model.set_tags(self._tags.tags(), self._tags.counts())
            self.tree.expandAll()
            if chosen is not None and self.model.index_of(chosen.id).isValid():
                self.tree.selectionModel().setCurrentIndex(
                    self.model.index_of(chosen.id), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
            elif self.model.rowCount():
                self.tree.setCurrentIndex(self.model.index(0, 0))
        finally:
            self._refreshing = False
        current = self.current_tag()
        if current is None or current.id != self._rules_of:
            self._show_rules(current)
        elif not self.rules.is_edited() and current.rules != self.rules.rules():
            self._show_rules(current)  # an undo put other rules back
        else:
            self._show_rules_title()

    def current_tag(self) -> Tag | None:
        return self.model.tag_at(self.tree.currentIndex())

    def choose(self, name: str) -> None:
        tag = next((t for t in self._tags.tags() if t.name == name), None)
        if tag is not None:
            self.tree.setCurrentIndex(self.model.index_of(tag.id))

    # Actions

    def new_tag(self) -> None:
        name = Prompts.text(self, self.tr("New tag"), self.tr("Name:"))
        if name:
            command = CreateTagCommand(self._tags, self._events, name)
            if self._push(command) and command.tag is not None:
                self.choose(command.tag.name)

    def recolour(self) -> None:
        tag = self.current_tag()
        colour = tag and Prompts.colour(self, tag.colour)
        if colour and colour != tag.colour:
            self._push(ChangeTagCommand(self._tags, self._events, tag, self.tr("Recolour {tag}").format(tag=tag.name),
                                        colour=colour))

    def set_key(self, tag: Tag, key: int | None) -> None:
        """Give `tag` the key (None: no key), asking first when another tag holds it."""
        if key == tag.shortcut:
            return
        holder = next((t for t in self._tags.tags() if key and t.shortcut == key and t.id != tag.id), None)
        if holder is not None and not self._confirm(self.tr("Key"), self.tr(
                "Key {key} belongs to {holder}. Give it to {tag}? {holder} will have {tag}'s key instead "
                "({old}).").format(key=key, holder=holder.name, tag=tag.name,
                                   old=tag.shortcut or self.tr("no key"))):
            return
        label = (self.tr("Key {key} for {tag}").format(key=key, tag=tag.name) if key
                 else self.tr("No key for {tag}").format(tag=tag.name))
        self._push(ChangeTagCommand(self._tags, self._events, tag, label, shortcut=key, take_key=holder is not None))

    def move_up(self) -> None:
        self._move_key(-1)

    def move_down(self) -> None:
        self._move_key(+1)

    def _move_key(self, step: int) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        if tag.shortcut is None:
            self._say(self.tr("{tag} has no key to move: choose one in the Key column (F2).").format(tag=tag.name))
            return
        key = tag.shortcut + step
        if not 1 <= key <= 9:
            self._say(self.tr("{tag} has key {key} already: keys go from 1 to 9.").format(
                tag=tag.name, key=tag.shortcut))
            return
        holder = next((t for t in self._tags.tags() if t.shortcut == key), None)
        label = (self.tr("Swap the keys of {tag} and {holder}").format(tag=tag.name, holder=holder.name) if holder
                 else self.tr("Key {key} for {tag}").format(key=key, tag=tag.name))
        self._push(ChangeTagCommand(self._tags, self._events, tag, label, shortcut=key, take_key=holder is not None))

    def nest(self, tag_id: int, parent_id: int | None) -> None:
        """Put the tag `tag_id` under the tag `parent_id` (None: at the top)."""
        tag = next((t for t in self._tags.tags() if t.id == tag_id), None)
        parent = next((t for t in self._tags.tags() if t.id == parent_id), None)
        if tag is None or tag.parent_id == parent_id or (parent_id is not None and parent is None):
            return
        label = (self.tr("Nest {tag} under {parent}").format(tag=tag.name, parent=parent.name) if parent
                 else self.tr("Move {tag} to the top level").format(tag=tag.name))
        self._push(ChangeTagCommand(self._tags, self._events, tag, label, parent_id=parent_id))

    def set_parent(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        others = {t.name: t.id for t in self._tags.tags() if t.id != tag.id}
        top_level = self.tr("(top level)")
        current = next((name for name, i in others.items() if i == tag.parent_id), top_level)
        chosen = Prompts.choice(self, self.tr("Nest"), self.tr("Put {tag} under:").format(tag=tag.name),
                                [top_level, *others], current)
        if chosen and chosen != current:
            self.nest(tag.id, others.get(chosen))

    def merge(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        others = [t for t in self._tags.tags() if t.id != tag.id]
        chosen = Prompts.choice(self, self.tr("Merge"), self.tr("Merge {tag} into:").format(tag=tag.name),
                                [t.name for t in others], "")
        target = next((t for t in others if t.name == chosen), None)
        if target is not None:
            self._push(MergeTagsCommand(self._tags, self._events, tag, target))

    def delete(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        highlights = self._tags.counts().get(tag.id, (0, 0))[0]
        if highlights and not self._confirm(self.tr("Delete tag"), (
                self.tr("Delete the tag {tag}? Its highlight keeps its other tags.") if highlights == 1 else
                self.tr("Delete the tag {tag}? Its {count} highlights keep their other tags.")).format(
                tag=tag.name, count=highlights) + "\n\n" + self.tr("Edit ▸ Undo brings it back.")):
            return
        self._push(DeleteTagCommand(self._tags, self._events, tag))

    # Rules

    def _show_rules(self, tag: Tag | None) -> None:
        self._rules_of = tag.id if tag else None
        self.rules.set_rules(tag.rules if tag else {})
        self.rules.setEnabled(tag is not None)
        self._show_rules_title()

    def _show_rules_title(self) -> None:
        tag = next((t for t in self._tags.tags() if t.id == self._rules_of), None)
        self.rules.title.setText(self.tr("Suggestion rules of {tag}").format(tag=tag.name) if tag else "")

    def _count_rules(self) -> None:
        if self._rules_of is not None:
            self.counter.count_later(self.rules.rules(), self._rules_of)

    def _save_rules(self, rules: dict) -> None:
        tag = next((t for t in self._tags.tags() if t.id == self._rules_of), None)
        if tag is not None and rules != tag.rules and self._push(ChangeTagCommand(
                self._tags, self._events, tag, self.tr("Rules of {tag}").format(tag=tag.name), rules=rules)):
            self._show_rules(self._tags.tag(tag.id))  # as saved: nothing edited now

    def _keep_edited_rules(self) -> None:
        """Rules edited and not saved are saved when the editor leaves their tag: nothing
        typed is lost, and Undo takes it back."""
        if self._rules_of is not None and self.rules.is_edited():
            if problem := self.rules.problem_text():
                self._say(self.tr("The rules edited were not saved: {problem}").format(problem=problem))
            else:
                self._save_rules(self.rules.rules())

    # Events

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._refreshing:
            return
        tag = self.model.tag_at(current)
        if tag is None or tag.id != self._rules_of:
            self._keep_edited_rules()
            self._show_rules(self.model.tag_at(self.tree.currentIndex()))

    def _on_changed(self, changes: Changes) -> None:
        if changes.tags or changes.everything or changes.highlights_of or changes.deleted_articles:
            self.refresh()

    def _on_edit_requested(self, tag_id: int, field: str, value) -> None:
        tag = next((t for t in self._tags.tags() if t.id == tag_id), None)
        if tag is None:
            return
        if field == "shortcut":
            self.set_key(tag, value)
        elif field == "name" and value.strip() and value != tag.name:
            label = self.tr("Rename {tag} to {name}").format(tag=tag.name, name=value)
            self._push(ChangeTagCommand(self._tags, self._events, tag, label, name=value))
        elif field == "description" and value != tag.description:
            label = self.tr("Describe {tag}").format(tag=tag.name)
            self._push(ChangeTagCommand(self._tags, self._events, tag, label, description=value))

    def _leave(self) -> None:
        self._keep_edited_rules()
        self.counter.stop()

    def _confirm(self, title: str, question: str) -> bool:
        return ask(self, title, question, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                   QMessageBox.StandardButton.Cancel) == QMessageBox.StandardButton.Yes

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _push(self, command: QUndoCommand) -> bool:
        """Run the command; when the library refuses it, say why (nothing to undo then)."""
        self._stack.push(command)
        error = getattr(command, "error", None) or getattr(command, "failure", None)
        self._say(error_text(error) if error is not None else "")
        return error is None
