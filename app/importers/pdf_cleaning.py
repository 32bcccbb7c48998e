"""A PDF's page texts made into prose: presentation forms folded, control characters
dropped, running headers and footers removed, words cut at a line end joined, and the
lines the layout broke joined into paragraphs."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

# Ligatures (U+FB00–FB06) and the other presentation forms, full-width forms and
# mathematical letters: a search for "scientific" must find "scientiﬁc".
_COMPATIBILITY_FORMS = re.compile(r"[\ufb00-\ufb4f\ufe50-\ufe6f\uff00-\uffef\U0001d400-\U0001d7ff]+")
# Maths fonts without a Unicode map give control characters; a soft hyphen is a hint
# where a word may be cut, never text.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad]")
_PAGE_NUMBER = re.compile(r"^(page|p\.)?\s*\d+(\s*(/|sur|of)\s*\d+)?$", re.I)
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")
_MASKED_RUN = re.compile(r"#+")
_LINE_END_HYPHEN = re.compile(r"(\w+)-[ \t]*\n[ \t]*(\w+)")
_HYPHENATED_WORD = re.compile(r"\b\w+(?:-\w+)+\b")
_SPACES = re.compile(r"[ \t]{2,}")
_PARAGRAPH_END = re.compile(r"[.!?…:»”\"]$")

_EDGE_LINES = 2
_REPEATED_SHARE = 0.4
_MIN_FUSED_KEY = 8


def clean_characters(text: str) -> str:
    """`text` with presentation forms in their plain letters and no control character."""
    text = _COMPATIBILITY_FORMS.sub(lambda match: unicodedata.normalize("NFKC", match.group()), text)
    return _CONTROLS.sub("", text)


def running_line_key(line: str) -> str:
    """What a running header or footer keeps from page to page: the line without its
    spaces, case or numbers ("5 1.1. Räume" and "61.1. Räume" have the same key)."""
    return _MASKED_RUN.sub("#", _SPACE.sub("", _DIGITS.sub("#", line)).casefold())


def without_running_lines(pages: list[str]) -> list[str]:
    """Drop page numbers, and lines that, numbers aside, are among the first or last
    lines of many pages; a running line fused to a page's first or last words is cut off."""
    split = [[line.strip() for line in page.splitlines()] for page in pages]
    edges: Counter[str] = Counter()
    for lines in split:
        content = [line for line in lines if line]
        edges.update({running_line_key(line) for line in content[:_EDGE_LINES] + content[-_EDGE_LINES:]})
    threshold = max(2, _REPEATED_SHARE * len(pages))
    repeated = {key for key, count in edges.items() if len(pages) >= 2 and count >= threshold}
    fusable = sorted((key for key in repeated if len(key) >= _MIN_FUSED_KEY), key=len, reverse=True)
    cleaned = []
    for lines in split:
        content = [index for index, line in enumerate(lines) if line]
        edge = set(content[:_EDGE_LINES] + content[-_EDGE_LINES:])
        kept = []
        for index, line in enumerate(lines):
            if _PAGE_NUMBER.match(line) or (index in edge and running_line_key(line) in repeated):
                continue
            if index in edge and fusable:
                line = _cut_fused(line, fusable)
            kept.append(line)
        cleaned.append("\n".join(kept))
    return cleaned


def _cut_fused(line: str, keys: list[str]) -> str:
    """`line` without a running line glued to its end or start ("SoekarnoVerDate …")."""
    key, positions = _key_with_positions(line)
    for running in keys:
        if key.endswith(running) and key != running:
            return line[:positions[len(key) - len(running)]].rstrip()
        if key.startswith(running) and key != running:
            return line[positions[len(running)]:].lstrip()
    return line


def _key_with_positions(line: str) -> tuple[str, list[int]]:
    """`running_line_key(line)`, with where in `line` each of its characters starts (and
    the line's length after the last), so a key's suffix maps back to the line in one pass."""
    chars: list[str] = []
    positions: list[int] = []
    for index, char in enumerate(line):
        if char.isspace():
            continue
        if char.isdigit():
            if not chars or chars[-1] != "#":
                chars.append("#")
                positions.append(index)
            continue
        folded = "#" if char == "#" else char.casefold()
        if folded == "#" and chars and chars[-1] == "#":
            continue
        for piece in folded:
            chars.append(piece)
            positions.append(index)
    positions.append(len(line))
    return "".join(chars), positions


def hyphenated_forms(pages: list[str]) -> set[str]:
    """The hyphenated words written whole inside a line somewhere in the document."""
    return {word.casefold() for page in pages for word in _HYPHENATED_WORD.findall(page)}


def join_cut_words(text: str, hyphenated: set[str]) -> str:
    """Join the words cut at a line end ("investisse-/ment"), keeping the hyphen of a
    compound the document writes with one elsewhere ("machine-/readable"), before a
    capital ("Jean-/Pierre"), and between digits ("2023-/0379")."""
    def join(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        compound = f"{left}-{right}"
        if (left[-1].isdigit() or right[0].isdigit() or right[0].isupper()
                or compound.casefold() in hyphenated):
            return compound
        return left + right
    return _LINE_END_HYPHEN.sub(join, text)


def paragraphs(text: str) -> str:
    """Join the lines the page layout broke: a paragraph ends at a blank line or at a
    line ending a sentence."""
    found, current = [], []
    for line in text.splitlines():
        line = _SPACES.sub(" ", line.strip())
        if line:
            current.append(line)
        if current and (not line or _PARAGRAPH_END.search(line)):
            found.append(" ".join(current))
            current = []
    if current:
        found.append(" ".join(current))
    return "\n".join(found)
