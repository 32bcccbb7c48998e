"""Citations and bibliographies in a CSL style, through citeproc-py, written as Markdown.

The shipped styles live in `resources/csl/`; any other `.csl` file can be named by its
path. A dependent style (a journal's, which names an independent parent and holds no
citation of its own) is applied through its parent, found by the parent's id among the
shipped styles or beside it, in the dependent's language. The digest asks a `StyleCiter` for each quote's citation and, at the end, for the
sources list."""

from __future__ import annotations

import contextlib
import functools
import re
import warnings
from pathlib import Path

from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle
from citeproc import model as _citeproc_model
from citeproc.source import Locator
from citeproc.source.json import CiteProcJSON
from lxml import etree

from app.core.article import Article
from app.core.csl_items import SHIPPED_STYLES, StyleError, csl_item
from app.core.markdown_escape import escape_fragment, link_or_text
from app.core.messages import Message
from app.services.library import shipped_path


_LINE_START = re.compile(r"^(?:[#>+\-=*_:]|\d+[.)])")


_CSL_TEXT = "{http://purl.org/net/xbiblio/csl}text"
_substituting: list[set[str]] = []


def _render_substitute(substitute, item, context=None, **kwargs):
    """citeproc-py 0.11 suppresses what stood in for a missing author only when the
    substitute names the variable itself, not through a macro or a choice (APA, Chicago
    and ISO 690 go through macros): the title was printed twice. This version suppresses
    every variable the substitute printed, as the CSL specification says."""
    for child in substitute.getchildren():
        printed: set[str] = set()
        _substituting.append(printed)
        try:
            if isinstance(child, _citeproc_model.Names) and child.name is None:
                names = substitute.xpath_search("./parent::cs:names[1]")[0]
                text = child.render(item, names_context=names, context=context, **kwargs)
            else:
                text = child.render(item, context=context, **kwargs)
        except _citeproc_model.VariableError:
            continue
        finally:
            _substituting.pop()
        if text:
            substitute.add_to_repressed_list(child, context)
            context.get_layout().repressed.setdefault(_CSL_TEXT, []).extend(printed)
            return text
    return None


def _recorded_variable(text_element, item, context):
    value = _plain_variable(text_element, item, context)
    if value:
        for printed in _substituting:
            printed.add(text_element.get("variable"))
    return value


def _label_of_present_variable(label, item, variable=None, plural=None, context=None, **kwargs):
    """citeproc-py 0.11 prints a label ("Edition") even when its variable is empty; CSL
    prints a label only beside a value."""
    name = variable or label.get("variable")
    if name and name != "locator" and name.replace("-", "_") not in item.reference:
        return None
    return _plain_label(label, item, variable=variable, plural=plural, context=context, **kwargs)


def _render_single_date(date_element, date, show_parts=None, context=None):
    """citeproc-py 0.11 joins the parts of a localized date (form "text" or "numeric")
    with the delimiter of the style's date element, which may not have one, instead of
    the delimiter the localized date gives (Vancouver's "2024 Mar 5" came out "2024Mar5")."""
    parts = date_element.parts(date, show_parts, context) if context != date_element else \
        date_element.parts(date, show_parts)
    if not parts:
        return None
    joiner = date_element
    if date_element.is_locale_date() and context is not None and "delimiter" in context.attrib:
        joiner = context
    return joiner.join(parts)


_citeproc_model.Date.render_single_date = _render_single_date
_plain_label = _citeproc_model.Label.process
_citeproc_model.Label.process = _label_of_present_variable
_plain_variable = _citeproc_model.Text._variable
_citeproc_model.Text._variable = _recorded_variable
_citeproc_model.Substitute.render = _render_substitute


def style_file(style: str) -> Path:
    """The CSL file of a shipped style's short name or of a `.csl` path, or `StyleError`."""
    if style in SHIPPED_STYLES:
        path = shipped_path(f"resources/csl/{SHIPPED_STYLES[style]}")
        if path is None:
            raise StyleError(Message("the style {style} is not installed with this Carnet", style=style))
        return path
    path = Path(style)
    if path.suffix.lower() != ".csl":
        raise StyleError(Message("'{style}' is not a style: name one of {names}, or a .csl file",
                                 style=style, names=", ".join(SHIPPED_STYLES)))
    if not path.is_file():
        raise StyleError(Message("{path} is not a file", path=path))
    return path


def load_style(style: str) -> CitationStylesStyle:
    """The parsed CSL style (a dependent one's parent, in the dependent's locale), or
    `StyleError` naming the file that is not one or the parent that cannot be found."""
    path = style_file(style)
    locale = None
    dependent = _dependent_on(path)
    if dependent is not None:
        parent_id, locale = dependent
        parent = _independent_style(parent_id, beside=path.parent)
        if parent is None:
            raise StyleError(Message("{path} is a dependent style and its parent style {parent} is neither one "
                                     "Carnet ships nor a .csl file beside it", path=path, parent=parent_id))
        path = parent
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return CitationStylesStyle(str(path), locale=locale, validate=False)
    except Exception as error:  # lxml and citeproc raise many kinds for a file that is not CSL
        raise StyleError(Message("{path} is not a CSL style ({error})", path=path, error=error)) from error


_CSL = "{http://purl.org/net/xbiblio/csl}"
_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _style_root(path: Path):
    """The style's root element, or None for a file that is not XML (told when loaded)."""
    try:
        return etree.parse(str(path), _SAFE_XML).getroot()
    except (etree.XMLSyntaxError, OSError):
        return None


def _dependent_on(path: Path) -> tuple[str, str | None] | None:
    """For a dependent style (a link to its independent parent, no citation of its own):
    the parent's id and the dependent's own locale. None for any other file."""
    root = _style_root(path)
    if root is None or root.find(f"{_CSL}citation") is not None:
        return None
    parent = next((link.get("href") for link in root.iterfind(f"{_CSL}info/{_CSL}link")
                   if link.get("rel") == "independent-parent" and link.get("href")), None)
    return (parent.strip(), root.get("default-locale")) if parent else None


def _style_key(style_id: str) -> str:
    """A style's id compared as CSL repositories write it in either form (http or https,
    with or without a final slash)."""
    return re.sub(r"^https?://", "", style_id.strip()).rstrip("/").lower()


@functools.lru_cache(maxsize=1)
def _shipped_ids() -> dict[str, Path]:
    found = {}
    for name in SHIPPED_STYLES.values():
        path = shipped_path(f"resources/csl/{name}")
        if path is not None:
            found.update(_ids_of([path]))
    return found


def _ids_of(paths) -> dict[str, Path]:
    """The independent styles among `paths`, by their id (and their own link)."""
    found = {}
    for path in paths:
        root = _style_root(path)
        if root is None or root.find(f"{_CSL}citation") is None:
            continue
        ids = [root.findtext(f"{_CSL}info/{_CSL}id") or ""]
        ids += [link.get("href") or "" for link in root.iterfind(f"{_CSL}info/{_CSL}link") if link.get("rel") == "self"]
        found.update({_style_key(i): path for i in ids if i.strip()})
    return found


def _independent_style(parent_id: str, *, beside: Path) -> Path | None:
    """The file of the independent style `parent_id`: a shipped one, or the one in
    `beside` named as the CSL repositories name it (`…/styles/apa` → `apa.csl`)."""
    key = _style_key(parent_id)
    if key in _shipped_ids():
        return _shipped_ids()[key]
    candidate = beside / f"{key.rsplit('/', 1)[-1]}.csl"
    return _ids_of([candidate] if candidate.is_file() else []).get(key)


class StyleCiter:
    """Cites articles in one style, in the order they are first cited, then lists them."""

    def __init__(self, style: CitationStylesStyle, articles: dict[int, Article]) -> None:
        self._items = {article_id: _escaped(csl_item(article)) for article_id, article in articles.items()}
        # citeproc-py looks keys up in lower case; article ids make them unique whatever they are.
        for article_id, item in self._items.items():
            item["id"] = f"a{article_id}"
        self._bibliography = CitationStylesBibliography(style, CiteProcJSON(list(self._items.values())),
                                                        _MarkdownFormatter)
        self.numeric = style.root.get("class") == "in-text" and _is_numeric(style)

    def cite(self, article_id: int, page: int | None = None) -> str:
        """The in-text citation of the article (with its page), in Markdown."""
        item = CitationItem(f"a{article_id}", locator=Locator("page", str(page))) if page else \
            CitationItem(f"a{article_id}")
        citation = Citation([item])
        self._bibliography.register(citation)
        with _told_failures(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _text(self._bibliography.cite(citation, lambda missing: None))

    def bibliography(self) -> list[str]:
        """The entries of every article cited so far, in the style's order, in Markdown."""
        return [entry for _, entry in self.entries()]

    def entries(self) -> list[tuple[int | None, str]]:
        """`bibliography()`, each entry with the id of the article it lists."""
        if self._bibliography.style.root.bibliography is None:
            return []
        # The entries are of the articles, not of the citations that first named them:
        # no page (a locator) of a quote may appear in the sources list.
        bare = []
        for key in self._bibliography.keys:
            item = CitationItem(key)
            Citation([item]).bibliography = self._bibliography
            bare.append(item)
        self._bibliography.items = bare
        if not self.numeric:
            self._bibliography.sort()
        with _told_failures(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            entries = [_text(entry) for entry in self._bibliography.bibliography()]
        return [(int(item.key[1:]), _safe_line_start(_tidy(entry)))
                for item, entry in zip(self._bibliography.items, entries)]


@contextlib.contextmanager
def _told_failures():
    # A style may use what citeproc-py does not handle: the export stops with a sentence.
    try:
        yield
    except StyleError:
        raise
    except Exception as error:
        raise StyleError(Message("this style cannot be applied by citeproc-py ({error})", error=error)) from error


def _escaped(item: dict) -> dict:
    """The item's text as Markdown (citeproc-py formats its values without escaping them)."""
    escaped = {}
    for name, value in item.items():
        if name == "URL":
            escaped[name] = link_or_text(value)
        elif isinstance(value, str) and name not in ("id", "type", "language"):
            escaped[name] = escape_fragment(value)
        elif name in ("author", "editor"):
            escaped[name] = [{part: escape_fragment(text) for part, text in person.items()} for person in value]
        else:
            escaped[name] = value
    return escaped


def _is_numeric(style: CitationStylesStyle) -> bool:
    info = style.root.find("{http://purl.org/net/xbiblio/csl}info")
    if info is None:
        return False
    return any(c.get("citation-format") == "numeric" for c in info.iter("{http://purl.org/net/xbiblio/csl}category"))


def _text(rendered) -> str:
    if isinstance(rendered, str):
        return str(rendered)
    return "".join(_text(part) for part in rendered)


_EMPTY_GROUP = re.compile(r"([.,;:])(?:\s+[.,;:])+(?=\s|$)")
_CITATION_NUMBER = re.compile(r"^(\d+)\.(?=\S)")


def _tidy(entry: str) -> str:
    """An entry on one line, without what a missing detail left behind: ". ." where an
    empty group kept its delimiter, and a citation number glued to the text."""
    entry = _EMPTY_GROUP.sub(r"\1", " ".join(entry.split()))
    return _CITATION_NUMBER.sub(r"\1. ", entry)


def _safe_line_start(line: str) -> str:
    if line.startswith("*") or line.startswith("\\"):  # emphasis, or escaped already
        return line
    return "\\" + line if _LINE_START.match(line) else line


class _Emphasis(str):
    mark = ""

    def __new__(cls, text):
        text = str(text)
        inner = text.strip()
        if not inner:
            return super().__new__(cls, text)
        lead, trail = text[:len(text) - len(text.lstrip())], text[len(text.rstrip()):]
        return super().__new__(cls, f"{lead}{cls.mark}{inner}{cls.mark}{trail}")


class _Italic(_Emphasis):
    mark = "*"


class _Bold(_Emphasis):
    mark = "**"


class _Plain(str):
    pass


def _preformat(text) -> str:
    return escape_fragment(str(text))  # the style's own words and punctuation


class _MarkdownFormatter:
    """citeproc-py's formatter interface (a module in citeproc.formatter), for Markdown."""

    preformat = staticmethod(_preformat)
    Italic = _Italic
    Oblique = _Italic
    Bold = _Bold
    Light = _Plain
    Underline = _Plain
    Superscript = _Plain
    Subscript = _Plain
    SmallCaps = _Plain
