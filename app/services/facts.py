"""Facts (amounts, places, actors) of the library's articles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import json

from app.core.errors import ToldError
from app.core.facts import KINDS, Fact, Gazetteer, Kind, extract_facts
from app.core.messages import Message
from app.core.tasks import CancelToken, Progress, no_progress
from app.services.child_process import LibraryPlace, read_apart
from app.store.articles import article_texts, count_articles
from app.store.errors import LibraryReadOnly

if TYPE_CHECKING:
    from app.store.library import Library


@dataclass(frozen=True, slots=True)  # a library holds hundreds of thousands
class ArticleFact:
    article_id: int
    article_title: str
    fact: Fact


@dataclass(frozen=True, slots=True)
class FactGroup:
    """One thing the articles mention (the EU, Paris, 200 billion euros), with every
    mention of it in article and text order."""

    kind: Kind
    value: str
    detail: str
    mentions: tuple[ArticleFact, ...]

    @property
    def amount(self) -> float | None:
        return self.mentions[0].fact.amount

    @property
    def article_count(self) -> int:
        return len({mention.article_id for mention in self.mentions})


def group_facts(facts: list[ArticleFact]) -> list[FactGroup]:
    """The facts gathered by the thing they name (kind, canonical value and detail), the
    most mentioned first."""
    groups: dict[tuple[str, str, str], list[ArticleFact]] = {}
    for item in facts:
        groups.setdefault((item.fact.kind, item.fact.value, item.fact.detail), []).append(item)
    found = [FactGroup(kind, value, detail, tuple(mentions)) for (kind, value, detail), mentions in groups.items()]
    found.sort(key=lambda group: (-len(group.mentions), group.kind, group.value))
    return found


GAZETTEER_FILE = "gazetteer.json"
ACTOR_KINDS = ("person", "institution", "company")


class GazetteerError(ToldError, ValueError):
    """A gazetteer file or entry that cannot be used, naming it."""


class FactsService:
    def __init__(self, library: Library) -> None:
        self._library = library

    @property
    def gazetteer_path(self):
        return self._library.folder / GAZETTEER_FILE

    def gazetteer(self) -> Gazetteer:
        """The user's names, from `gazetteer.json` in the library folder (if any)."""
        if not self.gazetteer_path.exists():
            return Gazetteer()
        try:
            data = json.loads(self.gazetteer_path.read_text(encoding="utf-8"))
            return Gazetteer(
                places=tuple((p["name"], p.get("code", ""), tuple(p.get("aliases", [])) + (p["name"],))
                             for p in data.get("places", [])),
                actors=tuple((a["name"], a.get("kind", "person"), tuple(a.get("aliases", [])) + (a["name"],))
                             for a in data.get("actors", [])),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            raise GazetteerError(Message("{path}: {error}", path=str(self.gazetteer_path), error=error)) from None

    def add_name(self, name: str, *, kind: str, aliases: list[str] = (), code: str = "") -> None:
        """Teach the library a place (`kind="place"`, with its ISO code) or an actor."""
        if self._library.read_only:
            raise LibraryReadOnly(self.gazetteer_path, Message("the library is read-only: nothing can be changed "
                                                               "in it, its gazetteer neither"))
        if kind not in (*ACTOR_KINDS, "place"):
            raise GazetteerError(Message("kind must be place, {kinds}", kinds=", ".join(ACTOR_KINDS)))
        self.gazetteer()  # refuse to overwrite a file that cannot be read
        data = json.loads(self.gazetteer_path.read_text(encoding="utf-8")) if self.gazetteer_path.exists() else {}
        entry = {"name": name.strip(), "aliases": [a.strip() for a in aliases if a.strip()]}
        if kind == "place":
            data.setdefault("places", []).append({**entry, "code": code.upper()})
        else:
            data.setdefault("actors", []).append({**entry, "kind": kind})
        temporary = self.gazetteer_path.with_suffix(".json.part")
        temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        temporary.replace(self.gazetteer_path)

    def facts(self, *, kinds: tuple[Kind, ...] = KINDS, article_id: int | None = None,
              progress: Progress = no_progress, cancel: CancelToken | None = None) -> list[ArticleFact]:
        """The facts of one article, or of every article, in article and text order.

        `progress(done, total, title)` is called after each article; a cancelled `cancel`
        stops between articles and returns the facts found so far."""
        found: list[ArticleFact] = []
        for step, facts in self._by_article(kinds, article_id):
            if cancel is not None and cancel.cancelled:
                break
            found.extend(facts)
            progress(*step)
        return found

    def facts_apart(self, *, kinds: tuple[Kind, ...] = KINDS, article_id: int | None = None,
                    progress: Progress = no_progress, cancel: CancelToken | None = None) -> list[ArticleFact]:
        """`facts`, found in a child process: what a window's background task calls, so
        that the window's own thread never waits for this pure-Python work."""
        library = self._library
        return read_apart(_facts_of_library, LibraryPlace.of(library), kinds,
                          article_id, progress=progress, cancel=cancel)

    def _by_article(self, kinds: tuple[Kind, ...], article_id: int | None):
        db = self._library.database()
        total = 1 if article_id is not None else count_articles(db)
        gazetteer = self.gazetteer()
        for done, (article_id_, title, body, _source, language) in enumerate(article_texts(db, article_id), 1):
            facts = [ArticleFact(article_id_, title, fact)
                     for fact in extract_facts(body, language=language, kinds=kinds, gazetteer=gazetteer)]
            yield (done, max(total, done), title), facts


def _facts_of_library(place: LibraryPlace, kinds, article_id: int | None):
    """Run in a child process by `facts_apart`."""
    library = place.open()
    try:
        yield from FactsService(library)._by_article(kinds, article_id)
    finally:
        library.close()
