"""Gathers the texts to translate from the code into the .ts sources (Qt Linguist's
files): `python packaging/update_translations.py [--ts FILE]`.

The window's texts are marked with Qt's `tr`/`translate`/`QT_TRANSLATE_NOOP`; the
sentences the services write are `Message("...")` templates, which lupdate is told to
read as QT_TR_NOOP.
"""

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ts", type=Path, action="append",
                        help="the .ts file to update (default: every one in resources/translations)")
    args = parser.parse_args()
    targets = args.ts or sorted(TRANSLATIONS.glob("*.ts"))
    sources = sorted(str(path) for path in (ROOT / "app").rglob("*.py"))
    return subprocess.call([sys.executable, str(ROOT / "packaging" / "qt_tool.py"), "lupdate", "-no-obsolete",
                            "-tr-function-alias", "QT_TR_NOOP+=Message", *sources,
                            "-ts", *map(str, targets)])


if __name__ == "__main__":
    sys.exit(main())
