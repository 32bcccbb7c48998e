"""Search hits as a list model: one row per article, best first, pages fetched on demand."""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from shiboken6 import isValid

from app.core.search import SearchHit, SearchPage
from app.services.searching import SearchService
from app.ui.tasks import Task, TaskRunner

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    """The hits of the current query. The first page comes from a background search
    (`show_page`); scrolling to the end fetches the next ones, in the background too:
    a page that arrives after the query changed is dropped."""

    PAGE_SIZE = 20
    more_failed = Signal(object)
    """Searching for the next page failed with this exception."""

    def __init__(self, search: SearchService, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self._search = search
        self._runner = runner
        self._hits: list[SearchHit] = []
        self._query = ""
        self._has_more = False
        self._fetching: Task | None = None
        self._generation = 0

    @property
    def query(self) -> str:
        return self._query

    @property
    def fetching(self) -> bool:
        """True while a next page is being searched for."""
        return self._fetching is not None

    def _forget_fetch(self) -> None:
        self._generation += 1
        if self._fetching is not None:
            self._runner.withdraw(self._fetching)
            self._fetching = None

    def show_page(self, page: SearchPage) -> None:
        self._forget_fetch()
        self.beginResetModel()
        self._query, self._hits, self._has_more = page.query, list(page.hits), page.has_more
        self.endResetModel()

    def clear(self) -> None:
        self._forget_fetch()
        self.beginResetModel()
        self._query, self._hits, self._has_more = "", [], False
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._has_more and self._fetching is None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if parent.isValid() or not self._has_more or self._fetching is not None:
            return
        search, query, offset, generation = self._search, self._query, len(self._hits), self._generation
        self._fetching = task = self._runner.start(
            lambda progress, cancel: search.search(query, limit=self.PAGE_SIZE, offset=offset),
            finished=lambda page: self._add_page(generation, page),
            failed=lambda error: self._fetch_failed(generation, error))
        if task not in self._runner.running:  # it ran inline and has ended
            self._fetching = None

    def _fetch_failed(self, generation: int, error: Exception) -> None:
        if isValid(self) and generation == self._generation:
            self._fetching = None
            self._has_more = False  # no endless retries; a new search starts afresh
            self.more_failed.emit(error)

    def _add_page(self, generation: int, page: SearchPage) -> None:
        if not isValid(self) or generation != self._generation:
            return  # the model is gone, or the query changed while this page was searched for
        self._fetching = None
        self._has_more = page.has_more
        if page.hits:
            self.beginInsertRows(QModelIndex(), len(self._hits), len(self._hits) + len(page.hits) - 1)
            self._hits.extend(page.hits)
            self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.article.title
        if role == ARTICLE_ID_ROLE:
            return hit.article.id
        if role == HTML_ROLE:
            return hit_html(hit)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return " ".join([hit.article.title, *(s.text for s in hit.snippets)])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def hit_html(hit: SearchHit) -> str:
    """A hit as rich text: title, source and date, the other outlets of its story,
    snippets with matched words in bold, and the matching highlights with their tags."""
    article = hit.article
    meta = " · ".join(part for part in (article.source, article.published_date) if part)
    parts = [f"<b>{html.escape(article.title)}</b>"]
    if meta:
        parts.append(f"<br><small>{html.escape(meta)}</small>")
    if hit.also_in:
        outlets = ", ".join(source or QCoreApplication.translate("SearchResultsModel", "article {id}").format(
            id=article_id) for article_id, source in hit.also_in)
        also = QCoreApplication.translate("SearchResultsModel", "Also in: {outlets}").format(outlets=outlets)
        parts.append(f"<br><small><i>{html.escape(also)}</i></small>")
    for snippet in hit.snippets:
        parts.append(f"<br>{snippet.marked('<b>', '</b>', escape=html.escape)}")
    for highlight in hit.highlights:
        tags = html.escape(", ".join(highlight.tags) or "untagged")
        note = f" — {html.escape(highlight.note)}" if highlight.note else ""
        parts.append(f"<br>▸ <i>[{tags}]</i> « {html.escape(highlight.quote)} »{note}")
    return "".join(parts)
