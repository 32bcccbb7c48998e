"""Edit ▸ Preferences: the reader's font, size and line spacing, the theme, the
export's default grouping and folder, how often feeds are updated, and whether the
window receives pages from the browser ("Save to Carnet")."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFontComboBox, QFormLayout,
                               QLineEdit, QSpinBox, QVBoxLayout, QWidget)

from app.ui.focus import tab_through_buttons_as_shown
from app.ui.preferences import MAX_FEED_MINUTES, Preferences
from app.ui.translation import LANGUAGES
from app.ui.widgets.form_fields import grouping_box, with_choose_button


class PreferencesDialog(QDialog):
    applied = Signal(object)  # the new Preferences

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="preferences_dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.font = QFontComboBox(objectName="reader_font")
        self.font.setAccessibleName(self.tr("Reader font"))
        self.font.setCurrentFont(QFont(preferences.reader_font) if preferences.reader_font else self.font.font())
        self.size = QSpinBox(objectName="reader_size", minimum=0, maximum=72, suffix=" pt")
        self.size.setSpecialValueText(self.tr("System size"))
        self.size.setValue(preferences.reader_size)
        self.spacing = QSpinBox(objectName="line_spacing", minimum=100, maximum=250, singleStep=5, suffix=" %")
        self.spacing.setValue(preferences.line_spacing)
        self.theme = QComboBox(objectName="theme")
        themes = (("system", self.tr("As the system")), ("light", self.tr("Light")), ("dark", self.tr("Dark")))
        for key, label in themes:
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(self.theme.findData(preferences.theme))
        self.language = QComboBox(objectName="language")
        self.language.addItem(self.tr("As the system"), "system")
        for key, name in LANGUAGES.items():
            self.language.addItem(name, key)
        self.language.setCurrentIndex(self.language.findData(preferences.language))
        self.grouping = grouping_box(preferences.export_grouping, object_name="export_grouping_default")
        self.folder = QLineEdit(preferences.export_folder, objectName="export_folder")
        self.folder.setPlaceholderText(self.tr("Documents"))
        folder_row = with_choose_button(self.folder, self._choose_folder)
        self.feed_minutes = QSpinBox(objectName="feed_minutes", minimum=0, maximum=MAX_FEED_MINUTES,
                                     suffix=self.tr(" min"))
        self.feed_minutes.setSpecialValueText(self.tr("Only when asked"))
        self.feed_minutes.setValue(preferences.feed_minutes)
        self.capture = QCheckBox(self.tr("Receive pages from the browser (bookmarklet, extension)"),
                                 objectName="capture", checked=preferences.capture)
        form = QFormLayout()
        form.addRow(self.tr("Reader &font"), self.font)
        form.addRow(self.tr("Reader &size"), self.size)
        form.addRow(self.tr("&Line spacing"), self.spacing)
        form.addRow(self.tr("&Theme"), self.theme)
        form.addRow(self.tr("Interface &language"), self.language)
        form.addRow(self.tr("Export &grouping"), self.grouping)
        form.addRow(self.tr("Export f&older"), folder_row)
        form.addRow(self.tr("Update feeds &every"), self.feed_minutes)
        form.addRow(self.tr("Save to &Carnet"), self.capture)
        form.labelForField(folder_row).setBuddy(self.folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        tab_through_buttons_as_shown(buttons)

    def preferences(self) -> Preferences:
        return Preferences(reader_font=self.font.currentFont().family(), reader_size=self.size.value(),
                           line_spacing=self.spacing.value(), theme=self.theme.currentData(),
                           export_grouping=self.grouping.currentData(), export_folder=self.folder.text().strip(),
                           language=self.language.currentData(), feed_minutes=self.feed_minutes.value(),
                           capture=self.capture.isChecked())

    def accept(self) -> None:
        self.applied.emit(self.preferences())
        super().accept()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)
