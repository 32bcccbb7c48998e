"""The tag manager: create, rename, recolour, describe, nest, key, give rules to, merge
and delete tags.

Every change is a command on the window's undo stack. The questions it asks go
through `Prompts`, which tests replace.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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
from app.ui.messages import error_text
from app.ui.rich_text import ask, plain_labels, plain_tooltip, tell

translate = QCoreApplication.translate

NO_KEY = QT_TRANSLATE_NOOP("TagManagerDialog", "none")
NO_PARENT = QT_TRANSLATE_NOOP("TagManagerDialog", "(top level)")


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
        chosen = QColorDialog.getColor(QColor(current), parent, translate("TagManagerDialog", "Tag colour"))
        return chosen.name() if chosen.isValid() else None


class TagManagerDialog(QDialog):
    def __init__(self, tags: TagService, stack: QUndoStack, events: AnnotationEvents,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tags"))
        self._tags, self._stack, self._events = tags, stack, events
        self.list = QListWidget(objectName="tag_manager_list")
        self.list.setAccessibleName(self.tr("Tags"))
        buttons = QVBoxLayout()
        for label, handler in [(self.tr("New…"), self.new_tag), (self.tr("Rename…"), self.rename),
                               (self.tr("Colour…"), self.recolour), (self.tr("Description…"), self.describe),
                               (self.tr("Key…"), self.set_key), (self.tr("Parent…"), self.set_parent),
                               (self.tr("Rules…"), self.edit_rules), (self.tr("Merge into…"), self.merge),
                               (self.tr("Delete"), self.delete)]:
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
        events.changed.connect(lambda changes: self.refresh() if changes.tags or changes.everything else None)
        self.refresh()

    def refresh(self) -> None:
        chosen = self.current_tag()
        self.list.clear()
        names = {tag.id: tag.name for tag in self._tags.tags()}
        for tag in self._tags.tags():
            key = f"[{tag.shortcut}] " if tag.shortcut else ""
            parent = (self.tr("  — under {parent}").format(parent=names[tag.parent_id])
                      if tag.parent_id in names else "")
            item = QListWidgetItem(f"{key}{tag.name}{parent}")
            item.setData(Qt.ItemDataRole.UserRole, tag.id)
            item.setData(Qt.ItemDataRole.DecorationRole, QColor(tag.colour))
            item.setToolTip(plain_tooltip(tag.description) or "")
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
        name = Prompts.text(self, self.tr("New tag"), self.tr("Name:"))
        if name:
            self._push(CreateTagCommand(self._tags, self._events, name))

    def rename(self) -> None:
        tag = self.current_tag()
        name = tag and Prompts.text(self, self.tr("Rename tag"), self.tr("New name:"), tag.name)
        if name and name != tag.name:
            label = self.tr("Rename {tag} to {name}").format(tag=tag.name, name=name)
            self._push(ChangeTagCommand(self._tags, self._events, tag, label, name=name))

    def recolour(self) -> None:
        tag = self.current_tag()
        colour = tag and Prompts.colour(self, tag.colour)
        if colour and colour != tag.colour:
            label = self.tr("Recolour {tag}").format(tag=tag.name)
            self._push(ChangeTagCommand(self._tags, self._events, tag, label, colour=colour))

    def describe(self) -> None:
        tag = self.current_tag()
        text = tag and Prompts.text(self, self.tr("Describe tag"), self.tr("Description:"), tag.description)
        if text is not None and tag and text != tag.description:
            label = self.tr("Describe {tag}").format(tag=tag.name)
            self._push(ChangeTagCommand(self._tags, self._events, tag, label, description=text))

    def set_key(self) -> None:
        tag = self.current_tag()
        no_key = self.tr(NO_KEY)
        options = [no_key, *map(str, range(1, 10))]
        key = tag and Prompts.choice(self, self.tr("Key"), self.tr("Key for {tag}:").format(tag=tag.name), options,
                                     str(tag.shortcut or no_key))
        if not key:
            return
        shortcut = None if key == no_key else int(key)
        if shortcut == tag.shortcut:
            return
        holder = next((t for t in self._tags.tags() if shortcut and t.shortcut == shortcut and t.id != tag.id), None)
        if holder is not None and not self._confirm(self.tr("Key"), self.tr(
                "Key {key} belongs to {holder}. Give it to {tag}? {holder} will have {tag}'s key instead "
                "({old}).").format(key=key, holder=holder.name, tag=tag.name,
                                   old=tag.shortcut or self.tr("no key"))):
            return
        label = self.tr("Key {key} for {tag}").format(key=key, tag=tag.name)
        self._push(ChangeTagCommand(self._tags, self._events, tag, label, shortcut=shortcut,
                                    take_key=holder is not None))

    def set_parent(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        others = {t.name: t.id for t in self._tags.tags() if t.id != tag.id}
        top_level = self.tr(NO_PARENT)
        current = next((name for name, i in others.items() if i == tag.parent_id), top_level)
        chosen = Prompts.choice(self, self.tr("Parent"), self.tr("Put {tag} under:").format(tag=tag.name),
                                [top_level, *others], current)
        if chosen and chosen != current:
            label = self.tr("Nest {tag}").format(tag=tag.name)
            self._push(ChangeTagCommand(self._tags, self._events, tag, label, parent_id=others.get(chosen)))

    def edit_rules(self) -> None:
        """Keywords (comma-separated, matched like search words) and regular expressions
        (separated by `;;`) that make a sentence a suggestion for this tag."""
        tag = self.current_tag()
        if tag is None:
            return
        rules = dict(tag.rules)
        keywords = Prompts.text(self, self.tr("Rules"),
                                self.tr("Keywords and phrases for {tag} (comma-separated):").format(tag=tag.name),
                                ", ".join(rules.get("keywords", [])))
        if keywords is None:
            return
        patterns = Prompts.text(self, self.tr("Rules"), self.tr("Regular expressions (separated by ;;), optional:"),
                                " ;; ".join(rules.get("patterns", [])))
        if patterns is None:
            return
        rules["keywords"] = [k.strip() for k in keywords.split(",") if k.strip()]
        rules["patterns"] = [p.strip() for p in patterns.split(";;") if p.strip()]
        for pattern in rules["patterns"]:
            try:
                re.compile(pattern)
            except re.error as error:
                problem = self.tr("'{pattern}' is not a valid expression: {error}")
                tell(self, QMessageBox.Icon.Warning, self.tr("Tags"), problem.format(pattern=pattern, error=error))
                return
        if rules != tag.rules:
            label = self.tr("Rules of {tag}").format(tag=tag.name)
            self._push(ChangeTagCommand(self._tags, self._events, tag, label, rules=rules))

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

    def _confirm(self, title: str, question: str) -> bool:
        return ask(self, title, question, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                   QMessageBox.StandardButton.Cancel) == QMessageBox.StandardButton.Yes

    def _push(self, command: QUndoCommand) -> None:
        self._stack.push(command)
        if getattr(command, "error", None) is not None:
            tell(self, QMessageBox.Icon.Warning, self.tr("Tags"), error_text(command.error))
