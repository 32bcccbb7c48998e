"""What each `carnet` command does and prints."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.services.articles import ArticleService
from app.services.importing import FileOutcome, ImportReport, import_paths
from app.services.library import open_library

_STATUS_LABELS = {
    "imported": "imported ",
    "duplicate": "duplicate",
    "rejected": "rejected ",
    "skipped": "skipped  ",
}


def import_command(args: argparse.Namespace, folder: Path) -> int:
    library = open_library(folder)
    report = import_paths(library, args.paths)
    for outcome in report.outcomes:
        print(_outcome_line(outcome))
    print(_summary_line(report))
    if report.count("imported") or report.count("duplicate"):
        return 0
    return 1


def list_command(args: argparse.Namespace, folder: Path) -> int:
    articles = ArticleService(open_library(folder))
    offset = 0
    while page := articles.summaries(offset=offset, limit=500):
        for summary in page:
            source = summary.source or ""
            print(f"{summary.id:>5}  {summary.published_date:<10}  {source[:18]:<18}  {summary.title}")
        offset += len(page)
    if offset == 0:
        print("The library is empty: add articles with `carnet import PATH`.", file=sys.stderr)
    return 0


def show_command(args: argparse.Namespace, folder: Path) -> int:
    article = ArticleService(open_library(folder)).article(args.id)
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
            print(f"{label + ':':<10} {value}")
    print()
    print(article.body)
    return 0


def _outcome_line(outcome: FileOutcome) -> str:
    detail = outcome.title if outcome.status == "imported" else outcome.reason
    article = f" [{outcome.article_id}]" if outcome.article_id else ""
    return f"{_STATUS_LABELS[outcome.status]}{article}  {outcome.path}: {detail}"


def _summary_line(report: ImportReport) -> str:
    counts = report.counts
    parts = [f"{counts[status]} {status}" for status in _STATUS_LABELS if counts[status]]
    line = ", ".join(parts) or "no files found"
    return line + (" (cancelled)" if report.cancelled else "")
