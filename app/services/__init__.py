"""The use cases over store and search. No Qt here: the CLI and the window share these."""
