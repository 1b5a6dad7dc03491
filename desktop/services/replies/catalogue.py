"""The library of replies: which templates exist and which requests each one answers.

The wording lives in the .docx files (resources/templates/NAME.LANG.docx) so that an office
can change it in Word; what a template is *for* lives here, so the app can offer only the
replies that make sense for a request's kind and status.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.requests import RequestRecord
from desktop.core.statuses import OPEN_STATUSES, STATUS_LABELS, Status
from desktop.core.vocabulary import KIND_LABELS, Kind
from desktop.services.replies.language import LANGUAGES


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    title_en: str
    title_fr: str
    languages: tuple[str, ...] = LANGUAGES
    # Empty kinds and statuses mean "any". A request also fits when it asks for one of the
    # art. 93(1) forms of assistance listed (asset measures inside judicial assistance).
    kinds: frozenset[Kind] = field(default_factory=frozenset)
    statuses: frozenset[Status] = field(default_factory=frozenset)
    assistance: frozenset[str] = field(default_factory=frozenset)
    to_court: bool = True  # False: an internal memo to a national authority
    builtin: bool = True
    office_languages: tuple[str, ...] = ()  # where the office's own version is used

    def title(self, lang: str) -> str:
        return self.title_fr if lang == "fr" else self.title_en

    def fits(self, record: RequestRecord) -> bool:
        return self.why_not(record) is None

    def why_not(self, record: RequestRecord) -> str | None:
        """Why this reply does not answer that request, in words; None when it does."""
        status = Status(record.status)
        if self.statuses and status not in self.statuses:
            wanted = " or ".join(STATUS_LABELS[s].lower() for s in sorted(self.statuses))
            return (
                f"'{self.name}' answers a request that is {wanted}; "
                f"{record.registry_no} is {STATUS_LABELS[status].lower()}."
            )
        if not self.kinds and not self.assistance:
            return None
        if record.kind in self.kinds or self.assistance & set(record.assistance_types):
            return None
        wanted = " or ".join(KIND_LABELS[k].lower() for k in sorted(self.kinds))
        return (
            f"'{self.name}' is for a request of the kind {wanted}; "
            f"{record.registry_no} is {KIND_LABELS[record.kind].lower()}."
        )


_BEFORE_ANSWER = frozenset({Status.RECEIVED, Status.IN_PROGRESS, Status.AWAITING_AUTHORITY})

BUILT_IN: tuple[TemplateInfo, ...] = (
    TemplateInfo(
        "acknowledgement",
        "Acknowledgement of receipt",
        "Accusé de réception",
        statuses=_BEFORE_ANSWER,
    ),
    TemplateInfo(
        "execution_report",
        "Transmission of the execution report",
        "Transmission du rapport d’exécution",
        statuses=frozenset({Status.EXECUTED}),
    ),
    TemplateInfo(
        "partial_execution",
        "Partial execution",
        "Exécution partielle",
        statuses=frozenset({Status.PARTIALLY_EXECUTED}),
    ),
    TemplateInfo(
        "clarification",
        "Request for clarification (art. 97)",
        "Demande de précisions (art. 97)",
        statuses=_BEFORE_ANSWER | {Status.IN_CONSULTATION},
    ),
    TemplateInfo(
        "postponement",
        "Notice of postponement (art. 94, 95)",
        "Notification du sursis à exécution (art. 94, 95)",
        statuses=frozenset({Status.POSTPONED}),
    ),
    TemplateInfo(
        "refusal",
        "Notice of refusal (art. 93(4), 93(6))",
        "Notification du rejet (art. 93-4, 93-6)",
        statuses=frozenset({Status.REFUSED}),
    ),
    TemplateInfo(
        "transit",
        "Transit authorisation (art. 89(3))",
        "Autorisation de transit (art. 89-3)",
        kinds=frozenset({Kind.TRANSIT_TRANSFER}),
        statuses=_BEFORE_ANSWER | {Status.EXECUTED},
    ),
    TemplateInfo(
        "visa_issued",
        "Emergency visa issued",
        "Délivrance du visa d’urgence",
        kinds=frozenset({Kind.EMERGENCY_VISA}),
        statuses=_BEFORE_ANSWER | {Status.EXECUTED},
    ),
    TemplateInfo(
        "assets",
        "Identification and freezing of assets",
        "Identification et gel des avoirs",
        kinds=frozenset({Kind.ASSET_FREEZING}),
        assistance=frozenset({"k"}),
        statuses=_BEFORE_ANSWER | {Status.EXECUTED, Status.PARTIALLY_EXECUTED},
    ),
    TemplateInfo(
        "cover_note", "Cover note for documents transmitted", "Note de transmission de documents"
    ),
    TemplateInfo(
        "routing_memo",
        "Internal routing memo to a national authority",
        "Note interne de transmission à une autorité nationale",
        statuses=OPEN_STATUSES,
        to_court=False,
    ),
)

BUILT_IN_BY_NAME: dict[str, TemplateInfo] = {t.name: t for t in BUILT_IN}
