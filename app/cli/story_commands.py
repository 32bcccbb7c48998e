"""The story commands: list the stories whose copies were grouped, split a copy off, join two."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import arguments
from app.cli.opening import carnet_for
from app.cli.terminal import json_for_terminal, shown
from app.core.article import ArticleSummary


def add_parser(sub) -> None:
    story = sub.add_parser(
        "story", help="list, split and join stories (copies of one text in several outlets)",
        description="Articles whose texts are copies of one dispatch (most of their word sequences alike) "
                    "form a story, grouped at import. List the stories, split a wrongly grouped copy off, "
                    "or join two stories.")
    actions = story.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the stories that have several copies")
    listing.add_argument("--json", action="store_true", help="print them as JSON")
    listing.set_defaults(handler=story_list)
    split = actions.add_parser("split", help="take an article out of its story")
    split.add_argument("id", type=arguments.record_id, metavar="ID", help="the article id")
    split.set_defaults(handler=story_split)
    join = actions.add_parser("join", help="make the stories of two articles one")
    join.add_argument("first", type=arguments.record_id, metavar="ID")
    join.add_argument("second", type=arguments.record_id, metavar="ID")
    join.set_defaults(handler=story_join)
    shared = actions.add_parser("highlights", help="the highlights of the other copies, as found in this one",
                                description="List the highlights made on the other copies of article ID's "
                                            "story, each found in article ID's text by its quote: where, and how "
                                            "(exact, moved, fuzzy, or orphan: not in this text).")
    shared.add_argument("id", type=arguments.record_id, metavar="ID", help="the article id")
    shared.add_argument("--json", action="store_true", help="print them as JSON")
    shared.set_defaults(handler=story_highlights)


def story_list(args: argparse.Namespace, folder: Path) -> int:
    stories = carnet_for(args, folder).stories.grouped()
    if args.json:
        print(json_for_terminal([{"story": story.lead.id, "articles": [_as_json(a) for a in story.articles]}
                                 for story in stories]))
        return 0
    for story in stories:
        print(f"story {story.lead.id}: {len(story.articles)} articles")
        for article in story.articles:
            print(f"  {article.id:>5}  {shown(article.source or ''):<18.18}  {shown(article.title)}")
    if not stories:
        print("No story has more than one copy.")
    return 0


def story_split(args: argparse.Namespace, folder: Path) -> int:
    stories = carnet_for(args, folder).stories
    stories.split(args.id)
    print(f"article {args.id} now makes a story of its own")
    return 0


def story_join(args: argparse.Namespace, folder: Path) -> int:
    stories = carnet_for(args, folder).stories
    stories.join(args.first, args.second)
    story = stories.story(args.first)
    print(f"story {story.lead.id}: {len(story.articles)} articles: {', '.join(str(a.id) for a in story.articles)}")
    return 0


def story_highlights(args: argparse.Namespace, folder: Path) -> int:
    shared = carnet_for(args, folder).stories.shared_highlights(args.id)
    rows = [{"highlight": item.highlight.id, "from_article": item.from_article, "from_source": item.from_source,
             "quote": item.highlight.quote, "status": item.resolution.status.value, "start": item.resolution.start,
             "end": item.resolution.end, "score": item.resolution.score} for item in shared]
    if args.json:
        print(json_for_terminal(rows))
        return 0
    for row in rows:
        where = f"{row['start']}–{row['end']}" if row["start"] is not None else "not in this text"
        print(f"highlight {row['highlight']} of article {row['from_article']} "
              f"({shown(row['from_source'] or '')}): {row['status']}, {where}: « {shown(row['quote'])} »")
    if not rows:
        print(f"The other copies of article {args.id}'s story have no highlights.")
    return 0


def _as_json(article: ArticleSummary) -> dict:
    return {"id": article.id, "title": article.title, "source": article.source, "published": article.published}
