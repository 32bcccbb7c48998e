"""`carnet export`: a digest of highlights, to a file or the terminal."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.core.digest import DigestScope
from app.services.exporting import ExportService, write_atomically
from app.services.library import open_library

FORMATS = ("md",)


def add_parser(sub) -> None:
    export = sub.add_parser(
        "export", help="export highlights as a Markdown digest",
        description="Export highlights as a Markdown digest (grouped by topic or by article, each quote "
                    "cited). Filters combine: only highlights matching all of them are exported.",
    )
    export.add_argument("--format", choices=FORMATS, default="md", help="md (default)")
    export.add_argument("--group-by", choices=("tag", "article"), default="tag", help="tag (default) or article")
    export.add_argument("--tag", action="append", default=[], metavar="TAG", help="highlights with this tag (repeatable)")
    export.add_argument("--all-tags", action="store_true", help="with several --tag: highlights having all of them")
    export.add_argument("--article", action="append", default=[], type=int, metavar="ID", help="only this article's")
    export.add_argument("--query", metavar="Q", help="only articles matching this search")
    export.add_argument("--since", metavar="DATE", help="articles published on or after (2024, 2024-01, 2024-01-24)")
    export.add_argument("--until", metavar="DATE", help="articles published on or before")
    export.add_argument("--no-orphans", action="store_true", help="leave out highlights whose text is gone")
    export.add_argument("--title", default="Carnet digest", help="the digest's title")
    export.add_argument("-o", "--output", default="-", metavar="PATH", help="the file to write, or - (default)")
    export.add_argument("--force", action="store_true", help="replace an existing file")
    export.set_defaults(handler=export_command)


def export_command(args: argparse.Namespace, folder: Path) -> int:
    scope = DigestScope(tags=tuple(args.tag), all_tags=args.all_tags, articles=tuple(args.article),
                        query=args.query, since=args.since, until=args.until, orphans=not args.no_orphans)
    text = ExportService(open_library(folder)).markdown(scope, group_by=args.group_by, title=args.title)
    if args.output == "-":
        sys.stdout.write(text)
    else:
        write_atomically(Path(args.output), text, overwrite=args.force)
        print(f"wrote {args.output}", file=sys.stderr)
    return 0
