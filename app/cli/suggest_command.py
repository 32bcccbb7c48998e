"""`carnet suggest`: the suggested highlights, listed or accepted."""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from pathlib import Path

from app.cli import arguments
from app.cli.opening import carnet_for
from app.cli.terminal import json_for_terminal, shown
from app.core.messages import Message
from app.services.suggesting import Suggestion, pair_count

_ADDRESS = re.compile(r"(?P<article>\d+):(?P<start>\d+)-(?P<end>\d+)(?::(?P<tags>.+))?")


@dataclass(frozen=True)
class Passage:
    """What `--accept` names: a passage of an article and, if given, its tags."""

    article_id: int
    start: int
    end: int
    tags: tuple[str, ...]


def passage(text: str) -> Passage:
    """`ARTICLE:START-END[:TAG[,TAG…]]`, as `carnet suggest` lists them."""
    match = _ADDRESS.fullmatch(text.strip())
    if not match:
        raise argparse.ArgumentTypeError(str(Message(
            "'{text}' is not a passage: write ARTICLE:START-END or ARTICLE:START-END:TAG[,TAG]", text=shown(text))))
    article = arguments.record_id(match.group("article"))
    start, end = int(match.group("start")), int(match.group("end"))
    if start >= end or end > arguments.LARGEST_OFFSET:
        raise argparse.ArgumentTypeError(str(Message("'{text}': a passage ends after it starts", text=shown(text))))
    tags = tuple(t.strip() for t in (match.group("tags") or "").split(",") if t.strip())
    return Passage(article, start, end, tags)


def add_parser(sub) -> None:
    suggest = sub.add_parser(
        "suggest", help="list suggested highlights, or accept them",
        description="List the sentences that tags' rules propose, each with its tags, as "
                    "ARTICLE:START-END (code points of the article's text). --accept highlights one "
                    "(or part of one, or with other tags); --accept-all highlights every one listed.",
    )
    suggest.add_argument("--article", type=arguments.record_id, metavar="ID", help="only this article's")
    suggest.add_argument("--tag", metavar="TAG", help="only those proposing this tag")
    suggest.add_argument("--json", action="store_true", help="print them as JSON")
    accepting = suggest.add_mutually_exclusive_group()
    accepting.add_argument("--accept", type=passage, action="append", default=[], metavar="ARTICLE:START-END[:TAG]",
                           help="highlight this passage of a suggested sentence, with the sentence's proposed "
                                "tags or those given (comma-separated); repeatable")
    accepting.add_argument("--accept-all", action="store_true",
                           help="highlight every suggestion listed (with --article and --tag: only those)")
    suggest.set_defaults(handler=suggest_command)


def suggest_command(args: argparse.Namespace, folder: Path) -> int:
    carnet = carnet_for(args, folder)
    suggesting = carnet.suggestions
    if args.accept:
        for wanted in args.accept:
            suggestion = suggesting.find(wanted.article_id, wanted.start, wanted.end)
            tag_ids = tuple(carnet.tags.find(name).id for name in wanted.tags) or None
            highlight = suggesting.accept(suggestion, tag_ids=tag_ids, start=wanted.start, end=wanted.end).value
            print(f"highlight {highlight.id}: article {highlight.article_id} {highlight.start}-{highlight.end} "
                  f"[{shown(', '.join(highlight.tags))}]")
        return 0
    found = suggesting.suggestions(article_id=args.article, tag=args.tag)
    if args.accept_all:
        for suggestion in found:
            suggesting.accept(suggestion)  # with --tag, each proposes that tag alone
        print(f"accepted {len(found)} suggestions as highlights")
        return 0
    if args.json:
        print(json_for_terminal([_as_json(s) for s in found]))
        return 0
    _print_listing(found)
    return 0


def _as_json(suggestion: Suggestion) -> dict:
    return {"article": suggestion.article_id, "title": suggestion.article_title, "start": suggestion.start,
            "end": suggestion.end, "address": f"{suggestion.article_id}:{suggestion.start}-{suggestion.end}",
            "text": suggestion.text,
            "tags": [{"name": tag.tag_name, "triggers": list(tag.triggers)} for tag in suggestion.tags]}


def _print_listing(found: list[Suggestion]) -> None:
    article = None
    for suggestion in found:
        if suggestion.article_id != article:
            article = suggestion.article_id
            print(f"{'' if article == found[0].article_id else chr(10)}#{article} {shown(suggestion.article_title)}")
        tags = ", ".join(suggestion.tag_names)
        address = f"{suggestion.article_id}:{suggestion.start}-{suggestion.end}"
        print(f"  {address}  [{shown(tags)}]  {shown(suggestion.text)}")
    print(f"{len(found)} sentences, {pair_count(found)} tag proposals")
