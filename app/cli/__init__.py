"""The command line, over services."""
