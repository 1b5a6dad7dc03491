"""National authorities a request is usually routed to.

The directory in a workspace starts from DEFAULT_AUTHORITIES (FRENCH_AUTHORITIES for an
office working in French) and is the office's to edit; SUGGESTED_BY_KIND only proposes,
the user decides.
"""

from __future__ import annotations

from desktop.core.vocabulary import Kind

MFA = "Ministry of Foreign Affairs"
MOJ = "Ministry of Justice"
PROSECUTOR = "Prosecutor-General"
POLICE = "National Police"
IMMIGRATION = "Immigration Service"
FIU = "Financial Intelligence Unit"
CENTRAL_BANK = "Central Bank"
REGISTRIES = "Land and Company Registries"
PRISONS = "Prison Service"
DEFENCE = "Ministry of Defence"
WITNESS_PROTECTION = "Witness Protection Programme"
CIVIL_AVIATION = "Civil Aviation Authority"
INTERIOR = "Ministry of the Interior"

DEFAULT_AUTHORITIES: tuple[tuple[str, str], ...] = (
    (MFA, "International law department; embassies in The Hague, Brussels and New York"),
    (MOJ, "Central authority for mutual legal assistance"),
    (PROSECUTOR, "Executes searches, seizures and taking of evidence"),
    (POLICE, "Identification, location, arrest, escort"),
    (IMMIGRATION, "Visas and entry of witnesses; travel documents"),
    (FIU, "Financial intelligence: tracing of assets"),
    (CENTRAL_BANK, "Supervision of banks: freezing orders"),
    (REGISTRIES, "Land, vehicle and company registries"),
    (PRISONS, "Detention, transfer of detained persons, enforcement of sentences"),
    (DEFENCE, "Military aircraft, overflight clearances"),
    (WITNESS_PROTECTION, "Protection and relocation of witnesses"),
    (CIVIL_AVIATION, "Landing, transit and overflight authorisations"),
    (INTERIOR, "Public order, security of Court missions"),
)

# The same directory for an office working in French: name and description by English name.
FRENCH_AUTHORITIES: dict[str, tuple[str, str]] = {
    MFA: (
        "Ministère des Affaires étrangères",
        "Direction du droit international\u00a0; ambassades à La Haye, Bruxelles et New York",
    ),
    MOJ: ("Ministère de la Justice", "Autorité centrale pour l’entraide judiciaire"),
    PROSECUTOR: (
        "Procureur général",
        "Exécute les perquisitions, les saisies et la collecte des éléments de preuve",
    ),
    POLICE: ("Police nationale", "Identification, localisation, arrestation, escorte"),
    IMMIGRATION: (
        "Service de l’immigration",
        "Visas et entrée des témoins\u00a0; documents de voyage",
    ),
    FIU: (
        "Cellule de renseignement financier",
        "Renseignement financier\u00a0: traçage des avoirs",
    ),
    CENTRAL_BANK: ("Banque centrale", "Contrôle des banques\u00a0: ordonnances de gel"),
    REGISTRIES: (
        "Registres fonciers et du commerce",
        "Registres fonciers, des véhicules et du commerce",
    ),
    PRISONS: (
        "Administration pénitentiaire",
        "Détention, transfèrement des personnes détenues, exécution des peines",
    ),
    DEFENCE: ("Ministère de la Défense", "Aéronefs militaires, autorisations de survol"),
    WITNESS_PROTECTION: (
        "Programme de protection des témoins",
        "Protection et réinstallation des témoins",
    ),
    CIVIL_AVIATION: (
        "Autorité de l’aviation civile",
        "Autorisations d’atterrissage, de transit et de survol",
    ),
    INTERIOR: ("Ministère de l’Intérieur", "Ordre public, sécurité des missions de la Cour"),
}


def default_authorities(language: str) -> tuple[tuple[str, str], ...]:
    """The directory a new workspace starts with, in its language ("fr"; else English)."""
    if language[:2] != "fr":
        return DEFAULT_AUTHORITIES
    return tuple(FRENCH_AUTHORITIES[name] for name, _description in DEFAULT_AUTHORITIES)


def authority_name(name: str, language: str) -> str:
    """A default authority by its name in `language` ("fr"); any other name as it is."""
    if language[:2] == "fr" and name in FRENCH_AUTHORITIES:
        return FRENCH_AUTHORITIES[name][0]
    return name


def english_name(name: str) -> str:
    """A default authority's English name from its French one; any other name as it is."""
    return next((en for en, (fr, _) in FRENCH_AUTHORITIES.items() if fr == name), name)


def names_of(name: str) -> tuple[str, str]:
    """A default authority's name in English and in French (an office may have either)."""
    return name, FRENCH_AUTHORITIES[name][0]


SUGGESTED_BY_KIND: dict[Kind, tuple[str, ...]] = {
    Kind.BACKGROUND_INFORMATION: (MFA, MOJ),
    Kind.JUDICIAL_ASSISTANCE: (MOJ, PROSECUTOR, POLICE),
    Kind.EMERGENCY_VISA: (IMMIGRATION, MFA),
    Kind.ARREST_SURRENDER: (MOJ, PROSECUTOR, POLICE),
    Kind.PROVISIONAL_ARREST: (MOJ, POLICE, PROSECUTOR),
    Kind.TRANSIT_TRANSFER: (MOJ, CIVIL_AVIATION, POLICE, PRISONS),
    Kind.ASSET_FREEZING: (FIU, CENTRAL_BANK, PROSECUTOR, REGISTRIES),
    Kind.WITNESS_PROTECTION: (WITNESS_PROTECTION, POLICE, IMMIGRATION),
    Kind.LOGISTICS_SUPPORT: (MFA, INTERIOR),
    Kind.DEFENCE_REQUEST: (MOJ, PROSECUTOR),
    Kind.PROVISIONAL_RELEASE: (MOJ, INTERIOR),
    Kind.SENTENCE_ENFORCEMENT: (MOJ, PRISONS),
    Kind.EXPERTS_PERSONNEL: (MFA,),
    Kind.OTHER: (MFA,),
}
