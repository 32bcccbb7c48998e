from PySide6.QtCore import Qt

from app.services.annotating import AnnotationService
from app.services.library import open_library


def test_a_read_only_library_says_so_and_offers_no_change(qtbot, library, make_window):
    library.close()
    read_only = open_library(library.folder, read_only=True)
    window = make_window(read_only)
    assert window.read_only_banner.isVisible()
    assert "read-only" in window.read_only_banner.text() and "(read-only)" in window.windowTitle()
    assert not any(action.isEnabled() for action in window.editing_actions)
    assert not any(action.isEnabled() for action in window.tagging.tag_actions)
    assert not window.acceptDrops() and not window.tags_panel.manage.isEnabled()
    window.reader.text.setFocus()
    window.reader.text.selectAll()
    qtbot.keyClick(window.reader.text, Qt.Key.Key_1)
    assert AnnotationService(read_only).highlights() == []
    assert window.reader.article is not None  # still reads


def test_a_writable_library_shows_no_banner(library, make_window):
    window = make_window(library)
    assert not window.read_only_banner.isVisible()
    assert all(action.isEnabled() for action in window.tagging.tag_actions)
