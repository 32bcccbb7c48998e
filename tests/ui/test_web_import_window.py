"""Importing web addresses from the window: the menu's dialog, a dropped link, a paste."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.services.articles import ArticleService
from app.ui.dialogs.import_report import report_text
from app.ui.dialogs.web_address_dialog import WebAddressDialog, addresses_in
from tests.web_server import Route, article_page


def imported_titles(library) -> list[str]:
    return [row[0] for row in library.database().execute("SELECT title FROM articles WHERE id > 5 ORDER BY id")]


def test_the_menu_imports_several_addresses_in_the_background(qtbot, library, make_window, web_server, monkeypatch):
    window = make_window(library)
    shown = []
    window.importer._show_report = shown.append
    good = web_server.page("/good", article_page("Une page du web"))
    slow = article_page("Lente", sentence="Le Parlement européen vote le budget de la recherche spatiale et "
                                          "des satellites pour les sept années à venir.")
    web_server.routes["/slow"] = Route(200, slow.encode(), {"Content-Type": "text/html"}, delay=1)
    monkeypatch.setattr(WebAddressDialog, "ask", classmethod(
        lambda cls, parent: [web_server.url("/slow"), good, web_server.url("/missing")]))
    with qtbot.waitSignal(window.importer.finished, timeout=30_000):
        window.menu["import_addresses"].trigger()
        assert window.importer.cancel_button.isVisible()  # it runs in the background
    assert imported_titles(library) == ["Lente", "Une page du web"]
    assert window.article_model.total() == 7
    text = report_text(shown[0])
    assert text.splitlines()[0] == "2 imported, 1 rejected"
    assert f"{web_server.url('/missing')}: there is no page at this address (the server answered 404)" in text


def test_cancelling_stops_a_slow_download(qtbot, library, make_window, web_server):
    window = make_window(library)
    window.importer._show_report = lambda report: None
    web_server.routes["/slow"] = Route(200, article_page("Jamais").encode(), {"Content-Type": "text/html"}, delay=30)
    window.importer.start_addresses([web_server.url("/slow")])
    qtbot.waitUntil(lambda: any(r.path == "/slow" for r in web_server.requests), timeout=10_000)
    with qtbot.waitSignal(window.importer.finished, timeout=10_000) as finished:
        window.importer.cancel_button.click()
    assert finished.args[0].cancelled and ArticleService(library).count() == 5


def test_a_link_dropped_on_the_window_is_imported(qtbot, library, make_window, web_server):
    window = make_window(library)
    window.importer._show_report = lambda report: None
    address = web_server.page("/dropped", article_page("Un lien déposé"))
    mime = QMimeData()
    mime.setUrls([QUrl(address)])
    point, action = QPoint(50, 50), Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, action, mime, buttons, modifiers)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDragMoveEvent(point, action, mime, buttons, modifiers))
    with qtbot.waitSignal(window.importer.finished, timeout=20_000):
        QApplication.sendEvent(window, QDropEvent(QPointF(point), action, mime, buttons, modifiers))
    assert imported_titles(library) == ["Un lien déposé"]


def test_an_address_pasted_on_the_article_list_is_imported(qtbot, library, make_window, web_server):
    window = make_window(library)
    window.importer._show_report = lambda report: None
    address = web_server.page("/pasted", article_page("Une adresse collée"))
    QGuiApplication.clipboard().setText(f"  {address}\n")
    window.article_list.setFocus()
    qtbot.waitUntil(window.article_list.hasFocus)
    with qtbot.waitSignal(window.importer.finished, timeout=20_000):
        qtbot.keyClick(window.article_list, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert imported_titles(library) == ["Une adresse collée"]
    # In the search field, Ctrl+V pastes text, as it always did.
    window.search_panel.field.setFocus()
    qtbot.keyClick(window.search_panel.field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.search_panel.field.text().strip() == address and not window.importer.running


def test_the_dialog_takes_addresses_from_the_clipboard_and_leaves_out_the_rest(qtbot):
    QGuiApplication.clipboard().setText("https://a.example/un https://b.example/deux")
    dialog = WebAddressDialog()
    qtbot.addWidget(dialog)
    assert dialog.addresses() == ["https://a.example/un", "https://b.example/deux"]
    dialog.text.setPlainText("https://a.example/un\nnotes.txt\njavascript:alert(1)\nhttps://a.example/un")
    assert dialog.addresses() == ["https://a.example/un"]
    assert dialog.problem.text() == "Not a web address, left out: notes.txt javascript:alert(1)"
    dialog.text.setPlainText("pas une adresse")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert addresses_in("voir http://x.example/a, et (https://y.example/b).") == ["http://x.example/a",
                                                                                 "https://y.example/b"]
