"""Opening the library a command works on."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.core.tasks import Progress, no_progress
from app.services.carnet import Carnet
from app.services.library import open_library
from app.store.library import Library


def library_for(args: argparse.Namespace, folder: Path, *, progress: Progress = no_progress,
                prepare: bool = True) -> Library:
    """The library in `folder`, opened for reading only when the command says `--read-only`
    (`prepare=False`: without building its search index or adding the samples)."""
    return open_library(folder, read_only=args.read_only, progress=progress, prepare=prepare)


def carnet_for(args: argparse.Namespace, folder: Path, *, progress: Progress = no_progress) -> Carnet:
    """The services over the library in `folder`, opened as `library_for` does."""
    return Carnet(library_for(args, folder, progress=progress))
