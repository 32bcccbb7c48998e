"""`carnet team …`: creating a team library in PostgreSQL, moving a local library into it,
and making a local copy of it."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Callable, TypeVar

from app.cli.progress import ProgressBar
from app.cli.terminal import shown
from app.core.errors import ToldError
from app.core.messages import Message
from app.services.library import LIBRARY_ENV

T = TypeVar("T")


def add_parser(sub) -> None:
    team = sub.add_parser(
        "team", help="team libraries in PostgreSQL: create one, move a library in, copy one out",
        description="A team library is a PostgreSQL database several people work in. URI is a libpq address "
                    "(postgresql://host/dbname) or service=NAME; its password comes from ~/.pgpass, a service "
                    "file or PGPASSWORD, or is asked for in a terminal, and is never stored by Carnet.")
    verbs = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)

    init = verbs.add_parser("init", help="create a team library in an existing database",
                            description="Create the team library's tables in the database at URI (or bring "
                                        "them up to date); the role connected becomes its first administrator.")
    init.add_argument("uri", metavar="URI")
    init.set_defaults(handler=init_command)

    push = verbs.add_parser("push", help="move a local library into a team library",
                            description="Copy every article, highlight, tag (with its parent, colour, key and "
                                        "rules), note, picture and story of the local library in LIBRARY_DIR "
                                        "into the team library at URI, in one transaction. An article the team "
                                        "library holds already is not copied twice; nor is a highlight of the "
                                        "same passage; a tag of the same name takes the pushed one's fields.")
    push.add_argument("library_dir", metavar="LIBRARY_DIR")
    push.add_argument("uri", metavar="URI")
    push.set_defaults(handler=push_command)

    pull = verbs.add_parser("pull", help="make a local copy of a team library",
                            description="Make a new local library in LIBRARY_DIR holding the team library's "
                                        "articles, highlights, tags and notes, for reading offline.")
    pull.add_argument("uri", metavar="URI")
    pull.add_argument("library_dir", metavar="LIBRARY_DIR")
    pull.set_defaults(handler=pull_command)

    grant = verbs.add_parser(
        "grant", help="give a PostgreSQL role access to the team library",
        description="Make the PostgreSQL role NAME a member of the team library named by --library URI (or "
                    f"${LIBRARY_ENV}): a reader may only read (the server refuses its writes), an editor may "
                    "also change articles, highlights, tags and notes, an admin may also give access. The role "
                    "must exist on the server (`createuser --pwprompt NAME`).")
    grant.add_argument("name", metavar="NAME")
    grant.add_argument("access", choices=["reader", "editor", "admin"], metavar="reader|editor|admin")
    grant.set_defaults(handler=grant_command)


def _with_password(action: Callable[[str | None], T]) -> T:
    """Run `action`; when the server wants a password libpq was not given and a person is at
    the terminal, ask for it once (it is kept nowhere)."""
    from app.store.postgres.connection import PasswordNeeded  # psycopg loads only for team commands

    try:
        return action(None)
    except PasswordNeeded:
        if not sys.stdin.isatty():
            raise
        return action(getpass.getpass("Password: "))


def init_command(args: argparse.Namespace, folder: Path) -> int:
    from app.team.library import init_team_library

    outcome = _with_password(lambda password: init_team_library(args.uri, password=password))
    if outcome.version_before == outcome.version:
        print(f"{shown(outcome.address)}: the team library is up to date (schema {outcome.version})")
    elif outcome.version_before == 0:
        print(f"{shown(outcome.address)}: team library created (schema {outcome.version})")
    else:
        print(f"{shown(outcome.address)}: team library brought from schema {outcome.version_before} "
              f"to {outcome.version}")
    if outcome.member is not None:
        print(f"you are {shown(outcome.member.name)}, {outcome.member.access}")
    return 0


def push_command(args: argparse.Namespace, folder: Path) -> int:
    from app.team.transfer import push_library

    bar = ProgressBar(sys.stderr)
    try:
        outcome = _with_password(lambda password: push_library(Path(args.library_dir), args.uri, password=password,
                                                                progress=bar.update))
    finally:
        bar.close()
    print(f"{shown(outcome.address)}: {outcome.articles} articles added ({outcome.articles_known} already there), "
          f"{outcome.highlights} highlights ({outcome.highlights_known} already there), {outcome.tags} tags")
    return 0


def pull_command(args: argparse.Namespace, folder: Path) -> int:
    from app.team.transfer import pull_library

    bar = ProgressBar(sys.stderr)
    try:
        outcome = _with_password(lambda password: pull_library(args.uri, Path(args.library_dir), password=password,
                                                                progress=bar.update))
    finally:
        bar.close()
    print(f"{shown(str(outcome.folder))}: a local copy with {outcome.articles} articles, {outcome.highlights} "
          f"highlights and {outcome.tags} tags")
    return 0


def grant_command(args: argparse.Namespace, folder: Path) -> int:
    from app.store.team import is_team_address
    from app.team.library import grant_access

    uri = args.library or os.environ.get(LIBRARY_ENV) or ""
    if not is_team_address(uri):
        raise ToldError(Message("`carnet team grant` works on a team library: name it with "
                                "--library postgresql://host/dbname (before `team`)"))
    member = _with_password(lambda password: grant_access(uri, args.name, args.access, password=password))
    print(f"{shown(member.role_name)} is now {member.access} of the team library ({shown(member.name)}, "
          f"colour {member.colour})")
    return 0
