"""`carnet export`: a digest of highlights, to a file or the terminal."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from app.cli import arguments, exchange_commands
from app.cli.opening import carnet_for, library_for
from app.cli.terminal import shown, shown_text
from app.core.csl_items import REFERENCE_FORMATS, SHIPPED_STYLES
from app.core.digest import GROUPINGS, DigestScope
from app.services.annotation_import import import_annotations_file
from app.services.carnet import Carnet
from app.services.exporting import FORMATS, write_atomically

ExportWriter = Callable[[argparse.Namespace, Carnet, DigestScope], int]
"""Writes what `carnet export --format NAME` makes, returns the exit status."""


def add_parser(sub) -> None:
    export = sub.add_parser(
        "export", help="export highlights (Markdown digest, JSON annotations, CSV) or references (BibTeX, RIS, "
                       "CSL-JSON)",
        description="Export highlights: a Markdown digest (grouped by topic, article or author, each quote cited), "
                    "W3C Web Annotations as JSON, or CSV (one row per highlight and tag). Filters combine: "
                    "only highlights matching all of them are exported. Or export the articles as references "
                    "(bibtex, ris, csl-json): all of them, or those --tag, --query or --article choose.",
    )
    export.add_argument("--format", choices=(*WRITERS, *exchange_commands.WHOLE_LIBRARY), default="md",
                        metavar="FORMAT",
                        help="md (default), json, csv, " + ", ".join(f for f in WRITERS if f not in FORMATS)
                             + "; vault (an Obsidian vault in -o DIR), qdpx or qdc (a REFI-QDA project or "
                               "codebook): the whole library, whatever the filters")
    export.add_argument("--group-by", choices=GROUPINGS, default="tag",
                        help="tag (default), article or author (who made each highlight)")
    export.add_argument("--tag", action="append", default=[], metavar="TAG",
                        help="highlights with this tag (repeatable)")
    export.add_argument("--author", action="append", default=[], metavar="NAME",
                        help="highlights made by this member, by name or role; `me`: yours (repeatable)")
    export.add_argument("--all-tags", action="store_true", help="with several --tag: highlights having all of them")
    export.add_argument("--article", action="append", default=[], type=arguments.record_id, metavar="ID",
                        help="only this article's")
    export.add_argument("--query", metavar="Q", help="only articles matching this search")
    export.add_argument("--since", type=arguments.publication_date, metavar="DATE",
                        help="articles published on or after (2024, 2024-01, 2024-01-24)")
    export.add_argument("--until", type=arguments.publication_date, metavar="DATE",
                        help="articles published on or before")
    export.add_argument("--no-orphans", action="store_true", help="leave out highlights whose text is gone")
    export.add_argument("--title", default="Carnet digest", help="the digest's title")
    export.add_argument("--style", metavar="STYLE",
                        help="cite in a CSL style: " + ", ".join(SHIPPED_STYLES) + " or a FILE.csl (Markdown; "
                             "footnotes by default)")
    export.add_argument("--pandoc", action="store_true",
                        help="cite as Pandoc citations [@key] (Markdown), with the references exported by "
                             "--format bibtex or csl-json")
    export.add_argument("--key-figures", action="store_true",
                        help="add a table of the amounts the cited articles state (Markdown)")
    export.add_argument("-o", "--output", default="-", metavar="PATH", help="the file to write, or - (default)")
    export.add_argument("--force", action="store_true", help="replace an existing file")
    export.set_defaults(handler=export_command)

    back = sub.add_parser(
        "import-annotations", help="bring back highlights from an exported JSON file",
        description="Create the highlights, tags and notes of a JSON file made by `carnet export --format json` "
                    "in this library, for the articles it holds with the same text. Importing the same file "
                    "twice creates nothing twice. A malformed annotation is named and left out, the others "
                    "are imported; exits non-zero only when none could be.",
    )
    back.add_argument("file", type=Path, metavar="FILE.json")
    back.set_defaults(handler=import_annotations_command)


def export_command(args: argparse.Namespace, folder: Path) -> int:
    if args.format in exchange_commands.WHOLE_LIBRARY:
        return exchange_commands.export_whole_library(args, folder)
    scope = DigestScope(tags=tuple(args.tag), all_tags=args.all_tags, articles=tuple(args.article),
                        query=args.query, since=args.since, until=args.until, orphans=not args.no_orphans,
                        authors=tuple(args.author))
    return WRITERS[args.format](args, carnet_for(args, folder), scope)


def _write_highlights(args: argparse.Namespace, carnet: Carnet, scope: DigestScope) -> int:
    text = carnet.export.render(scope, format=args.format, group_by=args.group_by, title=args.title,
                                key_figures=args.key_figures, style=args.style, pandoc=args.pandoc)
    return write_text(args, text)


def write_text(args: argparse.Namespace, text: str) -> int:
    """Write an export's text to `--output` (a file written whole, or standard output)."""
    if args.output == "-":
        # On a terminal the export is being read, not saved: its text must not drive the terminal.
        sys.stdout.write(shown_text(text.replace("\r\n", "\n")) if sys.stdout.isatty() else text)
    else:
        write_atomically(Path(args.output), text, overwrite=args.force)
        print(f"wrote {shown(args.output)}", file=sys.stderr)
    return 0


def _write_references(args: argparse.Namespace, carnet: Carnet, scope: DigestScope) -> int:
    return write_text(args, carnet.export.references(scope, format=args.format))


WRITERS: dict[str, ExportWriter] = {"md": _write_highlights, "json": _write_highlights, "csv": _write_highlights,
                                    **{name: _write_references for name in REFERENCE_FORMATS}}
"""`--format` → its writer; a format is added here with its function."""


def import_annotations_command(args: argparse.Namespace, folder: Path) -> int:
    report = import_annotations_file(library_for(args, folder), args.file)
    for sentence in [*report.problems, *report.recoloured]:
        print(f"carnet: {shown(args.file)}: {shown(sentence)}", file=sys.stderr)
    print(shown(report))
    return 0 if report.created or report.already_there else 1
