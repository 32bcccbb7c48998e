"""The Feeds panel: following, refreshing in the background, the schedule, last errors."""

from __future__ import annotations

import dataclasses

from app.services.feeds import FeedService
from app.services.library import open_library
from app.ui.dialogs.feeds_dialog import FeedsDialog
from app.ui.models.feed_table_model import FeedTableModel
from tests.feeds_served import rss2
from tests.web_server import Route, article_page


def cell(dialog, row: int, column: int) -> str:
    return dialog.model.index(row, column).data()


def test_feeds_are_added_and_refreshed_in_the_background(qtbot, library, make_window, web_server, monkeypatch):
    window = make_window(library)
    base = web_server.url("")
    web_server.routes["/a"] = Route(200, article_page("Un article du fil").encode(), {"Content-Type": "text/html"},
                                    delay=0.5)
    feed = web_server.page("/feed", rss2(base, [("a", "/a", "")]), content_type="application/rss+xml")
    web_server.page("/broken", "<rss><channel><title>x</title><item><title>", content_type="application/rss+xml")
    dialog = window.show_feeds()
    assert dialog.isVisible() and dialog.model.rowCount() == 0
    for address in (feed, web_server.url("/broken")):
        monkeypatch.setattr(FeedsDialog, "ask_address", classmethod(lambda cls, parent, a=address: a))
        dialog.add_button.click()
    assert dialog.model.rowCount() == 2 and cell(dialog, 0, 0) == feed
    with qtbot.waitSignal(window.feeds.refreshed, timeout=30_000):
        dialog.refresh_button.click()
        assert window.feeds.running and dialog.cancel_button.isVisible()  # the window goes on meanwhile
    assert window.article_model.total() == 6
    assert cell(dialog, 0, 0) == "Le Fil IA" and cell(dialog, 0, 1) == "1" and cell(dialog, 0, 4) == ""
    assert cell(dialog, 1, 4).startswith("this feed cannot be read: ")
    assert not dialog.cancel_button.isVisible()


def test_stopping_a_refresh_does_not_wait_for_a_server_that_hangs(qtbot, library, make_window, web_server):
    window = make_window(library)
    web_server.routes["/hangs"] = Route(200, b"<rss/>", {"Content-Type": "application/rss+xml"}, delay=30)
    FeedService(library).add(web_server.url("/hangs"))
    dialog = window.show_feeds()
    dialog.refresh_button.click()
    qtbot.waitUntil(lambda: any(r.path == "/hangs" for r in web_server.requests), timeout=10_000)
    with qtbot.waitSignal(window.feeds.refreshed, timeout=5_000) as ended:
        dialog.cancel_button.click()
    assert ended.args[0].cancelled and not window.feeds.running


def test_the_list_follows_feeds_another_program_adds(qtbot, library, make_window, tmp_path):
    window = make_window(library)
    dialog = window.show_feeds()
    other = open_library(library.folder)
    try:
        FeedService(other).add("https://news.example/rss", name="Ailleurs", tag="veille")
    finally:
        other.close()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5_000)
    assert cell(dialog, 0, 0) == "Ailleurs [veille]"


def test_the_schedule_comes_from_the_preferences(qtbot, library, make_window, web_server):
    window = make_window(library)
    assert not window.feeds.timer.isActive()
    window.set_preferences(dataclasses.replace(window.preferences, feed_minutes=30))
    assert window.feeds.timer.isActive() and window.feeds.timer.interval() == 30 * 60_000
    web_server.page("/a", article_page("Programmé"))
    FeedService(library).add(web_server.page("/feed", rss2(web_server.url(""), [("a", "/a", "")]),
                                             content_type="application/rss+xml"))
    with qtbot.waitSignal(window.feeds.refreshed, timeout=30_000):
        window.feeds.timer.timeout.emit()  # the half hour is up
    assert window.article_model.total() == 6
    window.set_preferences(dataclasses.replace(window.preferences, feed_minutes=0))
    assert not window.feeds.timer.isActive()


def test_the_feed_model(qtmodeltester, library):
    from app.core.feeds import Feed
    from app.core.messages import Message

    model = FeedTableModel()
    model.set_feeds([Feed(1, "https://a.example/rss", name="<b>A</b>", checked_at="2024-01-02T03:04:05Z",
                          last_error=Message("the server refused the connection")),
                     Feed(2, "https://b.example/rss")])
    qtmodeltester.check(model)
    assert model.index(0, 3).data() == "2024-01-02 03:04" and model.index(1, 1).data() == ""
    assert model.index(0, 4).data() == "the server refused the connection"
    assert model.index(0, 0).data() == "<b>A</b>"  # plain text, as written


def test_the_panel_and_the_feeds_errors_speak_the_new_language_where_they_stand(qtbot, library, make_window,
                                                                               monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.core.feeds import Feed
    from app.core.messages import Message
    from app.ui.translation import install_translators

    window = make_window(library)
    dialog = window.show_feeds()
    monkeypatch.setattr(FeedsDialog, "ask_address", classmethod(lambda cls, parent: "ftp://nowhere"))
    dialog.add_button.click()
    assert dialog.status.text() == "ftp://nowhere: this is not a web address (http:// or https://)"
    dialog.model.set_feeds([Feed(1, "https://a.example/rss", last_error=Message("the server refused the connection"))])
    try:
        with qtbot.waitSignals([dialog.model.dataChanged, dialog.model.headerDataChanged]):
            install_translators(QApplication.instance(), "fr")
        assert dialog.windowTitle() == "Fils d’actualité" and dialog.add_button.text() == "&Ajouter…"
        assert dialog.model.headerData(4, Qt.Orientation.Horizontal) == "Dernière erreur"
        assert cell(dialog, 0, 4) == "le serveur a refusé la connexion"
        assert dialog.status.text() == "ftp://nowhere : ce n’est pas une adresse web (http:// ou https://)"
    finally:
        install_translators(QApplication.instance(), "en")
    qtbot.waitUntil(lambda: dialog.add_button.text() == "&Add…")
    assert dialog.status.text() == "ftp://nowhere: this is not a web address (http:// or https://)"
