"""The words replies need in the Court’s two working languages, English and French.

Dates are written out here rather than with the system locale: a French reply drafted on
an English Windows must still read "1er décembre 2026", and locale switching is global
state that a GUI thread would see change under it.
"""

from __future__ import annotations

import re
from datetime import date

from desktop.core.vocabulary import Confidentiality, Kind, Organ

LANGUAGES = ("en", "fr")

MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
}


def format_date(day: date, lang: str) -> str:
    """15 December 2026 / 15 décembre 2026; French writes the first of the month 1er."""
    month = MONTHS[lang][day.month - 1]
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{number} {month} {day.year}"


CONFIDENTIALITY: dict[str, dict[Confidentiality, str]] = {
    "en": {
        Confidentiality.PUBLIC: "Public",
        Confidentiality.CONFIDENTIAL: "Confidential",
        Confidentiality.STRICTLY_CONFIDENTIAL: "Strictly confidential",
        Confidentiality.UNDER_SEAL: "Under seal",
        Confidentiality.EX_PARTE: "Ex parte",
    },
    "fr": {
        Confidentiality.PUBLIC: "Public",
        Confidentiality.CONFIDENTIAL: "Confidentiel",
        Confidentiality.STRICTLY_CONFIDENTIAL: "Strictement confidentiel",
        Confidentiality.UNDER_SEAL: "Sous scellés",
        Confidentiality.EX_PARTE: "Ex parte",
    },
}


def marking(level: Confidentiality, lang: str) -> str:
    """The classification as printed at the top and bottom of every page."""
    return CONFIDENTIALITY[lang][level].upper()


ORGANS: dict[str, dict[Organ, str]] = {
    "en": {
        Organ.OTP: "Office of the Prosecutor",
        Organ.REGISTRY: "Registry",
        Organ.CHAMBERS: "Chambers",
        Organ.PRESIDENCY: "Presidency",
        Organ.DEFENCE: "Defence",
        Organ.VICTIMS: "Counsel for victims",
    },
    "fr": {
        Organ.OTP: "Bureau du Procureur",
        Organ.REGISTRY: "Greffe",
        Organ.CHAMBERS: "Chambres",
        Organ.PRESIDENCY: "Présidence",
        Organ.DEFENCE: "Défense",
        Organ.VICTIMS: "Représentants légaux des victimes",
    },
}

KINDS_FR: dict[Kind, str] = {
    Kind.BACKGROUND_INFORMATION: "Informations générales (examen préliminaire)",
    Kind.JUDICIAL_ASSISTANCE: "Assistance judiciaire (art. 93)",
    Kind.EMERGENCY_VISA: "Visa d’urgence pour un témoin",
    Kind.ARREST_SURRENDER: "Arrestation et remise (art. 89, 91)",
    Kind.PROVISIONAL_ARREST: "Arrestation provisoire (art. 92)",
    Kind.TRANSIT_TRANSFER: "Transit / transfèrement d’une personne (art. 89-3)",
    Kind.ASSET_FREEZING: "Identification, localisation et gel des avoirs",
    Kind.WITNESS_PROTECTION: "Protection et réinstallation de témoins",
    Kind.LOGISTICS_SUPPORT: "Soutien logistique et sécurité",
    Kind.DEFENCE_REQUEST: "Demande d’une équipe de la défense",
    Kind.PROVISIONAL_RELEASE: "Mise en liberté provisoire (art. 60-2)",
    Kind.SENTENCE_ENFORCEMENT: "Exécution des peines (art. 103)",
    Kind.EXPERTS_PERSONNEL: "Experts et personnel",
    Kind.OTHER: "Autre",
}

# The completeness elements (desktop.core.completeness) in the words of the French text
# of the Statute, keyed by their legal basis, which is unique.
ELEMENTS_FR: dict[str, str] = {
    "art. 96(2)(a)": "Un exposé succinct de l’objet de la demande et de la nature de "
    "l’assistance demandée, y compris les fondements juridiques et les "
    "motifs de la demande",
    "art. 96(2)(b)": "Des renseignements aussi détaillés que possible sur la personne ou le "
    "lieu qui doivent être identifiés ou localisés",
    "art. 96(2)(c)": "Un exposé succinct des faits essentiels qui justifient la demande",
    "art. 96(2)(d)": "L’exposé des motifs et l’explication détaillée des procédures ou des "
    "conditions à respecter",
    "art. 96(2)(e)": "Tout renseignement que peut exiger la législation de l’État requis "
    "pour qu’il soit donné suite à la demande",
    "art. 96(2)(f)": "Tout autre renseignement utile pour que l’assistance demandée puisse "
    "être fournie",
    "art. 91(2)(a)": "Le signalement de la personne recherchée, suffisant pour l’identifier, "
    "et des renseignements sur le lieu où elle se trouve probablement",
    "art. 91(2)(b)": "Une copie du mandat d’arrêt",
    "art. 91(2)(c)": "Les documents, déclarations et renseignements qui peuvent être exigés "
    "dans l’État requis pour procéder à la remise",
    "art. 92(2)(a)": "Le signalement de la personne recherchée, suffisant pour l’identifier, "
    "et des renseignements sur le lieu où elle se trouve probablement",
    "art. 92(2)(b)": "L’exposé succinct des crimes pour lesquels la personne est recherchée "
    "et des faits qui seraient constitutifs de ces crimes",
    "art. 92(2)(c)": "Une déclaration affirmant l’existence d’un mandat d’arrêt ou d’un "
    "jugement établissant la culpabilité de la personne recherchée",
    "art. 92(2)(d)": "Une déclaration indiquant qu’une demande de remise suivra",
    "art. 89(3)(b)(i)": "Le signalement de la personne transportée",
    "art. 89(3)(b)(ii)": "Un bref exposé des faits de la cause et de leur qualification juridique",
    "art. 89(3)(b)(iii)": "Le mandat d’arrêt et de remise",
    "Rec. 16": "L’identité du voyageur : nom complet, nationalité, date et lieu de naissance "
    "et numéro du document de voyage",
    "para. 37": "L’objet et les dates du voyage et le lieu d’entrée",
    "art. 93(1)(e)": "La qualité de la personne devant la Cour (témoin ou expert) et la "
    "comparution volontaire que le visa permet",
    "art. 100(1)(a)": "La prise en charge des frais de voyage (par la Cour pour les témoins "
    "et les experts) et les mesures d’escorte ou de sécurité éventuelles",
}

_BASIS = re.compile(r"art\. (\d+)\((\d+)\)\((\w)\)(?:\((\w+)\))?")


def _basis_fr(match: re.Match[str]) -> str:
    article, paragraph, letter, item = match.groups()
    text = f"art. {article}, par. {paragraph}, al. {letter})"
    return f"{text}, {item})" if item else text


def basis_fr(basis: str) -> str:
    """art. 96(2)(a) -> art. 96, par. 2, al. a), as French legal writing cites it;
    art. 89(3)(b)(i) -> art. 89, par. 3, al. b), i)."""
    return _BASIS.sub(_basis_fr, basis)


def split_article(phrase: str) -> tuple[str, str]:
    """Split a French noun phrase into its definite article and the rest."""
    lowered = phrase.lower()
    for article in ("les ", "le ", "la "):
        if lowered.startswith(article):
            return article.strip(), phrase[len(article) :]
    if lowered.startswith(("l'", "l’")):
        return "l'", phrase[2:]
    return "", phrase


def fr_to(phrase: str) -> str:
    """'à' before a noun phrase, contracted as French requires: au Greffe, à la Cour."""
    article, rest = split_article(phrase)
    return {"le": "au ", "les": "aux ", "la": "à la ", "l'": "à l’"}.get(article, "à ") + rest


def fr_of(phrase: str) -> str:
    """'de' before a noun phrase: du Royaume, de la République, des Pays-Bas, d’Italie."""
    article, rest = split_article(phrase)
    if article:
        return {"le": "du ", "les": "des ", "la": "de la ", "l'": "de l’"}[article] + rest
    return ("d’" if phrase[:1].lower() in "aeiouyéèêâîôû" else "de ") + phrase
