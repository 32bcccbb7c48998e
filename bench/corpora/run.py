"""Carnet's importers beside the tools a user could pick instead, on public corpora.

Run: `make bench-import CORPORA=DIR [ONLY="web-meta pdf"]` (or `.venv/bin/python bench/corpora/run.py
DIR [FOLDER ...]`: only the corpora under those folders of DIR),
DIR laid out by `assemble.py` (README.md beside this file). Prints one table per format;
a format whose folder is missing is skipped. Peers that are not installed are skipped
(`pip install mammoth docx2txt pymupdf` adds the optional ones).
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import sys
import tempfile
import time
import unicodedata
import zipfile
from collections import Counter
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.corpora.metrics import bag_f1, shingle_counts, shingle_f1, summary, tokens, word_recall  # noqa: E402
from app.core.errors import ImportRejected  # noqa: E402

Extractor = Callable[[Path], str]


def _optional(module: str):
    try:
        return __import__(module)
    except ImportError:
        return None


def _table(title: str, header: list[str], rows: list[list[str]]) -> None:
    print(f"\n### {title}\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(row) + " |")


# Web pages ------------------------------------------------------------------------------

def web(folder: Path) -> None:
    import trafilatura
    from readability import Document

    from app.importers.html import read_html

    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))

    def carnet(path: Path) -> str:
        try:
            return read_html(path).body
        except ImportRejected:
            return ""

    def trafilatura_with(**options) -> Extractor:
        def extract(path: Path) -> str:
            document = trafilatura.bare_extraction(path.read_text(encoding="utf-8"), **options)
            return (document.text or "") if document is not None else ""
        return extract

    def readability(path: Path) -> str:
        import lxml.html
        summary_html = Document(path.read_text(encoding="utf-8")).summary(html_partial=True)
        return lxml.html.fromstring(summary_html).text_content() if summary_html.strip() else ""

    extractors = {
        "Carnet": carnet,
        "trafilatura, defaults": trafilatura_with(),
        "trafilatura, precision (Carnet before)": trafilatura_with(favor_precision=True, include_comments=False),
        "readability-lxml": readability,
    }
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        pages = []
        for key, item in truth.items():
            path = Path(scratch) / f"{key}.html"
            path.write_text(gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
                            .decode("utf-8", "replace"), encoding="utf-8")
            pages.append((path, item.get("articleBody", "")))
        for name, extract in extractors.items():
            started = time.perf_counter()
            outputs = [(gold, extract(path)) for path, gold in pages]
            elapsed = (time.perf_counter() - started) / len(pages)
            bag = [bag_f1(gold, text) for gold, text in outputs]
            shingles = shingle_f1([shingle_counts(gold, text) for gold, text in outputs])
            rows.append([name, summary(bag), f"{shingles:.3f}", f"{1000 * elapsed:.0f}"])
    _table(f"Web pages: Scrapinghub article-extraction benchmark ({len(truth)} pages; its ground truth "
           "has the article text only, no title, author, date or language)",
           ["extractor", "bag-of-words F1 mean", "median", "≥ 0.9", "benchmark F1 (4-gram shingles)",
            "ms per page"], rows)


def web_dates(folder: Path) -> None:
    import trafilatura

    from app.importers.html import read_html
    from app.importers.reading import decode_text

    truth = {}
    for name in ("eval_default.json", "eval_mediacloud_2020.json"):
        for item in json.loads((folder / name).read_text(encoding="utf-8")).values():
            if isinstance(item.get("date"), str) and (folder / "pages" / item["file"]).exists():
                truth[folder / "pages" / item["file"]] = item["date"][:10]

    def carnet(path: Path) -> str | None:
        try:
            return read_html(path).published
        except ImportRejected:
            return None

    def trafilatura_defaults(path: Path) -> str | None:
        document = trafilatura.bare_extraction(decode_text(path.read_bytes(), path), with_metadata=True)
        return document.date if document is not None else None

    extractors: dict[str, Callable[[Path], str | None]] = {"Carnet": carnet, "trafilatura, defaults": trafilatura_defaults}
    if (htmldate := _optional("htmldate")) is not None:
        extractors["htmldate, defaults"] = lambda path: htmldate.find_date(decode_text(path.read_bytes(), path))
    rows = []
    for name, extract in extractors.items():
        right = found = 0
        for path, day in truth.items():
            try:
                value = extract(path)
            except Exception:  # noqa: BLE001 - a peer's failure on a page counts as no date
                value = None
            found += bool(value)
            right += bool(value) and value[:10] == day
        rows.append([name, f"{right / len(truth):.1%}", f"{found / len(truth):.1%}"])
    _table(f"Web pages, publication dates: htmldate's annotated pages ({len(truth)}; htmldate, which "
           "trafilatura uses, was tuned on them)", ["extractor", "right day", "a date given"], rows)


_TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
                              "–": "-", "—": "-", "\u00a0": " ", "\u00ad": None})


def _same_text(a: str | None, b: str | None) -> bool:
    def key(text: str) -> str:
        # Typographic variants of one title (’ and ', – and -, a soft hyphen) are the same title.
        text = unicodedata.normalize("NFKC", text).casefold().translate(_TYPOGRAPHIC)
        return " ".join(text.split()).strip(" .:;,!?\"'")
    return bool(a) and bool(b) and key(a) == key(b)


_NAME_SEPARATORS = re.compile(r";|,\s+|\s+(?:and|und|et|y|e)\s+|&", re.I)


def _author_names(text: str) -> set[str]:
    """The names of an author field, each as its letters and digits, a leading "by"
    dropped: "Von A. Muster und B. Beispiel" and "A Muster; B Beispiel" are the same."""
    text = re.sub(r"^\s*(?:by|von|par|por|di)\s+", "", text, flags=re.I)
    names = {"".join(re.findall(r"\w+", name.casefold())) for name in _NAME_SEPARATORS.split(text)}
    return names - {""}


def _same_authors(gold: list[str], found: str | None) -> bool:
    return {name for author in gold for name in _author_names(author)} == _author_names(found or "")


def web_meta(folder: Path) -> None:
    """Title, author, publication day and language against a corpus's annotations."""
    import trafilatura
    from readability import Document

    from app.importers.html import read_html
    from app.importers.reading import decode_text

    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))

    def carnet(path: Path) -> dict:
        try:
            article = read_html(path)
        except ImportRejected:
            return {}
        return {"title": article.title, "author": article.author, "date": article.published,
                "language": article.language}

    def trafilatura_with(**options) -> Callable[[Path], dict]:
        def extract(path: Path) -> dict:
            document = trafilatura.bare_extraction(decode_text(path.read_bytes(), path), with_metadata=True,
                                                   **options)
            if document is None:
                return {}
            return {"title": document.title, "author": document.author, "date": document.date,
                    "language": document.language}
        return extract

    def readability(path: Path) -> dict:
        return {"title": Document(decode_text(path.read_bytes(), path)).short_title()}

    extractors = {"Carnet": carnet, "trafilatura, defaults": trafilatura_with(),
                  "trafilatura, precision": trafilatura_with(favor_precision=True, include_comments=False),
                  "readability-lxml": readability}
    fields = ("title", "author", "date", "language")
    annotated = {field: [name for name, item in truth.items() if item.get(field)] for field in fields}
    rows = []
    for name, extract in extractors.items():
        right, given = Counter(), Counter()
        extra_authors = 0
        for page, item in truth.items():
            try:
                found = extract(folder / "pages" / page)
            except Exception:  # noqa: BLE001 - a peer's failure on a page counts as nothing found
                found = {}
            given.update(field for field in fields if found.get(field))
            right["title"] += _same_text(item.get("title"), found.get("title"))
            if item.get("author"):
                right["author"] += _same_authors(item["author"], found.get("author"))
            elif "author" in item and found.get("author"):
                extra_authors += 1
            right["date"] += bool(item.get("date")) and (found.get("date") or "")[:10] == item["date"][:10]
            right["language"] += bool(item.get("language")) and \
                (found.get("language") or "")[:2].lower() == item["language"][:2].lower()
        # "–": nothing annotated, or the extractor never gives that field.
        cells = [f"{right[field] / len(annotated[field]):.1%}" if annotated[field] and given[field] else "–"
                 for field in fields]
        no_author = sum(1 for item in truth.values() if "author" in item and not item["author"])
        rows.append([name, *cells, f"{extra_authors} / {no_author}" if no_author and given["author"] else "–"])
    _table(f"Web pages, metadata: {folder.name} ({len(truth)} pages; annotated: "
           + ", ".join(f"{len(annotated[field])} {field}s" for field in fields if annotated[field]) + ")",
           ["extractor", *fields, "an author given where the page has none"], rows)


# PDF ------------------------------------------------------------------------------------

_LIGATURES = re.compile(r"[\ufb00-\ufb06]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_DIGIT_BREAK = re.compile(r"(\d+)-[ \t]*\n[ \t]*(\d+)")


def _running_lines_left(pages: list[str]) -> tuple[int, int]:
    """Edge lines (first or last two of a page) that, numbers masked, recur at the edge of
    40 % of the pages or more; and the number of edge lines."""
    from app.importers.pdf_cleaning import running_line_key

    edges = [[line for line in page.splitlines() if line.strip()] for page in pages]
    edges = [lines[:2] + lines[-2:] if len(lines) > 4 else lines for lines in edges]
    counts = Counter(key for lines in edges for key in {running_line_key(line) for line in lines})
    threshold = max(2, 0.4 * len(pages))
    left = sum(counts[running_line_key(line)] >= threshold for lines in edges for line in set(lines))
    return left, sum(len(set(lines)) for lines in edges)


def pdf(folder: Path) -> None:
    from pypdf import PdfReader

    from app.importers.pdf import read_pdf

    def carnet(path: Path) -> list[str]:
        article = read_pdf(path)
        starts = article.extras["page_starts"] + [len(article.body)]
        return [article.body[a:b] for a, b in zip(starts, starts[1:])]

    def pypdf_pages(path: Path) -> list[str]:
        return [page.extract_text() or "" for page in PdfReader(str(path)).pages]

    def pdfminer_pages(path: Path) -> list[str]:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LTTextContainer
        return ["".join(e.get_text() for e in layout if isinstance(e, LTTextContainer))
                for layout in extract_pages(str(path))]

    extractors: dict[str, Callable[[Path], list[str]]] = {
        "Carnet": carnet, "pypdf (Carnet before, without its cleaning)": pypdf_pages, "pdfminer.six": pdfminer_pages}
    if (fitz := _optional("pymupdf")) is not None:
        extractors["PyMuPDF"] = lambda path: [page.get_text() for page in fitz.open(str(path))]
    files = sorted(folder.glob("*.pdf"))
    rows = []
    raw_breaks = {}
    for path in files:
        try:
            raw_breaks[path] = _DIGIT_BREAK.findall("\n".join(pypdf_pages(path)))
        except Exception:  # noqa: BLE001 - a sample pypdf cannot read has no breaks to count
            raw_breaks[path] = []
    for name, extract in extractors.items():
        read = ligatures = controls = left = edge_lines = 0
        started = time.perf_counter()
        texts = {}
        for path in files:
            try:
                pages = extract(path)
            except Exception:  # noqa: BLE001 - a peer's failure on a sample is counted, not raised
                continue
            if not any(page.strip() for page in pages):
                continue
            read += 1
            texts[path] = "\n".join(pages)
            ligatures += len(_LIGATURES.findall(texts[path]))
            controls += len(_CONTROLS.findall(texts[path]))
            if len(pages) >= 3:
                found, total = _running_lines_left(pages)
                left, edge_lines = left + found, edge_lines + total
        elapsed = time.perf_counter() - started
        row = [name, f"{read} / {len(files)}", str(ligatures), str(controls),
               f"{left} / {edge_lines}" + (f" ({left / edge_lines:.1%})" if edge_lines else "")]
        if name == "Carnet":
            breaks = [(path, a, b) for path, found in raw_breaks.items() for a, b in found if path in texts]
            joined = sum(f"{a}{b}" in texts[path] and f"{a}-{b}" not in texts[path] for path, a, b in breaks)
            row.append(f"{joined} of {len(breaks)}")
        else:
            row.append("(not joined)")
        row.append(f"{elapsed:.1f}")
        rows.append(row)
    _table(f"PDF: pdfminer.six's sample files ({len(files)}; no text ground truth: what is stored is checked)",
           ["extractor", "files read", "ligatures stored", "control characters stored",
            "running lines left at page edges (3+ pages)", "digit groups joined at a line-end hyphen", "s"],
           rows)


# Word -----------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_STRICT_W = "{http://purl.oclc.org/ooxml/wordprocessingml/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _docx_truth(path: Path) -> tuple[str, str]:
    """All the words a Word file holds (body, notes; a text box once), and its tables'."""
    from lxml import etree

    texts, tables = [], []
    with zipfile.ZipFile(path) as archive:
        for part in ("word/document.xml", "word/footnotes.xml", "word/endnotes.xml"):
            if part not in archive.namelist():
                continue
            root = etree.fromstring(archive.read(part), etree.XMLParser(resolve_entities=False))
            for element in root.iter(f"{_W}t", f"{_M}t", f"{_STRICT_W}t"):
                if any(a.tag == _FALLBACK for a in element.iterancestors()):
                    continue
                if element.getparent() is not None and any(
                        a.get(f"{_W}type") in ("separator", "continuationSeparator") for a in element.iterancestors()):
                    continue
                texts.append(element.text or "")
                if any(a.tag == f"{_W}tbl" for a in element.iterancestors()):
                    tables.append(element.text or "")
    return " ".join(texts), " ".join(tables)


def docx_corpus(folder: Path) -> None:
    import docx as python_docx

    from app.importers.docx import read_docx

    def carnet(path: Path) -> str:
        return read_docx(path).body

    extractors: dict[str, Extractor] = {
        "Carnet": carnet,
        "python-docx paragraphs (Carnet before)": lambda path: "\n".join(
            p.text for p in python_docx.Document(str(path)).paragraphs),
    }
    if (mammoth := _optional("mammoth")) is not None:
        extractors["mammoth (raw text)"] = lambda path: mammoth.extract_raw_text(open(path, "rb")).value
    if (docx2txt := _optional("docx2txt")) is not None:
        extractors["docx2txt"] = lambda path: docx2txt.process(str(path))
    files = sorted(folder.glob("*.docx"))
    truths = {path: _docx_truth(path) for path in files}
    rows = []
    for name, extract in extractors.items():
        recalls, table_recalls, f1s, refused = [], [], [], 0
        for path in files:
            words, table_words = truths[path]
            try:
                text = extract(path)
            except Exception:  # noqa: BLE001 - refused (or failed): counted as nothing kept
                text, refused = "", refused + 1
            if tokens(words):
                recalls.append(word_recall(words, text))
                f1s.append(bag_f1(words, text))
            if tokens(table_words):
                table_recalls.append(word_recall(table_words, text))
        rows.append([name, f"{statistics.mean(recalls):.1%}", f"{statistics.mean(f1s):.3f}",
                     f"{statistics.mean(table_recalls):.1%}" if table_recalls else "–", str(refused)])
    _table(f"Word: mammoth's test documents ({len(files)}; ground truth: every word in the file's "
           "body and notes, a text box once)",
           ["extractor", "words kept", "bag-of-words F1", "table words kept", "refused or failed"], rows)


# EPUB -----------------------------------------------------------------------------------

def _epub_chapters(path: Path) -> list[bytes]:
    from ebooklib import ITEM_DOCUMENT, epub
    book = epub.read_epub(str(path), options={"ignore_ncx": True})
    items = [book.get_item_with_id(item_id) for item_id, _ in book.spine]
    return [item.get_content() for item in items if item is not None and item.get_type() == ITEM_DOCUMENT]


def _paragraph_doubles(text: str, truth: str) -> int:
    """Paragraphs (20+ characters) stored more often than the book has them."""
    flat = " ".join(truth.split())
    counts = Counter(" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    return sum(1 for paragraph, count in counts.items()
               if len(paragraph) >= 20 and count > max(1, flat.count(paragraph)))


def epub_corpus(folder: Path) -> None:
    import lxml.html

    from app.importers.epub import read_epub

    def body_text(content: bytes) -> str:
        root = lxml.html.fromstring(content.decode("utf-8", "replace").split("?>", 1)[-1])
        for element in root.xpath("//script | //style | //head"):
            element.drop_tree()
        return " ".join(root.itertext())

    def carnet_before(path: Path) -> str:
        blocks = []
        for content in _epub_chapters(path):
            root = lxml.html.fromstring(content)
            blocks += [" ".join(e.text_content().split()) for e in
                       root.iter("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre")]
        return "\n\n".join(b for b in blocks if b)

    extractors: dict[str, Extractor] = {
        "Carnet": lambda path: read_epub(path).body,
        "Carnet before (p, li, blockquote… each whole)": carnet_before,
        "ebooklib + lxml text of each chapter": lambda path: "\n\n".join(body_text(c) for c in _epub_chapters(path)),
    }
    files = sorted(folder.glob("*.epub"))
    truths = {path: " ".join(body_text(c) for c in _epub_chapters(path)) for path in files}
    rows = []
    for name, extract in extractors.items():
        cells = []
        for path in files:
            text = extract(path)
            cells.append(f"{word_recall(truths[path], text):.1%} / {bag_f1(truths[path], text):.3f} / "
                         f"{_paragraph_doubles(text, truths[path])}")
        rows.append([name, *cells])
    _table("EPUB: Standard Ebooks sources zipped as EPUB (ground truth: every word of each chapter's body); "
           "words kept / bag-of-words F1 / paragraphs doubled",
           ["extractor", *[path.stem for path in files]], rows)


# Language -------------------------------------------------------------------------------

def language(folder: Path) -> None:
    from app.core.language import detect_language as stop_words
    from app.importers.language import detect_language

    rows = []
    samples = {code: (folder / f"{code}.txt").read_text(encoding="utf-8").splitlines()[:300]
               for code in ("fr", "en", "de", "es", "it", "pt", "nl") if (folder / f"{code}.txt").exists()}
    for name, detect in (("Carnet (py3langid)", detect_language), ("stop words (Carnet before)", stop_words)):
        sentences = [detect(text) == code for code, texts in samples.items() for text in texts]
        long_texts = [detect(" ".join(texts[i:i + 10])) == code for code, texts in samples.items()
                      for i in range(0, len(texts), 10)]
        rows.append([name, f"{statistics.mean(sentences):.1%}", f"{statistics.mean(long_texts):.1%}"])
    _table(f"Language: lingua's test sentences ({', '.join(samples)}; 300 a language)",
           ["detector", "single sentences", "10 sentences"], rows)


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit("usage: run.py CORPORA_DIR [FOLDER ...] (see bench/corpora/README.md)")
    root, only = Path(sys.argv[1]), sys.argv[2:]
    metadata_corpora = sorted((root / "web-meta").iterdir()) if (root / "web-meta").is_dir() else []
    for folder, measure in ((root / "web" / "scrapinghub", web), (root / "web-dates" / "htmldate", web_dates),
                            *((corpus, web_meta) for corpus in metadata_corpora),
                            (root / "pdf" / "pdfminer", pdf),
                            (root / "docx" / "mammoth", docx_corpus), (root / "epub" / "standardebooks", epub_corpus),
                            (root / "language", language)):
        relative = folder.relative_to(root).as_posix()
        if only and not any(relative == name or relative.startswith(name.rstrip("/") + "/") for name in only):
            continue
        if folder.is_dir():
            measure(folder)
        else:
            print(f"\n(skipped: no {folder})")


if __name__ == "__main__":
    main()
