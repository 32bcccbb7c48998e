"""Carnet: research notes for news articles."""

__version__ = "0.1.0"
