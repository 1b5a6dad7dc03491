"""Realistic sample requests, for a first look at the app and for benchmarks.

Names and references are invented; the mix of kinds, organs and urgencies follows what
the Bureau's report describes (judicial assistance dominant, a steady flow of witness
protection and visa requests, rare arrests).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.core import translation
from desktop.core.requests import RequestDraft, draft_from_mapping
from desktop.core.statuses import Status
from desktop.core.vocabulary import ASSISTANCE_TYPES
from desktop.services import casefile, workflow
from desktop.services.checklists import demo as checklist_demo
from desktop.services.register import get, register_many
from desktop.services.workspace import Workspace

SITUATIONS = [
    ("Situation in the Republic of Kordavia", "The Prosecutor v. Ilyan Marsk"),
    ("Situation in the Lake Tamar region", "The Prosecutor v. Amadou Sène and Jean-Paul Okello"),
    ("Situation in the State of Veluria", "The Prosecutor v. Hassan Al-Rashidi"),
    ("Situation in Northern Estaria", ""),
    ("Situation in the Republic of Kordavia", "The Prosecutor v. Élodie Marchetti-Duval"),
]
PERSONS = [
    "Ilyan Marsk",
    "Amadou Sène",
    "Jean-Paul Okello",
    "حسن الرشيدي",
    "Élodie Marchetti-Duval",
    "Witness P-0457",
    "Witness P-0112",
    "Zoë Van den Berghe",
    "Nikolaï Petrovitch",
    "Mariam Touré",
    "Björn Åkesson",
    "Fatima Zahra Benali",
]
# kind, weight, organ, subject templates
KINDS: list[tuple[str, int, str, list[str]]] = [
    (
        "judicial_assistance",
        34,
        "OTP",
        [
            "Request to take the testimony of a witness residing in the capital",
            "Request for bank records of {p}",
            "Service of summons on {p}",
            "Request for civil registry and immigration records of {p}",
            "Request to examine a site and assist with exhumation",
        ],
    ),
    (
        "emergency_visa",
        10,
        "Registry",
        [
            "Emergency visa for a witness travelling to The Hague",
            "Urgent transit visa for a protected witness and escort",
        ],
    ),
    (
        "witness_protection",
        9,
        "Registry",
        [
            "Application for the relocation of a witness and family (7 persons)",
            "Protective measures for witnesses under art. 68",
        ],
    ),
    (
        "asset_freezing",
        8,
        "Chambers",
        [
            "Identification, tracing and freezing of assets of {p}",
            "Freezing of accounts held by companies linked to {p}",
        ],
    ),
    ("arrest_surrender", 3, "Chambers", ["Arrest and surrender of {p}"]),
    ("provisional_arrest", 2, "Chambers", ["Provisional arrest of {p} pending surrender request"]),
    (
        "transit_transfer",
        4,
        "Registry",
        [
            "Transit of a surrendered person through national territory",
            "Transfer of {p} to the seat of the Court",
        ],
    ),
    (
        "logistics_support",
        8,
        "Registry",
        [
            "Meeting room and secure communications for a Court mission",
            "Diplomatic pouch services for Court documents",
        ],
    ),
    (
        "defence_request",
        6,
        "Defence",
        [
            "Defence request for documents held by the Ministry of the Interior",
            "Defence request to interview a detained witness",
        ],
    ),
    (
        "background_information",
        6,
        "OTP",
        [
            "Background information for the preliminary examination",
        ],
    ),
    ("provisional_release", 2, "Chambers", ["Observations on interim release of {p}"]),
    ("sentence_enforcement", 1, "Presidency", ["Designation as State of enforcement"]),
    ("experts_personnel", 4, "Registry", ["Roster of forensic experts for a field mission"]),
    ("other", 3, "Registry", ["Request for information on national implementing legislation"]),
]

# The same samples for an office working in French (same order, same draws).
SITUATIONS_FR = [
    ("Situation en République de Kordavie", "Le Procureur c. Ilyan Marsk"),
    ("Situation dans la région du lac Tamar", "Le Procureur c. Amadou Sène et Jean-Paul Okello"),
    ("Situation dans l’État de Vélurie", "Le Procureur c. Hassan Al-Rashidi"),
    ("Situation dans le nord de l’Estarie", ""),
    ("Situation en République de Kordavie", "Le Procureur c. Élodie Marchetti-Duval"),
]
PERSONS_FR = [p.replace("Witness", "Témoin") for p in PERSONS]
SUBJECTS_FR: dict[str, list[str]] = {
    "judicial_assistance": [
        "Demande d’audition d’un témoin résidant dans la capitale",
        "Demande de relevés bancaires de {p}",
        "Signification d’une citation à comparaître à {p}",
        "Demande d’extraits d’état civil et de dossiers d’immigration de {p}",
        "Demande d’examen d’un site et d’assistance à une exhumation",
    ],
    "emergency_visa": [
        "Visa d’urgence pour un témoin se rendant à La Haye",
        "Visa de transit urgent pour un témoin protégé et son escorte",
    ],
    "witness_protection": [
        "Demande de réinstallation d’un témoin et de sa famille (7 personnes)",
        "Mesures de protection des témoins au titre de l’art. 68",
    ],
    "asset_freezing": [
        "Identification, localisation et gel des avoirs de {p}",
        "Gel des comptes détenus par des sociétés liées à {p}",
    ],
    "arrest_surrender": ["Arrestation et remise de {p}"],
    "provisional_arrest": ["Arrestation provisoire de {p} dans l’attente de la demande de remise"],
    "transit_transfer": [
        "Transit d’une personne remise par le territoire national",
        "Transfèrement de {p} au siège de la Cour",
    ],
    "logistics_support": [
        "Salle de réunion et communications sécurisées pour une mission de la Cour",
        "Valise diplomatique pour des documents de la Cour",
    ],
    "defence_request": [
        "Demande de la Défense portant sur des documents détenus par le ministère de l’Intérieur",
        "Demande de la Défense visant à entendre un témoin détenu",
    ],
    "background_information": ["Informations contextuelles pour l’examen préliminaire"],
    "provisional_release": ["Observations sur la mise en liberté provisoire de {p}"],
    "sentence_enforcement": ["Désignation comme État chargé de l’exécution de la peine"],
    "experts_personnel": ["Liste d’experts en criminalistique pour une mission sur le terrain"],
    "other": ["Demande d’informations sur la législation nationale de mise en œuvre"],
}
SUMMARY = {
    "en": "The Court requests the competent authorities to assist in the case concerning {p}. "
    "The request sets out the purpose, the legal basis (art. 93 and 96 of the Rome "
    "Statute) and the facts as known to the Court.",
    "fr": "La Cour demande aux autorités compétentes leur concours dans l’affaire concernant "
    "{p}. La demande expose son objet, sa base juridique (art. 93 et 96 du Statut de "
    "Rome) et les faits tels que la Cour les connaît.",
}
# What the office writes while it works: notes, answers, reasons.
WORDS = {
    "en": {
        "answered": "Executed as requested.",
        "note": "Called the desk officer; answer expected within the week.",
        "consultation": "Person cannot be located at the address given.",
        "partly": "Bank records received; land registry still pending.",
    },
    "fr": {
        "answered": "Exécutée comme demandé.",
        "note": "Appel au chargé de dossier\u00a0; réponse attendue dans la semaine.",
        "consultation": "La personne est introuvable à l’adresse indiquée.",
        "partly": "Relevés bancaires reçus\u00a0; registre foncier toujours en attente.",
    },
}


def demo_language(ws: Workspace) -> str:
    """The samples speak the office's language, else the interface's: "fr" or "en"."""
    return "fr" if (ws.settings.language or translation.language())[:2] == "fr" else "en"


def sample_rows(
    count: int,
    seed: int = 7,
    end: datetime | None = None,
    span_days: int = 365,
    language: str = "en",
) -> list[dict[str, Any]]:
    """`count` import rows received over the `span_days` before `end`, in `language`."""
    french = language == "fr"
    rng = random.Random(seed)
    end = end or datetime.now().replace(microsecond=0)
    weights = [k[1] for k in KINDS]
    rows = []
    for i in range(count):
        kind, _, organ, subjects = rng.choices(KINDS, weights)[0]
        person = (PERSONS_FR if french else PERSONS)[rng.randrange(len(PERSONS))]
        situation, case = (SITUATIONS_FR if french else SITUATIONS)[rng.randrange(len(SITUATIONS))]
        received = end - timedelta(days=rng.randint(0, span_days), minutes=rng.randint(0, 600))
        urgency = (
            "emergency"
            if kind == "emergency_visa"
            else rng.choices(["routine", "urgent", "emergency"], [80, 17, 3])[0]
        )
        deadline = None
        if rng.random() < 0.6:
            deadline = (received + timedelta(days=rng.choice([3, 7, 14, 21, 30, 45, 60]))).date()
        letters = (
            sorted(rng.sample(sorted(ASSISTANCE_TYPES), rng.randint(1, 3)))
            if (kind == "judicial_assistance")
            else []
        )
        rows.append(
            {
                "court_reference": f"ICC-{rng.randint(1, 2):02d}/{rng.randint(4, 26):02d}-"
                f"{rng.randint(1, 30):02d}/{rng.randint(6, 26):02d}-"
                f"{i + 1:05d}",
                "received_at": received.isoformat(),
                "kind": kind,
                "assistance_types": letters,
                "requesting_organ": organ,
                "situation": situation,
                "case": case,
                "channel": rng.choices(["diplomatic", "focal_point", "interpol"], [70, 25, 5])[0],
                "confidentiality": rng.choices(
                    ["public", "confidential", "strictly_confidential", "under_seal", "ex_parte"],
                    [10, 60, 20, 7, 3],
                )[0],
                "urgency": urgency,
                "court_deadline": deadline.isoformat() if deadline else "",
                "subject": (SUBJECTS_FR[kind] if french else subjects)[
                    rng.randrange(len(subjects))
                ].format(p=person),
                "summary": SUMMARY[language].format(p=person),
                "persons": [person]
                + (
                    [(PERSONS_FR if french else PERSONS)[rng.randrange(len(PERSONS))]]
                    if rng.random() < 0.3
                    else []
                ),
            }
        )
    return rows


def fill(ws: Workspace, count: int = 40, seed: int = 7) -> list[str]:
    """Register sample requests and move some along, as an office would have them, in the
    workspace's language."""
    rng = random.Random(seed)
    language = demo_language(ws)
    words = WORDS[language]
    # One sample fewer: the last request is the half-done transfer registered below.
    drafts: list[RequestDraft] = [
        draft_from_mapping(r)
        for r in sample_rows(count - 1, seed, ws.clock().replace(microsecond=0), language=language)
    ]
    numbers = register_many(ws, drafts)
    authorities = [a["name"] for a in ws.store.authorities()]
    today = ws.today()
    for number in numbers:
        roll = rng.random()
        record = get(ws, number)
        age = (today - record.received_at.date()).days
        if age > 45 and roll < 0.9:
            # Most older files are done: executed and closed, as in a real register.
            step = workflow.route(
                ws, record, rng.choice(authorities), sent_on=record.received_at.date()
            )
            answered_on = record.received_at.date() + timedelta(days=age // 3)
            workflow.mark_answered(ws, step, words["answered"], answered_on)
            checklist_demo.complete(ws, get(ws, number))
            # Dated as they happened, so the statistics show the office's real pace.
            executed_on = min(today, answered_on + timedelta(days=2))
            workflow.change_status(ws, get(ws, number), Status.EXECUTED, on=executed_on)
            if roll < 0.7:
                workflow.change_status(ws, get(ws, number), Status.CLOSED, on=executed_on)
            continue
        if roll < 0.25:
            continue
        workflow.route(
            ws, get(ws, number), rng.choice(authorities), sent_on=record.received_at.date()
        )
        if roll < 0.4:
            casefile.add_note(ws, get(ws, number), words["note"])
        if 0.4 <= roll < 0.5:
            workflow.change_status(
                ws, get(ws, number), Status.IN_CONSULTATION, words["consultation"], "art97"
            )
        elif 0.5 <= roll < 0.6:
            workflow.change_status(ws, get(ws, number), Status.AWAITING_AUTHORITY)
        elif 0.6 <= roll < 0.8:
            checklist_demo.complete(ws, get(ws, number))
            executed_on = record.received_at.date() + timedelta(days=age * 2 // 3)
            workflow.change_status(ws, get(ws, number), Status.EXECUTED, on=executed_on)
        elif roll >= 0.95:
            workflow.change_status(ws, get(ws, number), Status.PARTIALLY_EXECUTED, words["partly"])
    if count:
        numbers.append(checklist_demo.half_done_transfer(ws, language))
    return numbers


DEMO_USER = "demo"
DEMO_PASSPHRASE = "demo passphrase"


def ensure_demo_workspace(folder: Path, count: int = 60) -> bool:
    """Create and fill the demo workspace unless it exists; True when it was created."""
    from desktop.core.settings import OfficeSettings
    from desktop.services.workspace import exists

    if exists(folder):
        return False
    settings = OfficeSettings(
        office_name="Embassy of the Republic of Testland",
        place="The Hague",
        country="NL",
        office_address="Lange Voorhout 1, 2514 EA Den Haag",
        state_name="the Republic of Testland",
        state_name_fr="la République de Testland",
        office_name_fr="Ambassade de la République de Testland",
        place_fr="La Haye",
    )
    contact = "Point focal (démo)" if translation.language() == "fr" else "Demo Contact Point"
    ws, _ = Workspace.create(folder, DEMO_USER, DEMO_PASSPHRASE, contact, settings)
    try:
        fill(ws, count)
    finally:
        ws.close()
    return True
