"""Language detectors compared on short and long texts in fr/en/de/es/it/pt/nl.

Reads lingua's public test data (sentences and word pairs, one per line, 1,000 per
language; repository pemistahl/lingua-go, folder cmd/language-testdata, Apache-2.0),
laid out as DIR/<code>.txt (sentences) and DIR/<code>.pairs.txt (word pairs).
Run: `.venv/bin/python bench/language_bench.py DIR [N]` (N texts per language and kind).
"Long" texts are ten sentences of one language put together (~1,000 characters).
Each detector is asked with no hint of which seven languages the texts are in, as an
import is, except the rows marked "7 languages".
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

LANGUAGES = ("fr", "en", "de", "es", "it", "pt", "nl")


def load(folder: Path, per_language: int) -> dict[str, list[tuple[str, str]]]:
    kinds: dict[str, list[tuple[str, str]]] = {"word pairs": [], "sentences": [], "long (10 sentences)": []}
    for code in LANGUAGES:
        sentences = (folder / f"{code}.txt").read_text(encoding="utf-8").splitlines()
        pairs = (folder / f"{code}.pairs.txt").read_text(encoding="utf-8").splitlines()
        kinds["word pairs"] += [(code, text) for text in pairs[:per_language]]
        kinds["sentences"] += [(code, text) for text in sentences[:per_language]]
        kinds["long (10 sentences)"] += [(code, " ".join(sentences[i:i + 10]))
                                         for i in range(0, min(len(sentences), per_language * 10), 10)]
    return kinds


def detectors() -> dict[str, Callable[[], Callable[[str], str]]]:
    def stop_words():
        from app.core.language import detect_language
        return detect_language

    def carnet():
        from app.importers.language import detect_language
        return detect_language

    def py3langid_all():
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
        identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        return lambda text: identifier.classify(text)[0]

    def py3langid_seven():
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
        identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        identifier.set_languages(list(LANGUAGES))
        return lambda text: identifier.classify(text)[0]

    def lingua(languages=None, low_accuracy=False):
        def build():
            from lingua import IsoCode639_1, Language, LanguageDetectorBuilder
            if languages:
                builder = LanguageDetectorBuilder.from_iso_codes_639_1(
                    *[getattr(IsoCode639_1, code.upper()) for code in languages])
            else:
                builder = LanguageDetectorBuilder.from_all_languages()
            if low_accuracy:
                builder = builder.with_low_accuracy_mode()
            detector = builder.build()

            def detect(text: str) -> str:
                language: Language | None = detector.detect_language_of(text)
                return language.iso_code_639_1.name.lower() if language else "und"
            return detect
        return build

    return {
        "stop words (before)": stop_words,
        "py3langid, 97 languages": py3langid_all,
        "py3langid, 7 languages": py3langid_seven,
        "lingua, 75 languages": lingua(),
        "lingua, 75 languages, low accuracy": lingua(low_accuracy=True),
        "lingua, 7 languages": lingua(LANGUAGES),
        "Carnet (app.importers.language)": carnet,
            }


def _rss_mib() -> float:
    # Resident memory, which counts what a compiled model allocates outside Python too.
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    folder = Path(sys.argv[1])
    per_language = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    kinds = load(folder, per_language)
    print(f"{per_language} texts per language and kind, 7 languages\n")
    print("| detector | load s | load MiB | " + " | ".join(f"{k} % / ms" for k in kinds) + " |")
    print("|---|---:|---:|" + "---:|" * len(kinds))
    for name, build in detectors().items():
        before = _rss_mib()
        started = time.perf_counter()
        detect = build()
        detect("warm up")
        load_seconds = time.perf_counter() - started
        load_mib = _rss_mib() - before
        cells = []
        for texts in kinds.values():
            started = time.perf_counter()
            right = sum(detect(text) == code for code, text in texts)
            elapsed = time.perf_counter() - started
            cells.append(f"{100 * right / len(texts):.1f} / {1000 * elapsed / len(texts):.2f}")
        print(f"| {name} | {load_seconds:.2f} | {load_mib:.0f} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
