"""Markdown turned into the plain prose an article body holds, by markdown-it-py.

The reader, search and digests quote the body, so markup that carries no words (list
markers, `**`, `#`, table pipes, link targets, HTML tags) is dropped and the words are
kept: entities decoded, code spans verbatim, a table row's cells separated by a tab,
footnotes' text at the end after their "[label]". `markdown_structure` also gives the
structure (headings, list items, quotes, table cells) as blocks `core.structure` marks,
and each paragraph's emphasis and links.
"""

from __future__ import annotations

import functools
import html
import re

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from app.core.structure import BOLD, EMPHASIS, HEADING, ITALIC, LINK, LIST_ITEM, QUOTE, TABLE_CELL

_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_TAG = re.compile(r"<[^>]*>")


@functools.cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").use(footnote_plugin).enable(["table", "strikethrough"])


def markdown_to_text(markdown: str) -> str:
    """Return the words of `markdown` as plain text, blocks separated by a blank line."""
    return markdown_blocks(markdown)[0]


def markdown_blocks(markdown: str) -> tuple[str, list[tuple[str, int, str]]]:
    """The words of `markdown` as plain text, and its structure as (kind, level, text)
    blocks in document order."""
    return markdown_structure(markdown)[:2]


def markdown_structure(markdown: str) -> tuple[str, list[tuple[str, int, str]], list]:
    """The words of `markdown` as plain text, its structure as (kind, level, text) blocks
    in document order, and the emphasis and links of each paragraph as runs for
    `core.structure.locate_inline`."""
    runs: list = []
    blocks: list[str] = []
    structure: list[tuple[str, int, str]] = []
    row: list[str] | None = None
    footnote_label: str | None = None
    heading_level = 0
    list_depth = 0
    open_quotes: list[tuple[int, int]] = []  # (index in structure, index in blocks)
    for token in _parser().parse(markdown):
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            if any(row):
                blocks.append("\t".join(row))
                structure += [(TABLE_CELL, 0, cell) for cell in row if cell]
            row = None
        elif token.type == "heading_open":
            heading_level = int(token.tag[1:]) if token.tag[1:].isdigit() else 1
        elif token.type == "heading_close":
            heading_level = 0
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif token.type == "blockquote_open":
            open_quotes.append((len(structure), len(blocks)))
            structure.append((QUOTE, 0, ""))
        elif token.type == "blockquote_close" and open_quotes:
            slot, first = open_quotes.pop()
            structure[slot] = (QUOTE, 0, "\n".join(blocks[first:]))
        elif token.type == "footnote_open":
            footnote_label = str(token.meta.get("label", ""))
        elif token.type == "inline":
            text = _inline_text(token.children or [])
            if spans := _inline_spans(token.children or []):
                runs.append((text, spans))
            if row is not None:
                row.append(" ".join(text.split()))
            elif text.strip():
                if footnote_label is not None:
                    text, footnote_label = f"[{footnote_label}] {text}", None
                blocks.append(text)
                if heading_level:
                    structure.append((HEADING, heading_level, text))
                elif list_depth:
                    structure.append((LIST_ITEM, list_depth, text))
        elif token.type in ("fence", "code_block"):
            blocks.append(token.content.rstrip("\n"))
        elif token.type == "html_block":
            text = html.unescape(_TAG.sub("", _COMMENT.sub("", token.content))).strip()
            if text:
                blocks.append(text)
    return "\n\n".join(blocks), [block for block in structure if block[2]], runs


def _inline_text(children: list[Token]) -> str:
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "image":
            parts.append(child.content)
        elif child.type == "footnote_ref":
            parts.append(f"[{child.meta.get('label', '')}]")
    return "".join(parts).strip()


_OPENERS = {"em_open": (EMPHASIS, ITALIC), "strong_open": (EMPHASIS, BOLD), "link_open": (LINK, 0)}
_CLOSERS = {"em_close", "strong_close", "link_close"}


def _inline_spans(children: list[Token]) -> list[tuple[str, int, str, str, int]]:
    """The emphasis and links of a paragraph's tokens: (kind, level, text, target, parent)."""
    spans: list[list] = []
    open_spans: list[tuple[int, int]] = []  # (index in spans, index in children where it starts)
    for index, child in enumerate(children):
        if child.type in _OPENERS:
            kind, level = _OPENERS[child.type]
            target = str(child.attrs.get("href", "")) if kind == LINK else ""
            parent = open_spans[-1][0] if open_spans else -1
            open_spans.append((len(spans), index + 1))
            spans.append([kind, level, "", target, parent])
        elif child.type in _CLOSERS and open_spans:
            slot, first = open_spans.pop()
            spans[slot][2] = _inline_text(children[first:index])
    return [tuple(span) for span in spans if span[2]]
