from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from app.core.anchoring import Anchor
from app.core.article import Article
from app.core.digest import Digest, DigestScope, render_markdown
from app.core.highlight import Highlight
from app.core.tags import Tag

PARSER = MarkdownIt("commonmark").use(front_matter_plugin).use(footnote_plugin).enable("table")
STRUCTURE = ("front_matter", "heading_open", "blockquote_open", "footnote_ref", "footnote_open", "table_open", "tr_open",
             "bullet_list_open", "ordered_list_open", "hr", "code_block", "fence", "html_block", "html_inline",
             "link_open", "image", "em_open", "strong_open", "code_inline")

PIECES = list("#>*_`[]^|<>!&-+=.)(1 9abcé\n\t\\~:") + ["[^1]", "<b>", "1.", "---", "```", "    ", "&amp;",
                                                           "| a |", "\n\n", "[x](y)", "![i](j)", "***"]
# Every line ending a file or a user can put in text: each must end a line as \n does, or not at all.
PIECES += ["\r", "\r\n", "\u2028", "\u2029", "\u0085", "\v", "\f", "\r---", "\r- item", "\u2028# x", "\u0085> q"]
DANGEROUS = st.lists(st.sampled_from(PIECES), min_size=1, max_size=25).map("".join).filter(str.strip)


def digest(texts, url="https://example.org/a"):
    title, source, tag_name, quote_a, note_a, quote_b, note_b = texts
    tags = [Tag(id=1, name=tag_name, colour="#fff000", shortcut=1),
            Tag(id=2, name="enfant " + tag_name, colour="#00ff00", parent_id=1)]
    articles = {
        1: Article(id=1, title=title, body="", format="txt", source=source, published="2024-01-24",
                   url=url),
        2: Article(id=2, title="Second " + title, body="", format="md"),
    }
    highlights = [
        Highlight(id=1, article_id=1, anchor=Anchor(0, 5, quote_a), note=note_a, tag_ids=(1,), tags=(tag_name,)),
        Highlight(id=2, article_id=2, anchor=Anchor(3, 9, quote_b), note=note_b, tag_ids=(1, 2),
                  tags=(tag_name, "enfant " + tag_name)),
        Highlight(id=3, article_id=1, anchor=Anchor(9, 12, quote_b), note="", tag_ids=()),
    ]
    return Digest(title=title, generated_at="2026-01-01T00:00:00Z", library="lib", scope=DigestScope(),
                  highlights=highlights, articles=articles, tags=tags)


def structure(markdown):
    return Counter(token.type for token in PARSER.parse(markdown) if token.type in STRUCTURE)


PLAIN = ["Titre", "Source", "topic", "citation un", "note un", "citation deux", "note deux"]


@settings(max_examples=300, deadline=None)
@given(st.lists(DANGEROUS, min_size=7, max_size=7), st.sampled_from(["tag", "article"]))
def test_user_text_never_changes_the_structure_of_the_digest(texts, group_by):
    expected = structure(render_markdown(digest(PLAIN), group_by=group_by))
    assert structure(render_markdown(digest(texts), group_by=group_by)) == expected


def test_the_plain_digest_has_the_structure_we_mean():
    counts = structure(render_markdown(digest(PLAIN)))
    assert counts["front_matter"] == 1
    assert counts["heading_open"] == 1 + 2 + 3 + 1 + 1 + 1  # title, 2 topics, 3+1 articles, untagged, sources
    assert counts["blockquote_open"] == 4  # the two-tag highlight appears under both topics
    assert counts["footnote_open"] == 2  # each article cited once
    assert counts["table_open"] == 1


ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40).filter(str.strip)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(ANY_TEXT, DANGEROUS), min_size=7, max_size=7), st.sampled_from(["tag", "article"]))
@example(texts=["0", "0", "0", "0", "0", "0", "|\r:-"], group_by="tag")  # a pipe, then a table's delimiter row
def test_any_unicode_text_never_changes_the_structure_of_the_digest(texts, group_by):
    expected = structure(render_markdown(digest(PLAIN), group_by=group_by))
    assert structure(render_markdown(digest(texts), group_by=group_by)) == expected


def test_the_digest_s_own_words_come_through_translate_and_its_structure_stays():
    french = {"Topic": "Thème", "Highlights": "Surlignages", "Articles": "Articles", "All": "Total",
              "Untagged": "Sans étiquette", "Tags: {tags}": "Étiquettes : {tags}", "Tags: none": "Étiquettes : aucune",
              "Note:": "Note :", "Sources": "Sources"}
    english = render_markdown(digest(PLAIN))
    translated = render_markdown(digest(PLAIN), translate=lambda template: french.get(template, template))
    assert "| Topic | Highlights | Articles |" in english and "## Untagged" in english
    assert "| Thème | Surlignages | Articles |" in translated
    assert "## Sans étiquette" in translated and "| **Total** |" in translated
    assert "Étiquettes : topic" in translated and "Étiquettes : aucune" in translated
    assert "**Note :** note un" in translated
    assert "Topic" not in translated and "Tags:" not in translated
    assert structure(translated) == structure(english)


URL_STARTS = ["javascript:", "JavaScript:", "data:text/html;base64,", "vbscript:", "file:///", "mailto:", "doi:",
              "doi:10.", "http://", "https://", "HTTP://", "https:", "//", "", " ", "\r", "\u2028"]
URLS = st.tuples(st.sampled_from(URL_STARTS), st.one_of(ANY_TEXT, DANGEROUS, st.just("example.org/a"))).map("".join)


def links(markdown):
    return [token.attrs.get("href", "") for block in PARSER.parse(markdown) for token in (block.children or [])
            if token.type == "link_open"]


@settings(max_examples=300, deadline=None)
@given(URLS, st.sampled_from(["tag", "article"]))
def test_only_web_and_doi_urls_become_links_and_no_url_adds_structure(url, group_by):
    markdown = render_markdown(digest(PLAIN, url=url), group_by=group_by)
    for href in links(markdown):
        assert href.lower().startswith(("http://", "https://")), href
    plain = structure(render_markdown(digest(PLAIN, url=None), group_by=group_by))
    found = structure(markdown)
    found.pop("link_open", None)
    assert found == plain


def test_a_javascript_or_data_url_is_written_as_text_and_a_web_or_doi_url_as_a_link():
    for url in ("javascript:alert(document.cookie)", "data:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd"):
        markdown = render_markdown(digest(PLAIN, url=url))
        assert links(markdown) == [] and f"<{url}>" not in markdown
        assert url.split(":")[0] in markdown
    assert links(render_markdown(digest(PLAIN, url="https://example.org/a"))) == ["https://example.org/a"] * 2
    assert links(render_markdown(digest(PLAIN, url="doi:10.1000/182"))) == ["https://doi.org/10.1000/182"] * 2


def test_a_carriage_return_in_a_note_neither_makes_a_heading_nor_a_list():
    texts = list(PLAIN)
    texts[4] = "x\r---"
    texts[6] = "y\r- item\u2028# titre\u0085> citation"
    assert structure(render_markdown(digest(texts))) == structure(render_markdown(digest(PLAIN)))
    assert "\r" not in render_markdown(digest(texts)) and "\u2028" not in render_markdown(digest(texts))
