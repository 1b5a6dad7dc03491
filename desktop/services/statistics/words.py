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
from desktop.services.replies.language import KINDS_FR, ORGANS
from desktop.services.replies.language import format_date as long_date

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
}

SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
           "Dec"),
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."),
}

CHANNELS_FR = {
    Channel.DIPLOMATIC: "Voie diplomatique",
    Channel.FOCAL_POINT: "Voie désignée (point focal)",
    Channel.INTERPOL: "INTERPOL",
    Channel.REGIONAL_ORGANISATION: "Organisation régionale",
    Channel.OTHER: "Autre",
}
URGENCIES_FR = {Urgency.ROUTINE: "Ordinaire", Urgency.URGENT: "Urgente",
                Urgency.EMERGENCY: "Extrême urgence"}

GROUNDS = {
    "en": {"art97": "Art. 97 (problem impeding execution)",
           "art93_3": "Art. 93(3) (fundamental legal principle)",
           "art93_5": "Art. 93(5) (before denying assistance)",
           "art94": "Art. 94 (national investigation or prosecution)",
           "art95": "Art. 95 (admissibility challenge)",
           "art93_4": "Art. 93(4) (national security)",
           "art93_other": "Other ground the Statute allows",
           "": "No ground recorded"},
    "fr": {"art97": "Art. 97 (difficultés entravant l’exécution)",
           "art93_3": "Art. 93, par. 3 (principe juridique fondamental)",
           "art93_5": "Art. 93, par. 5 (avant de refuser l’assistance)",
           "art94": "Art. 94 (enquête ou poursuites nationales)",
           "art95": "Art. 95 (exception d’irrecevabilité)",
           "art93_4": "Art. 93, par. 4 (sécurité nationale)",
           "art93_other": "Autre motif prévu par le Statut",
           "": "Aucun motif enregistré"},
}

COST_CATEGORIES = {
    "en": {"ordinary": "Ordinary costs, borne by the State (art. 100(1))",
           "extraordinary": "Extraordinary costs, borne by the Court (art. 100(1)(a)-(f))"},
    "fr": {"ordinary": "Frais ordinaires, à la charge de l’État (art. 100, par. 1)",
           "extraordinary": "Frais extraordinaires, à la charge de la Cour "
                            "(art. 100, par. 1, al. a) à f))"},
}

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Cooperation with the International Criminal Court",
        "subtitle": "Statistics for {period}",
        "period": "{start} to {end}",
        "shareable": "SHAREABLE VERSION: AGGREGATES ONLY",
        "internal": "INTERNAL: NAMES AUTHORITIES AND REGISTRY NUMBERS, NOT FOR DISTRIBUTION",
        "shareable_note": "Aggregates only: no references, names or subjects. Counts of 1 "
                          "or 2 are shown as “< 3” and figures drawn from fewer than 3 "
                          "requests as “—” (art. 87(3) of the Statute); situations with "
                          "fewer than 3 requests are grouped.",
        "internal_note": "Internal version: it names national authorities and registry "
                         "numbers. Share the shareable version instead.",
        "filters": "Only: {filters}.",
        "prepared": "Prepared by {office} on {day}.",
        "reading": "How to read these figures",
        "reading_text": "Volumes count the requests received in the period. Turnaround and "
                        "timeliness count the requests answered in the period (executed, "
                        "refused, or closed after a partial execution), whenever received; "
                        "turnaround is in calendar days from receipt to the answer, net of "
                        "the days the clock was paused in consultation with the Court; the "
                        "90th percentile is the time 9 answers in 10 did not exceed. "
                        "Withdrawn requests are counted apart. Consultations, postponements "
                        "and refusals are those decided in the period. The backlog is what "
                        "was received by the end of the period and not yet answered then.",
        "charts": "Charts",
        "tables": "Tables",
        "summary": "Summary", "figure": "Figure", "value": "Value",
        "received": "Requests received", "answered": "Requests answered",
        "withdrawn": "Requests withdrawn by the Court",
        "open_at_end": "Requests open at the end of the period",
        "overdue_now": "Requests overdue today",
        "median": "Median turnaround (days)", "p90": "90th percentile (days)",
        "on_time_share": "Answered by the due date (agreed extensions included)",
        "on_time_share_strict": "Answered by the original due date (without extensions)",
        "visa_median": "Emergency visas: median days to issue",
        "ack_share": "Acknowledgements of receipt on time",
        "by_kind": "Requests received by kind", "by_organ": "Requests received by organ",
        "by_channel": "Requests received by channel",
        "by_situation": "Requests received by situation",
        "by_urgency": "Requests received by urgency",
        "by_month": "Requests received by month",
        "kind": "Kind", "organ": "Requesting organ", "channel": "Channel",
        "situation": "Situation", "urgency": "Urgency", "month": "Month",
        "requests": "Requests",
        "other_situations": "Other situations (fewer than 3 requests each)",
        "no_organ": "Not stated", "no_situation": "Not stated",
        "turnaround_by_kind": "Turnaround by kind (requests answered)",
        "count": "Answered", "on_time": "By the due date",
        "on_time_strict": "Without extensions",
        "distribution": "Turnaround distribution (net days, requests answered)",
        "days": "Days", "day_range": "{0} to {1} days", "day_more": "More than {0} days",
        "acknowledgements": "Acknowledgements of receipt",
        "ack_due": "Requests received", "ack_on_time": "On time", "ack_late": "Late",
        "ack_missing": "None sent",
        "moves": "Consultations, postponements, refusals, partial executions",
        "move": "Decision", "ground": "Ground",
        "consultation": "Consultation with the Court", "postponement": "Postponement",
        "refusal": "Refusal", "partial": "Partial execution",
        "consultation_median": "Median length of a consultation (days)",
        "backlog": "Backlog at the end of the period, by age",
        "age": "Age", "authorities": "National authorities (routing steps sent in the period)",
        "authority": "Authority", "sent": "Sent", "steps_answered": "Answered",
        "steps_on_time": "On time", "steps_late": "Late", "median_days": "Median days",
        "all_authorities": "All national authorities",
        "equality": "Equality of arms: Defence and Prosecutor requests answered",
        "party": "Requesting party", "defence": "Defence", "prosecutor": "Prosecutor",
        "costs": "Costs incurred in the period (art. 100)",
        "category": "Category", "currency": "Currency", "items": "Items", "amount": "Amount",
        "open_list": "Requests open at the end of the period",
        "registry_no": "Registry no.", "received_on": "Received", "age_days": "Age (days)",
        "chart_kind": "Requests received, by kind",
        "chart_month": "Requests received, by month",
        "chart_turnaround": "Turnaround of the requests answered (net days)",
        "chart_on_time": "On time (share of requests)",
        "bar_on_time": "By the due date", "bar_strict": "Without extensions",
        "bar_ack": "Acknowledgements",
        "chart_small": "Bars for fewer than 3 requests are not drawn in this version.",
        "empty": "Nothing in this period.",
        "sheet_about": "About",
    },
    "fr": {
        "title": "Coopération avec la Cour pénale internationale",
        "subtitle": "Statistiques du {period}",
        "period": "{start} au {end}",
        "shareable": "VERSION COMMUNICABLE : DONNÉES AGRÉGÉES UNIQUEMENT",
        "internal": "INTERNE : NOMME LES AUTORITÉS ET LES NUMÉROS D’ENREGISTREMENT, "
                    "NE PAS DIFFUSER",
        "shareable_note": "Données agrégées uniquement : ni références, ni noms, ni objets. "
                          "Les effectifs de 1 ou 2 sont indiqués « < 3 » et les valeurs "
                          "tirées de moins de 3 demandes « — » (art. 87, par. 3, du Statut) ; "
                          "les situations de moins de 3 demandes sont regroupées.",
        "internal_note": "Version interne : elle nomme les autorités nationales et les "
                         "numéros d’enregistrement. Communiquez plutôt la version "
                         "communicable.",
        "filters": "Uniquement : {filters}.",
        "prepared": "Établi par {office} le {day}.",
        "reading": "Comment lire ces chiffres",
        "reading_text": "Les volumes comptent les demandes reçues pendant la période. Les "
                        "délais et la ponctualité portent sur les demandes auxquelles il a "
                        "été répondu pendant la période (exécutées, refusées, ou closes "
                        "après une exécution partielle), quelle que soit leur date de "
                        "réception ; le délai est compté en jours calendaires de la "
                        "réception à la réponse, déduction faite des jours de suspension "
                        "pendant les consultations avec la Cour ; le 90e centile est le "
                        "délai que 9 réponses sur 10 n’ont pas dépassé. Les demandes "
                        "retirées sont comptées à part. Les consultations, reports et "
                        "refus sont ceux décidés pendant la période. L’arriéré est ce qui "
                        "avait été reçu à la fin de la période et restait sans réponse.",
        "charts": "Graphiques",
        "tables": "Tableaux",
        "summary": "Synthèse", "figure": "Indicateur", "value": "Valeur",
        "received": "Demandes reçues", "answered": "Demandes ayant reçu une réponse",
        "withdrawn": "Demandes retirées par la Cour",
        "open_at_end": "Demandes en cours à la fin de la période",
        "overdue_now": "Demandes en retard à ce jour",
        "median": "Délai médian (jours)", "p90": "90e centile (jours)",
        "on_time_share": "Réponses dans le délai (prorogations convenues comprises)",
        "on_time_share_strict": "Réponses dans le délai initial (sans prorogation)",
        "visa_median": "Visas d’urgence : délai médian de délivrance (jours)",
        "ack_share": "Accusés de réception dans le délai",
        "by_kind": "Demandes reçues par type", "by_organ": "Demandes reçues par organe",
        "by_channel": "Demandes reçues par voie de transmission",
        "by_situation": "Demandes reçues par situation",
        "by_urgency": "Demandes reçues par degré d’urgence",
        "by_month": "Demandes reçues par mois",
        "kind": "Type", "organ": "Organe requérant", "channel": "Voie",
        "situation": "Situation", "urgency": "Urgence", "month": "Mois",
        "requests": "Demandes",
        "other_situations": "Autres situations (moins de 3 demandes chacune)",
        "no_organ": "Non précisé", "no_situation": "Non précisée",
        "turnaround_by_kind": "Délais par type (demandes ayant reçu une réponse)",
        "count": "Réponses", "on_time": "Dans le délai",
        "on_time_strict": "Sans prorogation",
        "distribution": "Répartition des délais (jours nets, demandes ayant reçu une réponse)",
        "days": "Jours", "day_range": "{0} à {1} jours", "day_more": "Plus de {0} jours",
        "acknowledgements": "Accusés de réception",
        "ack_due": "Demandes reçues", "ack_on_time": "Dans le délai", "ack_late": "En retard",
        "ack_missing": "Non envoyés",
        "moves": "Consultations, reports, refus, exécutions partielles",
        "move": "Décision", "ground": "Motif",
        "consultation": "Consultation avec la Cour", "postponement": "Report",
        "refusal": "Refus", "partial": "Exécution partielle",
        "consultation_median": "Durée médiane d’une consultation (jours)",
        "backlog": "Arriéré à la fin de la période, par ancienneté",
        "age": "Ancienneté",
        "authorities": "Autorités nationales (transmissions envoyées pendant la période)",
        "authority": "Autorité", "sent": "Envoyées", "steps_answered": "Répondues",
        "steps_on_time": "Dans le délai", "steps_late": "En retard",
        "median_days": "Jours (médiane)",
        "all_authorities": "Ensemble des autorités nationales",
        "equality": "Égalité des armes : demandes de la Défense et du Procureur",
        "party": "Partie requérante", "defence": "Défense", "prosecutor": "Procureur",
        "costs": "Frais engagés pendant la période (art. 100)",
        "category": "Catégorie", "currency": "Devise", "items": "Postes", "amount": "Montant",
        "open_list": "Demandes en cours à la fin de la période",
        "registry_no": "N° d’enregistrement", "received_on": "Reçue le",
        "age_days": "Ancienneté (jours)",
        "chart_kind": "Demandes reçues, par type",
        "chart_month": "Demandes reçues, par mois",
        "chart_turnaround": "Délais des demandes ayant reçu une réponse (jours nets)",
        "chart_on_time": "Dans le délai (part des demandes)",
        "bar_on_time": "Dans le délai", "bar_strict": "Sans prorogation",
        "bar_ack": "Accusés de réception",
        "chart_small": "Les barres de moins de 3 demandes ne sont pas tracées dans cette "
                       "version.",
        "empty": "Rien pendant cette période.",
        "sheet_about": "À propos",
    },
}


# Sheet names of the workbook (Excel allows 31 characters), by table.
SHEETS = {
    "en": {"summary": "Summary", "by_kind": "By kind", "by_organ": "By organ",
           "by_channel": "By channel", "by_situation": "By situation",
           "by_urgency": "By urgency", "by_month": "By month",
           "turnaround": "Turnaround by kind", "distribution": "Turnaround distribution",
           "acknowledgements": "Acknowledgements", "moves": "Decisions",
           "backlog": "Backlog", "authorities": "Authorities",
           "equality": "Equality of arms", "costs": "Costs", "open": "Open requests"},
    "fr": {"summary": "Synthèse", "by_kind": "Par type", "by_organ": "Par organe",
           "by_channel": "Par voie", "by_situation": "Par situation",
           "by_urgency": "Par urgence", "by_month": "Par mois",
           "turnaround": "Délais par type", "distribution": "Répartition des délais",
           "acknowledgements": "Accusés de réception", "moves": "Décisions",
           "backlog": "Arriéré", "authorities": "Autorités",
           "equality": "Égalité des armes", "costs": "Frais", "open": "Demandes en cours"},
}


def word(lang: str, key: str) -> str:
    return WORDS[lang][key]


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
    return GROUNDS[lang].get(value, value)


def cost_category(value: str, lang: str) -> str:
    return COST_CATEGORIES[lang].get(value, value)


def days_band(name: str, lang: str) -> str:
    """'31-90' -> 31 to 90 days; '365+' -> More than 365 days."""
    bounds = dict(AGE_BANDS) | dict(TURNAROUND_BINS)
    if bounds.get(name) is None:
        return word(lang, "day_more").format(name.rstrip("+"))
    low, high = name.split("-")
    return word(lang, "day_range").format(low, high)
