"""`carnet export-vault`, `export-qdpx`, `import-qdpx`, `export-qdc` and `import-qdc`:
the library as an Obsidian vault, and to and from REFI-QDA analysis programs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.opening import library_for
from app.cli.terminal import shown
from app.services.qda_exchange import export_codebook, export_project, import_codebook, import_project
from app.services.vault_export import export_vault


WHOLE_LIBRARY = ("vault", "qdpx", "qdc")
"""The `carnet export --format` choices that write the whole library (filters aside)."""


def add_parsers(sub) -> None:
    vault = sub.add_parser(
        "export-vault", help="write the library as an Obsidian vault",
        description="Write a Markdown note per article (its highlights as quotes with block ids, tags and notes) "
                    "and per tag (linking its passages) into folder DIR. Writing the same folder again updates "
                    "the notes Carnet wrote and leaves every note changed since as it is, naming it.",
    )
    vault.add_argument("folder", type=Path, metavar="DIR")
    vault.set_defaults(handler=export_vault_command)

    for name, what, handler in (("export-qdpx", "a REFI-QDA project (.qdpx: QualCoder, MAXQDA, NVivo, ATLAS.ti)",
                                 export_qdpx_command),
                                ("export-qdc", "a REFI-QDA codebook of its tags (.qdc)", export_qdc_command)):
        parser = sub.add_parser(name, help=f"write the library as {what}", description=f"Write the library as {what}.")
        parser.add_argument("file", type=Path, metavar="FILE")
        parser.add_argument("--force", action="store_true", help="replace an existing file")
        parser.set_defaults(handler=handler)

    for name, what, handler in (("import-qdpx", "a REFI-QDA project (.qdpx)", import_qdpx_command),
                                ("import-qdc", "a REFI-QDA codebook (.qdc)", import_qdc_command)):
        parser = sub.add_parser(
            name, help=f"bring in {what}",
            description=f"Bring in {what}: codes become tags (matched by name), text sources articles, coded "
                        "passages highlights, memos notes. Whatever Carnet cannot represent is named.")
        parser.add_argument("file", type=Path, metavar="FILE")
        parser.set_defaults(handler=handler)


def export_whole_library(args: argparse.Namespace, folder: Path) -> int:
    """`carnet export --format vault|qdpx|qdc -o PATH`."""
    if args.output == "-":
        print(f"carnet: --format {args.format} writes files: name them with -o "
              f"{'DIR' if args.format == 'vault' else 'FILE'}", file=sys.stderr)
        return 2
    args.folder = args.file = Path(args.output)
    return {"vault": export_vault_command, "qdpx": export_qdpx_command, "qdc": export_qdc_command}[args.format](
        args, folder)


def export_vault_command(args: argparse.Namespace, folder: Path) -> int:
    report = export_vault(library_for(args, folder), args.folder)
    for sentence in report.skipped:
        print(f"carnet: {shown(args.folder)}: {shown(sentence)}", file=sys.stderr)
    print(shown(report))
    return 0


def export_qdpx_command(args: argparse.Namespace, folder: Path) -> int:
    return _exported(args, export_project(library_for(args, folder), args.file, overwrite=args.force))


def export_qdc_command(args: argparse.Namespace, folder: Path) -> int:
    return _exported(args, export_codebook(library_for(args, folder), args.file, overwrite=args.force))


def import_qdpx_command(args: argparse.Namespace, folder: Path) -> int:
    return _imported(args, import_project(library_for(args, folder), args.file).value)


def import_qdc_command(args: argparse.Namespace, folder: Path) -> int:
    return _imported(args, import_codebook(library_for(args, folder), args.file).value)


def _exported(args: argparse.Namespace, report) -> int:
    _tell(args, report)
    print(f"wrote {shown(args.file)}: {shown(report)}", file=sys.stderr)
    return 0


def _imported(args: argparse.Namespace, report) -> int:
    _tell(args, report)
    print(shown(report))
    return 0


def _tell(args: argparse.Namespace, report) -> None:
    for sentence in report.left_out:
        print(f"carnet: {shown(args.file)}: {shown(sentence)}", file=sys.stderr)
