"""Statuses of a request and the moves the Statute allows between them.

The table is the single authority on what may follow what: the GUI offers only these
moves as actions, the CLI refuses any other, and the service checks again before writing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.core.translation import translate


class Status(StrEnum):
    RECEIVED = "received"
    IN_PROGRESS = "in_progress"
    AWAITING_AUTHORITY = "awaiting_authority"
    IN_CONSULTATION = "in_consultation"
    POSTPONED = "postponed"
    EXECUTED = "executed"
    PARTIALLY_EXECUTED = "partially_executed"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    CLOSED = "closed"


STATUS_LABELS: dict[Status, str] = {
    Status.RECEIVED: "Received",
    Status.IN_PROGRESS: "In progress (routed)",
    Status.AWAITING_AUTHORITY: "Awaiting national authority",
    Status.IN_CONSULTATION: "In consultation with the Court",
    Status.POSTPONED: "Postponed",
    Status.EXECUTED: "Executed",
    Status.PARTIALLY_EXECUTED: "Partially executed",
    Status.REFUSED: "Refused",
    Status.WITHDRAWN: "Withdrawn by the Court",
    Status.CLOSED: "Closed",
}

# Statuses in which the State still owes the Court something: only these have live clocks.
OPEN_STATUSES: frozenset[Status] = frozenset(
    {
        Status.RECEIVED,
        Status.IN_PROGRESS,
        Status.AWAITING_AUTHORITY,
        Status.IN_CONSULTATION,
        Status.POSTPONED,
        Status.PARTIALLY_EXECUTED,
    }
)

_ANSWERED = (Status.EXECUTED, Status.PARTIALLY_EXECUTED, Status.REFUSED, Status.WITHDRAWN)

ALLOWED: dict[Status, tuple[Status, ...]] = {
    Status.RECEIVED: (
        Status.IN_PROGRESS,
        Status.AWAITING_AUTHORITY,
        Status.IN_CONSULTATION,
        Status.POSTPONED,
        *_ANSWERED,
    ),
    Status.IN_PROGRESS: (
        Status.AWAITING_AUTHORITY,
        Status.IN_CONSULTATION,
        Status.POSTPONED,
        *_ANSWERED,
    ),
    Status.AWAITING_AUTHORITY: (
        Status.IN_PROGRESS,
        Status.IN_CONSULTATION,
        Status.POSTPONED,
        *_ANSWERED,
    ),
    Status.IN_CONSULTATION: (
        Status.IN_PROGRESS,
        Status.AWAITING_AUTHORITY,
        Status.POSTPONED,
        Status.REFUSED,
        Status.WITHDRAWN,
    ),
    Status.POSTPONED: (
        Status.IN_PROGRESS,
        Status.IN_CONSULTATION,
        Status.REFUSED,
        Status.WITHDRAWN,
    ),
    Status.PARTIALLY_EXECUTED: (
        Status.IN_PROGRESS,
        Status.IN_CONSULTATION,
        Status.EXECUTED,
        Status.CLOSED,
    ),
    Status.EXECUTED: (Status.CLOSED,),
    Status.REFUSED: (Status.CLOSED,),
    Status.WITHDRAWN: (Status.CLOSED,),
    # Reopening a closed file is rare but real (the Court comes back on it); it needs a reason.
    Status.CLOSED: (Status.IN_PROGRESS,),
}


@dataclass(frozen=True)
class Ground:
    code: str
    label: str


# Moves that the Statute ties to a ground: the user must pick one and explain.
GROUNDS: dict[Status, tuple[Ground, ...]] = {
    Status.IN_CONSULTATION: (
        Ground(
            "art97",
            "Art. 97: problem impeding execution (information insufficient, "
            "person cannot be located, conflicting obligation)",
        ),
        Ground("art93_3", "Art. 93(3): fundamental legal principle of general application"),
        Ground("art93_5", "Art. 93(5): consultation before denying assistance"),
    ),
    Status.POSTPONED: (
        Ground("art94", "Art. 94: ongoing national investigation or prosecution"),
        Ground("art95", "Art. 95: pending admissibility challenge"),
    ),
    Status.REFUSED: (
        Ground("art93_4", "Art. 93(4): national security (art. 72); reasons owed, art. 93(6)"),
        Ground("art93_other", "Other ground the Statute allows; reasons owed, art. 93(6)"),
    ),
}

# Moves that need a written reason even without a statutory ground.
REASON_REQUIRED: frozenset[Status] = frozenset(
    {*GROUNDS, Status.WITHDRAWN, Status.PARTIALLY_EXECUTED}
)


class TransitionError(ValueError):
    """A status change the rules do not allow; the message says why in plain words."""


def allowed_next(current: Status) -> tuple[Status, ...]:
    return ALLOWED[current]


def needs_reason(current: Status, new: Status) -> bool:
    return new in REASON_REQUIRED or current is Status.CLOSED


def check_transition(current: Status, new: Status, reason: str, ground: str | None) -> None:
    """Raise TransitionError unless `current -> new` is allowed with this reason and ground."""
    if new not in ALLOWED[current]:
        options = ", ".join(_named(s) for s in ALLOWED[current]) or translate(
            "StatusesMessages", "none"
        )
        raise TransitionError(
            translate(
                "StatusesMessages", "A request that is {0} cannot become {1}. Allowed next: {2}."
            ).format(_named(current), _named(new), options)
        )
    if needs_reason(current, new) and not reason.strip():
        raise TransitionError(
            translate("StatusesMessages", "Moving to {0} needs a reason.").format(_named(new))
        )
    grounds = GROUNDS.get(new)
    if grounds and ground not in {g.code for g in grounds}:
        codes = ", ".join(g.code for g in grounds)
        raise TransitionError(
            translate("StatusesMessages", "Moving to {0} needs a ground: one of {1}.").format(
                _named(new), codes
            )
        )


def _named(status: Status) -> str:
    """How messages name a status: its label, with the code the CLI takes after it."""
    return translate("StatusesMessages", "“{0}” ({1})").format(
        translate("labels", STATUS_LABELS[status]), status.value
    )
