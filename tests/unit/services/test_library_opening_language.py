"""A new library's default tags speak the language it was made in."""

from app.services.library import open_library
from app.services.tagging import TagService


def test_a_library_made_in_french_describes_its_default_tags_in_french(tmp_path):
    library = open_library(tmp_path / "fr", add_samples=False, language="fr")
    assert TagService(library).find("funding").description.startswith("Argent : budgets")
    library.close()
    reopened = open_library(tmp_path / "fr", add_samples=False, language="en")  # made already: it stays
    assert TagService(reopened).find("sites").description.startswith("Lieux")
    reopened.close()


def test_by_default_the_locale_chooses(tmp_path, monkeypatch):
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    library = open_library(tmp_path / "locale", add_samples=False)
    assert TagService(library).find("Commission").description.startswith("La Commission européenne")
    library.close()
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    english = open_library(tmp_path / "c", add_samples=False)
    assert TagService(english).find("funding").description.startswith("Money")
    english.close()
