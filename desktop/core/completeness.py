"""Completeness of a request on intake: what the Statute says such a request contains.

Art. 96(2) for assistance; art. 91(2) and 92(2) for arrest; art. 89(3)(b) for transit; for
an emergency visa, what a consulate needs to issue one (para. 37, Rec. 16).

Some elements can be seen in the register's fields (a request that names nobody lacks the
persons concerned); the rest only a reader of the Court's letter can confirm, so the user
ticks them. What is missing is worded so it can go straight into an art. 97 consultation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from desktop.core.vocabulary import Kind

Fields = dict[str, Any]


@dataclass(frozen=True)
class Element:
    code: str
    label: str
    basis: str
    seen_in: Callable[[Fields], bool] | None = None  # None: only the user can confirm it


def _has(name: str) -> Callable[[Fields], bool]:
    def check(fields: Fields) -> bool:
        value = fields.get(name)
        return bool(value.strip()) if isinstance(value, str) else bool(value)

    return check


ART_96 = (
    Element(
        "purpose",
        "A concise statement of the purpose of the request and the assistance "
        "sought, including the legal basis and the grounds",
        "art. 96(2)(a)",
        _has("summary"),
    ),
    Element(
        "persons_places",
        "Detailed information about the location or identification of "
        "any person or place to be found or identified",
        "art. 96(2)(b)",
        _has("persons"),
    ),
    Element(
        "facts",
        "A concise statement of the essential facts underlying the request",
        "art. 96(2)(c)",
    ),
    Element(
        "procedure",
        "The reasons for and details of any procedure or requirement to be followed",
        "art. 96(2)(d)",
    ),
    Element(
        "national_law",
        "Information that the law of the requested State may require for executing the request",
        "art. 96(2)(e)",
    ),
    Element("other", "Any other information relevant for the assistance sought", "art. 96(2)(f)"),
)

ART_91 = (
    Element(
        "identity",
        "Information describing the person sought, sufficient to identify "
        "the person, and information as to that person's probable location",
        "art. 91(2)(a)",
        _has("persons"),
    ),
    Element("warrant", "A copy of the warrant of arrest", "art. 91(2)(b)"),
    Element(
        "surrender_documents",
        "Documents, statements or information necessary to meet "
        "the requirements for the surrender process in the requested State",
        "art. 91(2)(c)",
    ),
)

ART_92 = (
    Element(
        "identity",
        "Information describing the person sought and his or her probable location",
        "art. 92(2)(a)",
        _has("persons"),
    ),
    Element(
        "crimes_facts",
        "A concise statement of the crimes and the facts alleged to constitute them",
        "art. 92(2)(b)",
        _has("summary"),
    ),
    Element(
        "warrant",
        "A statement of the existence of a warrant of arrest or a judgment of conviction",
        "art. 92(2)(c)",
    ),
    Element(
        "surrender_follows", "A statement that a request for surrender will follow", "art. 92(2)(d)"
    ),
)


ART_89_TRANSIT = (
    Element(
        "person",
        "A description of the person being transported",
        "art. 89(3)(b)(i)",
        _has("persons"),
    ),
    Element(
        "facts_characterisation",
        "A brief statement of the facts of the case and their legal characterization",
        "art. 89(3)(b)(ii)",
        _has("summary"),
    ),
    Element("warrant", "The warrant for arrest and surrender", "art. 89(3)(b)(iii)"),
)

VISA = (
    Element(
        "traveller",
        "Identity of the traveller: full name, nationality, date and place "
        "of birth and travel document number",
        "Rec. 16",
        _has("persons"),
    ),
    Element(
        "journey",
        "Purpose and dates of the journey and the place of entry",
        "para. 37",
        _has("summary"),
    ),
    Element(
        "appearance",
        "The person's role before the Court (witness or expert) and the "
        "voluntary appearance the visa serves",
        "art. 93(1)(e)",
    ),
    Element(
        "costs_escort",
        "Who bears the travel costs (the Court, for witnesses and "
        "experts) and any escort or security arrangements",
        "art. 100(1)(a)",
    ),
)

_BY_KIND = {
    Kind.ARREST_SURRENDER: ART_91,
    Kind.PROVISIONAL_ARREST: ART_92,
    Kind.TRANSIT_TRANSFER: ART_89_TRANSIT,
    Kind.EMERGENCY_VISA: VISA,
}


def elements_for(kind: Kind) -> tuple[Element, ...]:
    """The elements a request of this kind contains; art. 96(2) for other assistance."""
    return _BY_KIND.get(kind, ART_96)


@dataclass(frozen=True)
class Completeness:
    present: tuple[Element, ...]
    missing: tuple[Element, ...]

    @property
    def complete(self) -> bool:
        return not self.missing

    def clarification_points(self) -> list[str]:
        """The missing elements phrased for a request for clarification under art. 97."""
        return [f"{e.label} ({e.basis})" for e in self.missing]


def check(kind: Kind, fields: Fields, confirmed: Iterable[str]) -> Completeness:
    """Which elements the request shows or the user confirmed, and which are missing."""
    confirmed_codes = set(confirmed)
    present: list[Element] = []
    missing: list[Element] = []
    for element in elements_for(kind):
        seen = element.seen_in(fields) if element.seen_in else False
        (present if seen or element.code in confirmed_codes else missing).append(element)
    return Completeness(tuple(present), tuple(missing))
