"""`carnet import https://…` in a real process, against a real server on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

from tests.unit.cli.subprocess_runs import carnet, no_traceback
from tests.web_server import Route, article_page

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def lines_of(result) -> list[str]:
    return result.stdout.splitlines()


def test_addresses_and_files_import_together_each_with_its_outcome(web_server, tmp_path):
    library = tmp_path / "lib"
    page = web_server.page("/news/usines", article_page(
        "Bruxelles choisit sept usines d'IA",
        head='<link rel="canonical" href="https://www.example.org/usines-ia">'))
    notes = tmp_path / "notes.txt"
    notes.write_text("Des notes sur les gigafactories d'IA et le calcul européen.\n" * 5, encoding="utf-8")
    result = carnet(library, "import", str(notes), page, web_server.url("/nothing-here"))
    assert result.returncode == 0 and no_traceback(result)
    out = lines_of(result)
    assert out[0].startswith("imported") and "notes.txt" in out[0]
    assert out[1].startswith("imported") and page in out[1] and "Bruxelles choisit sept usines d'IA" in out[1]
    assert out[2] == (f"rejected   {web_server.url('/nothing-here')}: there is no page at this address "
                      "(the server answered 404)")
    assert out[3] == "2 imported, 1 rejected"
    article_id = out[1].split("[")[1].split("]")[0]
    shown = carnet(library, "show", article_id).stdout
    assert "URL:       https://www.example.org/usines-ia" in shown
    assert f"File:      {page}" in shown
    assert "Paragraphe 11" in shown


def test_the_same_address_or_the_same_text_twice_is_a_duplicate(web_server, tmp_path):
    library = tmp_path / "lib"
    text = article_page("Le plan InvestAI", head='<link rel="canonical" href="/canonique">')
    first = web_server.page("/a", text)
    again = web_server.page("/a-copy?utm_source=feed", text)
    same_text = web_server.page("/other", text.replace('<link rel="canonical" href="/canonique">', ""))
    result = carnet(library, "import", first, first, again, same_text)
    out = lines_of(result)
    assert out[0].startswith("imported  [6]")
    assert out[1] == f"duplicate [6]  {first}: already in the library as article 6"
    assert out[2] == f"duplicate [6]  {again}: already in the library as article 6"  # its canonical address
    assert out[3] == f"duplicate [6]  {same_text}: already in the library as article 6"  # its text
    requested = [r.path for r in web_server.requests]
    assert requested.count("/a") == 1  # an address known already is not downloaded again
    result = carnet(library, "import", web_server.url("/canonique"))
    assert lines_of(result)[0].startswith("duplicate [6]") and result.returncode == 0


def test_a_pdf_link_is_imported_as_a_pdf(web_server, tmp_path):
    address = web_server.page("/report", (FIXTURES / "report.pdf").read_bytes(), content_type="application/pdf")
    result = carnet(tmp_path / "lib", "import", address)
    assert lines_of(result)[0].startswith("imported  [6]"), result.stdout
    shown = carnet(tmp_path / "lib", "show", "6").stdout
    assert "Format:    pdf" in shown and f"URL:       {address}" in shown


def test_each_failure_is_one_sentence_and_the_others_go_on(web_server, tmp_path):
    consent = web_server.page("/consent", "<html><head><title>Avant de continuer</title></head><body><div>"
                                          "<p>Nous utilisons des cookies. Acceptez-vous les cookies pour continuer ?"
                                          "</p><button>Tout accepter</button></div></body></html>")
    paywall = web_server.page("/paywall", article_page("Article réservé aux abonnés", paragraphs=1,
                                                       sentence="Cet article est réservé aux abonnés. Déjà abonné ?"))
    image = web_server.page("/photo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 100, content_type="image/png")
    web_server.routes["/broken"] = Route(503, b"busy", {"Content-Type": "text/plain"})
    web_server.routes["/slow"] = Route(200, article_page("Lent").encode(), {"Content-Type": "text/html"}, delay=4)
    web_server.routes["/big"] = Route(200, b"<html><body>" + b"<p>mot</p>" * 6_000_000,
                                      {"Content-Type": "text/html"})
    web_server.redirect("/loop", "/loop")
    good = web_server.page("/good", article_page("Une bonne page"))
    result = carnet(tmp_path / "lib", "import", "--timeout", "1.5", consent, paywall, image,
                    web_server.url("/broken"), web_server.url("/slow"), web_server.url("/big"),
                    web_server.url("/loop"), "http://no-such-host.invalid/a", good)
    assert no_traceback(result) and result.returncode == 0
    out = lines_of(result)
    no_article = "this page holds no article (it may ask to accept cookies, to subscribe or to sign in)"
    assert out[0] == f"rejected   {consent}: {no_article}"
    assert out[1] == f"rejected   {paywall}: {no_article}"
    assert out[2] == f"rejected   {image}: this is not a web page or a PDF (the server sent image/png)"
    assert out[3].endswith("/broken: the server answered 503 Service Unavailable")
    assert out[4].endswith("/slow: the server did not answer within 1.5 seconds")
    assert out[5].endswith("/big: too large: the page is over 52 MB, the limit is 52 MB")
    assert out[6].endswith("/loop: the server redirects this address in a loop")
    assert out[7] == "rejected   http://no-such-host.invalid/a: unknown host: no server is known by the name " \
                     "no-such-host.invalid"
    assert out[8].startswith("imported  [6]") and "Une bonne page" in out[8]


def test_nothing_imported_from_the_web_exits_with_status_1(web_server, tmp_path):
    result = carnet(tmp_path / "lib", "import", web_server.url("/missing"))
    assert result.returncode == 1 and lines_of(result)[-1] == "1 rejected"
    result = carnet(tmp_path / "lib", "import", "--timeout", "0", web_server.url("/missing"))
    assert result.returncode == 2 and "is not a number of seconds" in result.stderr
