"""The members table of a team library, read as the people who sign its rows."""

from __future__ import annotations

from app.core.people import Person


def list_members(db) -> list[Person]:
    """Every member of the team library, by name."""
    rows = db.execute("SELECT role_name, name, colour, access FROM members ORDER BY lower(name), role_name")
    return [Person(role=role, name=name, colour=colour, access=access) for role, name, colour, access in rows]
