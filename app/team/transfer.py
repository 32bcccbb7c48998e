"""Moving a local library into a team library whole (`push_library`), and making a new
local library from a team library (`pull_library`)."""

from __future__ import annotations

import dataclasses
import shutil
from dataclasses import dataclass
from pathlib import Path

from app.core.images import EmbeddedImage
from app.core.messages import Message
from app.core.tags import Tag, tag_key
from app.core.tasks import CancelToken, Progress, no_progress
from app.search.analysis import ANALYSER_VERSION
from app.search.index import IndexWriter, headings_of
from app.services.library import open_library
from app.store import articles as local_articles
from app.store import highlights as local_highlights
from app.store import notes as local_notes
from app.store import images as local_images
from app.store import stories as local_stories
from app.store import tags as local_tags
from app.store.database import utc_now, write_transaction
from app.store.errors import LibraryError
from app.store.library import DATABASE_FILE
from app.store.meta import set_meta
from app.store.postgres import rows
from app.store.postgres.connection import shown_address
from app.store.postgres.search_state import add_words, record_analysers
from app.team.library import open_team_connection
from app.team.search_terms import TermCollector

# The key `app.services.library` reads to know a library has had its samples: a copy has
# the team library's content, never the samples on top.
_SAMPLES_ADDED = "samples_added_at"


class TransferCancelled(Exception):
    """The transfer was cancelled; nothing of it was written."""


@dataclass(frozen=True)
class PushOutcome:
    address: str
    articles: int
    articles_known: int
    highlights: int
    highlights_known: int
    tags: int


@dataclass(frozen=True)
class PullOutcome:
    folder: Path
    articles: int
    highlights: int
    tags: int


def _check(cancel: CancelToken | None) -> None:
    if cancel is not None and cancel.cancelled:
        raise TransferCancelled()


def _parents_first(tags: list[Tag]) -> list[Tag]:
    by_id = {tag.id: tag for tag in tags}
    ordered: list[Tag] = []
    placed: set[int | None] = set()

    def place(tag: Tag, seen: frozenset) -> None:
        if tag.id in placed:
            return
        parent = by_id.get(tag.parent_id)
        if parent is not None and parent.id not in seen:
            place(parent, seen | {tag.id})
        placed.add(tag.id)
        ordered.append(tag)

    for tag in tags:
        place(tag, frozenset({tag.id}))
    return ordered


def push_library(folder: Path, uri: str, *, password: str | None = None, progress: Progress = no_progress,
                 cancel: CancelToken | None = None) -> PushOutcome:
    """Copy the local library in `folder` into the team library at `uri` in one transaction,
    its ids mapped to the team library's: every article (an article whose text the team
    library holds already becomes that one), tag (matched by name, taking the pushed
    tag's colour, description, rules, parent and key), highlight with its note and tags
    (one of a passage the article has highlighted already is left out) with the owner's
    private note on it, which becomes the pushing role's, picture, story and
    signature. Cancelling (or any failure) leaves the team library as it was."""
    folder = Path(folder)
    if not (folder / DATABASE_FILE).is_file():
        raise LibraryError(folder, Message("this folder holds no Carnet library"))
    address = shown_address(uri)
    library = open_library(folder, read_only=True)
    try:
        db = library.database()
        tags = local_tags.list_tags(db)
        highlights = local_highlights.list_highlights(db)
        private = local_notes.private_notes(db, [highlight.id for highlight in highlights])
        article_ids = [row[0] for row in local_articles.iter_articles_for_index(db)]
        with open_team_connection(uri, password=password) as connection, connection.transaction():
            terms = TermCollector()
            known_tags = rows.tag_ids_by_key(connection)
            tag_map: dict[int, int] = {}
            for tag in tags:
                key = tag_key(tag.name)
                tag_map[tag.id] = known_tags[key] if key in known_tags else rows.insert_tag(connection, tag)
            for tag in tags:
                rows.set_tag_fields(connection, tag_map[tag.id], tag, parent_id=tag_map.get(tag.parent_id))
            total = len(article_ids) + len(highlights)
            article_map: dict[int, int] = {}
            languages: dict[int, str] = {}
            known_articles = 0
            stories = local_stories.story_assignment(db, article_ids)
            for done, article_id in enumerate(article_ids):
                _check(cancel)
                article = local_articles.get_article(db, article_id)
                languages[article_id] = article.language
                existing = rows.article_id_with_hash(connection, article.content_hash)
                if existing is not None:
                    article_map[article_id] = existing
                    known_articles += 1
                    continue
                search = terms.article_vector(title=article.title, headings=headings_of(article.body, article.extras),
                                              source=article.source, body=article.body, language=article.language)
                new_id = article_map[article_id] = rows.insert_article(connection, dataclasses.replace(article, id=None),
                                                                       search=search)
                stored = local_images.images_of(db, article_id)
                rows.save_images(connection, new_id, [
                    EmbeddedImage(image.position, image.data, image.media_type, image.width, image.height,
                                  image.description) for image in stored])
                signature = local_stories.signature_of(db, article_id)
                if signature is not None:  # one too short to sign is signed (as such) again later
                    rows.save_signature(connection, new_id, signature)
                progress(done + 1, total, article.title)
            for article_id, lead in stories.items():
                if lead is not None and lead in article_map and article_map[article_id] != article_map[lead]:
                    rows.set_story(connection, article_map[article_id], article_map[lead])
            pushed_highlights = known_highlights = 0
            names = {tag.id: tag.name for tag in tags}
            for done, highlight in enumerate(highlights, start=len(article_ids)):
                _check(cancel)
                target = article_map[highlight.article_id]
                if rows.has_highlight(connection, target, highlight.anchor):
                    known_highlights += 1
                    continue
                search = terms.highlight_vector(quote=highlight.anchor.exact, note=highlight.note,
                                                tag_names=[names[t] for t in highlight.tag_ids],
                                                language=languages[highlight.article_id])
                new_id = rows.insert_highlight(connection, dataclasses.replace(
                    highlight, id=None, article_id=target, tag_ids=tuple(tag_map[t] for t in highlight.tag_ids)),
                    search=search)
                if highlight.id in private:  # the local library's owner is the role pushing it
                    rows.insert_private_note(connection, new_id, private[highlight.id])
                pushed_highlights += 1
                progress(done + 1, total, "Highlights")
            add_words(connection, terms.words())
            record_analysers(connection, terms.chunks, version=ANALYSER_VERSION)
            _check(cancel)
    finally:
        library.close()
    return PushOutcome(address, len(article_ids) - known_articles, known_articles, pushed_highlights,
                       known_highlights, len(tags))


def pull_library(uri: str, folder: Path, *, password: str | None = None, progress: Progress = no_progress,
                 cancel: CancelToken | None = None) -> PullOutcome:
    """Make a new local library in `folder` (which must hold none) with the content of the
    team library at `uri`, its ids kept: tags, articles with their pictures and stories,
    highlights with their notes and tags, indexed for search in the same transaction, and
    the pulling role's own private notes (no other's). Cancelling (or any failure) leaves
    no library behind."""
    folder = Path(folder)
    if (folder / DATABASE_FILE).exists():
        raise LibraryError(folder, Message("this folder holds a library already: pull into a new folder"))
    there_before = set(folder.iterdir()) if folder.is_dir() else None
    try:
        return _pull(uri, folder, password=password, progress=progress, cancel=cancel)
    except BaseException:
        if there_before is None:
            shutil.rmtree(folder, ignore_errors=True)
        elif folder.is_dir():
            for made in set(folder.iterdir()) - there_before:
                shutil.rmtree(made, ignore_errors=True) if made.is_dir() else made.unlink(missing_ok=True)
        raise


def _pull(uri: str, folder: Path, *, password: str | None, progress: Progress,
          cancel: CancelToken | None) -> PullOutcome:
    with open_team_connection(uri, password=password) as connection:
        with connection.transaction():  # one snapshot of the team library
            rows.read_snapshot(connection)
            tags = rows.list_tags(connection)
            total = rows.count_articles_and_highlights(connection)
            library = open_library(folder, add_samples=False)
            try:
                db = library.database()
                articles = highlights = 0
                with write_transaction(db):
                    for tag in local_tags.list_tags(db):  # a new library's default tags give way to the team's
                        local_tags.delete_tag(db, tag.id)
                    for tag in _parents_first(tags):
                        local_tags.insert_tag(db, tag)
                    writer = IndexWriter(db)
                    languages: dict[int, str] = {}
                    stories: dict[int, int] = {}
                    for article, story_id in rows.iter_articles(connection):
                        _check(cancel)
                        images = tuple(rows.images_of(connection, article.id))
                        local_articles.insert_article(db, article)
                        local_images.save_images(db, article.id, images)
                        signed, signature = rows.signature_of(connection, article.id)
                        if signed:
                            local_stories.save_signature(db, article.id, signature)
                        if story_id is not None:
                            stories[article.id] = story_id
                        writer.add_article(article.id, title=article.title, body=article.body,
                                           source=article.source, language=article.language,
                                           headings=headings_of(article.body, article.extras), replace=False)
                        languages[article.id] = article.language
                        articles += 1
                        progress(articles, total, article.title)
                    for article_id, lead in stories.items():
                        local_stories.set_story(db, [article_id], lead)
                    names = {tag.id: tag.name for tag in tags}
                    for highlight in rows.iter_highlights(connection):
                        _check(cancel)
                        local_highlights.insert_highlight(db, highlight)
                        writer.add_highlight(highlight.id, quote=highlight.anchor.exact, note=highlight.note,
                                             tag_names=[names[t] for t in highlight.tag_ids],
                                             language=languages[highlight.article_id])
                        highlights += 1
                        progress(articles + highlights, total, "Highlights")
                    for note in rows.private_notes_of_role(connection):  # one's own, and no one else's
                        local_notes.insert_private_note(db, note)
                    writer.flush()
                    set_meta(db, _SAMPLES_ADDED, utc_now())
                    set_meta(db, "pulled_from", shown_address(uri))
            finally:
                library.close()
    return PullOutcome(folder, articles, highlights, len(tags))

