"""The annotated digest as Markdown: highlights grouped by topic, by article or by
author, each quote cited back to its article.

CommonMark with two common extensions that GitHub and Obsidian render: a table (the
overview) and footnotes (the citations). All user text goes through
`markdown_escape`, so it reads as written and never becomes structure.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, Protocol

from app.core.anchoring import AnchorStatus
from app.core.article import Article
from app.core.highlight import Highlight
from app.core.markdown_escape import block_quote, escape_inline, escape_lines, link_or_text
from app.core.messages import Message
from app.core.money import find_amounts
from app.core.people import Person, author_of
from app.core.sentences import split_sentences
from app.core.structure import marks_from_extras, section_at
from app.core.tags import Tag

GroupBy = Literal["tag", "article", "author"]
GROUPINGS: tuple[GroupBy, ...] = ("tag", "article", "author")
Translate = Callable[[str], str]


class Citer(Protocol):
    """Cites articles in a citation style (in Markdown) and lists those it cited."""

    def cite(self, article_id: int, page: int | None = None) -> str: ...

    def bibliography(self) -> list[str]: ...

    def entries(self) -> list[tuple[int | None, str]]:
        """The sources list, each entry with the article it lists (None: not one article's)."""
        ...


class PandocCiter:
    """Cites articles as Pandoc citations (`[@key, p. 3]`), for Pandoc and citeproc to
    format with the references exported beside the digest; the sources list is where
    Pandoc puts its bibliography."""

    def __init__(self, articles: dict[int, Article]) -> None:
        self._keys = {article_id: article.citation_key or f"article{article_id}"
                      for article_id, article in articles.items()}

    def cite(self, article_id: int, page: int | None = None) -> str:
        return f"[@{self._keys[article_id]}, p. {page}]" if page else f"[@{self._keys[article_id]}]"

    def bibliography(self) -> list[str]:
        return ["::: {#refs}\n:::"]

    def entries(self) -> list[tuple[int | None, str]]:
        return [(None, entry) for entry in self.bibliography()]


@dataclass(frozen=True)
class DigestScope:
    """What the digest was asked to hold (written in its front matter)."""

    tags: tuple[str, ...] = ()
    all_tags: bool = False
    articles: tuple[int, ...] = ()
    query: str | None = None
    since: str | None = None
    until: str | None = None
    orphans: bool = True
    authors: tuple[str, ...] = ()
    """Names (or roles) of the members whose highlights it holds; none: everyone's."""


@dataclass(frozen=True)
class Digest:
    """Highlights to render, with the articles they cite and every tag of the library."""

    title: str
    generated_at: str
    library: str
    scope: DigestScope
    highlights: list[Highlight]
    articles: dict[int, Article]
    tags: list[Tag] = field(default_factory=list)
    stories: dict[int, tuple[int, ...]] = field(default_factory=dict)
    """For an article with copies in other outlets: the ids of every article of its story,
    its lead first (all of them in `articles`). A story is cited once, with all its outlets."""
    people: list[Person] = field(default_factory=list)
    """The library's members: with more than one, each quote names its author."""


def render_markdown(digest: Digest, *, group_by: GroupBy = "tag", key_figures: bool = False,
                    translate: Translate | None = None, citer: Citer | None = None) -> str:
    """The digest as a Markdown document (with a "Key figures" table of the amounts the
    cited articles state, when asked). Its own words (headings, labels) are English, or
    what `translate` makes of each template; the front matter's keys stay as they are.
    Quotes are cited by footnotes, or by `citer` in its style."""
    writer = _Writer(digest, translate or (lambda template: template), citer, group_by)
    body = {"tag": writer.by_topic, "article": writer.by_article, "author": writer.by_author}[group_by]()
    figures = writer.key_figures() if key_figures else ""
    parts = [_front_matter(digest, group_by), f"# {escape_inline(digest.title)}", writer.overview(), *body,
             figures, writer.sources()]
    return "\n\n".join(part for part in parts if part) + "\n"


def tag_order(tags: list[Tag]) -> list[tuple[Tag, int]]:
    """Tags in display order — key order then name, each followed by the tags nested
    under it — with their depth."""
    known = {tag.id for tag in tags}
    children: dict[int | None, list[Tag]] = defaultdict(list)
    for tag in tags:
        children[tag.parent_id if tag.parent_id in known else None].append(tag)
    ordered: list[tuple[Tag, int]] = []

    def visit(parent: int | None, depth: int) -> None:
        for tag in children.get(parent, []):
            ordered.append((tag, depth))
            visit(tag.id, depth + 1)

    visit(None, 0)
    return ordered


class _Writer:
    def __init__(self, digest: Digest, translate: Translate, citer: Citer | None = None,
                 group_by: GroupBy = "tag") -> None:
        self.digest = digest
        self.citer = citer
        # Each quote names its author where there are several, unless its heading does.
        self.signed = len(digest.people) > 1 and group_by != "author"
        self._translate = translate
        self.footnotes: dict[int, int] = {}
        self.names = {tag.id: tag.name for tag in digest.tags}
        self._rendered: dict[int | None, str] = {}

    def say(self, message: Message) -> str:
        return message.translated(self._translate)

    # Grouping

    def by_topic(self) -> list[str]:
        by_tag: dict[int | None, list[Highlight]] = defaultdict(list)
        for highlight in self.digest.highlights:
            tag_ids = [t for t in highlight.tag_ids if t in self.names] or [None]
            for tag_id in tag_ids:
                by_tag[tag_id].append(highlight)
        blocks = []
        parents = {tag.id: tag.parent_id for tag in self.digest.tags}
        for tag, depth in self._topics(by_tag):
            level = min(2 + depth, 4)
            path, parent = [tag.name], parents.get(tag.id)
            while parent in self.names:  # a nested topic's heading names its ancestors
                path.insert(0, self.names[parent])
                parent = parents.get(parent)
            blocks.append(f"{'#' * level} {' › '.join(escape_inline(name) for name in path)}")
            if tag.description:
                blocks.append(f"*{escape_inline(tag.description)}*")
            blocks += self._articles_with(by_tag.get(tag.id, []), level + 1)
        if by_tag.get(None):
            blocks.append("## " + self.say(Message("Untagged")))
            blocks += self._articles_with(by_tag[None], 3)
        return blocks

    def story_key(self, article_id: int) -> int:
        """The article a highlight is cited under: its story's lead (itself when it has no copies)."""
        members = self.digest.stories.get(article_id)
        return members[0] if members else article_id

    def by_article(self) -> list[str]:
        blocks = []
        for article, highlights in self._grouped_by_article(self.digest.highlights):
            blocks.append(f"## {escape_inline(article.title)}")
            sources = [self.digest.articles[m].source for m in self.digest.stories.get(article.id, ())]
            source = ", ".join(dict.fromkeys(s for s in sources if s)) or article.source
            meta = [escape_inline(part) for part in (source, article.publication_day) if part]
            if meta:
                blocks.append(f"*{' · '.join(meta)}*")
            blocks += [self._highlight(h) for h in highlights]
        return blocks

    def by_author(self) -> list[str]:
        by_role: dict[str | None, list[Highlight]] = defaultdict(list)
        for highlight in self.digest.highlights:
            by_role[highlight.author].append(highlight)
        authors = [author_of(self.digest.people, role) for role in by_role]
        order = {person.role: index for index, person in enumerate(self.digest.people)}
        blocks = []
        for person in sorted(authors, key=lambda p: (order.get(p.role, len(order)), p.name.casefold())):
            blocks.append(f"## {self.person_name(person)}")
            blocks += self._articles_with(by_role[person.role], 3)
        return blocks

    def person_name(self, person: Person) -> str:
        return self.say(Message("You")) if person.role is None else escape_inline(person.name)

    def _topics(self, by_tag: dict[int | None, list[Highlight]]) -> list[tuple[Tag, int]]:
        """Topics holding highlights, or holding sub-topics that do."""
        ordered = tag_order(self.digest.tags)
        shown: list[tuple[Tag, int]] = []
        for index, (tag, depth) in enumerate(ordered):
            subtree = [tag]
            for later, later_depth in ordered[index + 1:]:
                if later_depth <= depth:
                    break
                subtree.append(later)
            if any(by_tag.get(t.id) for t in subtree):
                shown.append((tag, depth))
        return shown

    def _articles_with(self, highlights: list[Highlight], level: int) -> list[str]:
        blocks = []
        for article, in_article in self._grouped_by_article(highlights):
            blocks.append(f"{'#' * min(level, 6)} {escape_inline(article.title)}")
            blocks += [self._highlight(h) for h in in_article]
        return blocks

    def _grouped_by_article(self, highlights: list[Highlight]):
        by_article: dict[int, list[Highlight]] = defaultdict(list)
        for highlight in highlights:
            by_article[self.story_key(highlight.article_id)].append(highlight)
        articles = sorted((self.digest.articles[a] for a in by_article), key=_date_order)
        for article in articles:
            yield article, sorted(by_article[article.id], key=lambda h: (h.article_id != article.id, h.article_id,
                                                                         h.start, h.end, h.id or 0))

    # Pieces

    def _highlight(self, highlight: Highlight) -> str:
        # A highlight with several tags appears under each: render it once.
        if highlight.id is not None and highlight.id in self._rendered:
            return self._rendered[highlight.id]
        self._rendered[highlight.id] = text = self._render_highlight(highlight)
        return text

    def _render_highlight(self, highlight: Highlight) -> str:
        cited = self.story_key(highlight.article_id)
        number = self.footnotes.setdefault(cited, len(self.footnotes) + 1)
        article = self.digest.articles[highlight.article_id]
        page = page_of(article, highlight.start)
        if self.citer is not None:
            # A copy's page is not the lead's: the citation names the lead, so no page then.
            where = " " + self.citer.cite(cited, page if cited == highlight.article_id else None)
        else:
            where = f"[^{number}]" + (", " + self.say(Message("p. {page}", page=page)) if page else "")
        if (section := section_of(article, highlight.start)) is not None:
            where += ", " + self.say(Message("§ {section}", section=escape_inline(_shorten(section, 80))))
        lines = [f"{block_quote(highlight.quote)}{where}"]
        tags = [escape_inline(self.names[t]) for t in highlight.tag_ids if t in self.names]
        details = [self.say(Message("Tags: {tags}", tags=", ".join(tags)) if tags else Message("Tags: none"))]
        if self.signed:
            author = author_of(self.digest.people, highlight.author)
            details.append(self.say(Message("by {name}", name=self.person_name(author))))
        if highlight.status is AnchorStatus.ORPHAN:
            details.append("*({})*".format(self.say(Message("no longer in the article’s current text"))))
        elif highlight.status is AnchorStatus.FUZZY:
            details.append("*({})*".format(self.say(Message("approximate match in the current text, {score}",
                                                            score=f"{highlight.score:.0%}"))))
        lines.append(" · ".join(details))
        if highlight.note.strip():
            paragraphs = "\n".join(escape_lines(highlight.note.strip())).split("\n\n")
            note = "\n\n".join(p.replace("\n", "  \n") for p in paragraphs)
            lines.append("**{}** {}".format(self.say(Message("Note:")), note))
        return "\n\n".join(lines)

    def overview(self) -> str:
        counts: dict[int | None, tuple[set[int], set[int]]] = defaultdict(lambda: (set(), set()))
        for highlight in self.digest.highlights:
            for tag_id in [t for t in highlight.tag_ids if t in self.names] or [None]:
                counts[tag_id][0].add(highlight.id)
                counts[tag_id][1].add(self.story_key(highlight.article_id))
        header = [self.say(Message("Topic")), self.say(Message("Highlights")), self.say(Message("Articles"))]
        rows = [f"| {' | '.join(header)} |", "| --- | ---: | ---: |"]
        for tag, depth in tag_order(self.digest.tags):
            if tag.id in counts:
                highlights, articles = counts[tag.id]
                indent = "— " * depth
                rows.append(f"| {indent}{escape_inline(tag.name)} | {len(highlights)} | {len(articles)} |")
        if None in counts:
            untagged = self.say(Message("Untagged"))
            rows.append(f"| {untagged} | {len(counts[None][0])} | {len(counts[None][1])} |")
        if len(rows) == 2:
            return "*{}*".format(self.say(Message("No highlight matches this digest’s filter.")))
        total = len({self.story_key(h.article_id) for h in self.digest.highlights})
        everything = self.say(Message("All"))
        rows.append(f"| **{everything}** | {len(self.digest.highlights)} | {total} |")
        return "\n".join(rows)

    def key_figures(self) -> str:
        header = [self.say(Message("Amount")), self.say(Message("Currency")), self.say(Message("What")),
                  self.say(Message("Article"))]
        rows = ["## " + self.say(Message("Key figures")), "", f"| {' | '.join(header)} |",
                "| ---: | --- | --- | --- |"]
        cited = [a for a in self.digest.articles.values() if self.story_key(a.id) == a.id]
        for article in sorted(cited, key=_date_order):
            number = self.footnotes.setdefault(article.id, len(self.footnotes) + 1)
            for amount, sentence in _amounts(article):
                where = self.citer.cite(article.id).replace("|", "\\|") if self.citer else f"[^{number}]"
                rows.append(f"| {escape_inline(amount.text)} | {amount.currency or '—'} | "
                            f"{escape_inline(_shorten(sentence))} | {where} |")
        return "\n".join(rows) if len(rows) > 4 else ""

    def sources(self) -> str:
        if not self.footnotes:
            return ""
        if self.citer is not None:
            entries = [entry if article_id is None else self._with_other_outlets(entry, article_id)
                       for article_id, entry in self.citer.entries()]
            return "## " + self.say(Message("Sources")) + "\n\n" + "\n\n".join(entries)
        by_number = sorted((number, article_id) for article_id, number in self.footnotes.items())
        items = [f"{number}. {self._story_citation(a)}" for number, a in by_number]
        notes = [f"[^{number}]: {self._story_citation(a)}" for number, a in by_number]
        return "## " + self.say(Message("Sources")) + "\n\n" + "\n".join(items) + "\n\n" + "\n".join(notes)

    def _story_citation(self, article_id: int) -> str:
        """The article's citation, and for a story each other outlet that carried it."""
        return self._with_other_outlets(self._citation(self.digest.articles[article_id]), article_id)

    def _with_other_outlets(self, citation: str, article_id: int) -> str:
        """`citation`, followed for a story's lead by each other outlet that carried it."""
        copies = [self.digest.articles[m] for m in self.digest.stories.get(article_id, ())[1:]]
        if not copies:
            return citation
        outlets = "; ".join(self._outlet(copy) for copy in copies)
        return citation + " " + self.say(Message("Also in: {outlets}.", outlets=outlets))

    @staticmethod
    def _outlet(article: Article) -> str:
        parts = [escape_inline(part) for part in (article.source or article.title, article.publication_day)
                 if part]
        if article.url:
            parts.append(link_or_text(article.url))
        return ", ".join(parts)

    @staticmethod
    def _citation(article: Article) -> str:
        parts = [f"*{escape_inline(article.title)}*"]
        parts += [escape_inline(part) for part in (article.source, article.publication_day) if part]
        if article.url:
            parts.append(link_or_text(article.url))
        return ", ".join(parts) + "."


def _amounts(article: Article):
    for sentence in split_sentences(article.body):
        for amount in find_amounts(sentence.text, language=article.language):
            yield amount, sentence.text


def _shorten(text: str, length: int = 120) -> str:
    return text if len(text) <= length else text[:length - 1].rsplit(" ", 1)[0] + " …"


def page_of(article: Article, offset: int) -> int | None:
    """The page (1-based) holding this offset, for articles imported from paged documents."""
    starts = article.extras.get("page_starts") if article.extras else None
    if not starts:
        return None
    return bisect.bisect_right(starts, offset)


def section_of(article: Article, offset: int) -> str | None:
    """The heading of the section holding this offset, for articles imported with their
    structure (headings marked over the body)."""
    marks = marks_from_extras(article.extras, len(article.body))
    return section_at(article.body, marks, offset) if marks else None


def _date_order(article: Article):
    return (not article.publication_day, article.published if article.publication_day else "", article.id or 0)


def _front_matter(digest: Digest, group_by: GroupBy) -> str:
    scope = digest.scope
    fields = {
        "title": digest.title,
        "generated": digest.generated_at,
        "library": digest.library,
        "grouped_by": "topic" if group_by == "tag" else group_by,
        "filter": {
            "tags": list(scope.tags),
            "tags_match": "all" if scope.all_tags else "any",
            "articles": list(scope.articles),
            "query": scope.query,
            "since": scope.since,
            "until": scope.until,
            "orphans": "included" if scope.orphans else "left out",
            **({"authors": list(scope.authors)} if scope.authors else {}),
        },
        "counts": {
            "highlights": len(digest.highlights),
            "articles": len({h.article_id for h in digest.highlights}),
            "topics": len({t for h in digest.highlights for t in h.tag_ids}),
        },
    }
    return "---\n" + _yaml(fields) + "---"


_YAML_UNPRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff]")


def _yaml_scalar(value: object) -> str:
    # JSON escapes C0 controls; YAML also forbids raw C1 controls and reads U+2028,
    # U+2029 and U+0085 as line breaks, so those go as \u escapes too (YAML reads them).
    text = json.dumps(value, ensure_ascii=False)
    return _YAML_UNPRINTABLE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def _yaml(fields: dict, indent: str = "") -> str:
    """Flat YAML, with every scalar written as JSON (which YAML reads as is)."""
    lines = []
    for key, value in fields.items():
        if isinstance(value, dict):
            lines.append(f"{indent}{key}:\n{_yaml(value, indent + '  ')}".rstrip("\n"))
        else:
            lines.append(f"{indent}{key}: {_yaml_scalar(value)}")
    return "\n".join(lines) + "\n"
