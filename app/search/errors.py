"""Errors in what the user typed, with where."""

from __future__ import annotations


class QuerySyntaxError(ValueError):
    """A query that cannot be run; `position` is the 0-based character at fault."""

    def __init__(self, message: str, *, query: str, position: int | None = None) -> None:
        where = f" (at character {position + 1})" if position is not None else ""
        super().__init__(message + where)
        self.message = message
        self.query = query
        self.position = position
