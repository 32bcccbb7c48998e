"""`carnet facts`: amounts, places and actors found in the articles."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import arguments
from app.cli.opening import carnet_for
from app.cli.terminal import json_for_terminal, shown
from app.core.facts import KINDS


def add_parser(sub) -> None:
    facts = sub.add_parser(
        "facts", help="list amounts, places and actors found in the articles",
        description="List the amounts of money (with their currency), places (with their ISO code) and actors "
                    "(people, institutions, companies) that the articles mention, each with its sentence.",
    )
    facts.add_argument("--kind", choices=KINDS, help="only this kind")
    facts.add_argument("--article", type=arguments.record_id, metavar="ID", help="only this article")
    facts.add_argument("--json", action="store_true", help="print them as JSON")
    facts.set_defaults(handler=facts_command)

    names = sub.add_parser(
        "gazetteer", help="teach the library a person, institution, company or place",
        description="Add a name that `carnet facts` should recognise (kept in gazetteer.json in the library).",
    )
    names.add_argument("name")
    names.add_argument("--kind", required=True, choices=("person", "institution", "company", "place"))
    names.add_argument("--alias", action="append", default=[], help="another way the texts write it (repeatable)")
    names.add_argument("--code", default="", help="for a place: its ISO 3166 code")
    names.set_defaults(handler=gazetteer_command)


def facts_command(args: argparse.Namespace, folder: Path) -> int:
    kinds = (args.kind,) if args.kind else KINDS
    found = carnet_for(args, folder).facts.facts(kinds=kinds, article_id=args.article)
    if args.json:
        print(json_for_terminal([{"article": f.article_id, "kind": f.fact.kind, "value": f.fact.value,
                                  "detail": f.fact.detail, "text": f.fact.text, "start": f.fact.start,
                                  "end": f.fact.end, "sentence": f.fact.sentence} for f in found]))
        return 0
    for item in found:
        fact = item.fact
        print(f"{item.article_id:>5}  {fact.kind:<6} {shown(fact.text):<48} {shown(fact.value)} "
              f"({shown(fact.detail)})")
    return 0


def gazetteer_command(args: argparse.Namespace, folder: Path) -> int:
    facts = carnet_for(args, folder).facts
    facts.add_name(args.name, kind=args.kind, aliases=args.alias, code=args.code)
    print(f"added {args.kind} {shown(args.name)}")
    return 0
