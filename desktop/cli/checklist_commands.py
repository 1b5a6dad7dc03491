"""coopdesk-cli checklist and checklist-template: the same checklists the GUI shows.

A step is named by its number (as printed) or its code, so a colleague reading a printed
checklist over the phone and a script both point at the same step.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.cli.common import AddCommand, CliError, date_arg, emit, table, unlock
from desktop.core.checklist_print import due_text, planned_text, state_text, status_label
from desktop.core.checklist_progress import (
    TRANSIT_STATUS_LABELS,
    ChecklistView,
    StepState,
    TransitStatus,
)
from desktop.core.checklists import template_to_dict, template_to_json
from desktop.core.requests import RequestRecord, parse_datetime
from desktop.core.translation import language, translate
from desktop.core.vocabulary import KIND_LABELS
from desktop.services import checklists
from desktop.services.checklists import document as checklist_docx
from desktop.services.checklists import templates as checklist_templates
from desktop.services.checklists import transfer as checklist_transfer
from desktop.services.register import get
from desktop.services.workspace import Workspace

_MARKS = {StepState.OPEN: "[ ]", StepState.DONE: "[x]", StepState.NOT_APPLICABLE: "[-]"}


def _text(view: ChecklistView) -> str:
    lines = [
        f"{view.registry_no}  {view.court_reference}  {view.subject}",
        "  " + translate("labels", KIND_LABELS[view.kind]) + f", {status_label(view.status)}",
    ]
    if view.is_transfer:
        lines.append(
            "  "
            + translate("CliChecklistCommands", "Planned transfer: {0}").format(planned_text(view))
        )
    if not view.checklists:
        lines.append("  " + translate("CliChecklistCommands", "No checklist."))
    for checklist in view.checklists:
        lines.append(f"\n{checklist.title}")
        for phase, steps in checklist.by_phase():
            if phase:
                lines.append(f"  {phase}")
            for step in steps:
                mark = " *" if step.mandatory else ""
                owner = f"  ({step.owner})" if step.owner else ""
                due = (
                    "  " + translate("CliChecklistCommands", "due {0}").format(due_text(step))
                    if step.due_on
                    else ""
                )
                state = "" if step.is_open else f"  {state_text(step)}"
                lines.append(
                    f"    {_MARKS[step.state]} {step.number:>2}. {step.title}{mark}"
                    f"{owner}{due}{state}  <{step.code}>"
                )
    if view.transit_states:
        lines.append("\n" + translate("CliChecklistCommands", "Transit States"))
        lines += [
            "  "
            + translate("CliChecklistCommands", "{0}: {1} {2}").format(
                t.state, _transit_status(t.status), t.status_on.isoformat()
            )
            + (f"  {t.reference}" if t.reference else "")
            for t in view.transit_states
        ]
    steps = view.steps
    if steps:
        closed = sum(not s.is_open for s in steps)
        blocking = ", ".join(str(s.number) for s in view.open_mandatory) or translate(
            "CliChecklistCommands", "none"
        )
        lines.append(
            "\n"
            + translate(
                "CliChecklistCommands", "{0} of {1} steps closed; open mandatory: {2}. * mandatory"
            ).format(closed, len(steps), blocking)
        )
    return "\n".join(lines)


def _transit_status(status: TransitStatus) -> str:
    """ "granted"; in French "accordée (granted)", with the word --transit takes."""
    label = translate("labels", TRANSIT_STATUS_LABELS[status]).lower()
    return label if label == status.value else f"{label} ({status.value})"


def _title(row: dict[str, Any]) -> Any:
    """A template's title in the language in use (French when it has one)."""
    return (row.get("title_fr") or row["title"]) if language() == "fr" else row["title"]


def _planned(text: str) -> datetime | None:
    if text.strip().lower() == "none":
        return None
    try:
        return parse_datetime(text)
    except ValueError as exc:
        raise CliError(
            translate("CliChecklistCommands", "--planned-transfer: {0}").format(exc)
        ) from None


def _transit(
    ws: Workspace, record: RequestRecord, state: str, status: str, on: date | None
) -> dict[str, Any]:
    """Add the State, or record its new answer when it is already on the route."""
    listed = {t.state.casefold(): t for t in checklists.view(ws, record).transit_states}
    known = listed.get(" ".join(state.split()).casefold())
    if known:
        checklist_transfer.set_transit_status(ws, record, known.id, status, on)
    else:
        checklist_transfer.add_transit_state(ws, record, state, status, on)
    return next(
        t.as_dict()
        for t in checklists.view(ws, record).transit_states
        if t.state.casefold() == " ".join(state.split()).casefold()
    )


def _act(
    ws: Workspace, record: RequestRecord, args: argparse.Namespace, on: date | None
) -> tuple[Any, str] | None:
    """Carry out the one action asked for; None when the command only shows."""
    if args.done:
        step = checklists.mark_done(ws, record, args.done, on, args.note or "", args.evidence)
        return step.as_dict(), translate(
            "CliChecklistCommands", "Step {0} ({1}) done on {2}."
        ).format(step.number, step.title, step.state_on)
    if args.na:
        if not args.reason:
            raise CliError(
                translate(
                    "CliChecklistCommands",
                    "Say why the step does not apply: --na STEP --reason TEXT",
                )
            )
        step = checklists.mark_not_applicable(ws, record, args.na, args.reason, on)
        return step.as_dict(), translate(
            "CliChecklistCommands", "Step {0} ({1}) marked not applicable."
        ).format(step.number, step.title)
    if args.reopen:
        step = checklists.reopen_step(ws, record, args.reopen, args.reason or "")
        return step.as_dict(), translate(
            "CliChecklistCommands", "Step {0} ({1}) is open again."
        ).format(step.number, step.title)
    if args.export:
        path = Path(args.export)
        checklist_docx.export_docx(ws, record, path)
        return {"file": str(path)}, translate(
            "CliChecklistCommands", "Checklist of {0} written to {1} (plaintext: keep it safe)."
        ).format(record.registry_no, path)
    if args.planned_transfer:
        checklist_transfer.set_planned_transfer(ws, record, _planned(args.planned_transfer))
        current = checklists.view(ws, record)
        countdown = current.countdown
        return (
            {
                "planned_transfer": current.as_dict()["key_dates"]["planned_transfer"],
                "countdown": countdown.as_dict() if countdown else None,
            },
            translate("CliChecklistCommands", "Planned transfer of {0}: {1}.").format(
                record.registry_no, planned_text(current)
            )
            if countdown
            else translate("CliChecklistCommands", "Planned transfer of {0} cleared.").format(
                record.registry_no
            ),
        )
    if args.transit:
        state, status = args.transit
        data = _transit(ws, record, state, status, on)
        return data, translate("CliChecklistCommands", "Transit State {0}: {1} {2}.").format(
            data["state"], data["status"], data["status_on"]
        )
    return None


def cmd_checklist(args: argparse.Namespace) -> None:
    on = date_arg(args.on, "--on") if args.on else None
    ws = unlock(args)
    try:
        record = get(ws, args.ref)
        done = _act(ws, record, args, on)
        current = None if done else checklists.view(ws, record)
    finally:
        ws.close()
    if done:
        emit(args, *done)
    else:
        assert current is not None
        emit(args, current.as_dict(), _text(current))


def cmd_template(args: argparse.Namespace) -> None:
    if args.reset and not args.key:
        raise CliError(
            translate(
                "CliChecklistCommands",
                "Say which checklist to reset: coopdesk-cli checklist-template KIND --reset",
            )
        )
    ws = unlock(args)
    try:
        if args.import_file:
            template = checklist_templates.import_template(ws, Path(args.import_file), args.key)
            emit(
                args,
                {"saved": template.key},
                translate(
                    "CliChecklistCommands",
                    "The office's checklist for {0} saved ({1} steps); "
                    "requests registered from now on get it.",
                ).format(template.key, len(template.steps)),
            )
        elif args.reset:
            checklist_templates.reset_template(ws, args.key)
            emit(
                args,
                {"reset": args.key},
                translate(
                    "CliChecklistCommands", "The checklist for {0} is the default again."
                ).format(args.key),
            )
        elif args.key:
            loaded = checklist_templates.template_for(ws, args.key)
            if loaded.problem:
                print(loaded.problem, file=sys.stderr)
            if loaded.template.key != args.key:
                print(
                    translate(
                        "CliChecklistCommands",
                        "{0} has no checklist of its own and uses the {1} one.",
                    ).format(args.key, loaded.template.key),
                    file=sys.stderr,
                )
            emit(
                args, template_to_dict(loaded.template), template_to_json(loaded.template).rstrip()
            )
        else:
            rows = checklist_templates.list_templates(ws)
            shown = [{**row, "title": _title(row)} for row in rows]
            emit(args, rows, table(shown, ("key", "uses", "source", "steps", "title")))
    finally:
        ws.close()


def register(add: AddCommand) -> None:
    """Add this module's subcommands to the parser through `add(name, handler, help)`."""
    p = add(
        "checklist",
        cmd_checklist,
        translate(
            "CliHelp", "show a request's checklist; mark steps done or not applicable; export it"
        ),
    )
    p.add_argument("ref", help=translate("CliHelp", "our registry number or the Court's reference"))
    action = p.add_mutually_exclusive_group()
    action.add_argument(
        "--done", metavar="STEP", help=translate("CliHelp", "mark a step done (number or code)")
    )
    action.add_argument(
        "--na", metavar="STEP", help=translate("CliHelp", "mark a step not applicable (--reason)")
    )
    action.add_argument(
        "--reopen", metavar="STEP", help=translate("CliHelp", "open a done or n/a step again")
    )
    action.add_argument(
        "--export", metavar="FILE.docx", help=translate("CliHelp", "write it to a Word file")
    )
    action.add_argument(
        "--planned-transfer",
        metavar="DATETIME",
        help=translate("CliHelp", "planned transfer, e.g. 2026-12-04T09:30 ('none' clears it)"),
    )
    action.add_argument(
        "--transit",
        nargs=2,
        metavar=("STATE", "STATUS"),
        help=translate("CliHelp", "a transit State's authorisation: requested, granted, refused"),
    )
    p.add_argument(
        "--reason", help=translate("CliHelp", "why the step does not apply (or is reopened)")
    )
    p.add_argument(
        "--on",
        help=translate(
            "CliHelp",
            "day the step was done, found not to apply, or the State answered (default today)",
        ),
    )
    p.add_argument("--note", help=translate("CliHelp", "a note kept with the step (with --done)"))
    p.add_argument(
        "--evidence",
        type=int,
        metavar="ATTACHMENT",
        help=translate("CliHelp", "number of the attachment that proves the step (with --done)"),
    )

    p = add(
        "checklist-template",
        cmd_template,
        translate("CliHelp", "list the checklist each kind gets; show, import or reset one (JSON)"),
    )
    p.add_argument("key", nargs="?", help=translate("CliHelp", "a kind of request, or 'generic'"))
    action = p.add_mutually_exclusive_group()
    action.add_argument(
        "--import",
        dest="import_file",
        metavar="FILE.json",
        help=translate("CliHelp", "save this file as the office's version"),
    )
    action.add_argument(
        "--reset", action="store_true", help=translate("CliHelp", "go back to the default")
    )
