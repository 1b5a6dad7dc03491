"""Filling a Word template in memory, safely, and reading the result back as text.

docxtpl's own Jinja2 environment is neither sandboxed nor escaping: a value with `&` or
`<` would break the document or inject WordprocessingML, and a template could reach
Python internals. Ours is a `SandboxedEnvironment(autoescape=True)` with strict
undefined names, so a misspelt placeholder is an error that names it rather than a blank.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from docxtpl import DocxTemplate
from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree
from markupsafe import Markup, escape

from desktop.core.translation import translate
from desktop.services.errors import TemplateProblem


def _finalize(value: Any) -> Markup:
    """Escape every printed value, and break docxtpl's own `{_{` escape so it stays literal.

    docxtpl turns `{_{` into `{{` after rendering (its way to print braces); `&#95;` is the
    same underscore to Word but not to that replacement.
    """
    text = str(escape("" if value is None else value))
    return Markup(text.replace("{_", "{&#95;").replace("_}", "&#95;}"))


NO_BREAK_HYPHEN = "\u2011"


def _nobreak(value: str) -> str:
    """`{{ court_reference|nobreak }}`: a reference is never split at a line end."""
    return str(value).replace("-", NO_BREAK_HYPHEN)


def environment() -> SandboxedEnvironment:
    env = SandboxedEnvironment(autoescape=True, undefined=StrictUndefined, finalize=_finalize)
    env.filters["nobreak"] = _nobreak
    return env


@dataclass(frozen=True)
class Metadata:
    """What Word shows under File > Properties; replaces whatever the template carried."""

    title: str
    author: str
    when: datetime
    # The audit chain's head at export ("Audit chain: seq N, head ..."): a later verify
    # can prove no entry before it was cut. Kept in the properties, not on the page the
    # Court reads.
    anchor: str = ""


def _open(content: bytes) -> DocxTemplate:
    template = DocxTemplate(io.BytesIO(content))
    try:
        template.init_docx()
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError):
        raise TemplateProblem(
            translate(
                "ReplyDocxMessages",
                "This file is not a Word document (.docx) that can be used as a "
                "template. Save it from Word as .docx and try again.",
            )
        ) from None
    return template


@lru_cache(maxsize=64)
def placeholders(content: bytes) -> frozenset[str]:
    """The names a template uses, in its body, headers and footers."""
    template = _open(content)
    try:
        return frozenset(template.get_undeclared_template_variables(environment()))
    except TemplateError as exc:
        raise _explain(exc, template) from None


def fill(content: bytes, values: dict[str, str], stamp: str, meta: Metadata) -> bytes:
    """The filled document as .docx bytes, with `stamp` in every header and footer."""
    template = _open(content)
    try:
        template.render(values, environment())
    except TemplateError as exc:
        raise _explain(exc, template) from None
    except etree.XMLSyntaxError:
        raise TemplateProblem(
            translate(
                "ReplyDocxMessages",
                "The template's placeholders break the document's "
                "structure: an {% if %} or {% for %} that spans paragraphs or table rows must "
                "use {%p ... %} or {%tr ... %} on a line of its own.",
            )
        ) from None
    document = template.docx
    assert document is not None
    _word_hyphens(document)
    ensure_stamp(document, stamp)
    _set_metadata(document, meta)
    out = io.BytesIO()
    template.save(out)
    return out.getvalue()


def _explain(exc: TemplateError, template: DocxTemplate) -> TemplateProblem:
    """Turn a Jinja2 error into a sentence that says which placeholder and where."""
    if isinstance(exc, UndefinedError):
        found = re.search(r"'([^']+)' is undefined", exc.message or "")
        name = found.group(1) if found else (exc.message or "")
        return TemplateProblem(
            translate(
                "ReplyDocxMessages",
                "The template uses the placeholder {{{{ {0} }}}}, which "
                "Cooperation Desk does not fill. Correct its spelling or remove it.",
            ).format(name)
        )
    if isinstance(exc, SecurityError):
        return TemplateProblem(
            translate(
                "ReplyDocxMessages", "The template tries something templates may not do: {0}."
            ).format(exc.message)
        )
    where = _part_name(template)
    if isinstance(exc, TemplateSyntaxError):
        near = _near(exc)
        return TemplateProblem(
            translate(
                "ReplyDocxMessages",
                "The template has a broken placeholder in paragraph {0} of "
                "its {1}{2}: {3}. Word sometimes splits a placeholder when it is typed over; "
                "retype it in one go.",
            ).format(max(exc.lineno - 1, 1), where, near, exc.message)
        )
    return TemplateProblem(
        translate("ReplyDocxMessages", "The template cannot be filled ({0}): {1}.").format(
            where, exc.message
        )
    )


def _part_name(template: DocxTemplate) -> str:
    part = getattr(template, "current_rendering_part", None)
    name = str(getattr(part, "partname", ""))
    if "header" in name:
        return "header"
    if "footer" in name:
        return "footer"
    return "text"


def _near(exc: TemplateSyntaxError) -> str:
    """The text of the faulty paragraph, which docxtpl keeps with the error."""
    lines = list(getattr(exc, "docx_context", []) or [])
    if not lines:
        return ""
    index = min(exc.lineno - 1 - max(exc.lineno - 4, 0), len(lines) - 1)
    text = " ".join(lines[index].split())[:80]
    return f', near "{text}"' if text else ""


def _word_hyphens(document: DocumentObject) -> None:
    """Write U+2011 as Word's own non-breaking hyphen, drawn in the text's font.

    Many fonts (Liberation Serif among them) lack the U+2011 glyph and would show it in a
    fallback font; `<w:noBreakHyphen/>` is a plain hyphen that only the line breaker sees.
    """
    for text in list(document.element.body.iter(qn("w:t"))):
        if not text.text or NO_BREAK_HYPHEN not in text.text:
            continue
        first, *rest = text.text.split(NO_BREAK_HYPHEN)
        text.text = first
        anchor = text
        for piece in rest:
            hyphen = OxmlElement("w:noBreakHyphen")
            anchor.addnext(hyphen)
            anchor = OxmlElement("w:t")
            anchor.set(qn("xml:space"), "preserve")
            anchor.text = piece
            hyphen.addnext(anchor)


def _stamped_parts(document: DocumentObject) -> Iterator[tuple[Any, bool]]:
    """Every header and footer a page can show, with True for headers."""
    even = document.settings.odd_and_even_pages_header_footer
    for section in document.sections:
        yield section.header, True
        yield section.footer, False
        if section.different_first_page_header_footer:
            yield section.first_page_header, True
            yield section.first_page_footer, False
        if even:
            yield section.even_page_header, True
            yield section.even_page_footer, False


def ensure_stamp(document: DocumentObject, stamp: str) -> None:
    """Print the classification at the top and bottom of every page, whatever the template.

    An office's own template may have no header at all; the classification is still owed.
    """
    for part, is_header in _stamped_parts(document):
        if stamp in "\n".join(p.text for p in part.paragraphs):
            continue
        if is_header and part.paragraphs:
            paragraph = part.paragraphs[0].insert_paragraph_before()
        else:
            paragraph = part.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(stamp).bold = True


def _set_metadata(document: DocumentObject, meta: Metadata) -> None:
    props = document.core_properties
    props.title = meta.title
    props.author = meta.author
    props.last_modified_by = meta.author
    props.subject = ""
    props.comments = meta.anchor
    props.keywords = ""
    props.category = ""
    props.created = meta.when
    props.modified = meta.when
    props.revision = 1


def _block_text(block: Paragraph | Table) -> list[str]:
    if isinstance(block, Paragraph):
        return [block.text]
    lines: list[str] = []
    for row in block.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = "\n".join(t for b in cell.iter_inner_content() for t in _block_text(b))
            if not cells or cells[-1] != text:  # a merged cell repeats itself
                cells.append(text)
        lines.append("\t".join(cells))
    return lines


def text_of(content: bytes) -> str:
    """The words of a filled document in reading order: first header, body, first footer."""
    document = _open(content).get_docx()
    section = document.sections[0]
    header = [p.text for p in section.header.paragraphs]
    body = [t for block in document.iter_inner_content() for t in _block_text(block)]
    footer = [p.text for p in section.footer.paragraphs]
    return "\n".join([*header, "", *body, "", *footer]).strip("\n") + "\n"
