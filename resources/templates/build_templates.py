"""Generate the built-in reply templates: NAME.en.docx and NAME.fr.docx in this folder.

Run from the repository root after changing the wording:

    .venv/bin/python resources/templates/build_templates.py

The generated files are committed, so an office can copy one, put its letterhead on it in
Word and add it to its library (coopdesk-cli templates add). The test suite checks that
the committed files are what this script produces.

Placeholders are Jinja2 inside the text ({{ court_reference }}); a paragraph that holds only
`{%p if ... %}` or `{%p endif %}` disappears from the filled document, so optional passages
leave no empty lines. The wording follows the house style of a note verbale: third person,
the compliments, "has the honour to", the complimentary close, place and date, a space for
the seal, the addressee at the foot.
"""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from desktop.services.replies.catalogue import BUILT_IN  # noqa: E402

FIXED_TIME = datetime(2026, 1, 1, tzinfo=UTC)
GREY = RGBColor(0x80, 0x80, 0x80)
FONT = "Times New Roman"
LOCALE = {"en": "en-GB", "fr": "fr-FR"}

# -- the wording ------------------------------------------------------------------------

OPENING = {
    "en": "{{ sender }} presents its compliments {{ to_recipient }} and, with reference to "
          "the Court’s request {{ court_reference|nobreak }}, received on {{ received_date }}, has "
          "the honour to ",
    "fr": "{{ sender }} présente ses compliments {{ to_recipient }} et, se référant à la "
          "demande de la Cour portant la référence {{ court_reference|nobreak }}, reçue le "
          "{{ received_date }}, a l’honneur ",
}
CLOSING = {
    "en": "{{ sender }} avails itself of this opportunity to renew {{ to_recipient }} the "
          "assurances of its highest consideration.",
    "fr": "{{ sender }} saisit cette occasion pour renouveler {{ to_recipient }} les "
          "assurances de sa très haute considération.",
}
WORDS = {
    "en": {"no": "No. ", "court_ref": "Court ref.: ", "subject": "Subject: ",
           "place_date": "{% if place %}{{ place }}, {% endif %}{{ date }}",
           "seal": "(seal)", "enclosures": "Enclosures:", "page": "page"},
    "fr": {"no": "N° ", "court_ref": "Réf. de la Cour\u00a0: ", "subject": "Objet\u00a0: ",
           "place_date": "{% if place %}{{ place }}, le {% endif %}{{ date }}",
           "seal": "(sceau)", "enclosures": "Pièces jointes\u00a0:", "page": "page"},
}

# Each note: the end of the opening sentence, then blocks. A block is a paragraph of text,
# ("list", field, lead-in) for one paragraph per line of a field, or ("prose", field) for
# an optional free-text field.
Block = str | tuple[str, ...]
NOTES: dict[str, dict[str, tuple[str, list[Block]]]] = {
    "acknowledgement": {
        "en": ("acknowledge receipt of that request.", [
            "{% if routed %}The request has been transmitted to the competent national "
            "authorities for execution.{% if court_deadline %} The time limit of "
            "{{ court_deadline }} set by the Court has been brought to their attention."
            "{% endif %}{% else %}The request will be transmitted to the competent national "
            "authorities for execution.{% if court_deadline %} The time limit of "
            "{{ court_deadline }} set by the Court will be brought to their attention."
            "{% endif %}{% endif %} {{ sender_short }} will inform the Court of the action "
            "taken as soon as possible.",
            "{{ sender_short }} would be grateful if the reference "
            "{{ our_reference|nobreak }} could be quoted in any further correspondence on "
            "this matter.",
        ]),
        "fr": ("d’accuser réception de cette demande.", [
            "{% if routed %}La demande a été transmise aux autorités nationales compétentes "
            "pour exécution.{% if court_deadline %} Le délai fixé par la Cour au "
            "{{ court_deadline }} a été porté à leur connaissance.{% endif %}{% else %}La "
            "demande sera transmise aux autorités nationales compétentes pour exécution."
            "{% if court_deadline %} Le délai fixé par la Cour au {{ court_deadline }} sera "
            "porté à leur connaissance.{% endif %}{% endif %} {{ sender_short }} informera "
            "la Cour de la suite donnée dans les meilleurs délais.",
            "{{ sender_short }} saurait gré à la Cour de bien vouloir rappeler la référence "
            "{{ our_reference|nobreak }} dans toute correspondance ultérieure relative à cette "
            "affaire.",
        ]),
    },
    "execution_report": {
        "en": ("transmit herewith the report on the execution of that request by the "
               "competent national authorities.", [
                   "The request has been executed in full.",
                   ("prose", "outcome"),
                   "{{ sender_short }} remains at the Court’s disposal for any further "
                   "information the Court may require.",
               ]),
        "fr": ("de transmettre ci-joint le rapport sur l’exécution de cette demande par les "
               "autorités nationales compétentes.", [
                   "La demande a été exécutée dans son intégralité.",
                   ("prose", "outcome"),
                   "{{ sender_short }} reste à la disposition de la Cour pour tout "
                   "renseignement complémentaire.",
               ]),
    },
    "partial_execution": {
        "en": ("inform the Court that the request has been partially executed.", [
            ("list", "executed_part",
             "The competent national authorities have executed the following:"),
            ("list", "remaining", "The following remains to be executed:"),
            "{{ sender_short }} expects to transmit the outstanding results by "
            "{{ expected_by }} and will keep the Court informed of any development.",
        ]),
        "fr": ("d’informer la Cour que la demande a été partiellement exécutée.", [
            ("list", "executed_part",
             "Les autorités nationales compétentes ont exécuté ce qui suit\u00a0:"),
            ("list", "remaining", "Il reste à exécuter ce qui suit\u00a0:"),
            "{{ sender_short }} prévoit de transmettre les résultats restants d’ici le "
            "{{ expected_by }} et tiendra la Cour informée de tout développement.",
        ]),
    },
    "clarification": {
        "en": ("request consultations with the Court, in accordance with article 97 of the "
               "Rome Statute, on the following points, which impede the execution of the "
               "request:", [
                   ("list", "points", ""),
                   "{{ sender_short }} would be grateful to receive the Court’s reply at its "
                   "earliest convenience, so that the competent national authorities may "
                   "proceed with the execution of the request.",
               ]),
        "fr": ("de solliciter des consultations avec la Cour, conformément à l’article 97 du "
               "Statut de Rome, sur les points suivants, qui font obstacle à l’exécution de "
               "la demande\u00a0:", [
                   ("list", "points", ""),
                   "{{ sender_short }} saurait gré à la Cour de bien vouloir lui faire "
                   "parvenir sa réponse dans les meilleurs délais, afin que les autorités "
                   "nationales compétentes puissent procéder à l’exécution de la demande.",
               ]),
    },
    "postponement": {
        "en": ("inform the Court that the execution of that request is postponed"
               "{% if ground == 'art95' %}, in accordance with article 95 of the Rome "
               "Statute, pending the Court’s determination of the admissibility challenge "
               "under consideration pursuant to article 18 or 19 of the Statute{% else %}, in "
               "accordance with article 94 of the Rome Statute, since its immediate "
               "execution would interfere with an ongoing investigation or prosecution of a "
               "case different from that to which the request relates{% endif %}.", [
                   ("prose", "reasons"),
                   "{% if ground == 'art95' %}{{ sender_short }} will proceed with the "
                   "execution of the request as soon as the Court has made its determination."
                   "{% else %}{{ sender_short }} proposes that the execution be postponed "
                   "{{ postponement_period }}. The competent national authorities stand ready "
                   "to consider with the Court whether the assistance may be provided "
                   "immediately subject to certain conditions, as article 94, paragraph 1, of "
                   "the Statute provides.{% endif %}",
               ]),
        "fr": ("d’informer la Cour qu’il est sursis à l’exécution de cette demande"
               "{% if ground == 'art95' %}, conformément à l’article 95 du Statut de Rome, "
               "dans l’attente de la décision de la Cour sur l’exception d’irrecevabilité "
               "dont elle est saisie en vertu de l’article 18 ou 19 du Statut{% else %}, "
               "conformément à l’article 94 du Statut de Rome, son exécution immédiate "
               "risquant de nuire au bon déroulement d’une enquête ou de poursuites en cours "
               "dans une affaire différente de celle à laquelle elle se rapporte{% endif %}.", [
                   ("prose", "reasons"),
                   "{% if ground == 'art95' %}{{ sender_short }} procédera à l’exécution de "
                   "la demande dès que la Cour aura statué.{% else %}{{ sender_short }} "
                   "propose qu’il soit sursis à l’exécution {{ postponement_period }}. Les "
                   "autorités nationales compétentes sont disposées à examiner avec la Cour "
                   "la possibilité de fournir immédiatement l’assistance sous certaines "
                   "conditions, comme le prévoit l’article 94, paragraphe 1, du Statut."
                   "{% endif %}",
               ]),
    },
    "refusal": {
        "en": ("inform the Court that the competent national authorities have decided to deny "
               "the request{% if ground == 'art93_4' %}, in accordance with article 93, "
               "paragraph 4, of the Rome Statute, since it concerns the production of "
               "documents or the disclosure of evidence which relate to national security "
               "(article 72){% endif %}.", [
                   "In accordance with article 93, paragraph 6, of the Statute, the reasons "
                   "for the denial are as follows:",
                   ("prose", "reasons"),
                   "{{ sender_short }} remains at the Court’s disposal to consider whether the "
                   "assistance may be provided in another form or subject to conditions.",
               ]),
        "fr": ("d’informer la Cour que les autorités nationales compétentes ont décidé de "
               "rejeter la demande{% if ground == 'art93_4' %}, en application de l’article "
               "93, paragraphe 4, du Statut de Rome, celle-ci portant sur la production de "
               "documents ou la divulgation d’éléments de preuve qui touchent à la sécurité "
               "nationale (article 72){% endif %}.", [
                   "Conformément à l’article 93, paragraphe 6, du Statut, les raisons de ce "
                   "rejet sont les suivantes\u00a0:",
                   ("prose", "reasons"),
                   "{{ sender_short }} reste à la disposition de la Cour pour examiner si "
                   "l’assistance pourrait être fournie sous une autre forme ou sous certaines "
                   "conditions.",
               ]),
    },
    "transit": {
        "en": ("inform the Court that, in accordance with article 89, paragraph 3, of the "
               "Rome Statute, the competent national authorities have authorised the transit "
               "through the national territory of {{ persons }}, for the purpose of surrender "
               "to the Court.", [
                   ("prose", "transit_details"),
                   "In accordance with article 89, paragraph 3 (c), of the Statute, the person "
                   "being transported will be detained in custody during the period of "
                   "transit.",
               ]),
        "fr": ("d’informer la Cour que, conformément à l’article 89, paragraphe 3, du Statut "
               "de Rome, les autorités nationales compétentes ont autorisé, aux fins de la "
               "remise à la Cour, le transit par le territoire national de la ou des "
               "personnes désignées ci-après\u00a0: {{ persons }}.", [
                   ("prose", "transit_details"),
                   "Conformément à l’article 89, paragraphe 3, alinéa c), du Statut, la "
                   "personne transportée sera maintenue en détention pendant le transit.",
               ]),
    },
    "visa_issued": {
        "en": ("inform the Court that the competent national authorities have issued the "
               "emergency visa requested for {{ persons }}.", [
                   ("prose", "visa_details"),
                   "{{ sender_short }} remains at the Court’s disposal for any further "
                   "arrangement the journey may require.",
               ]),
        "fr": ("d’informer la Cour que les autorités nationales compétentes ont délivré le "
               "visa d’urgence demandé pour {{ persons }}.", [
                   ("prose", "visa_details"),
                   "{{ sender_short }} reste à la disposition de la Cour pour toute autre "
                   "mesure que ce voyage pourrait nécessiter.",
               ]),
    },
    "assets": {
        "en": ("inform the Court that, in execution of that request under article 93, "
               "paragraph 1 (k), of the Rome Statute, the competent national authorities "
               "have taken the following measures for the identification, tracing and "
               "freezing or seizure of proceeds, property and assets:", [
                   ("list", "measures", ""),
                   "{{ sender_short }} will inform the Court without delay of any change "
                   "affecting these measures.",
               ]),
        "fr": ("d’informer la Cour que, en exécution de cette demande présentée en vertu de "
               "l’article 93, paragraphe 1, alinéa k), du Statut de Rome, les autorités "
               "nationales compétentes ont pris les mesures suivantes aux fins de "
               "l’identification, de la localisation, du gel ou de la saisie du produit des "
               "crimes, des biens et des avoirs\u00a0:", [
                   ("list", "measures", ""),
                   "{{ sender_short }} informera la Cour sans délai de toute modification "
                   "touchant ces mesures.",
               ]),
    },
    "cover_note": {
        "en": ("transmit herewith the following documents in connection with that request:", [
            ("list", "documents", ""),
            "{{ sender_short }} would be grateful if the Court would acknowledge receipt of "
            "these documents.",
        ]),
        "fr": ("de transmettre ci-joint les documents suivants, relatifs à cette "
               "demande\u00a0:", [
                   ("list", "documents", ""),
                   "{{ sender_short }} saurait gré à la Cour de bien vouloir accuser réception "
                   "de ces documents.",
               ]),
    },
}
WITH_ENCLOSURES = {"execution_report", "partial_execution", "assets"}

MEMO = {
    "en": {
        "heading": "MEMORANDUM",
        "rows": [("To", "{{ authority }}"),
                 ("From", "{{ signatory }}{% if signatory_title %}, {{ signatory_title }}"
                          "{% endif %}, {{ office }}"),
                 ("Date", "{{ date }}"), ("Our ref.", "{{ our_reference }}"),
                 ("Court ref.", "{{ court_reference }}"), ("Subject", "{{ subject }}"),
                 ("Classification", "{{ confidentiality }}"),
                 ("Reply requested by", "{{ reply_by }}")],
        "intro": "The International Criminal Court{% if organ_label %} ({{ organ_label }})"
                 "{% endif %} has sent the request described below, received on "
                 "{{ received_date }}.{% if court_deadline %} The Court has set a time limit "
                 "of {{ court_deadline }}.{% endif %}",
        "facts": [("Kind of request", "{{ kind_label }}"),
                  ("Situation", "{{ situation }}"), ("Case", "{{ case }}"),
                  ("Persons concerned", "{{ persons }}")],
        "summary": "Summary of the request:",
        "ask": "Your authority is requested to execute the following: {{ part }}. Please "
               "reply to this office by {{ reply_by }}, so that the State can answer the "
               "Court within its time limit ({{ due_date }}).",
        "confidential": "{% if confidentiality_level != 'public' %}The request is classified "
                        "“{{ confidentiality }}”. Under article 87, paragraph 3, of the Rome "
                        "Statute, the State must keep it confidential, except to the extent "
                        "that disclosure is necessary for its execution. Please limit its "
                        "circulation accordingly.{% endif %}",
    },
    "fr": {
        "heading": "NOTE INTERNE",
        "rows": [("Destinataire", "{{ authority }}"),
                 ("Expéditeur", "{{ signatory }}{% if signatory_title %}, "
                                "{{ signatory_title }}{% endif %}, {{ office }}"),
                 ("Date", "{{ date }}"), ("Notre réf.", "{{ our_reference }}"),
                 ("Réf. de la Cour", "{{ court_reference }}"), ("Objet", "{{ subject }}"),
                 ("Classification", "{{ confidentiality }}"),
                 ("Réponse souhaitée pour le", "{{ reply_by }}")],
        "intro": "La Cour pénale internationale{% if organ_label %} ({{ organ_label }})"
                 "{% endif %} a transmis la demande décrite ci-dessous, reçue le "
                 "{{ received_date }}.{% if court_deadline %} La Cour a fixé un délai au "
                 "{{ court_deadline }}.{% endif %}",
        "facts": [("Nature de la demande", "{{ kind_label }}"),
                  ("Situation", "{{ situation }}"), ("Affaire", "{{ case }}"),
                  ("Personnes concernées", "{{ persons }}")],
        "summary": "Résumé de la demande\u00a0:",
        "ask": "Votre autorité est priée d’exécuter ce qui suit\u00a0: {{ part }}. Merci de "
               "répondre à nos services d’ici le {{ reply_by }}, afin que l’État puisse "
               "répondre à la Cour dans le délai imparti ({{ due_date }}).",
        "confidential": "{% if confidentiality_level != 'public' %}La demande est classée "
                        "«\u00a0{{ confidentiality }}\u00a0». En vertu de l’article 87, "
                        "paragraphe 3, du Statut de Rome, l’État est tenu d’en préserver le "
                        "caractère confidentiel, sauf dans la mesure où sa divulgation est "
                        "nécessaire pour y donner suite. Merci d’en limiter la diffusion en "
                        "conséquence.{% endif %}",
    },
}

# -- the layout -------------------------------------------------------------------------


def _fonts(element, lang: str) -> None:
    """Times New Roman for every script (Arabic names included) and the proofing language."""
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), LOCALE[lang])
    rpr.append(language)


def new_document(title: str, lang: str) -> DocumentObject:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(section, side, Cm(2.5))
    section.header_distance = section.footer_distance = Cm(1.2)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(12)
    _fonts(normal.element, lang)
    normal.paragraph_format.space_after = Pt(8)
    normal.paragraph_format.line_spacing = 1.1
    props = document.core_properties
    props.title, props.author, props.last_modified_by = title, "Cooperation Desk", ""
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    props.language = LOCALE[lang]
    _header_footer(document, lang)
    return document


def _field(paragraph: Paragraph, instruction: str) -> None:
    """A Word field (page number, page count) that Word and LibreOffice both update."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    run.append(_small_grey())
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _small_grey():
    properties = OxmlElement("w:rPr")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "808080")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "18")
    properties.extend([color, size])
    return properties


def _widths(table, widths: list[float]) -> None:
    """Fixed column widths: LibreOffice reads the grid, Word the cells; set both."""
    table.autofit = False
    properties = table._tbl.tblPr
    width = properties.find(qn("w:tblW"))
    if width is None:
        width = OxmlElement("w:tblW")
        properties.append(width)
    width.set(qn("w:type"), "dxa")
    width.set(qn("w:w"), str(sum(Cm(w).twips for w in widths)))
    for column, value in zip(table.columns, widths, strict=True):
        column.width = Cm(value)
    for row in table.rows:
        for cell, value in zip(row.cells, widths, strict=True):
            cell.width = Cm(value)


def _header_footer(document: DocumentObject, lang: str) -> None:
    section = document.sections[0]
    head = section.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = head.add_run("{{ marking }}")
    run.bold, run.font.size = True, Pt(10)
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.paragraph_format.space_after = Pt(0)
    run = foot.add_run("{{ marking }}")
    run.bold, run.font.size = True, Pt(10)
    line = section.footer.add_paragraph()
    line.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = line.add_run(f"{{{{ our_reference }}}} – {WORDS[lang]['page']} ")
    run.font.size, run.font.color.rgb = Pt(9), GREY
    _field(line, "PAGE")
    run = line.add_run(" / ")
    run.font.size, run.font.color.rgb = Pt(9), GREY
    _field(line, "NUMPAGES")


def _para(document: DocumentObject, text: str = "", *, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
          indent: bool = True, bold: bool = False, size: float | None = None,
          before: float | None = None, after: float | None = None,
          left: float | None = None, hanging: bool = False) -> Paragraph:
    paragraph = document.add_paragraph()
    paragraph.alignment = align
    fmt = paragraph.paragraph_format
    if indent:
        fmt.first_line_indent = Cm(1.25)
    if left is not None:
        fmt.left_indent = Cm(left)
        if hanging:
            fmt.first_line_indent = Cm(-0.6)
    if before is not None:
        fmt.space_before = Pt(before)
    if after is not None:
        fmt.space_after = Pt(after)
    if text:
        run = paragraph.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
    return paragraph


def _tag(document: DocumentObject, tag: str) -> None:
    """A paragraph holding only a {%p ... %} tag: docxtpl removes it when filling."""
    document.add_paragraph(tag)


def _optional(document: DocumentObject, field: str, **style) -> None:
    _tag(document, f"{{%p if {field} %}}")
    _para(document, f"{{{{ {field} }}}}", **style)
    _tag(document, "{%p endif %}")


def _letterhead(document: DocumentObject) -> None:
    head = _para(document, "", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=0)
    run = head.add_run("{{ office }}")
    run.bold, run.font.size, run.font.all_caps = True, Pt(13), True
    address = _para(document, "", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=18)
    run = address.add_run("{{ office_address }}")
    run.font.size, run.font.color.rgb = Pt(9.5), GREY
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "6"),
                       ("w:color", "808080")):
        bottom.set(qn(key), value)
    border.append(bottom)
    address._p.get_or_add_pPr().append(border)


def _labelled(document: DocumentObject, label: str, value: str, after: float = 0) -> None:
    paragraph = _para(document, "", align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, after=after)
    paragraph.add_run(label).bold = True
    paragraph.add_run(value)


def _seal(document: DocumentObject, lang: str) -> None:
    """An empty dashed frame at the right, where the office's seal goes."""
    table = document.add_table(rows=1, cols=1)
    table.alignment = WD_TABLE_ALIGNMENT.RIGHT
    row = table.rows[0]
    row.height, row.height_rule = Cm(3), WD_ROW_HEIGHT_RULE.EXACTLY
    _widths(table, [4.5])
    cell = row.cells[0]
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        for key, value in (("w:val", "dashed"), ("w:sz", "4"), ("w:color", "A0A0A0")):
            edge.set(qn(key), value)
        borders.append(edge)
    properties = cell._tc.get_or_add_tcPr()
    properties.append(borders)
    valign = OxmlElement("w:vAlign")
    valign.set(qn("w:val"), "center")
    properties.append(valign)
    label = cell.paragraphs[0]
    label.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = label.add_run(WORDS[lang]["seal"])
    run.font.size, run.font.color.rgb = Pt(8), GREY


def note_verbale(name: str, lang: str, title: str) -> DocumentObject:
    words = WORDS[lang]
    honour, blocks = NOTES[name][lang]
    document = new_document(title, lang)
    _letterhead(document)
    _labelled(document, words["no"], "{{ our_reference }}")
    _labelled(document, words["court_ref"], "{{ court_reference }}")
    _para(document, "NOTE VERBALE", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
          bold=True, size=13, before=18, after=12)
    _labelled(document, words["subject"], "{{ subject }}", after=12)
    _para(document, OPENING[lang] + honour)
    for block in blocks:
        if isinstance(block, str):
            _para(document, block)
        elif block[0] == "prose":
            _optional(document, block[1])
        else:
            _, field, lead = block
            _tag(document, f"{{%p if {field} %}}")
            if lead:
                _para(document, lead)
            _para(document, f"{{{{ {field} }}}}", indent=False, left=1.6, hanging=True,
                  align=WD_ALIGN_PARAGRAPH.LEFT, after=6)
            _tag(document, "{%p endif %}")
    _optional(document, "body")
    _para(document, CLOSING[lang])
    _para(document, words["place_date"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False,
          before=18, after=6)
    _seal(document, lang)
    _para(document, "{{ addressee }}", align=WD_ALIGN_PARAGRAPH.LEFT, indent=False,
          before=24)
    if name in WITH_ENCLOSURES:
        _tag(document, "{%p if enclosures %}")
        _para(document, words["enclosures"], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False,
              bold=True, before=12, after=2)
        _para(document, "{{ enclosures }}", indent=False, left=0.6,
              align=WD_ALIGN_PARAGRAPH.LEFT, after=2)
        _tag(document, "{%p endif %}")
    return document


def _two_columns(document: DocumentObject, rows: list[tuple[str, str]]) -> None:
    table = document.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(value)
        for cell in cells:
            cell.paragraphs[0].paragraph_format.space_after = Pt(3)
    _widths(table, [4.5, 11.5])


def memo(lang: str, title: str) -> DocumentObject:
    words = MEMO[lang]
    document = new_document(title, lang)
    _letterhead(document)
    _para(document, words["heading"], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
          bold=True, size=13, after=12)
    _two_columns(document, words["rows"])
    _para(document, words["intro"], indent=False, before=12)
    _two_columns(document, words["facts"])
    _para(document, words["summary"], indent=False, bold=True, before=12, after=2)
    _para(document, "{{ summary }}", indent=False)
    _para(document, words["ask"], indent=False)
    _tag(document, "{%p if confidentiality_level != 'public' %}")
    _para(document, words["confidential"], indent=False)
    _tag(document, "{%p endif %}")
    _optional(document, "instructions", indent=False)
    _para(document, "{{ signatory }}", align=WD_ALIGN_PARAGRAPH.LEFT, indent=False,
          before=24, after=0)
    _para(document, "{{ signatory_title }}", align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    return document


# -- output -----------------------------------------------------------------------------


def _reproducible(document: DocumentObject) -> bytes:
    """The .docx with fixed zip timestamps, so rebuilding unchanged wording changes no byte."""
    raw = io.BytesIO()
    document.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, source.read(item.filename))
    return out.getvalue()


def build() -> dict[str, bytes]:
    """Every built-in template, by file name."""
    files: dict[str, bytes] = {}
    for info in BUILT_IN:
        for lang in info.languages:
            title = info.title(lang)
            document = note_verbale(info.name, lang, title) if info.to_court else memo(
                lang, title)
            files[f"{info.name}.{lang}.docx"] = _reproducible(document)
    return files


def main() -> None:
    for filename, content in build().items():
        (HERE / filename).write_bytes(content)
        print(f"wrote {filename} ({len(content)} bytes)")


if __name__ == "__main__":
    main()
