"""The checklists new requests get, for one request or for an import of thousands at once.

A template becomes a blueprint once per kind (step codes, rows, audit detail); each
request then costs a few dictionary copies, and the whole import a few statements.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

from desktop.core import translation
from desktop.core.authorities import authority_name
from desktop.core.checklist_progress import OwnerType
from desktop.core.checklists import STEP_ANCHOR, DueRule, KeyDate, in_language, new_step_code
from desktop.services.checklists.templates import LoadedTemplate, template_for
from desktop.services.step_dues import DueCalculator
from desktop.services.workspace import Workspace
from desktop.storage.checklist_store import STEP_COLUMNS, ChecklistStore

Event = tuple[str, int | None, str, dict[str, Any]]
_RECEIVED, _FINAL_DUE = KeyDate.RECEIVED.value, KeyDate.FINAL_DUE.value
_DUES = json.JSONEncoder()  # built once: an import encodes a list of dates per request


@dataclass(frozen=True)
class Blueprint:
    """A template turned into rows: everything but the checklist's and request's ids."""

    template: str
    title: str
    basis: str
    phases: str
    steps: tuple[dict[str, Any], ...]
    rules: tuple[DueRule | None, ...]
    detail: dict[str, Any]  # the audit entry's, without the checklist id

    @cached_property
    def first_rules(self) -> tuple[DueRule | None, ...]:
        """The rules that give a date on a new request (from receipt or the final due)."""
        return tuple(
            rule if rule and rule.anchor in (_RECEIVED, _FINAL_DUE) else None for rule in self.rules
        )

    @cached_property
    def step_values(self) -> tuple[tuple[Any, ...], ...]:
        """Each step's values in STEP_COLUMNS order after the two ids."""
        return tuple(tuple(step[c] for c in STEP_COLUMNS[2:]) for step in self.steps)


def checklist_language(ws: Workspace) -> str:
    """The language new checklists are written in: the interface's, else the office's."""
    return translation.language() or ws.settings.language[:2]


def blueprint(loaded: LoadedTemplate, taken: set[str], lang: str = "") -> Blueprint:
    """Step codes made unique among `taken` (the codes already on the request); titles in
    `lang` where the template has them ("fr"), else in English."""
    template = loaded.template
    codes: dict[str, str] = {}
    for step in template.steps:
        codes[step.code] = new_step_code(step.code, taken | set(codes.values()))
    rows, rules = [], []
    for position, step in enumerate(template.steps, 1):
        anchor = step.due.anchor if step.due else None
        if step.due and step.due.after_step:
            anchor = STEP_ANCHOR + codes[step.due.after_step]
        rows.append(
            {
                "position": position,
                "code": codes[step.code],
                "title": in_language(step.title, step.title_fr, lang),
                "phase": step.phase,
                "mandatory": int(step.mandatory),
                "owner": authority_name(step.owner, lang),
                "owner_type": OwnerType.AUTHORITY.value if step.owner else None,
                "due_from": anchor,
                "due_days": step.due.days if step.due else None,
                "due_calendar_days": int(bool(step.due and step.due.calendar_days)),
                "basis": in_language(step.basis, step.basis_fr, lang),
                "guidance": in_language(step.guidance, step.guidance_fr, lang),
            }
        )
        rules.append(
            DueRule(anchor, step.due.days, step.due.calendar_days) if step.due and anchor else None
        )
    title = in_language(template.title, template.title_fr, lang)
    detail: dict[str, Any] = {
        "template": template.key,
        "title": title,
        "source": loaded.source,
        "steps": len(rows),
    }
    if loaded.problem:
        detail["problem"] = loaded.problem
    return Blueprint(
        template.key,
        title,
        in_language(template.basis, template.basis_fr, lang),
        json.dumps(
            [
                {"code": p.code, "title": in_language(p.title, p.title_fr, lang)}
                for p in template.phases
            ],
            ensure_ascii=False,
        ),
        tuple(rows),
        tuple(rules),
        detail,
    )


def _first_dues(
    plan: Blueprint, received: date, final: date, calc: DueCalculator
) -> list[str | None]:
    """The steps' due dates on a new request: nothing done yet, no transfer planned, so
    only rules counting from receipt or the final due date give one."""
    return [
        None
        if rule is None
        else calc.shift_iso(
            received if rule.anchor == _RECEIVED else final, rule.days, rule.calendar_days
        )
        for rule in plan.first_rules
    ]


def add_default_checklists(
    ws: Workspace,
    requests: Sequence[tuple[int, str, date, date]],
    now: str,
    calc: DueCalculator | None = None,
) -> None:
    """Give newly registered requests (id, kind, received on, final due) their checklist.

    Called inside registration's transaction, so a request never exists without it. Each
    step's due date is worked out here (nothing is done yet, no transfer is planned), so
    the dashboard's kept dates are right from the start without a second pass. An import
    passes one `calc` for all its slices: its shifts repeat across the whole file.
    """
    store = ChecklistStore(ws.store)
    calc = calc or DueCalculator(ws.calendar)
    plans: dict[str, Blueprint] = {}
    lang = checklist_language(ws)
    for _, kind, _, _ in requests:
        if kind not in plans:
            plans[kind] = blueprint(template_for(ws, kind), set(), lang)
    ids = store.insert_checklists(
        [
            (
                request_id,
                plans[kind].template,
                plans[kind].title,
                plans[kind].basis,
                plans[kind].phases,
                now,
                ws.user,
            )
            for request_id, kind, _, _ in requests
        ]
    )
    steps: list[tuple[int, int, str, str]] = []
    events: list[Event] = []
    for checklist_id, (request_id, kind, received, final) in zip(ids, requests, strict=True):
        plan = plans[kind]
        steps.append(
            (checklist_id, request_id, kind, _DUES.encode(_first_dues(plan, received, final, calc)))
        )
        events.append(
            (ws.user, request_id, "checklist.added", {"checklist": checklist_id, **plan.detail})
        )
    store.add_registered_steps({kind: plan.step_values for kind, plan in plans.items()}, steps)
    if events:
        ws.store.append_events(events, now)
