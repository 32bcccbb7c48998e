"""Every importer over the hostile corpus: each file is imported or refused with a
sentence, none hangs, no traceback, and nothing stored keeps a control character."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time

import pytest

from app.importers.workers import Budget
from app.services import importing
from app.services.articles import ArticleService
from tests.hostile_files import links_named_on_their_own, write_corpus

pytestmark = pytest.mark.skipif(os.name != "posix", reason="named pipes, sockets and symbolic links")

# What only a Python exception would say: no user should read it as the explanation.
PYTHON_TALK = re.compile(r"\b[A-Z]\w*(Error|Exception)\b|Traceback|NoneType|object has no attribute|"
                         r"is not iterable|\bErrno\b")
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
BUDGET = Budget(seconds=3)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile") / "corpus"
    return folder, write_corpus(folder)


def test_every_hostile_file_is_imported_or_refused_with_a_sentence(corpus, empty_library, monkeypatch):
    folder, made = corpus
    monkeypatch.setattr(importing, "READ_BUDGET", BUDGET)
    started = time.monotonic()
    report = importing.import_paths(empty_library, [folder])
    elapsed = time.monotonic() - started
    outcomes = {outcome.path: outcome for outcome in report.outcomes}
    assert not report.stopped and not report.cancelled
    # Only a hang guard, far above the normal minute: each slow file is stopped by its
    # budget, which the outcomes below check; a loaded machine may take longer.
    slow = sum(1 for hostile in made if hostile.slow)
    assert elapsed < 300 + slow * BUDGET.seconds
    wrong = []
    for hostile in made:
        outcome = outcomes.get(hostile.path)
        if outcome is None:
            wrong.append((hostile.attack, hostile.path.name, "not in the report"))
            continue
        status = "imported" if outcome.status == "duplicate" else outcome.status  # the same text twice
        reason = str(outcome.reason or "")
        if (status not in hostile.statuses or hostile.reason not in reason
                or (status in ("rejected", "skipped") and (not reason or PYTHON_TALK.search(reason)))):
            wrong.append((hostile.attack, hostile.path.name, outcome.status, reason))
    assert wrong == [], '\n'.join(map(repr, wrong))
    articles = ArticleService(empty_library)
    assert "motsecret" not in " ".join(articles.article(s.id).body for s in articles.summaries())
    for summary in articles.summaries():
        article = articles.article(summary.id)
        fields = [article.title, article.source, article.author, article.url, article.published,
                  article.original_path, *article.keywords]
        assert not any(CONTROL.search(value) for value in fields if value), fields
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", article.body)


def test_links_and_pipes_named_on_their_own_are_followed_then_refused(tmp_path, empty_library):
    named = links_named_on_their_own(tmp_path)
    started = time.monotonic()
    report = importing.import_paths(empty_library, named)
    assert time.monotonic() - started < 10
    assert [(o.status, str(o.reason)) for o in report.outcomes] == [
        ("rejected", "not a regular file: this is a device, which is never read"),
        ("rejected", "not a regular file: this is a named pipe (FIFO), which is never read"),
        ("rejected", "not a regular file: this is a named pipe (FIFO), which is never read"),
    ]


def test_the_command_line_imports_the_corpus_without_a_traceback(corpus, tmp_path):
    folder, made = corpus
    quick = [str(hostile.path) for hostile in made if not hostile.slow and hostile.path.parent.name != "pdf"]
    quick += [str(path) for path in links_named_on_their_own(tmp_path)]
    result = subprocess.run([sys.executable, "-m", "app", "--library", str(tmp_path / "library"), "import",
                             *quick, str(folder / "generic")], capture_output=True, timeout=240)
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 0, stderr
    assert "Traceback" not in stderr and "Traceback" not in result.stdout.decode("utf-8", "replace")
