"""Lays out the public corpora `run.py` measures, from local clones of their repositories.

Run: `.venv/bin/python bench/corpora/assemble.py DIR --scrapinghub CLONE --htmldate CLONE --pdfminer CLONE
--mammoth CLONE --standardebooks CLONE [CLONE ...] --lingua CLONE --trafilatura CLONE --goose3 CLONE
--newspaper4k CLONE` (each option may be left
out; a clone may be a bare repository). Nothing is downloaded: the clones are taken by
hand, and README.md beside this file says from where, at which commit, under which licence.
"""

from __future__ import annotations

import argparse
import io
import json
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


def _write_truth(folder: Path, truth: dict[str, dict]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")


def trafilatura_eval(clone: Path, out: Path) -> int:
    """trafilatura's evaluation pages (`tests/eval`, `tests/cache`) with the title, author
    and publication day its `tests/evaldata.json` annotates (an empty author: none)."""
    folder = out / "web-meta" / "trafilatura"
    evaldata = json.loads(_files(clone, "tests/evaldata.json")["tests/evaldata.json"])
    pages = {PurePosixPath(name).name: data for name, data in _files(clone, "tests/cache", "tests/eval").items()
             if name.endswith(".html")}
    truth = {}
    for item in evaldata.values():
        name = item.get("file")
        if name not in pages or "title" not in item:
            continue
        author = item.get("author")
        truth[name] = {"title": item["title"],
                       "author": ([author] if isinstance(author, str) else author) if author else [],
                       "date": item.get("date") or None}
    _write(folder / "pages", {name: pages[name] for name in truth})
    _write_truth(folder, truth)
    return len(truth)


def goose3(clone: Path, out: Path) -> int:
    """goose3's real pages (`tests/data/content`): the title and declared language its
    tests expect, where they expect one (the other folders hold made-up pages)."""
    folder = out / "web-meta" / "goose3"
    files = _files(clone, "tests/data/content")
    truth, pages = {}, {}
    for name, data in files.items():
        if not name.endswith(".json") or name[:-5] + ".html" not in files:
            continue
        expected = json.loads(data).get("expected", {})
        item = {key: expected[field] for key, field in (("title", "title"), ("language", "meta_lang"))
                if expected.get(field)}
        if item:
            page = PurePosixPath(name).stem + ".html"
            truth[page], pages[page] = item, files[name[:-5] + ".html"]
    _write(folder / "pages", pages)
    _write_truth(folder, truth)
    return len(truth)


def newspaper4k(clone: Path, out: Path) -> int:
    """newspaper4k's pages in many languages (`tests/data/html`) with the title, language
    and publication day of `tests/data/metadata` (its authors, newspaper's own output
    with the site's related bylines, are not used)."""
    folder = out / "web-meta" / "newspaper4k"
    files = _files(clone, "tests/data/html", "tests/data/metadata")
    truth, pages = {}, {}
    for name, data in files.items():
        if not name.startswith("tests/data/metadata/"):
            continue
        page = PurePosixPath(name).stem + ".html"
        if f"tests/data/html/{page}" not in files:
            continue
        expected = json.loads(data)
        truth[page] = {"title": expected.get("title"), "language": expected.get("language"),
                       "date": expected.get("publish_date") or None}
        pages[page] = files[f"tests/data/html/{page}"]
    _write(folder / "pages", pages)
    _write_truth(folder, truth)
    return len(truth)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--scrapinghub", type=Path)
    parser.add_argument("--htmldate", type=Path)
    parser.add_argument("--pdfminer", type=Path)
    parser.add_argument("--mammoth", type=Path)
    parser.add_argument("--standardebooks", type=Path, nargs="*", default=[])
    parser.add_argument("--lingua", type=Path)
    parser.add_argument("--trafilatura", type=Path)
    parser.add_argument("--goose3", type=Path)
    parser.add_argument("--newspaper4k", type=Path)
    args = parser.parse_args()
    for name, step in (("scrapinghub", scrapinghub), ("htmldate", htmldate), ("pdfminer", pdfminer), ("mammoth", mammoth),
                       ("lingua", lingua), ("trafilatura", trafilatura_eval), ("goose3", goose3),
                       ("newspaper4k", newspaper4k)):
        clone = getattr(args, name)
        if clone:
            print(f"{name}: {step(clone, args.out)} files")
    for clone in args.standardebooks:
        standard_ebook(clone, args.out)
        print(f"standardebooks: {clone}")


if __name__ == "__main__":
    main()
