"""Importing what other research tools write, from the window: reference files (BibTeX,
RIS, CSL-JSON), a Zotero library, a REFI-QDA project (.qdpx) or codebook (.qdc). Each
runs through the services the command line uses, on a worker thread in the status bar as
a file import does (with its progress, and Cancel between files or Zotero items; what was
brought stays), and ends with a report naming what could not be brought."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from app.core.changes import Changes
from app.core.errors import ToldError
from app.services.qda_exchange import ExchangeReport, import_codebook, import_project
from app.services.reference_import import ReferenceReport, import_reference_file
from app.services.zotero_import import ZoteroReport, import_zotero
from app.store.library import Library
from app.ui.dialogs.exchange_report import ExchangeReportDialog
from app.ui.dialogs.zotero_dialog import ZoteroDialog
from app.ui.import_controller import ImportController
from app.ui.messages import error_text

translate = QCoreApplication.translate
REFERENCE_PATTERNS = "*.bib *.ris *.json"


class ExchangeChooser:
    """The file dialogs (tests replace them)."""

    @classmethod
    def references(cls, parent: QWidget) -> list[Path]:
        chosen, _ = QFileDialog.getOpenFileNames(
            parent, translate("ExchangeChooser", "Import references"), "",
            translate("ExchangeChooser", "References: BibTeX, RIS, CSL-JSON ({patterns})").format(
                patterns=REFERENCE_PATTERNS))
        return [Path(p) for p in chosen]

    @classmethod
    def project(cls, parent: QWidget) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent, translate("ExchangeChooser", "Import a REFI-QDA project"), "",
            translate("ExchangeChooser", "REFI-QDA project or codebook (*.qdpx *.qdc)"))
        return Path(chosen) if chosen else None


@dataclass
class ReferenceFilesReport:
    """What each reference file did, or the sentence saying why it could not be read."""

    files: list[tuple[Path, ReferenceReport | str]] = field(default_factory=list)
    cancelled: bool = False

    @property
    def changes(self) -> Changes:
        changes = Changes()
        for _path, report in self.files:
            if isinstance(report, ReferenceReport):
                changes |= report.changes
        return changes


class ExchangeImports(QObject):
    changed = Signal(object)
    """The Changes an import made."""
    reported = Signal(object)
    """The report of an import that ended: a ReferenceFilesReport, ZoteroReport or ExchangeReport."""

    def __init__(self, library: Library, importer: ImportController, parent: QWidget) -> None:
        super().__init__(parent)
        self._library, self._importer, self._parent = library, importer, parent
        self.last_dialog: ExchangeReportDialog | None = None

    # Reference files

    def choose_references(self) -> None:
        self.import_references(ExchangeChooser.references(self._parent))

    def import_references(self, paths: list[Path]) -> bool:
        if not paths:
            return False
        library = self._library

        def work(progress, cancel) -> ReferenceFilesReport:
            report = ReferenceFilesReport()
            for done, path in enumerate(paths):
                if cancel.cancelled:
                    report.cancelled = True
                    break
                progress(done, len(paths), path.name)
                try:
                    report.files.append((path, import_reference_file(library, path)))
                except ToldError as error:
                    report.files.append((path, error_text(error)))
            return report

        return self._importer.run(work, finished=self._references_done,
                                  failed_title=lambda: self.tr("The import of references stopped"))

    def _references_done(self, report: ReferenceFilesReport) -> None:
        lines, matched, created = [], 0, 0
        for path, outcome in report.files:
            if isinstance(outcome, str):
                lines.append(self.tr("{path}: not read: {reason}").format(path=path, reason=outcome))
                continue
            matched, created = matched + len(outcome.matched), created + len(outcome.created)
            lines.append(self.tr("{path}: articles completed: {matched}; reference-only entries made: {created}")
                         .format(path=path, matched=len(outcome.matched), created=len(outcome.created)))
            lines += [f"  {problem}" for problem in outcome.problems]
        summary = self.tr("Articles completed: {matched}; reference-only entries made: {created}").format(
            matched=matched, created=created) + self._cancelled(report.cancelled)
        self._tell(report, self.tr("References imported"), summary, "\n".join(lines))

    # Zotero

    def choose_zotero(self) -> None:
        choice = ZoteroDialog.ask(self._parent)
        if choice is not None:
            self.import_zotero(choice.source, choice.collections)

    def import_zotero(self, source: Path, collections: list[str]) -> bool:
        library = self._library
        return self._importer.run(
            lambda progress, cancel: import_zotero(library, source, collections=collections, progress=progress,
                                                   cancel=cancel),
            finished=self._zotero_done, failed_title=lambda: self.tr("The import from Zotero stopped"))

    def _zotero_done(self, report: ZoteroReport) -> None:
        summary = self.tr("Brought from Zotero: articles: {articles}; highlights: {highlights}").format(
            articles=len(report.articles), highlights=report.highlights) + self._cancelled(report.cancelled)
        text = (self.tr("Could not be brought:") + "\n" + "\n".join(f"  {p}" for p in report.problems)
                if report.problems else self.tr("Everything was brought."))
        self._tell(report, self.tr("Imported from Zotero"), summary, text)

    # REFI-QDA

    def choose_project(self) -> None:
        path = ExchangeChooser.project(self._parent)
        if path is not None:
            self.import_project(path)

    def import_project(self, path: Path) -> bool:
        """Bring in a .qdpx project, or the codebook of a .qdc file."""
        library, read = self._library, import_codebook if path.suffix.lower() == ".qdc" else import_project

        def work(progress, cancel) -> ExchangeReport:
            outcome = read(library, path)
            outcome.value.changes = outcome.changes
            return outcome.value

        return self._importer.run(work, finished=self._project_done, cancellable=False,
                                  failed_title=lambda: self.tr("The import of the project stopped"))

    def _project_done(self, report: ExchangeReport) -> None:
        summary = self.tr("Brought: sources: {sources}; codes: {codes}; coded passages: {selections}; "
                          "notes: {notes}").format(sources=report.sources, codes=report.codes,
                                            selections=report.selections, notes=report.notes)
        text = (self.tr("Carnet cannot represent:") + "\n" + "\n".join(f"  {p}" for p in report.left_out)
                if report.left_out else self.tr("Everything was brought."))
        self._tell(report, self.tr("REFI-QDA project imported"), summary, text)

    def _cancelled(self, cancelled: bool) -> str:
        return self.tr(" (cancelled)") if cancelled else ""

    def _tell(self, report, title: str, summary: str, text: str) -> None:
        self.changed.emit(report.changes)
        self.last_dialog = ExchangeReportDialog(title, summary, text, self._parent)
        self.last_dialog.show()
        self.reported.emit(report)
