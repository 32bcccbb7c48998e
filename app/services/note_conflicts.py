"""What saving a highlight's note can meet in a team library: another member's save of the
same note, made meanwhile from the same text (the later save wins, the earlier text stays
in the note's history), and an undo that would take back a text someone else wrote since."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.changes import Outcome
from app.core.errors import ToldError
from app.core.highlight import Highlight
from app.core.messages import Message
from app.store.notes import LOCAL_AUTHOR, NoteVersion, current_author


def author_name(db, role: str) -> str | Message:
    """How a note's author is named to the one connected: the member's name in a team
    library (the role when it is no member); when the author is the one connected (always,
    in a local library) the other writer was another program of theirs (the command line,
    a second window)."""
    if role in (LOCAL_AUTHOR, current_author(db)):
        return Message("another program")
    row = db.execute("SELECT name FROM members WHERE role_name = ?", [role]).fetchone()
    return row[0] if row else role


@dataclass(frozen=True)
class NoteConflict:
    """Two saves of one note, each started from the same earlier text: `mine_won` says
    whether `mine` (the later save) replaced `theirs` or theirs replaced mine. Both texts
    are at hand; the replaced one is also kept in the note's history."""

    mine: NoteVersion
    theirs: NoteVersion
    theirs_by: str | Message
    mine_won: bool

    def message(self) -> Message:
        if self.mine_won:
            return Message("conflict: your version replaced {name}'s, saved meanwhile; theirs is kept in the "
                           "note's history", name=self.theirs_by)
        return Message("conflict: {name}'s version replaced yours; yours is kept in the note's history",
                       name=self.theirs_by)


@dataclass(frozen=True)
class NoteOutcome(Outcome[Highlight]):
    """A note saved: `version` is the one the save made, `replaced` the text it replaced,
    `conflict` set when that text was not the one the save started from."""

    version: int = 0
    replaced: NoteVersion | None = None
    conflict: NoteConflict | None = None


class NoteChangedSince(ToldError):
    """An undo (or redo) of a note edit refused: another member saved the note since."""

    def __init__(self, highlight_id: int, name: str | Message) -> None:
        super().__init__(Message("{name} has changed this note since your edit: undo would replace their text, "
                                 "so it was left as it is (the note's history keeps yours)", name=name))
        self.highlight_id = highlight_id
