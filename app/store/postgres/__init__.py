"""The team library: the same entities as a local library, in a PostgreSQL database."""
