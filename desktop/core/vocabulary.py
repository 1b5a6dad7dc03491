"""The closed vocabularies of a Court request.

The identifiers are stable (they are stored and appear in import files); the labels are
what users read. Labels are plain English here: the GUI passes them through Qt's
translation system, the CLI prints them as they are.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from desktop.core.translation import translate


class Kind(StrEnum):
    BACKGROUND_INFORMATION = "background_information"
    JUDICIAL_ASSISTANCE = "judicial_assistance"
    EMERGENCY_VISA = "emergency_visa"
    ARREST_SURRENDER = "arrest_surrender"
    PROVISIONAL_ARREST = "provisional_arrest"
    TRANSIT_TRANSFER = "transit_transfer"
    ASSET_FREEZING = "asset_freezing"
    WITNESS_PROTECTION = "witness_protection"
    LOGISTICS_SUPPORT = "logistics_support"
    DEFENCE_REQUEST = "defence_request"
    PROVISIONAL_RELEASE = "provisional_release"
    SENTENCE_ENFORCEMENT = "sentence_enforcement"
    EXPERTS_PERSONNEL = "experts_personnel"
    OTHER = "other"


KIND_LABELS: dict[Kind, str] = {
    Kind.BACKGROUND_INFORMATION: "Background information (preliminary examination)",
    Kind.JUDICIAL_ASSISTANCE: "Judicial assistance (art. 93)",
    Kind.EMERGENCY_VISA: "Emergency visa for a witness",
    Kind.ARREST_SURRENDER: "Arrest and surrender (art. 89, 91)",
    Kind.PROVISIONAL_ARREST: "Provisional arrest (art. 92)",
    Kind.TRANSIT_TRANSFER: "Transit / transfer of a person (art. 89(3))",
    Kind.ASSET_FREEZING: "Asset identification, tracing, freezing",
    Kind.WITNESS_PROTECTION: "Witness protection and relocation",
    Kind.LOGISTICS_SUPPORT: "Logistics and security support",
    Kind.DEFENCE_REQUEST: "Defence team request",
    Kind.PROVISIONAL_RELEASE: "Provisional / interim release (art. 60(2))",
    Kind.SENTENCE_ENFORCEMENT: "Enforcement of sentences (art. 103)",
    Kind.EXPERTS_PERSONNEL: "Experts and personnel",
    Kind.OTHER: "Other",
}


class Organ(StrEnum):
    OTP = "OTP"
    REGISTRY = "Registry"
    CHAMBERS = "Chambers"
    PRESIDENCY = "Presidency"
    DEFENCE = "Defence"
    VICTIMS = "Victims"


ORGAN_LABELS: dict[Organ, str] = {
    Organ.OTP: "Office of the Prosecutor",
    Organ.REGISTRY: "Registry",
    Organ.CHAMBERS: "Chambers",
    Organ.PRESIDENCY: "Presidency",
    Organ.DEFENCE: "Defence team",
    Organ.VICTIMS: "Counsel for victims",
}


class Channel(StrEnum):
    DIPLOMATIC = "diplomatic"
    FOCAL_POINT = "focal_point"
    INTERPOL = "interpol"
    REGIONAL_ORGANISATION = "regional_organisation"
    OTHER = "other"


CHANNEL_LABELS: dict[Channel, str] = {
    Channel.DIPLOMATIC: "Diplomatic channel",
    Channel.FOCAL_POINT: "Designated channel (focal point)",
    Channel.INTERPOL: "INTERPOL",
    Channel.REGIONAL_ORGANISATION: "Regional organisation",
    Channel.OTHER: "Other",
}


class Confidentiality(StrEnum):
    PUBLIC = "public"
    CONFIDENTIAL = "confidential"
    STRICTLY_CONFIDENTIAL = "strictly_confidential"
    UNDER_SEAL = "under_seal"
    EX_PARTE = "ex_parte"


CONFIDENTIALITY_LABELS: dict[Confidentiality, str] = {
    Confidentiality.PUBLIC: "Public",
    Confidentiality.CONFIDENTIAL: "Confidential",
    Confidentiality.STRICTLY_CONFIDENTIAL: "Strictly confidential",
    Confidentiality.UNDER_SEAL: "Under seal",
    Confidentiality.EX_PARTE: "Ex parte",
}


class Urgency(StrEnum):
    ROUTINE = "routine"
    URGENT = "urgent"
    EMERGENCY = "emergency"


URGENCY_LABELS: dict[Urgency, str] = {
    Urgency.ROUTINE: "Routine",
    Urgency.URGENT: "Urgent",
    Urgency.EMERGENCY: "Emergency",
}

# Art. 93(1)(a)-(l): the forms of judicial assistance a request can ask for.
ASSISTANCE_TYPES: dict[str, str] = {
    "a": "Identify and locate persons or items",
    "b": "Take evidence, including testimony",
    "c": "Question a person being investigated or prosecuted",
    "d": "Serve documents",
    "e": "Facilitate voluntary appearance of witnesses or experts",
    "f": "Temporary transfer of a detained person",
    "g": "Examine places or sites, including exhumation",
    "h": "Execute searches and seizures",
    "i": "Provide records and documents",
    "j": "Protect victims and witnesses, preserve evidence",
    "k": "Identify, trace, freeze or seize proceeds, property and assets",
    "l": "Other assistance not prohibited by national law",
}


class CostCategory(StrEnum):
    """Art. 100: who bears a cost decides whether it is worth claiming back."""

    ORDINARY = "ordinary"
    EXTRAORDINARY = "extraordinary"


E = TypeVar("E", bound=StrEnum)


def parse_enum(enum: type[E], value: str, field: str) -> E:
    """Turn user text into a vocabulary value, with a message that lists what is allowed."""
    try:
        return enum(value.strip())
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise ValueError(
            translate("Validation", "{0}: '{1}' is not one of: {2}").format(field, value, allowed)
        ) from None
