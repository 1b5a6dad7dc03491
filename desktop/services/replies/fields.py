"""What a reply says: the values its placeholders receive, from the request and the office.

Two sorts of value. *Editable* fields are drafts the user may still change before export
(recipient, references, the reasons for a refusal, the points to clarify ...); *facts*
come from the register and are printed as they are (dates of receipt, the classification).
Everything here is plain Python on data already read, so the defaults can be tested
without a workspace and a user template can be tried on invented sample data.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desktop.core import completeness
from desktop.core.requests import RequestRecord
from desktop.core.settings import OfficeSettings
from desktop.core.statuses import Status
from desktop.core.vocabulary import (
    KIND_LABELS,
    Channel,
    Confidentiality,
    Kind,
    Organ,
    Urgency,
)
from desktop.services.replies.language import (
    CONFIDENTIALITY,
    ELEMENTS_FR,
    KINDS_FR,
    ORGANS,
    basis_fr,
    format_date,
    fr_of,
    fr_to,
    marking,
    split_article,
)


@dataclass(frozen=True)
class Sources:
    """Everything a reply is drafted from, read from the workspace beforehand."""

    record: RequestRecord
    settings: OfficeSettings
    today: date
    user_name: str = ""
    user_title: str = ""
    routing: Sequence[dict[str, Any]] = ()  # authority, part, due_on, answered_on, outcome
    status_reason: str = ""  # why the request got its current status
    status_ground: str = ""  # the statutory ground of that move (art94, art93_4 ...)
    consultation_reason: str = ""  # the last reason given for consulting the Court
    documents: Sequence[str] = ()  # attachments the office could transmit
    suggested_authorities: Sequence[str] = field(default_factory=list)


# Fields the user may change before export, with the label a form shows for each.
EDITABLE: dict[str, str] = {
    "sender": "Sender, as the note begins",
    "recipient": "Addressed to",
    "addressee": "Address block",
    "our_reference": "Our reference",
    "court_reference": "The Court's reference",
    "subject": "Subject",
    "place": "Place",
    "date": "Date",
    "body": "Further paragraphs",
    "outcome": "Outcome of the execution",
    "executed_part": "What was executed",
    "remaining": "What remains to be executed",
    "expected_by": "Remaining part expected by",
    "points": "Points to clarify",
    "reasons": "Reasons",
    "postponement_period": "Period of postponement",
    "persons": "Persons concerned",
    "transit_details": "Details of the transit",
    "visa_details": "Details of the visa",
    "measures": "Measures taken",
    "documents": "Documents transmitted",
    "enclosures": "Enclosures",
    "authority": "National authority",
    "part": "Part to execute",
    "reply_by": "Reply requested by",
    "instructions": "Instructions",
    "signatory": "Signed by",
    "signatory_title": "Title of the signatory",
}
# One item per line, each printed as its own paragraph.
LIST_FIELDS = frozenset(
    {"executed_part", "remaining", "points", "measures", "documents", "enclosures"}
)
# Free text: a blank line starts a new paragraph, a single line break stays a line break.
PROSE_FIELDS = frozenset(
    {
        "addressee",
        "body",
        "outcome",
        "reasons",
        "transit_details",
        "visa_details",
        "instructions",
        "summary",
        "office_address",
    }
)
MULTILINE_FIELDS = LIST_FIELDS | PROSE_FIELDS
# Facts computed from an editable field, so a template using them depends on that field.
DERIVED_FROM = {"to_recipient": "recipient"}

_RECIPIENT = {
    ("en", True): (
        "the Office of the Prosecutor of the International Criminal Court",
        "Office of the Prosecutor\nInternational Criminal Court\nThe Hague",
    ),
    ("en", False): (
        "the Registry of the International Criminal Court",
        "Registry\nInternational Criminal Court\nThe Hague",
    ),
    ("fr", True): (
        "le Bureau du Procureur de la Cour pénale internationale",
        "Bureau du Procureur\nCour pénale internationale\nLa Haye",
    ),
    ("fr", False): (
        "le Greffe de la Cour pénale internationale",
        "Greffe\nCour pénale internationale\nLa Haye",
    ),
}

# The sender as a note names it: (short form, pattern of the full name), by language.
_SENDERS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "embassy": ("The Embassy", "The Embassy of {state}"),
        "ministry": ("The Ministry", "The Ministry of Foreign Affairs of {state}"),
    },
    "fr": {
        "embassy": ("L’Ambassade", "L’Ambassade {state_of}"),
        "ministry": ("Le Ministère", "Le Ministère des Affaires étrangères {state_of}"),
    },
}

_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "nobody": "the person named in the request",
        "and": " and ",
        "period": "for a period to be agreed upon with the Court, no longer than is "
        "necessary to complete the national investigation or prosecution",
        "transit": "The transit will take place on the date and by the means indicated in "
        "the Court’s request.",
        "visa": "The visa covers the period of travel indicated in the request.",
        "measures": "The measures taken are described in the enclosed report.",
        "whole": "the request as a whole",
        "execution_report": "Report on the execution of the request",
        "partial_execution": "Report on the part of the request executed",
        "assets": "Report of the competent authorities on the measures taken",
    },
    "fr": {
        "nobody": "la personne désignée dans la demande",
        "and": " et ",
        "period": "pour une durée à convenir avec la Cour, qui n’excédera pas le temps "
        "nécessaire pour mener à bien l’enquête ou les poursuites nationales",
        "transit": "Le transit aura lieu à la date et selon les modalités indiquées dans la "
        "demande de la Cour.",
        "visa": "Le visa couvre la période de voyage indiquée dans la demande.",
        "measures": "Les mesures prises sont décrites dans le rapport ci-joint.",
        "whole": "l’ensemble de la demande",
        "execution_report": "Rapport sur l’exécution de la demande",
        "partial_execution": "Rapport sur la partie exécutée de la demande",
        "assets": "Rapport des autorités compétentes sur les mesures prises",
    },
}


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _with_article_fr(name: str, kind: str) -> str:
    """ "Ambassade de ..." as a sentence subject: "L’Ambassade de ..." (kept if already there)."""
    if split_article(name)[0]:
        return name
    if name[:1].lower() in "aeiouyéèêâîôûh":
        return f"L’{name}"
    return f"{'Le' if kind == 'ministry' else 'La'} {name}"


def _sender(settings: OfficeSettings, lang: str) -> tuple[str, str]:
    """The sender as a note begins ("The Embassy of ..."), and its short form."""
    kind = "ministry" if settings.sender_kind == "ministry" else "embassy"
    short, pattern = _SENDERS[lang][kind]
    if lang == "fr":
        if settings.office_name_fr.strip():
            return _capital(_with_article_fr(settings.office_name_fr.strip(), kind)), short
        state = settings.state_name_fr.strip()
        return (pattern.format(state_of=fr_of(state)) if state else short), short
    name = settings.office_name.strip()
    if name:
        return (_capital(name) if name.lower().startswith("the ") else f"The {name}"), short
    state = settings.state_name.strip()
    return (pattern.format(state=state) if state else short), short


def _letterhead(settings: OfficeSettings, lang: str) -> str:
    """The office's name at the top of the page: the sender without its article."""
    sender, _short = _sender(settings, lang)
    if lang == "fr":
        if not (settings.office_name_fr.strip() or settings.state_name_fr.strip()):
            return settings.office_name.strip()
        return _capital(split_article(sender)[1])
    return sender.removeprefix("The ")


def _names(names: Sequence[str], lang: str) -> str:
    if not names:
        return _TEXT[lang]["nobody"]
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + _TEXT[lang]["and"] + names[-1]


def _answered(src: Sources) -> list[str]:
    return [
        f"{s['authority']}: {s['outcome']}"
        for s in src.routing
        if s.get("answered_on") and s.get("outcome")
    ]


def _open_steps(src: Sources) -> list[dict[str, Any]]:
    return [s for s in src.routing if not s.get("answered_on")]


def _points(src: Sources, lang: str) -> str:
    record = src.record
    check = completeness.check(record.kind, record.content_fields(), record.elements_confirmed)
    items = [
        f"{ELEMENTS_FR.get(e.basis, e.label)} ({basis_fr(e.basis)})"
        if lang == "fr"
        else f"{e.label} ({e.basis})"
        for e in check.missing
    ]
    if src.consultation_reason:
        items.append(src.consultation_reason)
    return "\n".join(f"{i}. {item}" for i, item in enumerate(items, 1))


_REASONED = frozenset({Status.PARTIALLY_EXECUTED, Status.POSTPONED, Status.REFUSED})


def defaults(src: Sources, lang: str, template: str) -> dict[str, str]:
    """The first draft of every editable field, for this template in this language."""
    record, settings, words = src.record, src.settings, _TEXT[lang]
    to_otp = record.requesting_organ is Organ.OTP
    recipient, addressee = _RECIPIENT[(lang, to_otp)]
    sender, _short = _sender(settings, lang)
    open_steps = _open_steps(src)
    answered = _answered(src)
    step = open_steps[-1] if open_steps else (src.routing[-1] if src.routing else None)
    expected = max((date.fromisoformat(s["due_on"]) for s in open_steps), default=record.due_on)
    authority = (
        step["authority"]
        if step
        else (src.suggested_authorities[0] if src.suggested_authorities else "")
    )
    # The reason given for the current status is a draft only where the reply is about it.
    reason = src.status_reason if record.status in _REASONED else ""
    return {
        "sender": sender,
        "recipient": recipient,
        "addressee": addressee,
        "our_reference": record.registry_no,
        "court_reference": record.court_reference,
        "subject": record.subject,
        "place": (settings.place_fr or settings.place) if lang == "fr" else settings.place,
        "date": format_date(src.today, lang),
        "body": "",
        "outcome": "\n".join(answered),
        "executed_part": "\n".join(answered) or reason,
        "remaining": "\n".join(
            f"{s['part']} ({s['authority']})" if s.get("part") else s["authority"]
            for s in open_steps
        ),
        "expected_by": format_date(expected, lang),
        "points": _points(src, lang),
        "reasons": reason,
        "postponement_period": words["period"],
        "persons": _names(record.persons, lang),
        "transit_details": words["transit"],
        "visa_details": words["visa"],
        "measures": "\n".join(answered) or words["measures"],
        "documents": "\n".join(src.documents),
        "enclosures": words.get(template, ""),
        "authority": authority,
        "part": (step.get("part") if step else "") or words["whole"],
        "reply_by": format_date(
            date.fromisoformat(step["due_on"]) if step else record.internal_due_on, lang
        ),
        "instructions": "",
        "signatory": src.user_name,
        "signatory_title": src.user_title,
    }


def facts(src: Sources, lang: str, title: str) -> dict[str, str]:
    """Values printed as the register holds them; not offered for editing."""
    record, settings = src.record, src.settings
    _sender_name, short = _sender(settings, lang)
    return {
        "title": title,
        "lang": lang,
        "registry_no": record.registry_no,
        "received_date": format_date(record.received_at.date(), lang),
        "court_deadline": format_date(record.court_deadline, lang) if record.court_deadline else "",
        "due_date": format_date(record.due_on, lang),
        "situation": record.situation,
        "case": record.case,
        "summary": record.summary,
        "kind_label": KINDS_FR[record.kind] if lang == "fr" else KIND_LABELS[record.kind],
        "organ_label": ORGANS[lang][record.requesting_organ] if record.requesting_organ else "",
        "marking": marking(record.confidentiality, lang),
        "confidentiality": CONFIDENTIALITY[lang][record.confidentiality],
        "confidentiality_level": record.confidentiality.value,
        "ground": src.status_ground,
        "office": _letterhead(settings, lang),
        "office_address": settings.office_address,
        "state": settings.state_name_fr if lang == "fr" else settings.state_name,
        "sender_short": short,
        # Whether the request went to a national authority: an acknowledgement says
        # "has been transmitted" only then.
        "routed": "yes" if src.routing else "",
    }


# Characters XML 1.0 cannot hold (docxtpl turns \a and \f into paragraph and page breaks,
# so they are removed here and only this module decides where paragraphs start).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_OPENERS = {
    "\u202a": "\u202c",
    "\u202b": "\u202c",
    "\u202d": "\u202c",
    "\u202e": "\u202c",
    "\u2066": "\u2069",
    "\u2067": "\u2069",
    "\u2068": "\u2069",
}
_CLOSERS = {"\u202c", "\u2069"}


def contain_bidi(text: str) -> str:
    """Close any direction override a value opens, so it cannot reverse the words after it.

    The characters themselves stay (an Arabic name keeps its marks); only the unmatched
    openers get their closer, as Unicode's bidi algorithm expects.
    """
    stack: list[str] = []
    for ch in text:
        if ch in _OPENERS:
            stack.append(_OPENERS[ch])
        elif ch in _CLOSERS and stack:
            stack.pop()
    return text + "".join(reversed(stack))


def clean(value: str) -> str:
    """Text Word can hold, line breaks as "\\n", direction overrides closed."""
    return contain_bidi(_NOT_XML.sub("", value.replace("\r\n", "\n").replace("\r", "\n")))


def prepare(name: str, value: str) -> str:
    """A value made safe for a Word paragraph, with paragraph breaks where the user meant.

    docxtpl turns "\\a" into a new paragraph with the same style and "\\n" into a line
    break; a single-line field keeps no line break at all.
    """
    text = _NOT_XML.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    if name in LIST_FIELDS:
        text = "\a".join(contain_bidi(line.strip()) for line in text.split("\n") if line.strip())
    elif name in PROSE_FIELDS:
        paragraphs = re.split(r"\n\s*\n", text.strip())
        text = "\a".join(contain_bidi(p.strip("\n")) for p in paragraphs if p.strip())
    else:
        text = contain_bidi(" ".join(text.split("\n")).strip())
    return text


def context(
    src: Sources, lang: str, template: str, title: str, overrides: dict[str, str] | None = None
) -> dict[str, str]:
    """Every placeholder's value, ready for the template engine."""
    values = {**defaults(src, lang, template), **(overrides or {}), **facts(src, lang, title)}
    recipient = values["recipient"].strip()
    values["to_recipient"] = fr_to(recipient) if lang == "fr" else f"to {recipient}"
    return {name: prepare(name, str(value)) for name, value in values.items()}


def placeholder_names() -> frozenset[str]:
    """Every name a template may use (what a user template is checked against)."""
    return frozenset(
        context(sample_sources(OfficeSettings(), date(2026, 1, 1)), "en", "", "").keys()
    )


def sample_sources(settings: OfficeSettings, today: date) -> Sources:
    """An invented request with every field filled, to try a template before adopting it."""
    now = datetime.combine(today, datetime.min.time())
    record = RequestRecord(
        id=0,
        registry_no="CD-0000-0000",
        court_reference="ICC-00/00-00/00-0000",
        received_at=now,
        kind=Kind.JUDICIAL_ASSISTANCE,
        assistance_types=["b", "k"],
        requesting_organ=Organ.REGISTRY,
        situation="Situation in an example State",
        case="The Prosecutor v. Example",
        channel=Channel.DIPLOMATIC,
        confidentiality=Confidentiality.CONFIDENTIAL,
        urgency=Urgency.ROUTINE,
        court_deadline=today,
        subject="Example request",
        summary="Example summary.",
        persons=["Example Person"],
        elements_confirmed=[],
        status=Status.IN_PROGRESS.value,
        owner=None,
        paused_days=0,
        paused_since=None,
        extended_to=None,
        extension_reason="",
        due_on=today,
        internal_due_on=today,
        ack_due_on=today,
        created_at=now,
        updated_at=now,
        version=1,
    )
    return Sources(
        record=record,
        settings=settings,
        today=today,
        user_name="Example User",
        user_title="Counsellor",
        status_reason="Example reason.",
        status_ground="art94",
        consultation_reason="Example point.",
        documents=["example.pdf"],
        routing=[
            {
                "authority": "Ministry of Justice",
                "part": "",
                "due_on": today.isoformat(),
                "answered_on": None,
                "outcome": "",
            }
        ],
    )
