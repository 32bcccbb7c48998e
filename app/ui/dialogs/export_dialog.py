"""File ▸ Export: what to export, how, where, with a live preview of the Markdown digest.

The digest is made and written on a worker thread; the file appears whole or not at
all, and an existing file is replaced only after the user agrees. The whole library can
also go out as an Obsidian vault (a folder, written again without touching a note the
user changed) or a REFI-QDA project or codebook.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.csl_items import REFERENCE_FORMATS, StyleError
from app.core.digest import DigestScope
from app.core.people import Person
from app.core.tags import Tag
from app.core.text import shortened
from app.services.exporting import ExportService, write_atomically
from app.services.qda_exchange import build_project, codebook_bytes, export_codebook, export_project
from app.services.vault_export import export_vault, vault_notes
from app.store.library import Library
from app.ui.focus import tab_through_buttons_as_shown
from app.ui.messages import error_text, translate_template
from app.ui.rich_text import InertBrowser, ask, digest_html, message_box
from app.ui.tasks import TaskRunner
from app.ui.widgets.form_fields import grouping_box, with_choose_button

translate = QCoreApplication.translate

PREVIEW_PAUSE_MS = 150
SUFFIXES = {"md": ".md", "json": ".json", "csv": ".csv", "bibtex": ".bib", "ris": ".ris", "csl-json": ".json",
            "vault": "", "qdpx": ".qdpx", "qdc": ".qdc"}
WHOLE_LIBRARY = ("vault", "qdpx", "qdc")
"""The formats that carry the whole library, whatever the highlights chosen."""
PREVIEWED_NOTES = 200
FOOTNOTES, PANDOC, OTHER_STYLE = "", "pandoc", "other"


class ExportDialog(QDialog):
    exported = Signal(Path)
    """The file written."""

    def __init__(self, export: ExportService, runner: TaskRunner, *, library: Library, tags: list[Tag],
                 people: list[Person] = (), article_id: int | None, article_title: str | None, query: str | None, grouping: str = "tag",
                 folder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.resize(900, 640)
        self._export, self._runner, self._library = export, runner, library
        self._article_id, self._query = article_id, query
        self.last_written: Path | None = None
        self.last_notes: list[str] = []
        """What the last export of a whole library said: notes left as they were, things left out."""

        self.scope_buttons = QButtonGroup(self)
        scope_box = QVBoxLayout()
        for key, label, enabled in [
            ("all", self.tr("All highlights"), True),
            ("article", self.tr("This article: {title}").format(title=shortened(article_title, 48)) if article_title
             else self.tr("This article"),
             article_id is not None),
            ("tags", self.tr("Highlights with the tags chosen below"), True),
            ("search", self.tr("Articles found by “{query}”").format(query=shortened(query, 48)) if query
             else self.tr("The current search"), bool(query)),
        ]:
            button = QRadioButton(label, objectName=f"scope_{key}")
            button.setEnabled(enabled)
            button.setProperty("usable", enabled)
            button.setProperty("scope", key)
            self.scope_buttons.addButton(button)
            scope_box.addWidget(button)
        self.scope_buttons.buttons()[0].setChecked(True)
        self.tag_list = QListWidget(objectName="export_tags")
        self.tag_list.setSelectionMode(QListWidget.SelectionMode.MultiSelection)
        self.tag_list.setMaximumHeight(110)
        for tag in tags:
            item = QListWidgetItem(tag.name)
            self.tag_list.addItem(item)
        # With several members, the digest can hold some members' highlights, and group by author.
        signed = len(people) > 1
        self.author_list = QListWidget(objectName="export_authors")
        self.author_list.setSelectionMode(QListWidget.SelectionMode.MultiSelection)
        self.author_list.setMaximumHeight(90)
        self.author_list.setToolTip(self.tr("None chosen: everyone's highlights"))
        for person in people:
            item = QListWidgetItem(person.name)
            item.setData(Qt.ItemDataRole.UserRole, person.role)
            self.author_list.addItem(item)
        self.grouping = grouping_box(grouping, object_name="export_grouping", by_author=signed)
        self.format = QComboBox(objectName="export_format")
        for key, label in (("md", self.tr("Markdown digest (.md)")), ("json", self.tr("W3C Web Annotations (.json)")),
                           ("csv", self.tr("Spreadsheet (.csv)")), ("bibtex", self.tr("References: BibTeX (.bib)")),
                           ("ris", self.tr("References: RIS (.ris)")),
                           ("csl-json", self.tr("References: CSL-JSON (.json)")),
                           ("vault", self.tr("Obsidian vault of the whole library (a folder)")),
                           ("qdpx", self.tr("REFI-QDA project of the whole library (.qdpx)")),
                           ("qdc", self.tr("REFI-QDA codebook of the tags (.qdc)"))):
            self.format.addItem(label, key)
        self.style = QComboBox(objectName="export_style")
        for key, label in ((FOOTNOTES, self.tr("Footnotes")), ("apa", self.tr("APA 7th edition")),
                           ("chicago", self.tr("Chicago author-date")),
                           ("iso690", self.tr("ISO 690 author-date, English")),
                           ("iso690-fr", self.tr("ISO 690 author-date, French")), ("vancouver", self.tr("Vancouver")),
                           (PANDOC, self.tr("Pandoc citations [@key]")), (OTHER_STYLE, self.tr("Other CSL file…"))):
            self.style.addItem(label, key)
        self.style.setToolTip(self.tr("How the Markdown digest cites its quotes and lists its sources"))
        self.style.activated.connect(self._choose_style_file)
        self.destination = QLineEdit(objectName="export_destination")
        if folder:
            self.destination.setText(str(Path(folder) / "digest.md"))
        destination_row = with_choose_button(self.destination, self._browse)
        self.preview = InertBrowser(objectName="export_preview")
        self.preview.setAccessibleName(self.tr("Preview of the digest"))
        self.status = QLabel(objectName="export_status", textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.progress = QProgressBar(objectName="export_progress")
        self.progress.setRange(0, 0)  # busy: making the digest has no countable steps worth showing
        self.progress.hide()
        self._task = None
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self._cancel)
        self.export_button.clicked.connect(self.start_export)

        form = QFormLayout()
        form.addRow(self.tr("Highlights"), scope_box)
        form.addRow(self.tr("Tags"), self.tag_list)
        if signed:
            form.addRow(self.tr("Authors"), self.author_list)
        else:
            self.author_list.hide()
        form.addRow(self.tr("Grouping"), self.grouping)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Citations"), self.style)
        form.addRow(self.tr("File"), destination_row)
        self.destination_label = form.labelForField(destination_row)
        self.destination_label.setBuddy(self.destination)
        left = QWidget()
        left.setLayout(form)
        self.preview.setMinimumWidth(420)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(split, stretch=1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        tab_through_buttons_as_shown(self.buttons)

        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_PAUSE_MS)
        self._timer.timeout.connect(self.update_preview)
        for signal in (self.scope_buttons.buttonToggled, self.tag_list.itemSelectionChanged,
                       self.author_list.itemSelectionChanged,
                       self.grouping.currentIndexChanged, self.format.currentIndexChanged,
                       self.style.currentIndexChanged):
            signal.connect(self._timer.start)
        self.format.currentIndexChanged.connect(self._match_suffix)
        self.update_preview()

    # What to export

    def scope(self) -> DigestScope:
        chosen = self.scope_buttons.checkedButton().property("scope")
        authors = tuple(item.text() for item in self.author_list.selectedItems())
        if chosen == "article":
            return DigestScope(articles=(self._article_id,), authors=authors)
        if chosen == "tags":
            return DigestScope(tags=tuple(item.text() for item in self.tag_list.selectedItems()), authors=authors)
        if chosen == "search":
            return DigestScope(query=self._query, authors=authors)
        return DigestScope(authors=authors)

    def citation_choice(self) -> dict:
        """The digest's citations as `ExportService.render` takes them."""
        key = self.style.currentData()
        if key == PANDOC:
            return {"pandoc": True}
        return {"style": key} if key not in (FOOTNOTES, OTHER_STYLE) else {}

    def update_preview(self) -> None:
        """Render the Markdown digest of the current choices in its citation style, or the
        reference file when references are exported."""
        self._timer.stop()
        file_format = self.format.currentData()
        self.style.setEnabled(file_format == "md")
        self.destination_label.setText(self.tr("Folder") if file_format == "vault" else self.tr("File"))
        for widget in (*self.scope_buttons.buttons(), self.tag_list, self.author_list, self.grouping):
            widget.setEnabled(file_format not in WHOLE_LIBRARY and widget.property("usable") is not False)
        try:
            if file_format in WHOLE_LIBRARY:
                self.status.clear()
                self.preview.setPlainText(self._whole_library_preview(file_format))
                return
            if file_format in REFERENCE_FORMATS:
                self.preview.setPlainText(self._export.references(self.scope(), format=file_format))
                return
            text = self._export.render(self.scope(), format="md", group_by=self.grouping.currentData(),
                                       title=self.tr("Carnet digest"), translate=translate_template,
                                       **self.citation_choice())
        except StyleError as error:
            self.status.setText(self.tr("This style cannot be used: {error}").format(error=error_text(error)))
            return
        self.status.clear()
        self.preview.setHtml(digest_html(_without_front_matter(text)))

    def _whole_library_preview(self, file_format: str) -> str:
        if file_format == "qdc":
            return codebook_bytes(self._library).decode("utf-8")
        if file_format == "qdpx":
            project, report = build_project(self._library)
            lines = [self.tr("The whole library as a REFI-QDA project. Sources: {sources}; codes: {codes}; "
                             "coded passages: {selections}; notes: {notes}.").format(
                sources=report.sources, codes=report.codes, selections=report.selections, notes=report.notes)]
            if report.left_out:
                lines += ["", self.tr("Left out:"), *(f"  {sentence}" for sentence in report.left_out)]
            return "\n".join(lines)
        notes = vault_notes(self._library)
        lines = [self.tr("The whole library as an Obsidian vault, one note per article and one per tag "
                         "(notes: {count}). Writing the same folder again updates the notes Carnet wrote and leaves every note "
                         "changed since as it is.").format(count=len(notes)), ""]
        lines += [note.path for note in notes[:PREVIEWED_NOTES]]
        if len(notes) > PREVIEWED_NOTES:
            lines.append("…")
        return "\n".join(lines)

    def _choose_style_file(self) -> None:
        if self.style.currentData() != OTHER_STYLE:
            return
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Citation style"), "",
                                                self.tr("CSL styles (*.csl)"))
        if not chosen:
            self.style.setCurrentIndex(0)
            return
        self.add_style_file(chosen)

    def add_style_file(self, path: str) -> None:
        """Offer a .csl file as a style, and choose it."""
        index = self.style.findData(path)
        if index == -1:
            self.style.insertItem(self.style.count() - 1, Path(path).name, path)
            index = self.style.findData(path)
        self.style.setCurrentIndex(index)

    # Writing

    def start_export(self) -> None:
        path = Path(self.destination.text().strip()).expanduser() if self.destination.text().strip() else None
        if path is None:
            self.status.setText(self.tr("Choose a file to export to."))
            return
        scope, group_by, file_format = self.scope(), self.grouping.currentData(), self.format.currentData()
        # A vault is written again in place: the notes the user changed are kept, never asked about.
        if file_format != "vault" and path.exists() and not Overwrite.ask(self, path):
            return
        library = self._library
        title, citations = self.tr("Carnet digest"), self.citation_choice()
        self.export_button.setEnabled(False)
        self.progress.show()
        self.status.setText(self.tr("Exporting to {path}…").format(path=path))

        def work(progress, cancel):
            if file_format == "vault":
                report = export_vault(library, path, cancel=cancel)
                return path, report.skipped
            if file_format in ("qdpx", "qdc"):
                write = export_project if file_format == "qdpx" else export_codebook
                return path, write(library, path, overwrite=True).left_out
            if file_format in REFERENCE_FORMATS:
                text = self._export.references(scope, format=file_format)
            else:
                text = self._export.render(scope, format=file_format, group_by=group_by, title=title,
                                           translate=translate_template, **citations)
            if not cancel.cancelled:
                write_atomically(path, text, overwrite=True)
            return path, []

        self._task = self._runner.start(work, finished=self._on_written, failed=self._on_failed)

    def _cancel(self) -> None:
        """Cancel: stop a running export (nothing is written) and close."""
        if self._task is not None:
            self._task.cancel()
        self.reject()

    def _on_written(self, written: tuple[Path, list[str]]) -> None:
        path, notes = written
        cancelled = self._task is not None and self._task.cancel_token.cancelled
        self._task = None
        self.progress.hide()
        self.export_button.setEnabled(True)
        if not cancelled:
            self.last_written, self.last_notes = path, notes
            self.status.setText(self.tr("Exported to {path}.").format(path=path))
            self.exported.emit(path)
            self.accept()

    def _on_failed(self, error: Exception) -> None:
        self._task = None
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("The export failed: {error}").format(error=error_text(error)))

    def _browse(self) -> None:
        if self.format.currentData() == "vault":
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Export the vault to"), self.destination.text())
            if chosen:
                self.destination.setText(chosen)
            return
        suffix = SUFFIXES[self.format.currentData()]
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), f"digest{suffix}", f"*{suffix}")
        if chosen:
            self.destination.setText(chosen)

    def _match_suffix(self) -> None:
        text = self.destination.text().strip()
        if text:
            self.destination.setText(str(Path(text).with_suffix(SUFFIXES[self.format.currentData()])))


def tell_exported(parent: QWidget, path: Path, notes: list[str] = ()) -> QMessageBox:
    """Say where the export went, with a button that opens its folder (the box does not
    stop the window); `notes` (what was left as it was or left out) are its details."""
    box = message_box(parent, QMessageBox.Icon.Information, translate("ExportDialog", "Export"),
                      translate("ExportDialog", "The export is in {path}.").format(path=path),
                      QMessageBox.StandardButton.Close)
    box.setObjectName("export_done")
    if notes:
        box.setInformativeText(translate("ExportDialog", "Left as they were or left out: {count} (see the "
                                                         "details).").format(count=len(notes)))
        box.setDetailedText("\n".join(notes))
    opener = box.addButton(translate("ExportDialog", "Open Folder"), QMessageBox.ButtonRole.ActionRole)
    folder = path if path.is_dir() else path.parent
    opener.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box


class Overwrite:
    @classmethod
    def ask(cls, parent: QWidget, path: Path) -> bool:
        answer = ask(parent, translate("ExportDialog", "Export"),
                                      translate("ExportDialog", "{path} exists. Replace it?").format(path=path),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes


def _without_front_matter(markdown: str) -> str:
    if markdown.startswith("---\n"):
        end = markdown.find("\n---\n", 4)
        if end != -1:
            return markdown[end + 5:]
    return markdown
