"""Team libraries: creating one in PostgreSQL, moving a local library into it, and
making a local copy of it, over `app.store.postgres` and the local store."""
