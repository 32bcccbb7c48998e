"""Lays out the public corpora `run.py` measures, from local clones of their repositories.

Run: `.venv/bin/python bench/corpora/assemble.py DIR --scrapinghub CLONE --htmldate CLONE --pdfminer CLONE
--mammoth CLONE --standardebooks CLONE [CLONE ...] --lingua CLONE` (each option may be left
out; a clone may be a bare repository). Nothing is downloaded: the clones are taken by
hand, and README.md beside this file says from where, at which commit, under which licence.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import tarfile
import zipfile
from pathlib import Path, PurePosixPath


def _files(clone: Path, *paths: str) -> dict[str, bytes]:
    """The files under `paths` at the clone's HEAD, by path."""
    archive = subprocess.run(["git", "-C", str(clone), "archive", "--format=tar", "HEAD", "--", *paths],
                             check=True, capture_output=True).stdout
    found = {}
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        for member in tar.getmembers():
            if member.isfile():
                found[member.name] = tar.extractfile(member).read()
    return found


def _write(folder: Path, files: dict[str, bytes], keep=lambda name: True, flat: bool = True) -> int:
    count = 0
    for name, data in files.items():
        if keep(name):
            target = folder / (PurePosixPath(name).name if flat else name)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            count += 1
    return count


def scrapinghub(clone: Path, out: Path) -> int:
    folder = out / "web" / "scrapinghub"
    _write(folder, _files(clone, "ground-truth.json"))
    return _write(folder / "html", _files(clone, "html"))


def htmldate(clone: Path, out: Path) -> int:
    """htmldate's date-annotated pages: `eval_default.json` and `eval_mediacloud_2020.json`
    name each page's file and its publication day."""
    folder = out / "web-dates" / "htmldate"
    _write(folder, _files(clone, "tests/eval_default.json", "tests/eval_mediacloud_2020.json"))
    return _write(folder / "pages", _files(clone, "tests/cache", "tests/eval", "tests/test_set"),
                  keep=lambda name: name.endswith(".html"))


def pdfminer(clone: Path, out: Path) -> int:
    # samples/ and samples/contrib/ only: samples/nonfree/ is not under a free licence,
    # and samples/encryption/ holds password-protected copies of one file.
    return _write(out / "pdf" / "pdfminer", _files(clone, "samples"),
                  keep=lambda name: name.endswith(".pdf") and PurePosixPath(name).parent.name in ("samples", "contrib"))


def mammoth(clone: Path, out: Path) -> int:
    return _write(out / "docx" / "mammoth", _files(clone, "tests/test-data"), keep=lambda name: name.endswith(".docx"))


def standard_ebook(clone: Path, out: Path) -> int:
    """A Standard Ebooks source repository's `src/` zipped as the EPUB it is."""
    files = _files(clone, "src")
    name = clone.resolve().name.removesuffix(".git")
    if name == "repo":  # a mirror laid out as OWNER+NAME/repo
        name = clone.resolve().parent.name.split("+")[-1]
    target = out / "epub" / "standardebooks" / f"{name}.epub"
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w") as book:
        book.writestr(zipfile.ZipInfo("mimetype"), files.pop("src/mimetype", b"application/epub+zip"))
        for name, data in sorted(files.items()):
            book.writestr(name.removeprefix("src/"), data, compress_type=zipfile.ZIP_DEFLATED)
    return 1


def lingua(clone: Path, out: Path) -> int:
    files = _files(clone, "cmd/language-testdata")
    count = 0
    for code in ("fr", "en", "de", "es", "it", "pt", "nl"):
        for kind, suffix in (("sentences", ".txt"), ("word-pairs", ".pairs.txt")):
            data = files.get(f"cmd/language-testdata/{kind}/{code}.txt")
            if data is not None:
                (out / "language").mkdir(parents=True, exist_ok=True)
                (out / "language" / f"{code}{suffix}").write_bytes(data)
                count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--scrapinghub", type=Path)
    parser.add_argument("--htmldate", type=Path)
    parser.add_argument("--pdfminer", type=Path)
    parser.add_argument("--mammoth", type=Path)
    parser.add_argument("--standardebooks", type=Path, nargs="*", default=[])
    parser.add_argument("--lingua", type=Path)
    args = parser.parse_args()
    for name, step in (("scrapinghub", scrapinghub), ("htmldate", htmldate), ("pdfminer", pdfminer), ("mammoth", mammoth),
                       ("lingua", lingua)):
        clone = getattr(args, name)
        if clone:
            print(f"{name}: {step(clone, args.out)} files")
    for clone in args.standardebooks:
        standard_ebook(clone, args.out)
        print(f"standardebooks: {clone}")


if __name__ == "__main__":
    main()
