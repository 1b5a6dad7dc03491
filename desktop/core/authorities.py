"""National authorities a request is usually routed to.

The directory in a workspace starts from DEFAULT_AUTHORITIES and is the office's to edit;
SUGGESTED_BY_KIND only proposes, the user decides.
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
