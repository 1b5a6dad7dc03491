"""The cooperation report's words in English and French, and numbers as each writes them.

Written out here rather than taken from the system locale, for the reason
replies.language gives: a French report made on an English computer must still read
"1 234,5" and "mars 2026".
"""

from __future__ import annotations

from datetime import date

from desktop.core.statistics import AGE_BANDS, TURNAROUND_BINS
from desktop.core.vocabulary import (
    CHANNEL_LABELS,
    KIND_LABELS,
    URGENCY_LABELS,
    Channel,
    Kind,
    Organ,
    Urgency,
)
from desktop.services.replies.language import KINDS_FR, LANGUAGES, MONTHS, ORGANS
from desktop.services.replies.language import format_date as long_date

SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": (
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ),
}

CHANNELS_FR = {
    Channel.DIPLOMATIC: "Voie diplomatique",
    Channel.FOCAL_POINT: "Voie désignée (point focal)",
    Channel.INTERPOL: "INTERPOL",
    Channel.REGIONAL_ORGANISATION: "Organisation régionale",
    Channel.OTHER: "Autre",
}
URGENCIES_FR = {
    Urgency.ROUTINE: "Ordinaire",
    Urgency.URGENT: "Urgente",
    Urgency.EMERGENCY: "Extrême urgence",
}

GROUNDS: dict[str, tuple[str, str]] = {
    "art97": (
        "Art. 97 (problem impeding execution)",
        "Art. 97 (difficultés entravant l’exécution)",
    ),
    "art93_3": (
        "Art. 93(3) (fundamental legal principle)",
        "Art. 93, par. 3 (principe juridique fondamental)",
    ),
    "art93_5": (
        "Art. 93(5) (before denying assistance)",
        "Art. 93, par. 5 (avant de refuser l’assistance)",
    ),
    "art94": (
        "Art. 94 (national investigation or prosecution)",
        "Art. 94 (enquête ou poursuites nationales)",
    ),
    "art95": ("Art. 95 (admissibility challenge)", "Art. 95 (exception d’irrecevabilité)"),
    "art93_4": ("Art. 93(4) (national security)", "Art. 93, par. 4 (sécurité nationale)"),
    "art93_other": ("Other ground the Statute allows", "Autre motif prévu par le Statut"),
    "": ("No ground recorded", "Aucun motif enregistré"),
}

COST_CATEGORIES: dict[str, tuple[str, str]] = {
    "ordinary": (
        "Ordinary costs, borne by the State (art. 100(1))",
        "Frais ordinaires, à la charge de l’État (art. 100, par. 1)",
    ),
    "extraordinary": (
        "Extraordinary costs, borne by the Court (art. 100(1)(a)-(f))",
        "Frais extraordinaires, à la charge de la Cour (art. 100, par. 1, al. a) à f))",
    ),
}

# Each text in English and in French, in the order of LANGUAGES.
WORDS: dict[str, tuple[str, str]] = {
    "title": (
        "Cooperation with the International Criminal Court",
        "Coopération avec la Cour pénale internationale",
    ),
    "subtitle": ("Statistics for {period}", "Statistiques du {period}"),
    "period": ("{start} to {end}", "{start} au {end}"),
    "shareable": (
        "SHAREABLE VERSION: AGGREGATES ONLY",
        "VERSION COMMUNICABLE : DONNÉES AGRÉGÉES UNIQUEMENT",
    ),
    "internal": (
        "INTERNAL: NAMES AUTHORITIES AND REGISTRY NUMBERS, NOT FOR DISTRIBUTION",
        "INTERNE : NOMME LES AUTORITÉS ET LES NUMÉROS D’ENREGISTREMENT, NE PAS DIFFUSER",
    ),
    "shareable_note": (
        "Aggregates only: no references, names or subjects. Counts of 1 or 2 are "
        "shown as “< 3” and figures drawn from fewer than 3 requests as “—” "
        "(art. 87(3) of the Statute); situations with fewer than 3 requests are "
        "grouped.",
        "Données agrégées uniquement : ni références, ni noms, ni objets. Les "
        "effectifs de 1 ou 2 sont indiqués « < 3 » et les valeurs tirées de "
        "moins de 3 demandes « — » (art. 87, par. 3, du Statut) ; les situations "
        "de moins de 3 demandes sont regroupées.",
    ),
    "internal_note": (
        "Internal version: it names national authorities and registry numbers. "
        "Share the shareable version instead.",
        "Version interne : elle nomme les autorités nationales et les numéros "
        "d’enregistrement. Communiquez plutôt la version communicable.",
    ),
    "filters": ("Only: {filters}.", "Uniquement : {filters}."),
    "led_by": ("requests led by {office}", "demandes dirigées par {office}"),
    "prepared": ("Prepared by {office} on {day}.", "Établi par {office} le {day}."),
    "reading": ("How to read these figures", "Comment lire ces chiffres"),
    "reading_text": (
        "Volumes count the requests received in the period. Turnaround and "
        "timeliness count the requests answered in the period (executed, refused, "
        "or closed after a partial execution), whenever received; turnaround is in "
        "calendar days from receipt to the answer, net of the days the clock was "
        "paused in consultation with the Court; the 90th percentile is the time 9 "
        "answers in 10 did not exceed. Withdrawn requests are counted apart. "
        "Consultations, postponements and refusals are those decided in the "
        "period. The backlog is what was received by the end of the period and not "
        "yet answered then.",
        "Les volumes comptent les demandes reçues pendant la période. Les délais "
        "et la ponctualité portent sur les demandes auxquelles il a été répondu "
        "pendant la période (exécutées, refusées, ou closes après une exécution "
        "partielle), quelle que soit leur date de réception ; le délai est compté "
        "en jours calendaires de la réception à la réponse, déduction faite des "
        "jours de suspension pendant les consultations avec la Cour ; le 90e "
        "centile est le délai que 9 réponses sur 10 n’ont pas dépassé. Les "
        "demandes retirées sont comptées à part. Les consultations, reports et "
        "refus sont ceux décidés pendant la période. L’arriéré est ce qui avait "
        "été reçu à la fin de la période et restait sans réponse.",
    ),
    "charts": ("Charts", "Graphiques"),
    "tables": ("Tables", "Tableaux"),
    "summary": ("Summary", "Synthèse"),
    "figure": ("Figure", "Indicateur"),
    "value": ("Value", "Valeur"),
    "received": ("Requests received", "Demandes reçues"),
    "answered": ("Requests answered", "Demandes ayant reçu une réponse"),
    "withdrawn": ("Requests withdrawn by the Court", "Demandes retirées par la Cour"),
    "open_at_end": (
        "Requests open at the end of the period",
        "Demandes en cours à la fin de la période",
    ),
    "overdue_now": ("Requests overdue today", "Demandes en retard à ce jour"),
    "median": ("Median turnaround (days)", "Délai médian (jours)"),
    "p90": ("90th percentile (days)", "90e centile (jours)"),
    "on_time_share": (
        "Answered by the due date (agreed extensions included)",
        "Réponses dans le délai (prorogations convenues comprises)",
    ),
    "on_time_share_strict": (
        "Answered by the original due date (without extensions)",
        "Réponses dans le délai initial (sans prorogation)",
    ),
    "visa_median": (
        "Emergency visas: median days to issue",
        "Visas d’urgence : délai médian de délivrance (jours)",
    ),
    "ack_share": ("Acknowledgements of receipt on time", "Accusés de réception dans le délai"),
    "by_kind": ("Requests received by kind", "Demandes reçues par type"),
    "by_organ": ("Requests received by organ", "Demandes reçues par organe"),
    "by_channel": ("Requests received by channel", "Demandes reçues par voie de transmission"),
    "by_situation": ("Requests received by situation", "Demandes reçues par situation"),
    "by_urgency": ("Requests received by urgency", "Demandes reçues par degré d’urgence"),
    "by_month": ("Requests received by month", "Demandes reçues par mois"),
    "kind": ("Kind", "Type"),
    "organ": ("Requesting organ", "Organe requérant"),
    "channel": ("Channel", "Voie"),
    "situation": ("Situation", "Situation"),
    "urgency": ("Urgency", "Urgence"),
    "month": ("Month", "Mois"),
    "requests": ("Requests", "Demandes"),
    "other_situations": (
        "Other situations (fewer than 3 requests each)",
        "Autres situations (moins de 3 demandes chacune)",
    ),
    "no_organ": ("Not stated", "Non précisé"),
    "no_situation": ("Not stated", "Non précisée"),
    "turnaround_by_kind": (
        "Turnaround by kind (requests answered)",
        "Délais par type (demandes ayant reçu une réponse)",
    ),
    "count": ("Answered", "Réponses"),
    "on_time": ("By the due date", "Dans le délai"),
    "on_time_strict": ("Without extensions", "Sans prorogation"),
    "distribution": (
        "Turnaround distribution (net days, requests answered)",
        "Répartition des délais (jours nets, demandes ayant reçu une réponse)",
    ),
    "days": ("Days", "Jours"),
    "day_range": ("{0} to {1} days", "{0} à {1} jours"),
    "day_more": ("More than {0} days", "Plus de {0} jours"),
    "acknowledgements": ("Acknowledgements of receipt", "Accusés de réception"),
    "ack_due": ("Requests received", "Demandes reçues"),
    "ack_on_time": ("On time", "Dans le délai"),
    "ack_late": ("Late", "En retard"),
    "ack_missing": ("None sent", "Non envoyés"),
    "moves": (
        "Consultations, postponements, refusals, partial executions",
        "Consultations, reports, refus, exécutions partielles",
    ),
    "move": ("Decision", "Décision"),
    "ground": ("Ground", "Motif"),
    "consultation": ("Consultation with the Court", "Consultation avec la Cour"),
    "postponement": ("Postponement", "Report"),
    "refusal": ("Refusal", "Refus"),
    "partial": ("Partial execution", "Exécution partielle"),
    "consultation_median": (
        "Median length of a consultation (days)",
        "Durée médiane d’une consultation (jours)",
    ),
    "backlog": (
        "Backlog at the end of the period, by age",
        "Arriéré à la fin de la période, par ancienneté",
    ),
    "age": ("Age", "Ancienneté"),
    "authorities": (
        "National authorities (routing steps sent in the period)",
        "Autorités nationales (transmissions envoyées pendant la période)",
    ),
    "authority": ("Authority", "Autorité"),
    "sent": ("Sent", "Envoyées"),
    "steps_answered": ("Answered", "Répondues"),
    "steps_on_time": ("On time", "Dans le délai"),
    "steps_late": ("Late", "En retard"),
    "median_days": ("Median days", "Jours (médiane)"),
    "all_authorities": ("All national authorities", "Ensemble des autorités nationales"),
    "equality": (
        "Equality of arms: Defence and Prosecutor requests answered",
        "Égalité des armes : demandes de la Défense et du Procureur",
    ),
    "party": ("Requesting party", "Partie requérante"),
    "defence": ("Defence", "Défense"),
    "prosecutor": ("Prosecutor", "Procureur"),
    "costs": (
        "Costs incurred in the period (art. 100)",
        "Frais engagés pendant la période (art. 100)",
    ),
    "category": ("Category", "Catégorie"),
    "currency": ("Currency", "Devise"),
    "items": ("Items", "Postes"),
    "amount": ("Amount", "Montant"),
    "open_list": (
        "Requests open at the end of the period",
        "Demandes en cours à la fin de la période",
    ),
    "registry_no": ("Registry no.", "N° d’enregistrement"),
    "received_on": ("Received", "Reçue le"),
    "age_days": ("Age (days)", "Ancienneté (jours)"),
    "chart_kind": ("Requests received, by kind", "Demandes reçues, par type"),
    "chart_month": ("Requests received, by month", "Demandes reçues, par mois"),
    "chart_turnaround": (
        "Turnaround of the requests answered (net days)",
        "Délais des demandes ayant reçu une réponse (jours nets)",
    ),
    "chart_on_time": ("On time (share of requests)", "Dans le délai (part des demandes)"),
    "bar_on_time": ("By the due date", "Dans le délai"),
    "bar_strict": ("Without extensions", "Sans prorogation"),
    "bar_ack": ("Acknowledgements", "Accusés de réception"),
    "chart_small": (
        "Bars for fewer than 3 requests are not drawn in this version.",
        "Les barres de moins de 3 demandes ne sont pas tracées dans cette version.",
    ),
    "empty": ("Nothing in this period.", "Rien pendant cette période."),
    "sheet_about": ("About", "À propos"),
}


# Sheet names of the workbook (Excel allows 31 characters), by table.
SHEETS: dict[str, tuple[str, str]] = {
    "summary": ("Summary", "Synthèse"),
    "by_kind": ("By kind", "Par type"),
    "by_organ": ("By organ", "Par organe"),
    "by_channel": ("By channel", "Par voie"),
    "by_situation": ("By situation", "Par situation"),
    "by_urgency": ("By urgency", "Par urgence"),
    "by_month": ("By month", "Par mois"),
    "turnaround": ("Turnaround by kind", "Délais par type"),
    "distribution": ("Turnaround distribution", "Répartition des délais"),
    "acknowledgements": ("Acknowledgements", "Accusés de réception"),
    "moves": ("Decisions", "Décisions"),
    "backlog": ("Backlog", "Arriéré"),
    "authorities": ("Authorities", "Autorités"),
    "equality": ("Equality of arms", "Égalité des armes"),
    "costs": ("Costs", "Frais"),
    "open": ("Open requests", "Demandes en cours"),
}


def word(lang: str, key: str) -> str:
    return WORDS[key][LANGUAGES.index(lang)]


def sheet(lang: str, key: str) -> str | None:
    """The workbook's short name for a table; None for a table without one."""
    names = SHEETS.get(key)
    return names[LANGUAGES.index(lang)] if names else None


def number(value: float, lang: str, decimals: int = 1) -> str:
    """12,345.5 / 12 345,5 (French groups with a narrow no-break space)."""
    text = f"{int(value):,}" if float(value).is_integer() else f"{value:,.{decimals}f}"
    if lang == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def percent(value: float, lang: str) -> str:
    shown = number(round(value * 100), lang)
    return f"{shown}\u00a0%" if lang == "fr" else f"{shown}%"


def money(cents: int, lang: str) -> str:
    text = f"{cents / 100:,.2f}"
    return text.replace(",", "\u202f").replace(".", ",") if lang == "fr" else text


def day(value: date, lang: str) -> str:
    return long_date(value, lang)


def month(key: str, lang: str, short: bool = False) -> str:
    """'2026-03' -> March 2026 / mars 2026 (short: Mar 2026 / mars 2026, for charts)."""
    year, number_ = key.split("-")
    return f"{(SHORT_MONTHS if short else MONTHS)[lang][int(number_) - 1]} {year}"


def kind(value: str, lang: str) -> str:
    return KINDS_FR[Kind(value)] if lang == "fr" else KIND_LABELS[Kind(value)]


def organ(value: str, lang: str) -> str:
    return ORGANS[lang][Organ(value)] if value else word(lang, "no_organ")


def channel(value: str, lang: str) -> str:
    return CHANNELS_FR[Channel(value)] if lang == "fr" else CHANNEL_LABELS[Channel(value)]


def urgency(value: str, lang: str) -> str:
    return URGENCIES_FR[Urgency(value)] if lang == "fr" else URGENCY_LABELS[Urgency(value)]


def ground(value: str, lang: str) -> str:
    return GROUNDS[value][LANGUAGES.index(lang)] if value in GROUNDS else value


def cost_category(value: str, lang: str) -> str:
    names = COST_CATEGORIES.get(value)
    return names[LANGUAGES.index(lang)] if names else value


def days_band(name: str, lang: str) -> str:
    """'31-90' -> 31 to 90 days; '365+' -> More than 365 days."""
    bounds = dict(AGE_BANDS) | dict(TURNAROUND_BINS)
    if bounds.get(name) is None:
        return word(lang, "day_more").format(name.rstrip("+"))
    low, high = name.split("-")
    return word(lang, "day_range").format(low, high)
