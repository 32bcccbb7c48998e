"""Sentences written for a person (why a file was rejected, what is wrong in a query),
kept as an English template and its values so that the window can show them in the
interface's language and the command line in English.

`make translations` gathers every `Message("...")` template into the translation
sources: lupdate reads the name `Message` as Qt's QT_TR_NOOP. So a template must be a
string literal written in the call, with named `{fields}` for the values.
"""

from __future__ import annotations

from collections.abc import Callable


class Message:
    """An English template with named `{fields}`, and their values (which may themselves
    be messages). `str()` gives the English sentence."""

    __slots__ = ("template", "values")

    def __init__(self, template: str, /, **values: object) -> None:
        self.template = template
        self.values = values

    def translated(self, translate: Callable[[str], str]) -> str:
        """The sentence with its template, and those of the messages among its values,
        passed through `translate`."""
        values = {name: value.translated(translate) if isinstance(value, Message) else value
                  for name, value in self.values.items()}
        return translate(self.template).format(**values)

    def __str__(self) -> str:
        return self.translated(lambda template: template)

    def __repr__(self) -> str:
        return f"Message({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.template, self.values) == (other.template, other.values)

    def __hash__(self) -> int:
        return hash((self.template, tuple(sorted((k, str(v)) for k, v in self.values.items()))))
