"""`carnet import-zotero`: a Zotero library's items, files and annotations."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.opening import library_for
from app.cli.terminal import shown
from app.services.zotero_import import import_zotero


def add_parser(sub) -> None:
    zotero = sub.add_parser(
        "import-zotero", help="import a Zotero library's items, snapshots, PDFs, EPUBs and annotations",
        description="Read a Zotero library without changing it (its zotero.sqlite is opened read-only and "
                    "immutable, so a running Zotero is not disturbed) and import the items of the chosen "
                    "collections (all by default) with their details, their stored HTML snapshots, PDFs and "
                    "EPUBs, and their highlights with colours (as tags such as 'Zotero yellow'), comments "
                    "and tags. What could not be brought is named.",
    )
    zotero.add_argument("source", nargs="?", type=Path, default=Path("~/Zotero"), metavar="PROFILE_OR_SQLITE",
                        help="the Zotero data folder or its zotero.sqlite (default ~/Zotero)")
    zotero.add_argument("--collection", action="append", default=[], metavar="NAME",
                        help="only this collection's items, and its sub-collections' (repeatable)")
    zotero.set_defaults(handler=import_zotero_command)


def import_zotero_command(args: argparse.Namespace, folder: Path) -> int:
    report = import_zotero(library_for(args, folder), args.source, collections=args.collection)
    for problem in report.problems:
        print(f"carnet: {shown(problem)}", file=sys.stderr)
    print(shown(report))
    return 0 if report.articles else 1
