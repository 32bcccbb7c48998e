from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.ui.preferences import Preferences
from app.ui.theme import is_dark


def test_preferences_apply_at_once_and_stay(qtbot, library, make_window, tmp_path):
    settings_path = str(tmp_path / "prefs.ini")
    window = make_window(library, QSettings(settings_path, QSettings.Format.IniFormat))
    dialog = window.edit_preferences()
    dialog.size.setValue(17)
    dialog.spacing.setValue(160)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.grouping.setCurrentIndex(dialog.grouping.findData("article"))
    dialog.folder.setText(str(tmp_path))
    dialog.accept()
    assert window.reader.text.font().pointSize() == 17 and window.reader.line_spacing == 160
    assert is_dark(QApplication.instance())
    export = window.export()
    assert export.grouping.currentData() == "article"
    assert export.destination.text() == str(tmp_path / "digest.md")
    export.close()
    window.close()
    again = make_window(library, QSettings(settings_path, QSettings.Format.IniFormat))
    assert again.preferences.line_spacing == 160 and again.reader.text.font().pointSize() == 17
    again.set_preferences(Preferences(theme="light"))
    assert not is_dark(QApplication.instance())
    again.set_preferences(Preferences())  # back to the system's look for the other tests


def test_unusable_stored_values_fall_back_to_the_defaults(tmp_path):
    settings = QSettings(str(tmp_path / "bad.ini"), QSettings.Format.IniFormat)
    for key, value in (("theme", "purple"), ("line_spacing", "lots"), ("export_folder", str(tmp_path / "gone")),
                       ("reader_size", 9)):
        settings.setValue(f"preferences/{key}", value)
    loaded = Preferences.load(settings)
    assert loaded == Preferences(reader_size=9)


def test_toolbar_icons_follow_the_theme(qtbot, library, make_window):
    window = make_window(library)

    def stroke_lightness():
        image = window.menu["find"].icon().pixmap(24, 24).toImage()
        pixels = [image.pixelColor(x, y) for x in range(24) for y in range(24)]
        drawn = [pixel for pixel in pixels if pixel.alpha() > 200]
        assert drawn, "the icon draws nothing"
        return sum(pixel.lightness() for pixel in drawn) / len(drawn)

    window.set_preferences(Preferences(theme="light"))
    on_light = stroke_lightness()
    window.set_preferences(Preferences(theme="dark"))
    on_dark = stroke_lightness()
    window.set_preferences(Preferences())
    assert on_light < 100 < 150 < on_dark
    assert window.main_toolbar.actions()[0] is window.menu["import_files"]
