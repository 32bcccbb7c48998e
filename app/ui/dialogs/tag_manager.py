"""The tag manager: create, rename, recolour, describe, nest, key, give rules to, merge
and delete tags.

Every change is a command on the window's undo stack. The questions it asks go
through `Prompts`, which tests replace.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.tags import Tag
from app.services.tagging import TagService
from app.ui.commands.events import AnnotationEvents
from app.ui.commands.tag_commands import ChangeTagCommand, CreateTagCommand, DeleteTagCommand, MergeTagsCommand

NO_KEY, NO_PARENT = "none", "(top level)"


class Prompts:
    @classmethod
    def text(cls, parent: QWidget, title: str, label: str, value: str = "") -> str | None:
        text, accepted = QInputDialog.getText(parent, title, label, text=value)
        return text if accepted else None

    @classmethod
    def choice(cls, parent: QWidget, title: str, label: str, options: list[str], current: str) -> str | None:
        index = options.index(current) if current in options else 0
        chosen, accepted = QInputDialog.getItem(parent, title, label, options, index, False)
        return chosen if accepted else None

    @classmethod
    def colour(cls, parent: QWidget, current: str) -> str | None:
        chosen = QColorDialog.getColor(QColor(current), parent, "Tag colour")
        return chosen.name() if chosen.isValid() else None


class TagManagerDialog(QDialog):
    def __init__(self, tags: TagService, stack: QUndoStack, events: AnnotationEvents,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Tags")
        self._tags, self._stack, self._events = tags, stack, events
        self.list = QListWidget(objectName="tag_manager_list")
        self.list.setAccessibleName("Tags")
        buttons = QVBoxLayout()
        for label, handler in [("New…", self.new_tag), ("Rename…", self.rename), ("Colour…", self.recolour),
                               ("Description…", self.describe), ("Key…", self.set_key),
                               ("Parent…", self.set_parent), ("Rules…", self.edit_rules),
                               ("Merge into…", self.merge), ("Delete", self.delete)]:
            button = QPushButton(label)
            button.clicked.connect(handler)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, stretch=1)
        row.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(close)
        events.tags_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        chosen = self.current_tag()
        self.list.clear()
        names = {tag.id: tag.name for tag in self._tags.tags()}
        for tag in self._tags.tags():
            key = f"[{tag.shortcut}] " if tag.shortcut else ""
            parent = f"  — under {names[tag.parent_id]}" if tag.parent_id in names else ""
            item = QListWidgetItem(f"{key}{tag.name}{parent}")
            item.setData(Qt.ItemDataRole.UserRole, tag.id)
            item.setData(Qt.ItemDataRole.DecorationRole, QColor(tag.colour))
            item.setToolTip(tag.description)
            self.list.addItem(item)
            if chosen is not None and tag.id == chosen.id:
                self.list.setCurrentItem(item)

    def current_tag(self) -> Tag | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return next((t for t in self._tags.tags() if t.id == item.data(Qt.ItemDataRole.UserRole)), None)

    def choose(self, name: str) -> None:
        for row in range(self.list.count()):
            tag_id = self.list.item(row).data(Qt.ItemDataRole.UserRole)
            if self._tags.tag(tag_id).name == name:
                self.list.setCurrentRow(row)

    # Actions

    def new_tag(self) -> None:
        name = Prompts.text(self, "New tag", "Name:")
        if name:
            self._push(CreateTagCommand(self._tags, self._events, name))

    def rename(self) -> None:
        tag = self.current_tag()
        name = tag and Prompts.text(self, "Rename tag", "New name:", tag.name)
        if name and name != tag.name:
            self._push(ChangeTagCommand(self._tags, self._events, tag, f"Rename {tag.name} to {name}", name=name))

    def recolour(self) -> None:
        tag = self.current_tag()
        colour = tag and Prompts.colour(self, tag.colour)
        if colour and colour != tag.colour:
            self._push(ChangeTagCommand(self._tags, self._events, tag, f"Recolour {tag.name}", colour=colour))

    def describe(self) -> None:
        tag = self.current_tag()
        text = tag and Prompts.text(self, "Describe tag", "Description:", tag.description)
        if text is not None and tag and text != tag.description:
            self._push(ChangeTagCommand(self._tags, self._events, tag, f"Describe {tag.name}", description=text))

    def set_key(self) -> None:
        tag = self.current_tag()
        options = [NO_KEY, *map(str, range(1, 10))]
        key = tag and Prompts.choice(self, "Key", f"Key for {tag.name}:", options, str(tag.shortcut or NO_KEY))
        if key:
            shortcut = None if key == NO_KEY else int(key)
            if shortcut != tag.shortcut:
                self._push(ChangeTagCommand(self._tags, self._events, tag, f"Key {key} for {tag.name}",
                                            shortcut=shortcut))

    def set_parent(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        others = {t.name: t.id for t in self._tags.tags() if t.id != tag.id}
        current = next((name for name, i in others.items() if i == tag.parent_id), NO_PARENT)
        chosen = Prompts.choice(self, "Parent", f"Put {tag.name} under:", [NO_PARENT, *others], current)
        if chosen and chosen != current:
            self._push(ChangeTagCommand(self._tags, self._events, tag, f"Nest {tag.name}",
                                        parent_id=others.get(chosen)))

    def edit_rules(self) -> None:
        """Keywords (comma-separated, matched like search words) and regular expressions
        (separated by `;;`) that make a sentence a suggestion for this tag."""
        tag = self.current_tag()
        if tag is None:
            return
        rules = dict(tag.rules)
        keywords = Prompts.text(self, "Rules", f"Keywords and phrases for {tag.name} (comma-separated):",
                                ", ".join(rules.get("keywords", [])))
        if keywords is None:
            return
        patterns = Prompts.text(self, "Rules", "Regular expressions (separated by ;;), optional:",
                                " ;; ".join(rules.get("patterns", [])))
        if patterns is None:
            return
        rules["keywords"] = [k.strip() for k in keywords.split(",") if k.strip()]
        rules["patterns"] = [p.strip() for p in patterns.split(";;") if p.strip()]
        for pattern in rules["patterns"]:
            try:
                re.compile(pattern)
            except re.error as error:
                QMessageBox.warning(self, "Tags", f"'{pattern}' is not a valid expression: {error}")
                return
        if rules != tag.rules:
            self._push(ChangeTagCommand(self._tags, self._events, tag, f"Rules of {tag.name}", rules=rules))

    def merge(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        others = [t for t in self._tags.tags() if t.id != tag.id]
        chosen = Prompts.choice(self, "Merge", f"Merge {tag.name} into:", [t.name for t in others], "")
        target = next((t for t in others if t.name == chosen), None)
        if target is not None:
            self._push(MergeTagsCommand(self._tags, self._events, tag, target))

    def delete(self) -> None:
        tag = self.current_tag()
        if tag is not None:
            self._push(DeleteTagCommand(self._tags, self._events, tag))

    def _push(self, command: QUndoCommand) -> None:
        self._stack.push(command)
        if getattr(command, "error", None) is not None:
            QMessageBox.warning(self, "Tags", str(command.error))
