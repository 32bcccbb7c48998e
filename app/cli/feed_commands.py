"""`carnet feed …`: following feeds, updating them, OPML in and out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli import arguments
from app.cli.opening import carnet_for
from app.cli.progress import ProgressBar
from app.cli.terminal import shown, shown_text
from app.core.feeds import Feed
from app.importers.web_fetch import FetchPolicy
from app.services.exporting import write_atomically
from app.services.feeds import FeedOutcome


def add_parser(sub) -> None:
    feed = sub.add_parser(
        "feed", help="follow feeds (RSS, Atom, JSON Feed) and import their new entries",
        description="Follow feeds and import their entries: `feed add URL`, then `feed update`.",
    )
    verbs = feed.add_subparsers(dest="feed_command", metavar="ACTION", required=True)

    add = verbs.add_parser("add", help="follow a feed", description="Follow the feed at URL; its entries are "
                                                                   "imported by `carnet feed update`.")
    add.add_argument("url", metavar="URL")
    add.add_argument("--tag", metavar="T", help="a keyword given to every article of this feed")
    add.add_argument("--name", metavar="N", help="the name to know it by (by default the feed's own title)")
    add.set_defaults(handler=add_command)

    listing = verbs.add_parser("list", help="list the feeds followed",
                               description="List the feeds: id, name, address, tag, and how the last update went.")
    listing.set_defaults(handler=list_command)

    remove = verbs.add_parser("remove", help="stop following a feed",
                              description="Stop following a feed (the articles it brought stay).")
    remove.add_argument("feed", metavar="NAME_OR_ID")
    remove.set_defaults(handler=remove_command)

    update = verbs.add_parser(
        "update", help="import the new entries of feeds",
        description="Download feeds and import their new entries (all feeds without NAME_OR_ID). An entry seen "
                    "once is never fetched again; a feed that fails says why and the others go on. Exit status 1 "
                    "when a feed failed.")
    update.add_argument("feeds", nargs="*", metavar="NAME_OR_ID")
    update.add_argument("--all", action="store_true", help="every feed (the default)")
    update.add_argument("--timeout", type=arguments.seconds, default=60.0, metavar="SECONDS",
                        help="the longest one download may take (default 60)")
    update.set_defaults(handler=update_command)

    opml_in = verbs.add_parser("import-opml", help="follow the feeds an OPML file lists",
                               description="Follow every feed an OPML file (a feed reader's export) lists.")
    opml_in.add_argument("file", metavar="FILE")
    opml_in.set_defaults(handler=import_opml_command)

    opml_out = verbs.add_parser("export-opml", help="write the feeds followed as OPML",
                                description="Write the feeds followed as an OPML file, for another feed reader.")
    opml_out.add_argument("-o", "--output", default="-", metavar="FILE", help="the file to write, or - (default)")
    opml_out.add_argument("--force", action="store_true", help="replace an existing file")
    opml_out.set_defaults(handler=export_opml_command)


def add_command(args: argparse.Namespace, folder: Path) -> int:
    feed = carnet_for(args, folder).feeds.add(args.url, name=args.name, tag=args.tag)
    print(f"following feed {feed.id}: {shown(feed.display_name)}; `carnet feed update` imports its entries")
    return 0


def list_command(args: argparse.Namespace, folder: Path) -> int:
    feeds = carnet_for(args, folder).feeds.feeds()
    for feed in feeds:
        print(_feed_line(feed))
    if not feeds:
        print("No feed is followed: add one with `carnet feed add URL`.", file=sys.stderr)
    return 0


def remove_command(args: argparse.Namespace, folder: Path) -> int:
    service = carnet_for(args, folder).feeds
    feed = service.find(args.feed)
    service.remove(feed)
    print(f"no longer following feed {feed.id}: {shown(feed.display_name)}")
    return 0


def update_command(args: argparse.Namespace, folder: Path) -> int:
    service = carnet_for(args, folder).feeds
    feeds = None if args.all or not args.feeds else [service.find(name) for name in args.feeds]
    bar = ProgressBar(sys.stderr)
    report = service.update(feeds, progress=bar.update, policy=FetchPolicy(seconds=args.timeout))
    bar.close()
    for outcome in report.feeds:
        print(_update_line(outcome))
        for entry in outcome.entries:
            if entry.status != "imported":
                print(f"  {entry.status:<9}  {shown(entry.path)}: {shown(entry.reason or '')}")
    imported = len(report.imported_ids)
    failed = sum(1 for outcome in report.feeds if outcome.error)
    print(f"{imported} imported from {len(report.feeds)} feed{'s' if len(report.feeds) != 1 else ''}"
          + (f", {failed} failed" if failed else "") + (" (cancelled)" if report.cancelled else ""))
    return 1 if failed else 0


def import_opml_command(args: argparse.Namespace, folder: Path) -> int:
    report = carnet_for(args, folder).feeds.import_opml(Path(args.file))
    for feed in report.added:
        print(f"following feed {feed.id}: {shown(feed.display_name)}" + (f" [{shown(feed.tag)}]" if feed.tag else ""))
    for url in report.known:
        print(f"followed already: {shown(url)}")
    print(f"{len(report.added)} added, {len(report.known)} followed already")
    return 0


def export_opml_command(args: argparse.Namespace, folder: Path) -> int:
    text = carnet_for(args, folder).feeds.export_opml()
    if args.output == "-":
        sys.stdout.write(shown_text(text) if sys.stdout.isatty() else text)
    else:
        write_atomically(Path(args.output), text, overwrite=args.force)
        print(f"wrote {shown(args.output)}", file=sys.stderr)
    return 0


def _feed_line(feed: Feed) -> str:
    tag = f" [{shown(feed.tag)}]" if feed.tag else ""
    if feed.checked_at is None:
        state = "never updated"
    elif feed.last_error:
        state = f"failed {feed.checked_at[:16].replace('T', ' ')}: {shown(feed.last_error)}"
    else:
        state = f"updated {feed.checked_at[:16].replace('T', ' ')}, {feed.new_entries} new"
    return f"{feed.id:>4}  {shown(feed.display_name)}{tag}  {shown(feed.url)}  {feed.entries} entries; {state}"


def _update_line(outcome: FeedOutcome) -> str:
    name = f"{outcome.feed.id:>4}  {shown(outcome.feed.display_name)}"
    if outcome.error:
        return f"{name}: failed: {shown(outcome.error)}"
    if outcome.not_modified:
        return f"{name}: not modified"
    count = len(outcome.entries)
    return f"{name}: {count} new entr{'y' if count == 1 else 'ies'}, {outcome.imported} imported"
