"""`carnet facts`: amounts, places and actors found in the articles."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import arguments
from app.cli.opening import carnet_for
from app.cli.terminal import json_for_terminal, shown
from app.core.facts import KINDS
from app.services.facts import ArticleFact


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
        print(json_for_terminal(facts_as_json(found)))
        return 0
    for item in found:
        fact = item.fact
        detail = f" ({shown(fact.detail)})" if fact.detail else ""
        print(f"{item.article_id:>5}  {fact.kind:<6} {shown(fact.text):<48} {shown(fact.value)}{detail}")
    return 0


def facts_as_json(found: list[ArticleFact]) -> list[dict]:
    """Each fact as a JSON object numbered by `id`: a place or an actor with its canonical
    `value` and `detail` (ISO code, kind of actor); an amount with `amount`, `currency`
    (null when the text names none), `low` and `high` (a range), and an equivalent given
    in parentheses as its own object, `converts` naming the id of the amount it converts
    and that amount's `converted` naming it."""
    ids = {(item.article_id, item.fact.start, item.fact.kind): number for number, item in enumerate(found, 1)}
    conversions = {(item.article_id, item.fact.converts): ids[(item.article_id, item.fact.start, "money")]
                   for item in found if item.fact.converts is not None}
    listed = []
    for number, item in enumerate(found, 1):
        fact = item.fact
        entry: dict = {"id": number, "article": item.article_id, "kind": fact.kind}
        if fact.kind == "money":
            entry |= {"amount": fact.amount, "currency": fact.currency, "low": fact.low, "high": fact.high}
            if fact.converts is not None:
                entry["converts"] = ids.get((item.article_id, fact.converts, "money"))
            if (item.article_id, fact.start) in conversions:
                entry["converted"] = conversions[(item.article_id, fact.start)]
        else:
            entry |= {"value": fact.value, "detail": fact.detail}
        listed.append(entry | {"text": fact.text, "start": fact.start, "end": fact.end, "sentence": fact.sentence})
    return listed


def gazetteer_command(args: argparse.Namespace, folder: Path) -> int:
    facts = carnet_for(args, folder).facts
    facts.add_name(args.name, kind=args.kind, aliases=args.alias, code=args.code)
    print(f"added {args.kind} {shown(args.name)}")
    return 0
