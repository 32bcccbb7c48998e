"""The entry point frozen by PyInstaller: the same `carnet` as the installed command."""

import multiprocessing
import sys

from app.cli.main import main

if __name__ == "__main__":
    # Import readers run in worker processes, which start this executable again:
    # freeze_support turns such a start into the worker instead of a second Carnet.
    multiprocessing.freeze_support()
    sys.exit(main())
