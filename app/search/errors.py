"""Errors in what the user typed, with where."""

from __future__ import annotations

from app.core.errors import ToldError
from app.core.messages import Message


class QuerySyntaxError(ToldError, ValueError):
    """A query that cannot be run; `position` is the 0-based character at fault."""

    def __init__(self, problem: Message, *, query: str, position: int | None = None) -> None:
        self.problem = problem
        self.query = query
        self.position = position
        super().__init__(problem if position is None else
                         Message("{problem} (at character {number})", problem=problem, number=position + 1))
