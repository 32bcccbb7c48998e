"""Text analysis and query parsing (Whoosh) over SQLite FTS5 tables in the library."""
