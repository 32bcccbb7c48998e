"""`carnet edit`: correct an article's details."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli import arguments
from app.cli.opening import carnet_for
from app.cli.terminal import shown

_FIELDS = (("title", "--title"), ("source", "--source"), ("author", "--author"), ("published", "--date"),
           ("url", "--url"), ("language", "--language"), ("keywords", "--keywords"),
           ("citation_key", "--key"))


def add_parser(sub) -> None:
    edit = sub.add_parser(
        "edit", help="correct an article's title, source, author, date, URL, language, keywords or citation key",
        description="Correct the details of an article; each is searched at once. An empty value (--source '') "
                    "clears a detail. The text itself is changed with replace-text.",
    )
    edit.add_argument("id", type=arguments.record_id, metavar="ID", help="the article")
    edit.add_argument("--title")
    edit.add_argument("--source", help="the outlet or publisher")
    edit.add_argument("--author")
    edit.add_argument("--date", help="the publication date: YYYY-MM-DD, YYYY-MM or YYYY")
    edit.add_argument("--url", help="its web address (http:// or https://)")
    edit.add_argument("--language", help="a two-letter code such as fr or en")
    edit.add_argument("--keywords", help="comma-separated keywords (they replace the old ones)")
    edit.add_argument("--key", help="its citation key in exported references and Pandoc citations")
    edit.set_defaults(handler=edit_command)


def edit_command(args: argparse.Namespace, folder: Path) -> int:
    details = {name: getattr(args, option[2:]) for name, option in _FIELDS if getattr(args, option[2:]) is not None}
    if not details:
        print("carnet: nothing to change: give --title, --source, --author, --date, --url, --language, "
              "--keywords or --key", file=sys.stderr)
        return 2
    edit = carnet_for(args, folder).articles.edit(args.id, **details).value
    for name, option in _FIELDS:
        if name in edit.after:
            before, after = _text(edit.before[name]), _text(edit.after[name])
            state = "unchanged" if before == after else f"was {shown(before) or '(none)'}"
            print(f"{option[2:]}: {shown(after) or '(none)'} ({state})")
    return 0


def _text(value: object) -> str:
    if isinstance(value, tuple):
        return ", ".join(value)
    return "" if value is None else str(value)
