"""The article list as a table model over the library, read a page at a time."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.core.errors import ToldError, retry_later
from app.core.article import ArticleOrder, ArticleSummary, SortColumn
from app.services.articles import ArticleService
from app.services.stories import StoryService
from app.ui.rich_text import plain_tooltip

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STORY_ROLE = Qt.ItemDataRole.UserRole + 2
"""The (id, source) of each article of the row's story, the lead first; empty for an article without copies."""
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 3
SOURCE_COLUMN, DATE_COLUMN = 1, 2

_Index = QModelIndex | QPersistentModelIndex


class ArticleTableModel(QAbstractTableModel):
    """Title, source, date and import day of each article, in the order chosen by `sort`;
    copies of one story (given `stories`) are one row, its lead's, whose source says
    "Le Monde +2" and whose tooltip names the other outlets.

    The model has a row for every article, but holds only the pages of rows the view has
    shown lately (`CACHED_PAGES` of `PAGE_SIZE`): a row is read from the library, with its
    page, when the view first asks for it. The library sorts and filters, so a sort, a
    filter or a jump to the last row costs one indexed query whatever the library's size.
    """

    COLUMNS = (QT_TRANSLATE_NOOP("ArticleTableModel", "Title"), QT_TRANSLATE_NOOP("ArticleTableModel", "Source"),
               QT_TRANSLATE_NOOP("ArticleTableModel", "Date"), QT_TRANSLATE_NOOP("ArticleTableModel", "Added"))
    SORT_COLUMNS = (SortColumn.TITLE, SortColumn.SOURCE, SortColumn.PUBLISHED, SortColumn.IMPORTED)
    PAGE_SIZE = 200
    CACHED_PAGES = 50

    def __init__(self, articles: ArticleService, parent=None, *, stories: StoryService | None = None) -> None:
        super().__init__(parent)
        self._articles = articles
        self._stories = stories
        self._outlets: dict[int, list[tuple[int, str | None]]] = {}
        self._pages: OrderedDict[int, list[ArticleSummary]] = OrderedDict()
        self._total = self._articles_total = 0
        self._tag_id: int | None = None
        self._order = ArticleOrder()
        self.reload()

    def set_tag_filter(self, tag_id: int | None) -> None:
        """Show only the articles with a highlight carrying this tag (None: all)."""
        self._tag_id = tag_id
        self.reload()

    @property
    def tag_filter(self) -> int | None:
        return self._tag_id

    @property
    def order(self) -> ArticleOrder:
        return self._order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the list by a column (-1: import order)."""
        sort_column = self.SORT_COLUMNS[column] if 0 <= column < len(self.SORT_COLUMNS) else SortColumn.IMPORTED
        new_order = ArticleOrder(sort_column, order == Qt.SortOrder.DescendingOrder)
        if new_order != self._order:
            self._order = new_order
            self.reload()

    def reload(self) -> None:
        """Count the articles again and forget every page read (after a change, a sort
        or a filter)."""
        self.beginResetModel()
        self._pages.clear()
        self._outlets.clear()
        self._total = self._articles.count(tag_id=self._tag_id, stories=self._collapsed)
        self._articles_total = self._articles.count(tag_id=self._tag_id) if self._collapsed else self._total
        self.endResetModel()

    @property
    def _collapsed(self) -> bool:
        return self._stories is not None

    def story(self, row: int) -> list[tuple[int, str | None]]:
        """(id, source) of each article of the row's story, the lead first (empty: no copies)."""
        summary = self._summary(row)
        return list(self._outlets.get(summary.id, ())) if summary else []

    def filled_columns(self) -> set[int]:
        """The columns some article of the library has a value in (the title always)."""
        source, published = self._articles.details_in_use()
        return {0, 3} | ({SOURCE_COLUMN} if source else set()) | ({DATE_COLUMN} if published else set())

    def refresh(self) -> None:
        """Read the rows again where they are (their highlights changed): the selection
        and the scroll position stay."""
        self._pages.clear()
        self._outlets.clear()
        if self._total:
            self.dataChanged.emit(self.index(0, 0), self.index(self._total - 1, len(self.COLUMNS) - 1))

    def total(self) -> int:
        """How many rows the list holds (stories, when copies are grouped)."""
        return self._total

    def articles_total(self) -> int:
        """How many articles the rows stand for, every copy of each story counted."""
        return self._articles_total

    def article_id(self, row: int) -> int | None:
        summary = self._summary(row)
        return summary.id if summary else None

    def row_of(self, article_id: int) -> int | None:
        """The row of an article among the pages read lately."""
        for number, page in self._pages.items():
            for offset, summary in enumerate(page):
                if summary.id == article_id:
                    return number * self.PAGE_SIZE + offset
        return None

    def locate(self, article_id: int) -> int | None:
        """The row of an article in the list as it is ordered and filtered, or None."""
        if self._stories is not None:
            article_id = self._stories.lead_of(article_id) or article_id  # a copy is shown by its story's row
        row = self.row_of(article_id)
        if row is None:
            row = self._articles.position(article_id, tag_id=self._tag_id, order=self._order,
                                          stories=self._collapsed)
        return row if row is not None and row < self._total else None

    def _summary(self, row: int) -> ArticleSummary | None:
        number, offset = divmod(row, self.PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            previous = self._pages.get(number - 1)
            # Scrolling on from a page read, the next one is read from where it ends.
            after = previous[-1].id if previous and len(previous) == self.PAGE_SIZE else None
            try:
                page = self._articles.summaries(offset=number * self.PAGE_SIZE, limit=self.PAGE_SIZE,
                                                tag_id=self._tag_id, order=self._order, after=after,
                                                stories=self._collapsed)
            except ToldError as error:
                if not retry_later(error):
                    raise
                return None  # a team library's server away (the status bar says so): read when it is back
            self._pages[number] = page
            if self._stories is not None:
                self._outlets.update(self._stories.outlets([summary.id for summary in page]))
            if len(self._pages) > self.CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None  # None: deleted since the count

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                                ARTICLE_ID_ROLE, STORY_ROLE, SUMMARY_ROLE):
            return None
        summary = self._summary(index.row())
        if summary is None:
            return None
        if role == ARTICLE_ID_ROLE:
            return summary.id
        if role == SUMMARY_ROLE:
            return summary
        outlets = self._outlets.get(summary.id, ())
        if role == STORY_ROLE:
            return list(outlets)
        source = summary.source or ""
        if outlets:
            source = self.tr("{source} +{count}").format(source=source, count=len(outlets) - 1).strip()
        texts = (summary.title, source, summary.published_date, summary.imported_date)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = texts[index.column()]
            if outlets and index.column() in (0, 1):
                others = ", ".join(source or self.tr("article {id}").format(id=article_id)
                                   for article_id, source in outlets[1:])
                tip = (summary.title if index.column() == 0 else summary.source or "") + "\n" + \
                    self.tr("Also in: {outlets}").format(outlets=others)
            return plain_tooltip(tip)
        return texts[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
