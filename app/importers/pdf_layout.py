"""Where a PDF page's text stands: the pieces of text pypdf reads with their position and
font size, the page's columns found from them, and page 1's title by its font size.

A page's content stream holds its text in the order the producer wrote it, which is the
reading order for nearly every file; some write the lines of two or three columns side
by side. When the pieces show columns (a gutter no text crosses, with text on both
sides) the page is read column by column, each band between full-width lines in turn.
"""

from __future__ import annotations

from dataclasses import dataclass

_CHAR_WIDTH = 0.5  # of the font size: an average glyph, enough to see a gutter
_EDGE_SHARE = 0.07  # top and bottom of the page: running headers and footers
_BIN = 2.0  # points
_MIN_GUTTER = 8.0  # points
_MIN_SIDE_SHARE = 0.2  # of the body's pieces, starting on each side of a gutter
_MIN_PROSE_CHARS = 18  # mean characters of the pieces in a column of prose
_TITLE_SIZE_RATIO = 1.15  # a title's font is at least this much larger than the body's


@dataclass(frozen=True)
class Piece:
    """Text drawn at one place: `x`, `y` of its start in points from the bottom left."""

    text: str
    x: float
    y: float
    size: float

    @property
    def end(self) -> float:
        return self.x + _CHAR_WIDTH * self.size * len(self.text)


class PieceCollector:
    """A `visitor_text` for pypdf's `extract_text` that keeps the pieces it is shown."""

    def __init__(self) -> None:
        self.pieces: list[Piece] = []

    def __call__(self, text, cm, tm, font_dict, font_size) -> None:
        if not text or not text.strip():
            return
        try:
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            size = abs(float(font_size) * tm[3] * cm[3]) or abs(float(font_size))
        except (TypeError, IndexError, ValueError):
            return
        for offset, line in enumerate(text.split("\n")):
            if line.strip():
                self.pieces.append(Piece(line, float(x), float(y) - offset * size * 1.2, size))


def column_text(pieces: list[Piece], width: float, height: float) -> str | None:
    """The page's text read column by column, or None when the page has one column."""
    gutters = _gutters(pieces, width, height)
    if not gutters:
        return None
    bands: list[list[Piece]] = [[]]
    lines: list[str] = []
    for piece in sorted(pieces, key=lambda p: (-p.y, p.x)):
        if any(piece.x < start and piece.end > end for start, end in gutters):
            lines += _read_band(bands[-1], gutters)
            lines += ["", piece.text.strip(), ""]  # a full-width line is a paragraph of its own
            bands.append([])
        else:
            bands[-1].append(piece)
    lines += _read_band(bands[-1], gutters)
    return "\n".join(lines)


def _read_band(pieces: list[Piece], gutters: list[tuple[float, float]]) -> list[str]:
    bounds = [start for start, _end in gutters]
    columns: list[list[Piece]] = [[] for _ in range(len(gutters) + 1)]
    for piece in pieces:
        columns[sum(piece.x >= bound for bound in bounds)].append(piece)
    lines = []
    for column in columns:
        lines += _lines(column)
    return lines


def _baselines(pieces: list[Piece]) -> list[list[Piece]]:
    lines: list[list[Piece]] = []
    for piece in sorted(pieces, key=lambda p: (-p.y, p.x)):
        if lines and abs(lines[-1][0].y - piece.y) < 0.5 * piece.size:
            lines[-1].append(piece)
        else:
            lines.append([piece])
    return lines


def _joined(line: list[Piece]) -> str:
    parts = [p.text for p in sorted(line, key=lambda p: p.x)]
    text = parts[0]
    for part in parts[1:]:
        text += part if text.endswith(" ") or part.startswith(" ") else " " + part
    return text.strip()


def sized_lines(pieces: list[Piece]) -> list[tuple[str, float]]:
    """The page's lines from the top down, each with its largest font size."""
    return [(_joined(line), max(p.size for p in line)) for line in _baselines(pieces)]


def _lines(pieces: list[Piece]) -> list[str]:
    """Pieces on the same baseline joined left to right, lines from the top down."""
    lines = _baselines(pieces)
    texts: list[str] = []
    previous_size = None
    for line in lines:
        text = _joined(line)
        size = max(p.size for p in line)
        if previous_size and not previous_size / _TITLE_SIZE_RATIO < size < previous_size * _TITLE_SIZE_RATIO:
            texts.append("")  # a heading's font ends a paragraph and starts one
        texts.append(text)
        previous_size = size
    return texts


def _gutters(pieces: list[Piece], width: float, height: float) -> list[tuple[float, float]]:
    body = [p for p in pieces if height * _EDGE_SHARE < p.y < height * (1 - _EDGE_SHARE)]
    if len(body) < 8 or width <= 0:
        return []
    bins = int(width / _BIN) + 1
    # How many pieces cover each bin, from where each starts and stops: one pass each.
    changes = [0] * (bins + 1)
    for piece in body:
        start, stop = max(int(piece.x / _BIN), 0), min(int(piece.end / _BIN) + 1, bins)
        if start < stop:
            changes[start] += 1
            changes[stop] -= 1
    coverage, running = [], 0
    for change in changes[:bins]:
        running += change
        coverage.append(running)
    # Full-width lines (a title, a caption) cross the gutter: a few are allowed.
    allowed = max(1, len(body) // 20)
    gutters, start = [], None
    for index in range(int(width * 0.15 / _BIN), int(width * 0.85 / _BIN) + 1):
        if index < bins and coverage[index] <= allowed:
            start = index if start is None else start
            continue
        if start is not None and (index - start) * _BIN >= _MIN_GUTTER:
            gutters.append((start * _BIN, index * _BIN))
        start = None
    return [(start, end) for start, end in gutters if _text_on_both_sides(body, start, end)]


def _text_on_both_sides(body: list[Piece], start: float, end: float) -> bool:
    # Prose on both sides: a form's labels and values or a table's short cells are
    # also apart, but are read row by row.
    left = [p for p in body if p.x < start and p.end <= end]
    right = [p for p in body if p.x >= end - _BIN]
    return all(len(side) >= _MIN_SIDE_SHARE * len(body) and _mean_length(side) >= _MIN_PROSE_CHARS
               for side in (left, right))


def _mean_length(pieces: list[Piece]) -> float:
    return sum(len(p.text) for p in pieces) / len(pieces) if pieces else 0.0


_MAX_HEADING_WORDS = 15
_MAX_HEADING_LEVELS = 3


def headings_by_font(pages: list[list[tuple[str, float]]]) -> list[tuple[int, str]]:
    """(level, text) of the lines, in page order, set in a font larger than the body's
    (the size most of the document's letters are in): short lines with letters that do
    not recur on three pages or more (a running head). The largest size is level 1."""
    letters: dict[float, int] = {}
    for lines in pages:
        for text, size in lines:
            letters[round(size, 1)] = letters.get(round(size, 1), 0) + sum(char.isalpha() for char in text)
    if not letters:
        return []
    body_size = max(letters, key=letters.__getitem__)
    candidates = [(text, round(size, 1), page, index) for page, lines in enumerate(pages)
                  for index, (text, size) in enumerate(lines)
                  if size >= body_size * _TITLE_SIZE_RATIO and sum(char.isalpha() for char in text) >= 3
                  and len(text.split()) <= _MAX_HEADING_WORDS]
    pages_of: dict[str, set[int]] = {}
    for text, _size, page, _index in candidates:
        pages_of.setdefault(text, set()).add(page)
    candidates = [candidate for candidate in candidates if len(pages_of[candidate[0]]) < 3]
    sizes = sorted({size for _text, size, _page, _index in candidates}, reverse=True)
    level_of = {size: min(index + 1, _MAX_HEADING_LEVELS) for index, size in enumerate(sizes)}
    headings: list[tuple[int, str]] = []
    previous = None
    for text, size, page, index in candidates:
        # A heading set on consecutive lines in the same font is one heading.
        if previous == (size, page, index - 1):
            headings[-1] = (headings[-1][0], f"{headings[-1][1]} {text}")
        else:
            headings.append((level_of[size], text))
        previous = (size, page, index)
    return headings


def title_by_font(pieces: list[Piece]) -> str | None:
    """Page 1's title: the lines in its largest font, when that font is larger than the
    body's; None when the page has no such lines."""
    sized = [p for p in pieces if sum(char.isalpha() for char in p.text) >= 2]
    if not sized:
        return None
    body_size = sorted(p.size for p in sized)[len(sized) // 2]
    # A drop cap or a lone figure is large but not a title: a title has a few letters.
    candidates = [p for p in sized if sum(char.isalpha() for char in p.text) >= 4]
    if not candidates:
        return None
    largest = max(p.size for p in candidates)
    if largest < body_size * _TITLE_SIZE_RATIO:
        return None
    title_pieces = sorted((p for p in candidates if p.size >= largest * 0.95), key=lambda p: (-p.y, p.x))
    block = [title_pieces[0]]
    for piece in title_pieces[1:]:
        if block[-1].y - piece.y > 2.5 * largest:
            break
        block.append(piece)
    title = " ".join(" ".join(_lines(block)).split())
    return title or None
