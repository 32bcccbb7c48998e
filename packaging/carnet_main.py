"""The entry point frozen by PyInstaller: the same `carnet` as the installed command."""

import sys

from app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
