"""`carnet`: with a command, work on the library from the terminal; without, open the window."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from typing import Sequence

from app import __version__
from app.cli import (annotation_commands, arguments, capture_command, commands, edit_command, exchange_commands,
                     export_command, facts_command, feed_commands, story_commands, suggest_command, team_commands,
                     zotero_command)
from app.cli.terminal import shown
from app.core.errors import ToldError
from app.core.vault import highlight_id_of
from app.search.errors import QuerySyntaxError
from app.services.articles import ArticleNotFound
from app.services.checking import damaged_library_error
from app.services.feeds import FeedNotFound
from app.services.library import LIBRARY_ENV, resolve_library_folder


def build_parser() -> argparse.ArgumentParser:
    parser = arguments.CommandLineParser(
        prog="carnet",
        description="Research notes for news articles. Without a command, opens the Carnet window.",
        epilog=f"The library is a folder holding library.sqlite: --library DIR, else ${LIBRARY_ENV}, "
               "else the user data folder. A new library starts with the sample articles.",
    )
    parser.add_argument("--version", action="version", version=f"carnet {__version__}")
    parser.add_argument("--library", metavar="DIR", help="the library folder to use (created if missing)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the window on a temporary library, import the samples, search, export, "
                             "and exit 0 if all worked (for checking a built package)")
    parser.add_argument("--read-only", action="store_true",
                        help="open the library for reading only: nothing in it is changed "
                             "(a library on a disk that cannot be written opens so by itself)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    import_parser = sub.add_parser(
        "import", help="import files, folders or web addresses (text, Markdown, HTML, PDF, Word, EPUB)",
        description="Import .txt, .md, .html, .pdf, .docx and .epub files, folders recursively, and web "
                    "addresses (http:// or https://: the page is downloaded; a PDF is imported as a PDF). "
                    "Prints one line per file or address; exits non-zero only when nothing could be imported. "
                    "A reference file (.bib, .ris, CSL-JSON .json) fills the details of the articles its "
                    "entries match (by DOI, address, or title and date) and makes reference-only entries of "
                    "the others, which a later import of their text fills; what it holds that Carnet cannot "
                    "keep is named.",
    )
    import_parser.add_argument("paths", nargs="+", metavar="PATH", help="a file, folder or web address")
    import_parser.add_argument("--timeout", type=arguments.seconds, default=60.0, metavar="SECONDS",
                               help="the longest a web address may take to download (default 60)")
    import_parser.add_argument("--include", action="append", default=[], metavar="GLOB",
                               help="in folders, only files matching this pattern, e.g. '*.pdf' (repeatable)")
    import_parser.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                               help="in folders, leave out files matching this pattern (repeatable)")
    import_parser.set_defaults(handler=commands.import_command)

    list_parser = sub.add_parser(
        "list", help="list the articles", description="List the articles: id, date, source, title, under a header; "
                                                     "in a terminal, titles are cut to its width. A date followed "
                                                     "by ? is only the file's own creation date.",
    )
    list_parser.add_argument("--sort", choices=["added", "title", "source", "date"], default="added",
                             help="the order of the list (default: the order of import)")
    list_parser.add_argument("--reverse", action="store_true", help="list in the opposite order")
    list_parser.add_argument("--json", action="store_true", help="print them as JSON (with their highlight counts)")
    list_parser.set_defaults(handler=commands.list_command)

    show_parser = sub.add_parser(
        "show", help="show an article", description="Show an article's metadata and text.",
    )
    show_parser.add_argument("id", type=arguments.record_id, metavar="ID",
                             help="the article id, as `carnet list` shows it")
    show_parser.set_defaults(handler=commands.show_command)

    search_parser = sub.add_parser(
        "search", help="search the articles and highlights",
        description="Search by keyword, in French or English, accents ignored. Words must all "
                    "match (AND); also: OR, NOT or -word, \"exact phrase\", prefix*, word~ (fuzzy), "
                    "(grouping), title:, source:, tag:, lang:, date:2024 or date:[2024-01 TO 2025-02].",
    )
    search_parser.add_argument("query", nargs="+", metavar="QUERY", help="what to look for")
    search_parser.add_argument("--limit", type=arguments.limit, default=20, metavar="N",
                               help="hits to show (default 20)")
    search_parser.add_argument("--offset", type=arguments.offset, default=0, metavar="N", help="hits to skip first")
    search_parser.add_argument("--json", action="store_true", help="print the hits as JSON")
    search_parser.set_defaults(handler=commands.search_command)

    reindex_parser = sub.add_parser(
        "reindex", help="rebuild the search index",
        description="Rebuild the search index from the library. Only needed after a change of "
                    "text analysis; Carnet does it by itself when it notices one.",
    )
    reindex_parser.set_defaults(handler=commands.reindex_command)
    backup = sub.add_parser("backup", help="make a consistent copy of the library",
                            description="Copy the library database with SQLite's backup API (safe while Carnet "
                                        "runs). PATH is a file or a folder; by default the library's backups/.")
    backup.add_argument("path", nargs="?", metavar="PATH")
    backup.set_defaults(handler=commands.backup_command)
    restore = sub.add_parser("restore", help="replace the library with a backup",
                             description="Replace the library database with BACKUP (close the window first). "
                                         "The current database is backed up before it is replaced.")
    restore.add_argument("backup", metavar="BACKUP")
    restore.set_defaults(handler=commands.restore_command)
    check = sub.add_parser("check", help="check the library and rebuild a damaged search index",
                           description="Check the whole library database and its search index; a damaged "
                                       "index is rebuilt from the articles and highlights. Exit status 1 "
                                       "when the database itself is damaged.")
    check.set_defaults(handler=commands.check_command)
    edit_command.add_parser(sub)
    annotation_commands.add_parsers(sub)
    export_command.add_parser(sub)
    exchange_commands.add_parsers(sub)
    zotero_command.add_parser(sub)
    facts_command.add_parser(sub)
    story_commands.add_parser(sub)
    feed_commands.add_parser(sub)
    capture_command.add_parser(sub)
    suggest_command.add_parser(sub)
    team_commands.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    # The desktop opens `carnet://highlight/123` links (from an exported vault) with
    # the address as the one argument: it names the passage the window shows first.
    address = next((a for a in argv if a[:9].lower() == "carnet://"), None)
    if address is not None:
        argv.remove(address)
    args = parser.parse_args(argv)
    highlight = highlight_id_of(address) if address is not None else None
    if address is not None and (highlight is None or args.command is not None):
        print(f"carnet: {shown(address)} is not an address Carnet opens: carnet://highlight/ID opens the window "
              "at that highlight, without a command", file=sys.stderr)
        return 2
    if args.smoke_test:
        from app.ui.launch import smoke_test

        return smoke_test()
    folder = resolve_library_folder(args.library)
    if args.command is None:
        from app.ui.launch import launch

        named = args.library or os.environ.get(LIBRARY_ENV)  # else the window reopens the last library
        return launch(folder if named else None, read_only=args.read_only, highlight=highlight)
    try:
        return args.handler(args, folder)
    except QuerySyntaxError as error:
        print(f"carnet: {shown(error)}", file=sys.stderr)
        if error.position is not None:
            caret = len(shown(error.query[:error.position]))
            print(f"  {shown(error.query)}\n  {' ' * caret}^", file=sys.stderr)
        return 2
    except FeedNotFound as error:
        print(f"carnet: {shown(error)}", file=sys.stderr)
        return 2
    except ArticleNotFound as error:
        print(f"carnet: {shown(error)} (see `carnet list`)", file=sys.stderr)
        return 1
    except ToldError as error:  # every error Carnet tells in a sentence
        print(f"carnet: {shown(error)}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except sqlite3.DatabaseError as error:  # a damaged library file: said in a sentence, with the backup
        told = damaged_library_error(folder, error)
        if told is None:
            raise
        print(f"carnet: {shown(told)}", file=sys.stderr)
        return 1
