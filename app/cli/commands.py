"""What each `carnet` command does and prints."""

from __future__ import annotations

import argparse
import itertools
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from app.cli.opening import carnet_for, library_for
from app.cli.progress import ProgressBar
from app.cli.terminal import json_for_terminal, shown, shown_text
from app.core.article import ArticleOrder, ArticleSummary, SortColumn
from app.core.errors import ToldError
from app.core.messages import Message
from app.core.search import SearchPage
from app.core.text import shortened
from app.services.backups import BACKUP_FOLDER, backup_library, restore_command_line, restore_library
from app.services.carnet import Carnet
from app.services.checking import check_library
from app.importers.web_fetch import FetchPolicy, is_web_address
from app.services.importing import FileOutcome, ImportReport, import_paths
from app.services.reference_import import import_reference_file
from app.services.web_importing import import_addresses
from app.store.library import DATABASE_FILE, Library
from app.store.errors import LibraryReadOnly
from app.store.team import is_team_address

_STATUS_LABELS = {
    "imported": "imported ",
    "updated": "updated  ",
    "duplicate": "duplicate",
    "rejected": "rejected ",
    "skipped": "skipped  ",
}


def import_command(args: argparse.Namespace, folder: Path) -> int:
    library = _open(args, folder)
    addresses = [path for path in args.paths if is_web_address(path)]
    references = [path for path in args.paths if not is_web_address(path) and Path(path).is_file()
                  and Path(path).suffix.lower() in REFERENCE_SUFFIXES]
    paths = [path for path in args.paths if not is_web_address(path) and path not in references]
    referenced = sum(_import_references(library, Path(path)) for path in references)
    if not paths and not addresses:
        return 0 if referenced else 1
    bar = ProgressBar(sys.stderr)
    report = ImportReport()
    if paths:
        report = import_paths(library, paths, include=args.include, exclude=args.exclude, progress=bar.update)
    if addresses and not report.stopped:
        fetched = import_addresses(library, addresses, progress=bar.update, policy=FetchPolicy(seconds=args.timeout))
        report.outcomes += fetched.outcomes
        report.stopped = fetched.stopped
    bar.close()
    for outcome in report.outcomes:
        print(shown(_outcome_line(outcome)))
    print(_summary_line(report))
    if report.stopped:
        print(f"carnet: the import stopped: {shown(report.stopped)}", file=sys.stderr)
        return 1
    if report.count("imported") or report.count("updated") or report.count("duplicate"):
        return 0
    return 1


REFERENCE_SUFFIXES = (".bib", ".ris", ".json")


def _import_references(library, path: Path) -> int:
    """Import one reference file; print what it did and what it could not keep."""
    try:
        report = import_reference_file(library, path)
    except ToldError as error:
        print(f"carnet: {shown(error)}", file=sys.stderr)
        return 0
    for problem in report.problems:
        print(f"carnet: {shown(path)}: {shown(problem)}", file=sys.stderr)
    print(f"{shown(path)}: {report}")
    return len(report.matched) + len(report.created)


def list_command(args: argparse.Namespace, folder: Path) -> int:
    articles = _carnet(args, folder).articles
    column = {"added": SortColumn.IMPORTED, "title": SortColumn.TITLE, "source": SortColumn.SOURCE,
              "date": SortColumn.PUBLISHED}[args.sort]
    order = ArticleOrder(column, args.reverse)
    pages = _all_summaries(articles, order)
    if args.json:
        print(json_for_terminal([_summary_as_json(summary) for page in pages for summary in page]))
        return 0
    first = next(pages, [])
    if not first:
        print("The library is empty: add articles with `carnet import PATH`.", file=sys.stderr)
        return 0
    layout = ListLayout.for_terminal(first)
    print(layout.header())
    for page in itertools.chain([first], pages):
        for summary in page:
            print(layout.line(summary))
    return 0


def _all_summaries(articles, order: ArticleOrder):
    offset = 0
    while page := articles.summaries(offset=offset, limit=500, order=order):
        yield page
        offset += len(page)


def _summary_as_json(summary: ArticleSummary) -> dict:
    return {"id": summary.id, "title": summary.title, "source": summary.source,
            "published": summary.published, "date_is_the_file_s": summary.published_from_file,
            "language": summary.language, "imported": summary.imported_at, "highlights": summary.highlight_count}


def show_command(args: argparse.Namespace, folder: Path) -> int:
    article = _carnet(args, folder).articles.article(args.id)
    fields = [
        ("Title", article.title),
        ("Source", article.source),
        ("Author", article.author),
        ("Date", article.published),
        ("Language", article.language),
        ("URL", article.url),
        ("Keywords", " ".join(f"#{k}" for k in article.keywords)),
        ("Format", article.format),
        ("File", article.original_path),
        ("Imported", article.imported_at),
    ]
    for label, value in fields:
        if value:
            print(f"{label + ':':<10} {shown(value)}")
    print()
    print(shown_text(article.body))
    return 0


def search_command(args: argparse.Namespace, folder: Path) -> int:
    search = _carnet(args, folder).search
    page = search.search(" ".join(args.query), limit=args.limit, offset=args.offset)
    if args.json:
        print(json_for_terminal(_page_as_json(page)))
        return 0
    bold = ("\x1b[1m", "\x1b[0m") if sys.stdout.isatty() else ("**", "**")
    if page.also_searched:
        print(shown(Message("also searched: {words}", words=", ".join(page.also_searched))), file=sys.stderr)
    for hit in page.hits:
        print(_article_line(hit.article))
        if hit.also_in:
            outlets = ", ".join(shown(source or f"article {article_id}") for article_id, source in hit.also_in)
            print(f"{'':7}also in: {outlets}")
        for snippet in hit.snippets:
            print(f"{'':7}{snippet.marked(*bold, escape=shown)}")
        for highlight in hit.highlights:
            tags = ", ".join(shown(tag) for tag in highlight.tags) or "untagged"
            note = f" — {shown(highlight.note)}" if highlight.note else ""
            print(f"{'':7}▸ [{tags}] « {shown(highlight.quote)} »{note}")
    count = f"{len(page.hits)} hit{'s' if len(page.hits) != 1 else ''}"
    more = f"; more with --offset {args.offset + len(page.hits)}" if page.has_more else ""
    print(f"{count}{more}", file=sys.stderr)
    return 0


def reindex_command(args: argparse.Namespace, folder: Path) -> int:
    count = _carnet(args, folder).search.reindex(progress=_print_progress)
    print(f"Indexed {count} article{'s' if count != 1 else ''}.")
    return 0


def _open(args: argparse.Namespace, folder: Path) -> Library:
    return library_for(args, folder, progress=_print_progress)


def _carnet(args: argparse.Namespace, folder: Path) -> Carnet:
    return carnet_for(args, folder, progress=_print_progress)


def _print_progress(done: int, total: int, label: str) -> None:
    if label and total:
        end = "\r" if sys.stderr.isatty() else "\n"
        print(f"{shown(label)}: {done}/{total}", end=end, file=sys.stderr, flush=True)


def _article_line(summary: ArticleSummary) -> str:
    source = shown(summary.source or "")
    return f"{summary.id:>5}  {shown(summary.published_date):<10}  {source[:18]:<18}  {shown(summary.title)}"


@dataclass(frozen=True)
class ListLayout:
    """The columns of `carnet list`: the source as wide as the first page's longest
    (within bounds), the title cut to the terminal's width when printing to one."""

    source_width: int
    title_width: int | None

    @classmethod
    def for_terminal(cls, first_page: list[ArticleSummary]) -> ListLayout:
        longest = max((len(shown(s.source or "")) for s in first_page), default=0)
        source_width = max(len("Source"), min(longest, 28))
        if not sys.stdout.isatty():
            return cls(source_width, None)
        width = shutil.get_terminal_size().columns
        return cls(source_width, max(20, width - (5 + 2 + 11 + 2 + source_width + 2)))

    def header(self) -> str:
        return f"{'ID':>5}  {'Date':<11}  {'Source':<{self.source_width}}  Title"

    def line(self, summary: ArticleSummary) -> str:
        source = shortened(shown(summary.source or ""), self.source_width)
        title = shown(summary.title)
        if self.title_width is not None:
            title = shortened(title, self.title_width)
        date = shown(summary.published_date) + ("?" if summary.published_from_file else "")  # the file's own
        return f"{summary.id:>5}  {date:<11}  {source:<{self.source_width}}  {title}"


def _page_as_json(page: SearchPage) -> dict:
    return {
        "query": page.query,
        "offset": page.offset,
        "has_more": page.has_more,
        "also_searched": list(page.also_searched),
        "hits": [
            {
                "id": hit.article.id,
                "title": hit.article.title,
                "source": hit.article.source,
                "published": hit.article.published,
                "language": hit.article.language,
                "score": hit.score,
                "snippets": [{"text": s.text, "marks": [list(m) for m in s.marks]} for s in hit.snippets],
                "highlights": [
                    {"id": h.id, "quote": h.quote, "note": h.note, "tags": list(h.tags)}
                    for h in hit.highlights
                ],
                "also_in": [{"id": article_id, "source": source} for article_id, source in hit.also_in],
            }
            for hit in page.hits
        ],
    }


def _outcome_line(outcome: FileOutcome) -> str:
    detail = {"imported": f"{outcome.title} ({outcome.reason})" if outcome.reason else outcome.title,
              "updated": f"{outcome.title} ({outcome.reason})"}.get(outcome.status, outcome.reason)
    article = f" [{outcome.article_id}]" if outcome.article_id else ""
    return f"{_STATUS_LABELS[outcome.status]}{article}  {outcome.path}: {detail}"


def _summary_line(report: ImportReport) -> str:
    counts = report.counts
    parts = [f"{counts[status]} {status}" for status in _STATUS_LABELS if counts[status]]
    line = ", ".join(parts) or "no files found"
    return line + (" (cancelled)" if report.cancelled else "")


def _refuse_team_library(folder: Path | str, what: str) -> None:
    """Backups, restores and checks are about a library's own SQLite file; a team
    library's server has its own (`pg_dump`, `pg_restore`, `amcheck`)."""
    if isinstance(folder, str) and is_team_address(folder):
        raise ToldError(Message("{what} works on a local library's file; a team library's server does this for "
                                "it ({tool}: see the README's team library section)", what=what,
                                tool={"backup": "pg_dump", "restore": "pg_restore", "check": "amcheck"}[what]))


def check_command(args: argparse.Namespace, folder: Path) -> int:
    _refuse_team_library(folder, "check")
    report = check_library(library_for(args, folder, progress=_print_progress, prepare=False))
    if report.index_problem:
        if report.index_rebuilt:
            done = "rebuilt it"
        elif report.repair_refused:
            done = f"it could not be rebuilt: {shown(report.repair_refused)}"
        elif report.damaged_tables:
            done = "it will be rebuilt once the library is whole"
        else:
            done = "it could not be rebuilt: the library is read-only"
        print(f"{shown(report.index_problem)}: {done}")
    else:
        print("search index: ok")
    if not report.database_problems:
        print("database: ok")
        return 0 if report.sound else 1
    if report.repaired:
        print("database: the damage was only in the search index's tables: the other tables were copied whole "
              "into a fresh database, the index rebuilt in it, and it replaced the damaged one")
        print(f"The damaged file was saved to {shown(report.saved_copy)}")
        return 0
    what = (f"damaged ({shown(', '.join(report.damaged_tables))})" if report.damaged_tables else
            "damaged, in the search index's tables only: the articles, highlights and tags are whole")
    print(f"database: {what}", *(f"  {shown(problem)}" for problem in report.database_problems), sep="\n")
    print("Nothing was changed.")
    if report.latest_backup:
        print(f"Restore the newest backup with: {shown(restore_command_line(folder, Path(report.latest_backup)))}")
    elif report.damaged_tables:
        print("No backup was found in the library's backups/ folder.")
    return 1


def backup_command(args: argparse.Namespace, folder: Path) -> int:
    _refuse_team_library(folder, "backup")
    library = _open(args, folder)
    if library.read_only and not args.path:
        why = "its folder cannot be written" if library.on_read_only_disk else "it was opened read-only"
        raise LibraryReadOnly(library.folder / BACKUP_FOLDER,
                              Message("the library's backups folder cannot be written ({why}): give a PATH to "
                                      "write the backup to", why=why))
    source = library.database().conn if library.read_only else None
    path = backup_library(library.database_path, Path(args.path) if args.path else None, source=source)
    print(f"backed up to {shown(path)}")
    return 0


def restore_command(args: argparse.Namespace, folder: Path) -> int:
    _refuse_team_library(folder, "restore")
    database = folder / DATABASE_FILE
    if args.read_only:
        raise LibraryReadOnly(database, Message("a library opened read-only cannot be restored"))
    saved = restore_library(database, Path(args.backup))
    print(f"restored {shown(args.backup)}" + (f"; the replaced library was saved to {shown(saved)}" if saved else ""))
    return 0
