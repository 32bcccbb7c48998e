"""Guessing an article's language with py3langid, whose model ships in its wheel.

Chosen over lingua after `bench/language_bench.py`: as accurate on sentences and long
texts in the languages Carnet's users read, twenty to forty times faster, and a 4.5 MB
package where lingua's is 96 MB.
"""

from __future__ import annotations

import functools

from app.core.language import UNDETERMINED

# The model's cost grows faster than the text: two windows of the text (its start and its
# middle, so a heading or a byline in another language does not decide) are enough.
_WINDOW_CHARS = 300
_MIN_LETTERS = 12
# Below this the model is guessing (a name, a code, a line of figures).
_MIN_CONFIDENCE = 0.2


@functools.cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of the language `text` is most likely in, or "und"
    when the text is too short or too unlike any language to tell."""
    sample = _sample(text)
    if sum(char.isalpha() for char in sample) < _MIN_LETTERS:
        return UNDETERMINED
    language, confidence = _identifier().classify(sample)
    return language if confidence >= _MIN_CONFIDENCE else UNDETERMINED


def _sample(text: str) -> str:
    if len(text) <= 2 * _WINDOW_CHARS:
        return text
    middle = text.find(" ", len(text) // 2) + 1
    return f"{text[:_WINDOW_CHARS]} {text[middle:middle + _WINDOW_CHARS]}"
