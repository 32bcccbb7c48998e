"""An Obsidian vault of the library: one note per article with its highlights as quotes
(each with a block id, `^h123`, its tags as `#tags` and its note under it), and one note
per tag linking its passages (`[[article#^h123]]`).

Every value from an article or a user is escaped for Markdown (`markdown_escape`) and
written in the front matter as a double-quoted YAML string. Each note carries the hash
of what Carnet wrote (`carnet_hash`), so that a later export can tell a note the user
changed (kept as it is) from one it may replace.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass

from app.core.article import Article
from app.core.highlight import Highlight
from app.core.markdown_escape import block_quote, escape_inline, escape_lines, link_or_text
from app.core.tags import Tag

HASH_FIELD = "carnet_hash"
_HASH_LINE = re.compile(rf"^{HASH_FIELD}: \"([0-9a-f]{{64}})\"\n", re.M)
_UNSAFE_NAME = re.compile(r"[\\/:*?\"<>|#^\[\]%&{}$!'`=@+~]")
_YAML_ESCAPED = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")
_LABEL_UNSAFE = re.compile(r"[\[\]|<>\\#^`*_~=]")
_TAG_UNSAFE = re.compile(r"[^\w/-]+")
NAME_LENGTH = 80
"""Characters of a title kept in a file name (Obsidian's links carry the name)."""


@dataclass(frozen=True)
class VaultNote:
    path: str
    """Relative to the vault, with `/` between folders."""
    text: str


def highlight_url(highlight_id: int) -> str:
    """The address that opens Carnet at a highlight."""
    return f"carnet://highlight/{highlight_id}"


_HIGHLIGHT_URL = re.compile(r"carnet://highlight/(\d{1,18})/?", re.I)


def highlight_id_of(url: str) -> int | None:
    """The highlight a `carnet://highlight/123` address names, or None for any other text."""
    match = _HIGHLIGHT_URL.fullmatch(url.strip())
    return int(match.group(1)) if match else None


def block_id(highlight: Highlight) -> str:
    return f"h{highlight.id}"


def safe_name(text: str, fallback: str) -> str:
    """`text` as a file name every system and Obsidian's links accept: no separators,
    no link or tag syntax, no control characters, no leading dot, not too long."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in text)
    text = " ".join(_UNSAFE_NAME.sub(" ", text).split()).lstrip(". -")
    if len(text) > NAME_LENGTH:
        text = text[:NAME_LENGTH].rsplit(" ", 1)[0] or text[:NAME_LENGTH]
    return text.rstrip(". ") or fallback


def article_note_name(article: Article) -> str:
    """The note's name (its file name without `.md`): title and id, so two articles of
    the same title never share a note."""
    return f"{safe_name(article.title, 'Article')} ({article.id})"


def tag_paths(tags: list[Tag]) -> dict[int, str]:
    """Each tag as an Obsidian tag, nested under its parents (`topic/sub`): letters,
    digits, `_` and `-` only, never only digits."""
    by_id = {tag.id: tag for tag in tags}

    def slug(tag: Tag) -> str:
        part = _TAG_UNSAFE.sub("-", tag.name.replace("/", "-")).strip("-") or f"tag-{tag.id}"
        return f"tag-{part}" if part.isdigit() else part

    paths: dict[int, str] = {}
    for tag in tags:
        parts, seen, current = [], set(), tag
        while current is not None and current.id not in seen:
            seen.add(current.id)
            parts.append(slug(current))
            current = by_id.get(current.parent_id)
        paths[tag.id] = "/".join(reversed(parts))
    return paths


def yaml_string(value: str) -> str:
    """`value` as a YAML double-quoted scalar (JSON's escapes are YAML's), with what YAML
    cannot hold as it is (DEL, C1 controls, line separators, non-characters) escaped too."""
    quoted = json.dumps(value, ensure_ascii=False)
    return "".join(f"\\u{ord(c):04x}" if _YAML_ESCAPED.match(c) else c for c in quoted)


def article_note(article: Article, highlights: list[Highlight], tags: dict[int, str]) -> VaultNote:
    """The note of one article and its highlights (`tags`: tag id → Obsidian tag)."""
    used = sorted({tags[t] for h in highlights for t in h.tag_ids if t in tags})
    front = [("title", article.title), ("source", article.source), ("date", article.publication_day),
             ("url", article.url), ("citation_key", getattr(article, "citation_key", None))]
    lines = [f"{key}: {yaml_string(value)}" for key, value in front if value]
    if used:
        lines.append("tags:")
        lines.extend(f"  - {yaml_string(tag)}" for tag in used)
    lines.append(f"carnet_article: {article.id}")
    body = [f"# {escape_inline(article.title) or 'Article'}", ""]
    cited = [escape_inline(part) for part in (article.author, article.source, article.publication_day) if part]
    if cited:
        body += [", ".join(cited), ""]
    if article.url:
        body += [link_or_text(article.url), ""]
    for highlight in highlights:
        body.append(block_quote(highlight.quote) if highlight.quote.strip() else "> …")
        marks = " ".join(f"#{tags[t]}" for t in highlight.tag_ids if t in tags)
        # The id ends the quote's last line, so that it names the whole quote.
        body.append(f"> {marks + ' · ' if marks else ''}[Open in Carnet]({highlight_url(highlight.id)})"
                    f" ^{block_id(highlight)}")
        if highlight.note.strip():
            body += [""] + escape_lines(highlight.note.strip())
        body.append("")
    return _signed(f"Articles/{article_note_name(article)}.md", lines, body)


def tag_note(tag: Tag, path: str, passages: list[tuple[Article, Highlight]], parent: str | None) -> VaultNote:
    """The note of one tag: its description and a link to each passage it marks."""
    lines = [f"title: {yaml_string(tag.name)}", f"tags:\n  - {yaml_string(path)}", f"colour: {yaml_string(tag.colour)}"]
    body = [f"# {escape_inline(tag.name) or 'Tag'}", ""]
    if parent:
        body += [f"Under [[{parent}]]", ""]
    if tag.description.strip():
        body += escape_lines(tag.description.strip()) + [""]
    for article, highlight in passages:
        body.append(f"- [[{article_note_name(article)}#^{block_id(highlight)}|{_link_label(highlight.quote)}]]")
    if passages:
        body.append("")
    return _signed(f"Tags/{tag_note_name(path)}.md", lines, body)


def tag_note_name(path: str) -> str:
    return safe_name(path.replace("/", " - "), "Tag")


def _link_label(quote: str) -> str:
    """A quote shown as a link's text, which Obsidian shows as written: short, and
    without the characters that would end the link early or open structure."""
    quote = " ".join(_LABEL_UNSAFE.sub(" ", quote).split())
    return (quote if len(quote) <= 60 else quote[:60].rstrip() + "…") or "…"


def _signed(path: str, front: list[str], body: list[str]) -> VaultNote:
    unsigned = "---\n" + "".join(f"{line}\n" for line in front) + "---\n\n" + "\n".join(body).rstrip("\n") + "\n"
    return VaultNote(path, _with_hash(unsigned, content_hash(unsigned)))


def _with_hash(unsigned: str, digest: str) -> str:
    return unsigned.replace("\n---\n", f"\n{HASH_FIELD}: \"{digest}\"\n---\n", 1)


def content_hash(unsigned: str) -> str:
    return hashlib.sha256(unsigned.encode("utf-8")).hexdigest()


def untouched(text: str) -> bool:
    """Whether a note holds what Carnet wrote, unchanged since (its hash still matches)."""
    text = text.replace("\r\n", "\n")
    match = _HASH_LINE.search(text)
    if match is None or not text.startswith("---\n") or match.start() > text.find("\n---\n", 3):
        return False
    return content_hash(text[:match.start()] + text[match.end():]) == match.group(1)
