"""Writing user data (file names, titles, bodies, notes, tags) to a terminal as text.

A title or a file name can hold escape sequences (an OSC title change, `ESC[2J`, cursor
moves) or line breaks that forge lines of output. Every such character is printed as
its escape (`\\x1b`, `\\n`, `\\u2028`), so what the terminal shows is what is stored.
"""

from __future__ import annotations

import json
import re

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\x00": "\\0"}
# Control characters (C0, DEL, C1), line and paragraph separators, and the marks that
# reorder text on screen (bidirectional overrides and isolates).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_UNSAFE_KEEPING_LINES = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def _escape(match: re.Match) -> str:
    character = match.group()
    if character in _NAMED:
        return _NAMED[character]
    code = ord(character)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(value: object) -> str:
    """`value` as one line of terminal text: every control character escaped."""
    text = str(value)
    return _UNSAFE.sub(_escape, text) if _UNSAFE.search(text) else text


def shown_text(value: object) -> str:
    """Multi-line text (an article's body) for the terminal: its line breaks and tabs
    kept, every other control character escaped."""
    text = str(value)
    return _UNSAFE_KEEPING_LINES.sub(_escape, text) if _UNSAFE_KEEPING_LINES.search(text) else text



def json_for_terminal(value: object) -> str:
    """`value` as indented JSON whose strings carry no raw control character: JSON itself
    escapes C0 characters, and this also escapes DEL, C1 and the other characters `shown`
    escapes (as `\\uXXXX`, which JSON reads back as the same character)."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return _UNSAFE_KEEPING_LINES.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
