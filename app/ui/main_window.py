"""The main window: the search field and the article list (or the hits), the reader, and the
highlights of the article read."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QCursor, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.errors import retry_later
from app.services.annotating import HighlightNotFound
from app.services.carnet import Carnet
from app.services.changes import LibraryChanges
from app.services.library import sample_articles_folder
from app.services.topics import topic_stats
from app.store.library import Library
from app.store.team import is_team_library
from app.ui.away_edits import AwayEdits
from app.ui.commands.article_commands import DeleteArticleCommand, EditDetailsCommand
from app.ui.commands.events import AnnotationEvents
from app.ui.commands.highlight_commands import DeleteHighlightCommand
from app.ui.dialogs.article_details import ArticleDetailsDialog
from app.ui.dialogs.about import about_text
from app.ui.dialogs.bookmarklet_dialog import BookmarkletDialog
from app.ui.dialogs.confirm_deletion import ConfirmDeletion
from app.ui.dialogs.export_dialog import ExportDialog, tell_exported
from app.ui.dialogs.facts_dialog import FactsDialog
from app.ui.dialogs.preferences_dialog import PreferencesDialog
from app.ui.dialogs.shortcuts import ShortcutsDialog
from app.ui.dialogs.suggestions_dialog import SuggestionsDialog
from app.ui.dialogs.tag_editor import TagEditorDialog
from app.ui.dialogs.task_error import TaskErrorBox
from app.ui.dialogs.topics_dialog import TopicsDialog
from app.ui.focus import tab_in_order
from app.ui.icons import themed_icon
from app.ui.dialogs.feeds_dialog import FeedsDialog
from app.ui.capture_controller import CaptureController
from app.ui.feeds_controller import FeedsController
from app.ui.exchange_imports import ExchangeImports
from app.ui.import_controller import ImportController, install_address_paste
from app.ui.library_actions import LibraryActions
from app.ui.retranslating import Retranslating
from app.ui.main_menu import build_main_menu, retranslate_main_menu
from app.ui.models.article_table_model import ArticleTableModel
from app.ui.overwritten_notes import OverwrittenNotes
from app.ui.preferences import Preferences
from app.ui.rich_text import tell
from app.ui.story_controller import StoryController
from app.ui.tagging_controller import TaggingController
from app.ui.tasks import TaskRunner
from app.ui.theme import apply_theme
from app.ui.translation import install_translators
from app.ui.widgets.article_list import ArticleListView
from app.ui.widgets.empty_library import EmptyLibraryPanel
from app.ui.widgets.highlights_panel import HighlightsPanel
from app.ui.widgets.reader import ArticleReader
from app.ui.widgets.search_panel import SearchPanel
from app.ui.widgets.story_bar import StoryBar
from app.ui.widgets.tags_panel import TagsPanel


class MainWindow(Retranslating, QMainWindow):
    """Lists a library's articles, shows the selected one with its highlights, and
    runs every edit through its undo stack. Choosing another library emits
    `library_chosen`; the application opens it in a new window."""

    library_chosen = Signal(object)

    CHANGE_POLL_MS = 500
    TOOLBAR = {"import_files": "import", "export": "export", "undo": "undo", "redo": "redo", "find": "find",
               "backup": "backup"}
    """The main toolbar's actions, in order, with the icon each is drawn with."""

    def __init__(self, *, carnet: Carnet, runner: TaskRunner, settings: QSettings) -> None:
        super().__init__()
        self.carnet = carnet
        library = carnet.library
        self._export = carnet.export
        self._library = library
        self._articles = carnet.articles
        self._search = carnet.search
        self._notes = notes = carnet.annotations
        self._tags = tags = carnet.tags
        self._runner = runner
        self._settings = settings
        self.undo_stack = QUndoStack(self)
        self._keep_reader = False
        self.events = AnnotationEvents(self)
        self.setWindowTitle(self.tr("{library} — Carnet").format(library=library.name))
        self.setWindowFilePath(str(library.folder))
        self._build_panels()
        self._show_people()
        self.tagging = TaggingController(notes=notes, tags=tags, stack=self.undo_stack, events=self.events,
                                         reader=self.reader, panel=self.highlights_panel,
                                         tell=self.statusBar().showMessage,
                                         also_in=(self.search_panel.results,), parent=self)
        self.addToolBar(self.tagging.toolbar)
        self.stories = StoryController(stories=carnet.stories, stack=self.undo_stack, events=self.events,
                                       bar=self.story_bar, reader=self.reader, show_article=self._show_article,
                                       parent=self)
        self.story_bar.set_read_only(library.read_only)
        self.importer = ImportController(library, runner, self.statusBar(), parent=self)
        self.exchange = ExchangeImports(library, self.importer, self)
        self.feeds = FeedsController(carnet.feeds, runner, read_only=library.read_only, parent=self)
        # The Feeds panel reads the feeds again itself when an update ends.
        self.feeds.refreshed.connect(lambda report: self.apply_changes(
            Changes(added_articles=frozenset(report.imported_ids))))
        self.feeds_dialog: FeedsDialog | None = None
        self.capture = CaptureController(library, runner, self.statusBar(), parent=self)
        self.capture.captured.connect(lambda outcome: self.apply_changes(outcome.changes))
        self.setAcceptDrops(True)
        self._build_menus()
        self._connect_panels()
        self._refresh_tags()
        self.preferences = Preferences.load(settings)
        self.apply_preferences(self.preferences)
        if library.read_only:
            self._make_read_only(library)
        if is_team_library(library):  # its server keeps the backups (pg_dump)
            self.menu["backup"].setEnabled(False)
        self._restore_layout()
        self._show_count()
        if self.article_model.rowCount():
            self.article_list.selectRow(0)
        self._changes = LibraryChanges(library)
        self.change_timer = QTimer(self, interval=self.CHANGE_POLL_MS, timeout=self.pick_up_outside_changes)
        self.change_timer.start()

    def _build_panels(self) -> None:
        """Left: the search field over the article list (or the hits) and the tags panel;
        middle: the article (or, for an empty library, how to fill it); right: its highlights."""
        self.article_model = ArticleTableModel(self._articles, self, stories=self.carnet.stories)
        self.article_list = ArticleListView(self.article_model, self._settings, self)
        self.search_panel = SearchPanel(self._search, self._runner, self)
        self.left_stack = QStackedWidget(self)
        self.left_stack.addWidget(self.article_list)
        self.left_stack.addWidget(self.search_panel.results)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_panel)
        self.tags_panel = TagsPanel(self)
        self.left_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.left_splitter.addWidget(self.left_stack)
        self.left_splitter.addWidget(self.tags_panel)
        self.left_splitter.setStretchFactor(0, 3)
        self.left_splitter.setStretchFactor(1, 1)
        left_layout.addWidget(self.left_splitter, stretch=1)
        self.reader = ArticleReader(self)
        self.empty_panel = EmptyLibraryPanel(self)
        self.reader_stack = QStackedWidget(self)
        self.reader_stack.addWidget(self.reader)
        self.reader_stack.addWidget(self.empty_panel)
        self.highlights_panel = HighlightsPanel(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.story_bar = StoryBar(self)
        reader_column = QWidget(self)
        reader_layout = QVBoxLayout(reader_column)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        reader_layout.setSpacing(0)
        reader_layout.addWidget(self.story_bar)
        reader_layout.addWidget(self.reader_stack, stretch=1)
        self.splitter.addWidget(reader_column)
        self.splitter.addWidget(self.highlights_panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 2)
        self.read_only_banner = QLabel(objectName="read_only_banner", wordWrap=True)
        self.read_only_banner.setStyleSheet("background: #fff3c4; color: #4d3b00; padding: 6px;")
        self.read_only_banner.hide()
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.read_only_banner)
        central_layout.addWidget(self.splitter, stretch=1)
        self.setCentralWidget(central)
        # Tab goes through the panels as they are laid out: left to right, top to bottom.
        tab_in_order(self.search_panel.field, self.article_list, self.search_panel.results, self.tags_panel.list,
                     self.tags_panel.manage, self.reader.text, *self.empty_panel.buttons,
                     self.highlights_panel.author_filter, self.highlights_panel.list,
                     self.highlights_panel.note, self.highlights_panel.save_note)

    def _connect_panels(self) -> None:
        notes = self._notes
        self.importer.finished.connect(lambda report: self.apply_changes(report.changes))
        self.exchange.changed.connect(self.apply_changes)
        self.empty_panel.import_files.connect(self.importer.choose_files)
        self.empty_panel.import_folder.connect(self.importer.choose_folder)
        self.empty_panel.add_samples.connect(self.add_sample_articles)
        self.article_list.horizontalHeader().sortIndicatorChanged.connect(self._on_sorted)
        self.article_list.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.search_panel.searching_changed.connect(self._on_searching_changed)
        self.search_panel.hit_chosen.connect(self._show_hit)
        self.search_panel.status_changed.connect(self.statusBar().showMessage)
        self.highlights_panel.highlight_chosen.connect(lambda h: self.reader.scroll_to(h.start))
        self.match_label = QLabel(objectName="match_position", textFormat=Qt.TextFormat.PlainText)
        self.match_label.hide()
        self.statusBar().addPermanentWidget(self.match_label)
        self.reader.match_moved.connect(self._say_match)
        self.search_panel.next_match_requested.connect(lambda: self.step_match(1))
        self.highlights_panel.delete_requested.connect(
            lambda h: self.undo_stack.push(DeleteHighlightCommand(notes, self.events, h)))
        self.away_edits = AwayEdits(self, notes=notes, events=self.events, stack=self.undo_stack,
                                    status=self.statusBar)
        self.highlights_panel.note_edited.connect(self.away_edits.save_note)
        self.events.changed.connect(self.apply_changes)
        self.events.told.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.overwritten_notes = OverwrittenNotes(notes, self.undo_stack, self.events.told.emit)
        self.events.write_failed.connect(self._say_write_failed)
        self.tags_panel.tag_chosen.connect(self._filter_by_tag)
        self.tags_panel.manage_requested.connect(self.manage_tags)

    def _build_menus(self) -> None:
        self.libraries = LibraryActions(self, self._library, self._runner, self._settings)
        self.libraries.chosen.connect(self.library_chosen)
        self.menu = build_main_menu(self.menuBar(), self._menu_slots(), self.undo_stack, self.choose_theme)
        self.main_toolbar = QToolBar(self.tr("Main"), self, objectName="main_toolbar")
        self.main_toolbar.addActions([self.menu[name] for name in self.TOOLBAR])
        self.insertToolBar(self.tagging.toolbar, self.main_toolbar)
        self.menu.recent.aboutToShow.connect(lambda: self.libraries.fill_recent_menu(self.menu.recent))
        self.undo_action, self.redo_action = self.menu["undo"], self.menu["redo"]
        self.editing_actions = self.menu.editing
        self._delete_article_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.article_list,
                                                  self.delete_current_article)
        self._delete_article_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.address_paste = install_address_paste(self.importer, self.article_list, self.reader.text)

    def _menu_slots(self) -> dict[str, Callable]:
        """What each entry of the main menu (app/ui/main_menu.py) does, by its name."""
        return {
            "new_library": self.libraries.choose_new_library, "open_library": self.libraries.choose_library,
            "open_team_library": self.libraries.choose_team_library,
            "import_files": self.importer.choose_files, "import_folder": self.importer.choose_folder,
            "import_addresses": self.importer.choose_addresses,
            "import_references": self.exchange.choose_references, "import_zotero": self.exchange.choose_zotero,
            "import_project": self.exchange.choose_project, "feeds": self.show_feeds,
            "export": self.export, "backup": self.libraries.back_up, "quit": self.quit_application,
            "article_details": self.edit_article_details, "delete_article": self.delete_current_article,
            "suggest": lambda: self.suggest(),
            "suggest_all": lambda: self.suggest(whole_library=True), "manage_tags": self.manage_tags,
            "find": self.search_panel.focus_field,
            "next_match": lambda: self.step_match(1), "previous_match": lambda: self.step_match(-1),
            "preferences": self.edit_preferences,
            "topics": lambda: self.show_topics(), "facts": lambda: self.show_facts(),
            "show_tags": self.tags_panel.setVisible, "show_highlights": self.highlights_panel.setVisible,
            "show_toolbar": self.tagging.toolbar.setVisible,
            "zoom_in": self.reader.zoom_in, "zoom_out": self.reader.zoom_out, "zoom_reset": self.reader.reset_zoom,
            "shortcuts": self.show_shortcuts, "about": self.show_about, "bookmarklet": self.show_bookmarklet,
            "split_story": lambda: self.stories.split_shown(),
            "join_story": lambda: self.stories.join_menu().exec(QCursor.pos()),
        }

    def show_feeds(self) -> FeedsDialog:
        if self.feeds_dialog is None:
            self.feeds_dialog = FeedsDialog(self.feeds, self, read_only=self._library.read_only)
        self.feeds_dialog.show()
        self.feeds_dialog.raise_()
        return self.feeds_dialog

    def step_match(self, step: int) -> None:
        """The next (1) or previous (-1) search match in the article shown."""
        if not self.reader.step_match(step):
            self.statusBar().showMessage(self.tr("No search match in this article"))

    def _say_match(self, number: int, count: int) -> None:
        """Kept beside the status messages, so that the search's own ("3 hits for …") stays."""
        if not count:
            self.match_label.hide()
            return
        self.match_label.setText(self.tr("Match {number} of {count}").format(number=number, count=count))
        self.match_label.setToolTip(self.tr("F3: next match · Shift+F3: previous"))
        self.match_label.show()

    def quit_application(self) -> None:
        QApplication.closeAllWindows()

    # Preferences

    def edit_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self.preferences, self)
        dialog.applied.connect(self.set_preferences)
        dialog.show()
        return dialog

    def set_preferences(self, preferences: Preferences) -> None:
        language_changed = preferences.language != self.preferences.language
        preferences.save(self._settings)
        self.apply_preferences(preferences)
        if language_changed:  # every widget is told, and puts its words in the new language
            install_translators(QApplication.instance(), preferences.language)

    def choose_theme(self, theme: str) -> None:
        """Light, dark or the system's: applied at once and kept in the preferences."""
        if theme != self.preferences.theme:
            self.set_preferences(dataclasses.replace(self.preferences, theme=theme))

    def apply_preferences(self, preferences: Preferences) -> None:
        self.preferences = preferences
        self.menu[f"theme_{preferences.theme}"].setChecked(True)
        self.reader.set_text_style(preferences.reader_font, preferences.reader_size, preferences.line_spacing)
        apply_theme(QApplication.instance(), preferences.theme)
        self.refresh_icons()
        self.feeds.set_interval(preferences.feed_minutes)
        self.capture.set_listening(preferences.capture)

    def refresh_icons(self) -> None:
        """Draw the toolbar icons in the current palette's colours (after a theme change)."""
        palette = QApplication.instance().palette()
        for name, icon in self.TOOLBAR.items():
            self.menu[name].setIcon(themed_icon(icon, palette))

    # Help

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self.menuBar(), self)
        dialog.show()
        return dialog

    def show_bookmarklet(self) -> BookmarkletDialog:
        dialog = BookmarkletDialog(self.capture.endpoint, self)
        dialog.show()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Carnet"), about_text(self._library))

    def retranslate(self) -> None:
        """The window's words in the new interface language, where they stand: its size and
        place, the article read, the selection and the undo history stay."""
        if not hasattr(self, "menu"):
            return  # not built yet: it is being made in the new language
        retranslate_main_menu(self.menuBar(), self.menu)
        self.main_toolbar.setWindowTitle(self.tr("Main"))
        self.tagging.retranslate()
        self.importer.retranslate()
        if self._library.read_only:
            self._make_read_only(self._library)
        else:
            self.setWindowTitle(self.tr("{library} — Carnet").format(library=self._library.name))
        self.article_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.article_model.columnCount() - 1)
        self.article_list.viewport().update()
        self.match_label.setToolTip(self.tr("F3: next match · Shift+F3: previous"))
        if self.match_label.isVisible():
            self.reader.say_match()
        self._show_count()

    def _make_read_only(self, library: Library) -> None:
        """Say the library cannot be changed and offer nothing that would change it."""
        why = (self.tr("your role in this team library is a reader's") if is_team_library(library)
               else self.tr("its folder is on a disk that cannot be written") if library.on_read_only_disk
               else self.tr("it was opened read-only"))
        self.read_only_banner.setText(self.tr("This library is read-only: {why}. You can read, search and export "
                                              "it; nothing in it can be changed.").format(why=why))
        self.read_only_banner.show()
        self.setWindowTitle(self.tr("{library} (read-only) — Carnet").format(library=library.name))
        for action in self.editing_actions:
            action.setEnabled(False)
        self._delete_article_shortcut.setEnabled(False)
        self.setAcceptDrops(False)
        self.empty_panel.setEnabled(False)
        self.tagging.set_editable(False)
        self.highlights_panel.set_editable(False)
        self.tags_panel.manage.setEnabled(False)

    @property
    def _shown_article_id(self) -> int | None:
        return self.reader.article.id if self.reader.article is not None else None

    def _on_sorted(self, _column: int, _order: Qt.SortOrder) -> None:
        if self._shown_article_id is not None:
            self._reselect(self._shown_article_id, keep_reader=True)

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {index.row() for index in selected.indexes()}
        if not rows:
            self.reader.show_placeholder(self.tr("Select an article to read it."))
            return
        article_id = self.article_model.article_id(min(rows))
        if article_id is None:
            return
        if self._keep_reader and self._shown_article_id == article_id:
            return
        self._show_article(article_id)

    def _on_searching_changed(self, searching: bool) -> None:
        self.left_stack.setCurrentWidget(self.search_panel.results if searching else self.article_list)
        if not searching:
            self._show_count()
            self._on_selection_changed(self.article_list.selectionModel().selection(), QItemSelection())

    def _show_hit(self, article_id: int, query: str) -> None:
        self._show_article(article_id, self._search.match_spans(article_id, query))

    def _show_article(self, article_id: int, matches: list[tuple[int, int]] = ()) -> None:
        self.highlights_panel.commit_note()
        highlights, colours = self._notes.highlights(article_id=article_id), self.tagging.colours()
        self.reader.show_article(self._articles.article(article_id), matches, highlights, colours,
                                 self._articles.images(article_id))
        self._fill_highlights_panel(highlights, colours)
        self.stories.article_shown(article_id)

    def _fill_highlights_panel(self, highlights, colours) -> None:
        tag_id = self.article_model.tag_filter
        shown = [h for h in highlights if tag_id is None or tag_id in h.tag_ids]
        if not all(self.highlights_panel.knows_author(h.author) for h in shown):
            self._show_people()  # a member who joined since the list was read
        self.highlights_panel.set_highlights(shown, colours)

    def _show_people(self) -> None:
        people = self.carnet.people
        self.highlights_panel.set_people(people.members(), people.me())

    def apply_changes(self, changes: Changes) -> None:
        """Show what changed in the library, whoever changed it: a command of this window,
        another window or command, an import running beside it. Only what changed is
        read again; the selection, the scroll positions and a note being typed stay."""
        if not changes and changes.show is None:
            return
        shown = self._shown_article_id
        if changes.tags or changes.everything:
            self.tagging.rebuild()
            if self.article_model.tag_filter is not None and self.article_model.tag_filter not in self.tagging.colours():
                self.article_model.set_tag_filter(None)
                changes = changes | Changes(everything=True)
        if changes.article_list or changes.show is not None:
            self._reload_articles(changes.show if changes.show is not None else shown,
                                  in_place=changes.show is None)
        elif changes.highlights_of:
            self.article_model.refresh()  # the rows count their highlights
        still_shown = shown is not None and shown == self._shown_article_id
        if still_shown and (changes.everything or shown in changes.articles):
            self._reload_shown_article()
        elif still_shown and (changes.tags or shown in changes.highlights_of):
            highlights, colours = self._notes.highlights(article_id=shown), self.tagging.colours()
            self.reader.set_highlights(highlights, colours)
            self._fill_highlights_panel(highlights, colours)
        self._refresh_tags()
        # While this window updates the feeds, each feed the update records is a change
        # seen here: the panel is read again once, when the update ends.
        if (changes.feeds or changes.everything) and self.feeds_dialog is not None and not self.feeds.running:
            self.feeds_dialog.reload()

    def _reload_shown_article(self) -> None:
        """Read the article shown again (its text or details changed), where it was scrolled."""
        scroll = self.reader.text.verticalScrollBar().value()
        self._show_article(self._shown_article_id)
        self.reader.text.verticalScrollBar().setValue(scroll)

    def _refresh_tags(self) -> None:
        self.tags_panel.set_tags(self._tags.tags(), self._tags.counts(), self.article_model.tag_filter)

    def _filter_by_tag(self, tag_id: int | None) -> None:
        shown = self._shown_article_id
        self.article_model.set_tag_filter(tag_id)
        self._reselect(shown)
        self._show_count()

    def pick_up_outside_changes(self) -> None:
        """Show what another window or `carnet` command changed in the library."""
        changes = self._changes.poll()
        self.apply_changes(changes)
        self.overwritten_notes.check(changes)
        self.away_edits.server_state(self._changes.unreachable)

    def _say_write_failed(self, error) -> None:
        if retry_later(error):  # said in the status bar; a note typed is kept (`AwayEdits`)
            self.away_edits.server_state(error)
            return
        TaskErrorBox.show_error(self, self.tr("The change could not be saved"), error)

    def _reload_articles(self, shown: int | None, *, in_place: bool = False) -> None:
        """Read the list again and select `shown` in it; `in_place` (for changes made
        elsewhere) keeps the list where it was scrolled and the reader as it is."""
        scroll = self.article_list.verticalScrollBar().value()
        self.article_model.reload()
        if in_place:
            self.article_list.verticalScrollBar().setValue(scroll)
        self._reselect(shown, keep_reader=in_place, scroll=not in_place)
        self._show_count()

    def _reselect(self, article_id: int | None, *, keep_reader: bool = False, scroll: bool = True) -> None:
        """Select an article's row again after the list changed (else the first row);
        `keep_reader` leaves the reader as it is when that article is the one it shows."""
        row = self.article_model.locate(article_id) if article_id is not None else None
        if row is None and self.article_model.rowCount():
            row = 0
        if row is None:
            self.reader.show_placeholder(self.tr("No article here."))
            self.highlights_panel.set_highlights([], {})
        else:
            self._keep_reader = keep_reader
            try:
                self.article_list.selectRow(row)  # the model was reset, so this shows the article
            finally:
                self._keep_reader = False
            if scroll:
                self.article_list.scrollTo(self.article_model.index(row, 0))

    def export(self) -> ExportDialog:
        article = self.reader.article
        searching = self.left_stack.currentWidget() is self.search_panel.results
        dialog = ExportDialog(self._export, self._runner, library=self._library, tags=self._tags.tags(),
                              people=self.carnet.people.members(),
                              article_id=article.id if article else None,
                              article_title=article.title if article else None,
                              query=self.search_panel.results_model.query if searching else None,
                              grouping=self.preferences.export_grouping, folder=self.preferences.export_folder,
                              parent=self)
        dialog.exported.connect(lambda path: tell_exported(self, path, dialog.last_notes))
        dialog.show()
        return dialog

    def suggest(self, *, whole_library: bool = False) -> SuggestionsDialog:
        """Review suggested highlights for the article read (or the whole library)."""
        article = self.reader.article
        dialog = SuggestionsDialog(self.carnet.suggestions, self._notes, self._tags, self.undo_stack,
                                   self.events, article_id=None if whole_library or article is None else article.id,
                                   runner=self._runner, parent=self)
        dialog.show()
        return dialog

    def show_topics(self) -> TopicsDialog:
        library = self._library
        dialog = TopicsDialog(self._runner, lambda progress, cancel: topic_stats(library, progress=progress,
                                                                                  cancel=cancel), self)
        dialog.charts.cell_clicked.connect(self._show_tag_in_article)
        dialog.show()
        return dialog

    def show_facts(self) -> FactsDialog:
        facts = self.carnet.facts
        dialog = FactsDialog(self._runner, lambda progress, cancel: facts.facts_apart(progress=progress,
                                                                                      cancel=cancel), self)
        dialog.fact_chosen.connect(self._show_fact)
        dialog.show()
        return dialog

    def show_in_list(self, article_id: int, *, tag_id: int | None = None,
                     span: tuple[int, int] | None = None) -> None:
        """Open an article from elsewhere (Facts, Topics) the one way the list and the
        reader agree on: the search is left, the list shows the articles with `tag_id`
        (all for None), the article's row is chosen and read (at `span`), and the window
        comes to the front."""
        if self.left_stack.currentWidget() is self.search_panel.results:
            self.search_panel.leave()
        self.tags_panel.choose(tag_id)
        row = self.article_model.locate(article_id)
        if row is None:
            return
        self.article_list.selectRow(row)
        if self._shown_article_id != article_id:
            self._show_article(article_id)
        if span is not None:
            self.reader.scroll_to(*span)
        self.raise_()
        self.activateWindow()

    def show_highlight(self, highlight_id: int) -> bool:
        """Show the article of a highlight, at that highlight (a `carnet://highlight/ID`
        link); say so in the status bar when the library has no such highlight."""
        try:
            highlight = self.carnet.annotations.highlight(highlight_id)
        except HighlightNotFound:
            self.statusBar().showMessage(self.tr("This library has no highlight {id}.").format(id=highlight_id))
            return False
        self.show_in_list(highlight.article_id, span=(highlight.start, highlight.end))
        return True

    def _show_fact(self, item) -> None:
        self.show_in_list(item.article_id, span=(item.fact.start, item.fact.end))

    def _show_tag_in_article(self, tag_id: int, article_id: int) -> None:
        self.show_in_list(article_id, tag_id=tag_id)

    def manage_tags(self) -> TagEditorDialog:
        dialog = TagEditorDialog(self._tags, self.undo_stack, self.events, runner=self._runner,
                                 count=self.carnet.suggestions.proposal_count_apart, parent=self)
        dialog.show()
        return dialog

    def edit_article_details(self) -> ArticleDetailsDialog | None:
        article = self.reader.article
        if article is None:
            return None

        def apply(details: dict[str, object]):
            command = EditDetailsCommand(self._articles, self.events, article.id, details)
            self.undo_stack.push(command)
            return command.failure

        dialog = ArticleDetailsDialog(article, apply, self)
        dialog.open()
        return dialog

    def delete_current_article(self) -> None:
        article = self.reader.article
        if article is None or self.left_stack.currentWidget() is not self.article_list:
            return
        count = len(self.reader.highlights)
        if ConfirmDeletion.ask(self, article.title, count):
            self.undo_stack.push(DeleteArticleCommand(self._articles, self.events, article.id, article.title))

    def _show_count(self) -> None:
        total = self.article_model.total()
        empty = total == 0 and self.article_model.tag_filter is None
        self.reader_stack.setCurrentWidget(self.empty_panel if empty else self.reader)
        if total == 0:
            self.reader.show_placeholder(self.tr("No article here."))
        articles = self.article_model.articles_total()
        if articles > total:  # copies of one story are one row
            self.statusBar().showMessage(self.tr("{count} stories, {articles} articles").format(
                count=total, articles=articles))
            return
        self.statusBar().showMessage(self.tr("1 article") if total == 1
                                     else self.tr("{count} articles").format(count=total))

    def add_sample_articles(self) -> None:
        """Import the five sample articles shipped with Carnet."""
        samples = sample_articles_folder()
        if samples is None:
            tell(self, QMessageBox.Icon.Warning, "Carnet",
                                self.tr("The sample articles are not installed with this copy of Carnet."))
            return
        self.importer.start([samples])

    def _restore_layout(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 700)
        for splitter, key, shares in ((self.splitter, "main_window/splitter", (32, 46, 22)),
                                      (self.left_splitter, "main_window/left_splitter", (75, 25))):
            state = self._settings.value(key)
            if state is None or not splitter.restoreState(state):
                splitter.setSizes([self.width() * share // 100 for share in shares])
            # Kept as soon as it is moved, so a window that does not close cleanly keeps it too.
            splitter.splitterMoved.connect(lambda _position, _index, kept=splitter, at=key:
                                           self._settings.setValue(at, kept.saveState()))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.importer.can_import(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.importer.import_from(event.mimeData()):
            event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.highlights_panel.commit_note()
        self.capture.set_listening(False)
        self._runner.cancel_all_and_wait()
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        self._settings.setValue("main_window/splitter", self.splitter.saveState())
        self._settings.setValue("main_window/left_splitter", self.left_splitter.saveState())
        self._settings.sync()
        super().closeEvent(event)
        self.change_timer.stop()
        self._library.close()  # this thread's connection, and with it its hold on the library
