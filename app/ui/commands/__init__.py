"""Every edit the window makes, as an undoable command that calls a service."""
