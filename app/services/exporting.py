"""Exporting highlights: choosing them (by tags, articles, search, dates, anchor status,
authors), rendering them, and writing the file whole or not at all."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import secrets
import stat
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from app.core.anchoring import AnchorStatus
from app.core.article import Article
from app.core.csl_items import REFERENCE_FORMATS
from app.core.csv_export import to_csv
from app.core.digest import Digest, DigestScope, GroupBy, PandocCiter, Translate, render_markdown
from app.core.errors import ToldError
from app.core.highlight import Highlight
from app.core.messages import Message
from app.core.people import Person
from app.core.web_annotation import to_collection
from app.services.checking import missing_row_error
from app.services.people import PeopleService
from app.services.searching import SearchService
from app.store.articles import all_article_ids, get_article
from app.store.highlights import list_highlights
from app.store.stories import leads_of, members_of_leads
from app.store.tags import find_tag, list_tags

if TYPE_CHECKING:
    from app.store.library import Library

SEARCH_PAGE = 500
Format = Literal["md", "json", "csv"]
FORMATS: tuple[Format, ...] = ("md", "json", "csv")


class ExportError(ToldError):
    """An export that cannot be made, naming the file or filter at fault."""


class ExportService:
    def __init__(self, library: Library) -> None:
        self._library = library

    def digest(self, scope: DigestScope, *, title: str = "Carnet digest", now: str | None = None) -> Digest:
        """The highlights `scope` selects, with the articles they cite (`now` stamps it)."""
        for bound in (scope.since, scope.until):
            if bound:
                date_bound(bound)
        db = self._library.database()
        people = PeopleService(self._library).members()
        highlights = self._select(list_highlights(db), scope)
        if scope.authors:
            roles = {person.role for person in self.authors(scope.authors, people)}
            highlights = [h for h in highlights if h.author in roles]
        articles = {article_id: get_article(db, article_id) for article_id in {h.article_id for h in highlights}}
        missing = sorted(article_id for article_id, article in articles.items() if article is None)
        if missing:
            raise missing_row_error(self._library.folder, Message("article {id}, which highlights belong to",
                                                                  id=missing[0]))
        chosen = [h for h in highlights if _published_within(articles[h.article_id].published, scope)]
        stories = _stories_of(db, {h.article_id for h in chosen})
        for members in stories.values():
            for member in members:
                if member not in articles:
                    articles[member] = get_article(db, member)
        return Digest(
            title=title,
            generated_at=now or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            library=self._library.name,
            scope=scope,
            highlights=chosen,
            articles=articles,
            tags=list_tags(db),
            stories=stories,
            people=people,
        )

    def markdown(self, scope: DigestScope, *, group_by: GroupBy = "tag", title: str = "Carnet digest",
                 now: str | None = None, translate: Translate | None = None) -> str:
        """The Markdown digest of the highlights `scope` selects."""
        return render_markdown(self.digest(scope, title=title, now=now), group_by=group_by, translate=translate)

    def render(self, scope: DigestScope, *, format: Format, group_by: GroupBy = "tag",
               title: str = "Carnet digest", now: str | None = None, key_figures: bool = False,
               translate: Translate | None = None, style: str | None = None, pandoc: bool = False) -> str:
        """The highlights `scope` selects as Markdown (`md`), W3C Web Annotations (`json`)
        or CSV (`csv`). `translate` gives the Markdown digest's own words in another
        language; the JSON and CSV keep their English field names, which programs read.
        The Markdown digest cites by footnotes, in a CSL `style` (a shipped style's name
        or a .csl file), or with Pandoc citations (`pandoc`)."""
        digest = self.digest(scope, title=title, now=now)
        if format == "md":
            if style and not pandoc:
                from app.services.citation_styles import StyleCiter, load_style  # citeproc: loaded when used
            citer = PandocCiter(digest.articles) if pandoc else \
                StyleCiter(load_style(style), digest.articles) if style else None
            return render_markdown(digest, group_by=group_by, key_figures=key_figures, translate=translate,
                                   citer=citer)
        if format == "json":
            return json.dumps(to_collection(digest), ensure_ascii=False, indent=2) + "\n"
        if format == "csv":
            return to_csv(digest)
        raise ExportError(Message("unknown format '{format}' (md, json or csv)", format=format))

    def authors(self, names: tuple[str, ...] | list[str], people: list[Person] | None = None) -> list[Person]:
        """The members `names` name (each a member's name or role, any case; `me`: the
        person the library is open as), or `ExportError` naming one that is no member."""
        service = PeopleService(self._library)
        people = service.members() if people is None else people
        chosen = []
        for name in names:
            wanted = name.strip().casefold()
            found = next((p for p in people if p.name.casefold() == wanted), None) or \
                next((p for p in people if p.role is not None and p.role.casefold() == wanted), None)
            if found is None and wanted == "me":
                found = service.me()
            if found is None:
                raise ExportError(Message("no member named '{name}' (members: {names})", name=name,
                                          names=", ".join(p.name for p in people)))
            chosen.append(found)
        return chosen

    def reference_articles(self, scope: DigestScope) -> list[Article]:
        """The articles a reference export holds: every one, or those a tag's highlights,
        a search or a list of ids choose (all the filters given), in citation-key order."""
        db = self._library.database()
        chosen: set[int] | None = None
        if scope.tags or scope.authors or scope.since or scope.until:
            chosen = {h.article_id for h in self.digest(dataclasses.replace(scope, query=None, articles=())).highlights}
        if scope.query:
            matching = self._articles_matching(scope.query)
            chosen = matching if chosen is None else chosen & matching
        if scope.articles:
            chosen = set(scope.articles) if chosen is None else chosen & set(scope.articles)
        articles = [get_article(db, article_id) for article_id in sorted(chosen if chosen is not None
                                                                          else all_article_ids(db))]
        return sorted((a for a in articles if a is not None), key=lambda a: a.citation_key or "")

    def references(self, scope: DigestScope, *, format: str) -> str:
        """The articles `scope` chooses as a reference file: `bibtex`, `ris` or `csl-json`."""
        if format not in REFERENCE_FORMATS:
            raise ExportError(Message("unknown reference format '{format}' ({names})", format=format,
                                      names=", ".join(REFERENCE_FORMATS)))
        from app.services.reference_files import REFERENCE_WRITERS  # bibtexparser and rispy: loaded when used
        return REFERENCE_WRITERS[format](self.reference_articles(scope))

    def _select(self, highlights: list[Highlight], scope: DigestScope) -> list[Highlight]:
        db = self._library.database()
        if scope.tags:
            wanted = set()
            for name in scope.tags:
                tag = find_tag(db, name)
                if tag is None:
                    raise ExportError(Message("no tag named '{name}'", name=name))
                wanted.add(tag.id)
            test = wanted.issubset if scope.all_tags else wanted.intersection
            highlights = [h for h in highlights if test(h.tag_ids)]
        if scope.articles:
            highlights = [h for h in highlights if h.article_id in set(scope.articles)]
        if scope.query:
            matching = self._articles_matching(scope.query)
            highlights = [h for h in highlights if h.article_id in matching]
        if not scope.orphans:
            highlights = [h for h in highlights if h.status is not AnchorStatus.ORPHAN]
        return highlights

    def _articles_matching(self, query: str) -> set[int]:
        search, found, offset = SearchService(self._library), set(), 0
        while True:
            page = search.search(query, limit=SEARCH_PAGE, offset=offset, snippets=False)
            found.update(hit.article.id for hit in page.hits)
            if not page.has_more:
                return found
            offset += SEARCH_PAGE


_DATE_BOUND = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _stories_of(db, article_ids: set[int]) -> dict[int, tuple[int, ...]]:
    """article id → every article of its story, the lead first, for those with copies."""
    leads = leads_of(db, sorted(article_ids))
    outlets = members_of_leads(db, set(leads.values()))
    return {member: tuple(m for m, _ in members) for members in outlets.values() for member, _ in members}


def date_bound(text: str) -> str:
    """`text` as a publication date bound — a year, a month or a day (`2024`, `2024-01`,
    `2024-01-24`) — or `ExportError` saying what is wrong with it."""
    match = _DATE_BOUND.fullmatch(text.strip())
    if match is None:
        raise ExportError(Message("'{text}' is not a date: write a year, a month or a day "
                                  "(2024, 2024-01, 2024-01-24)", text=text))
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        datetime(year, month or 1, day or 1)
    except ValueError:
        raise ExportError(Message("'{text}' is not a date of the calendar", text=text)) from None
    return match.group()


def _published_within(published: str | None, scope: DigestScope) -> bool:
    if not scope.since and not scope.until:
        return True
    if not published:
        return False
    day = published[:10]
    return (not scope.since or day >= scope.since) and (not scope.until or day[:len(scope.until)] <= scope.until)


def write_atomically(path: Path, text: str, *, overwrite: bool = False) -> None:
    """Write `text` to `path` through a temporary file renamed into place, so the file is
    never seen half-written. An existing file is kept unless `overwrite`; anything there
    that is not a regular file (a device, a pipe, a symbolic link, a folder) is never
    replaced. A new file gets the permissions the user's umask gives (0644 usually), a
    replaced one keeps its own."""
    path = Path(path)
    existing = _existing(path)
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        raise ExportError(Message("{path} is not a regular file ({kind}): exports are written only to regular "
                                  "files (use -o - for standard output)", path=path, kind=_kind(existing)))
    if existing is not None and not overwrite:
        raise ExportError(Message("{path} exists already (use --force to replace it)", path=path))
    if not path.parent.is_dir():
        raise ExportError(Message("{folder} is not a folder", folder=path.parent))
    temporary = None
    try:
        descriptor, temporary = _create_temporary(path)
        if existing is not None:
            os.chmod(temporary, stat.S_IMODE(existing.st_mode))
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as error:
        raise ExportError(Message("{path} could not be written ({error}); no file was changed there",
                                  path=path, error=error.strerror or error)) from error
    finally:
        if temporary is not None:  # gone already once renamed into place
            Path(temporary).unlink(missing_ok=True)


def _existing(path: Path) -> os.stat_result | None:
    try:
        return path.lstat()  # the link itself, not what it points to
    except FileNotFoundError:
        return None
    except OSError as error:
        raise ExportError(Message("{path} cannot be examined ({error})", path=path,
                                  error=error.strerror or error)) from error


def _kind(status: os.stat_result) -> Message:
    mode = status.st_mode
    if stat.S_ISLNK(mode):
        return Message("a symbolic link")
    if stat.S_ISDIR(mode):
        return Message("a folder")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Message("a device")
    if stat.S_ISFIFO(mode):
        return Message("a named pipe")
    if stat.S_ISSOCK(mode):
        return Message("a socket")
    return Message("not a regular file")


def _create_temporary(path: Path) -> tuple[int, str]:
    """A new file beside `path`, created with mode 0666 so that the umask decides its
    permissions as for any file the user makes (mkstemp would make it 0600)."""
    while True:
        name = str(path.parent / f".{path.name}.{secrets.token_hex(6)}.part")
        try:
            return os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o666), name
        except FileExistsError:
            continue
