"""What an import did, file by file, copyable as text."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.services.importing import ImportReport
from app.ui.focus import tab_through_buttons_as_shown
from app.ui.messages import translated
from app.ui.retranslating import Retranslating

_ORDER = ("imported", "updated", "duplicate", "rejected", "skipped")
_COUNTED = {  # "5 imported"
    "imported": QT_TRANSLATE_NOOP("ImportReport", "{count} imported"),
    "updated": QT_TRANSLATE_NOOP("ImportReport", "{count} updated"),
    "duplicate": QT_TRANSLATE_NOOP("ImportReport", "{count} duplicate"),
    "rejected": QT_TRANSLATE_NOOP("ImportReport", "{count} rejected"),
    "skipped": QT_TRANSLATE_NOOP("ImportReport", "{count} skipped"),
}
_HEADINGS = {
    "imported": QT_TRANSLATE_NOOP("ImportReport", "Imported:"),
    "updated": QT_TRANSLATE_NOOP("ImportReport", "Updated:"),
    "duplicate": QT_TRANSLATE_NOOP("ImportReport", "Duplicate:"),
    "rejected": QT_TRANSLATE_NOOP("ImportReport", "Rejected:"),
    "skipped": QT_TRANSLATE_NOOP("ImportReport", "Skipped:"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportReport", text)


def report_text(report: ImportReport) -> str:
    """The report as plain text: a summary line, then one section per outcome."""
    counts = report.counts
    summary = ", ".join(_tr(_COUNTED[status]).format(count=counts[status]) for status in _ORDER if counts[status])
    lines = [(summary or _tr(QT_TRANSLATE_NOOP("ImportReport", "no files found")))
             + (_tr(QT_TRANSLATE_NOOP("ImportReport", " (cancelled)")) if report.cancelled else "")]
    if report.stopped:
        lines[0] += _tr(QT_TRANSLATE_NOOP("ImportReport", " — the import stopped early"))
        lines += ["", _tr(QT_TRANSLATE_NOOP("ImportReport", "The import stopped: {reason}.")).format(
            reason=translated(report.stopped))]
    for status in _ORDER:
        outcomes = [o for o in report.outcomes if o.status == status]
        if outcomes:
            lines += ["", _tr(_HEADINGS[status])]
            for outcome in outcomes:
                reason = translated(outcome.reason) if outcome.reason else ""
                detail = (f"{outcome.title} — {reason}" if status in ("imported", "updated") and reason
                          else outcome.title if status in ("imported", "updated") else reason)
                lines.append("  " + _tr(QT_TRANSLATE_NOOP("ImportReport", "{path}: {detail}")).format(
                    path=outcome.path, detail=detail))
    return "\n".join(lines)


class ImportReportDialog(Retranslating, QDialog):
    """The report, in the interface's language of the moment (it changes where it stands)."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.resize(720, 420)
        self.text = QPlainTextEdit(objectName="import_report_text", readOnly=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text.toPlainText()))
        buttons.rejected.connect(self.reject)
        self.summary = QLabel(objectName="import_report_summary", textFormat=Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.text, stretch=1)
        layout.addWidget(buttons)
        tab_through_buttons_as_shown(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import report"))
        self.copy.setText(self.tr("Copy"))
        text = report_text(self.report)
        self.text.setPlainText(text)
        self.summary.setText(text.splitlines()[0])
