"""Import rate: synthetic articles recombined from the sample sentences, files to store
and search index, for plain text, saved web pages and PDF.

Run with `make bench` (or `python bench/import_bench.py [N ...]`). Prints, for each
format and N, how many articles per second go from files on disk into a new library.
Target: at least 1,000 articles/s for plain text.
"""

from __future__ import annotations

import html
import random
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services.importing import import_paths  # noqa: E402
from app.services.library import open_library, sample_articles_folder  # noqa: E402
from bench.report import Row, at_least, print_rows  # noqa: E402

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def sample_sentences() -> list[str]:
    sentences = []
    for path in sorted(sample_articles_folder().glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            sentences.extend(s for s in _SENTENCE_END.split(line) if len(s) > 40)
    return sentences


def _article(n: int, sentences: list[str], rng: random.Random) -> tuple[str, list[str], str]:
    headline = rng.choice(sentences)
    paragraphs = [" ".join(rng.sample(sentences, rng.randint(2, 5))) for _ in range(rng.randint(4, 9))]
    return headline, paragraphs, f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def write_text(folder: Path, n: int, article) -> None:
    headline, paragraphs, date = article
    text = "\n".join([headline, *paragraphs, f"{date} 10:00:00", f"Source : Agence {n % 17}"])
    (folder / f"{n:06d}.txt").write_text(text, encoding="utf-8")


def write_html(folder: Path, n: int, article) -> None:
    headline, paragraphs, date = article
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    page = (f'<html lang="fr"><head><title>{html.escape(headline)}</title>'
            f'<meta property="article:published_time" content="{date}"></head><body>'
            f'<nav><a href="/">Accueil</a> <a href="/eco">Économie</a></nav>'
            f"<article><h1>{html.escape(headline)}</h1>{body}</article>"
            f"<aside><h2>À lire aussi</h2><a href='/x'>Autre article</a></aside><footer>© Journal</footer>"
            "</body></html>")
    (folder / f"{n:06d}.html").write_text(page, encoding="utf-8")


def write_pdf(folder: Path, n: int, article) -> None:
    from fpdf import FPDF

    headline, paragraphs, _ = article
    pdf = FPDF()
    if FONT.exists():
        pdf.add_font("DejaVu", fname=str(FONT))
        pdf.set_font("DejaVu", size=10)
    else:  # the core fonts know Latin-1 only
        pdf.set_font("Helvetica", size=10)
        headline = headline.encode("latin-1", "replace").decode("latin-1")
        paragraphs = [p.encode("latin-1", "replace").decode("latin-1") for p in paragraphs]
    pdf.add_page()
    for text in [headline, *paragraphs]:
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(str(folder / f"{n:06d}.pdf"))


WRITERS = {"text": write_text, "html": write_html, "pdf": write_pdf}


def write_files(kind: str, count: int, folder: Path, sentences: list[str]) -> Path:
    """Write `count` articles of this kind (text, html, pdf) into a new folder in `folder`."""
    rng = random.Random(count)
    files = folder / "articles"
    files.mkdir()
    for n in range(count):
        WRITERS[kind](files, n, _article(n, sentences, rng))
    return files


def measure(kind: str, count: int, sentences: list[str]) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as workdir:
        files = write_files(kind, count, Path(workdir), sentences)
        library = open_library(Path(workdir) / "library", add_samples=False)
        started = time.perf_counter()
        report = import_paths(library, [files])
        elapsed = time.perf_counter() - started
        library.close()
    return count / elapsed, report.count("imported")


TARGETS = {"text": 1_000}  # articles per second
LABELS = {"text": "plain text", "html": "saved web pages (HTML)", "pdf": "PDF"}


def rows(counts: list[int] = (1_000, 10_000)) -> list[Row]:
    sentences = sample_sentences()
    result = []
    for kind, sizes in (("text", counts), ("html", [1_000]), ("pdf", [1_000])):
        for count in sizes:
            rate, imported = measure(kind, count, sentences)
            assert imported == count, f"{kind}: {imported} of {count} imported"
            target = TARGETS.get(kind)
            result.append(Row(f"import, files to stored and indexed articles: {LABELS[kind]}, {count:,} files",
                              f"{rate:,.0f} articles/s", f"≥ {target:,}/s" if target else "",
                              at_least(rate, target) if target else None))
    return result


if __name__ == "__main__":
    print_rows(rows([int(arg) for arg in sys.argv[1:]] or [1_000, 10_000]))
