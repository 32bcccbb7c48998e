"""The highlight, highlights, note and tag commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import arguments
from app.cli.opening import carnet_for, library_for
from app.cli.terminal import json_for_terminal, shown
from app.core.errors import ImportRejected
from app.core.highlight import Highlight
from app.core.messages import Message
from app.importers import importer_for
from app.services.importing import replace_text


def add_parsers(sub) -> None:
    highlight = sub.add_parser(
        "highlight", help="highlight a passage of an article",
        description="Highlight the passage QUOTE of article ARTICLE (as `carnet list` numbers it).",
    )
    highlight.add_argument("article", type=arguments.record_id, metavar="ARTICLE")
    highlight.add_argument("--quote", required=True, help="the exact text to highlight")
    highlight.add_argument("--occurrence", type=arguments.occurrence, metavar="K",
                           help="which occurrence, when the quote repeats")
    highlight.add_argument("--tag", action="append", default=[], metavar="TAG", help="a tag (repeatable)")
    highlight.add_argument("--note", default="", help="a note (Markdown)")
    highlight.set_defaults(handler=highlight_command)

    listing = sub.add_parser("highlights", help="list highlights",
                             description="List highlights in text order, with their tags and notes.")
    listing.add_argument("--article", type=arguments.record_id, metavar="ID", help="only this article's")
    listing.add_argument("--tag", metavar="TAG", help="only those with this tag")
    listing.add_argument("--json", action="store_true", help="print them as JSON")
    listing.set_defaults(handler=highlights_command)

    note = sub.add_parser("note", help="set a highlight's note",
                          description="Replace the note of highlight HIGHLIGHT (empty text removes it).")
    note.add_argument("highlight", type=arguments.record_id, metavar="HIGHLIGHT")
    note.add_argument("text", metavar="TEXT")
    note.add_argument("--based-on", type=int, metavar="VERSION",
                      help="the note's version the text was written from: a save made since is told as a conflict")
    note.add_argument("--private", action="store_true",
                      help="set your private note instead, which no other member of a team library sees "
                           "(empty text removes it)")
    note.set_defaults(handler=note_command)

    replace = sub.add_parser(
        "replace-text", help="give an article the text of a file, keeping its highlights",
        description="Replace the text of article ARTICLE with that of FILE (any format `carnet import` reads) "
                    "and find its highlights again; says how many moved, matched approximately, or were orphaned.",
    )
    replace.add_argument("article", type=arguments.record_id, metavar="ARTICLE")
    replace.add_argument("file", type=Path, metavar="FILE")
    replace.set_defaults(handler=replace_text_command)

    tag = sub.add_parser("tag", help="manage tags", description="List, add, rename, merge or delete tags.")
    actions = tag.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", help="list tags with their keys and counts").set_defaults(handler=tag_list)
    add = actions.add_parser("add", help="add a tag")
    add.add_argument("name")
    add.add_argument("--colour", help="#rrggbb")
    add.add_argument("--parent", metavar="TAG", help="nest it under this tag")
    add.add_argument("--key", type=int, choices=range(1, 10), metavar="1-9", help="its one-key shortcut")
    add.set_defaults(handler=tag_add)
    rename = actions.add_parser("rename", help="rename a tag (to a free name)")
    rename.add_argument("name")
    rename.add_argument("new_name")
    rename.set_defaults(handler=tag_rename)
    merge = actions.add_parser("merge", help="merge SOURCE into TARGET: its highlights get TARGET")
    merge.add_argument("source")
    merge.add_argument("target")
    merge.set_defaults(handler=tag_merge)
    delete = actions.add_parser("delete", help="delete a tag (highlights keep their other tags)")
    delete.add_argument("name")
    delete.set_defaults(handler=tag_delete)


def highlight_command(args: argparse.Namespace, folder: Path) -> int:
    notes = carnet_for(args, folder).annotations
    found = notes.locate_quote(args.article, args.quote, occurrence=args.occurrence)
    created = notes.add_highlight(article_id=args.article, start=found.start, end=found.end, tags=args.tag,
                                  note=args.note).value
    if found.typographic:
        print(Message("the quote was found with other apostrophes, quotation marks, dashes or spaces: "
                      "the highlight keeps the article's own text"))
    print(f"highlight {created.id}: {_line(created)}")
    return 0


def highlights_command(args: argparse.Namespace, folder: Path) -> int:
    carnet = carnet_for(args, folder)
    tag_id = carnet.tags.find(args.tag).id if args.tag else None
    found = carnet.annotations.highlights(article_id=args.article, tag_id=tag_id)
    if args.json:
        print(json_for_terminal([_as_json(h) for h in found]))
        return 0
    for highlight in found:
        print(f"{highlight.id:>5}  article {highlight.article_id:<5} {_line(highlight)}")
    return 0


def note_command(args: argparse.Namespace, folder: Path) -> int:
    notes = carnet_for(args, folder).annotations
    if args.private:
        private = notes.set_private_note(args.highlight, args.text).value
        kept = notes.private_note(args.highlight)
        print(f"highlight {args.highlight}: private note " + (f"— {shown(kept.note)}" if kept else
                                                            "removed" if private else "none"))
        return 0
    outcome = notes.set_note(args.highlight, args.text, based_on=args.based_on)
    print(f"highlight {outcome.value.id}, note version {outcome.version}: {_line(outcome.value)}")
    if outcome.conflict is not None:
        print(f"{outcome.conflict.message()}: « {shown(outcome.conflict.theirs.note)} »")
    return 0


def replace_text_command(args: argparse.Namespace, folder: Path) -> int:
    read = importer_for(args.file)
    if read is None:
        raise ImportRejected(args.file, Message("'{suffix}' files cannot give an article its text",
                                                suffix=args.file.suffix))
    report = replace_text(library_for(args, folder), args.article, read(args.file.absolute())).value
    print(f"article {args.article}: {shown(report)}")
    return 0


def tag_list(args: argparse.Namespace, folder: Path) -> int:
    service = carnet_for(args, folder).tags
    counts = service.counts()
    names = {tag.id: tag.name for tag in service.tags()}
    for tag in service.tags():
        highlights, articles = counts.get(tag.id, (0, 0))
        key = str(tag.shortcut) if tag.shortcut else " "
        parent = f"  (under {shown(names[tag.parent_id])})" if tag.parent_id else ""
        print(f"{key}  {shown(tag.colour)}  {shown(tag.name):<24} {_count(highlights, 'highlight')} in "
              f"{_count(articles, 'article')}{parent}")
    return 0


def tag_add(args: argparse.Namespace, folder: Path) -> int:
    service = carnet_for(args, folder).tags
    parent = service.find(args.parent).id if args.parent else None
    tag = service.create(args.name, colour=args.colour, parent_id=parent, shortcut=args.key).value
    print(f"added tag {shown(tag.name)} ({shown(tag.colour)})")
    return 0


def tag_rename(args: argparse.Namespace, folder: Path) -> int:
    service = carnet_for(args, folder).tags
    tag, _ = service.change(service.find(args.name).id, name=args.new_name).value
    print(f"renamed to {shown(tag.name)}")
    return 0


def tag_merge(args: argparse.Namespace, folder: Path) -> int:
    service = carnet_for(args, folder).tags
    merge = service.merge(service.find(args.source).id, service.find(args.target).id).value
    print(f"merged {shown(merge.source.name)} into {shown(args.target)}: "
          f"{_count(len(merge.highlight_ids), 'highlight')}")
    return 0


def tag_delete(args: argparse.Namespace, folder: Path) -> int:
    service = carnet_for(args, folder).tags
    deletion = service.delete(service.find(args.name).id).value
    print(f"deleted tag {shown(deletion.tag.name)} (it was on {_count(len(deletion.highlight_ids), 'highlight')})")
    return 0


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _line(highlight: Highlight) -> str:
    tags = ", ".join(shown(tag) for tag in highlight.tags) or "untagged"
    status = {"exact": "", "moved": " (moved)", "orphan": " (orphaned: its text is gone)"}.get(
        highlight.status.value, f" (fuzzy match, score {highlight.score:.2f})")
    note = f" — {shown(highlight.note)}" if highlight.note else ""
    return f"[{tags}] « {shown(highlight.quote)} »{status}{note}"


def _as_json(highlight: Highlight) -> dict:
    return {
        "id": highlight.id, "article": highlight.article_id, "start": highlight.start, "end": highlight.end,
        "quote": highlight.quote, "prefix": highlight.anchor.prefix, "suffix": highlight.anchor.suffix,
        "tags": list(highlight.tags), "note": highlight.note, "anchor_status": highlight.status.value,
        "anchor_score": highlight.score, "created": highlight.created_at, "modified": highlight.modified_at,
        "author": highlight.author,  # a team member's role; null: a local library's owner
    }
