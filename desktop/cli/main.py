"""coopdesk-cli: every command works on the same services and rules as the GUI.

Exit codes: 0 success, 1 a problem the message explains, 2 a wrong command line.
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from desktop.cli import (
    calendar_commands,
    case_commands,
    checklist_commands,
    language,
    office_commands,
    reply_commands,
    safety_commands,
    stats_commands,
)
from desktop.cli.common import (
    CliError,
    date_arg,
    decimal,
    emit,
    folder_of,
    new_passphrase,
    prompt,
    read_secret_file,
    table,
    unlock,
    user_of,
)
from desktop.core.filters import RequestFilter
from desktop.core.requests import ValidationError
from desktop.core.settings import OfficeSettings
from desktop.core.statuses import STATUS_LABELS, Status
from desktop.core.translation import language as language_in_use
from desktop.core.translation import translate
from desktop.core.vocabulary import Kind, Organ
from desktop.services import (
    casefile,
    demo,
    directory,
    importing,
    offices,
    queries,
    register,
    remembered,
    workflow,
)
from desktop.services.errors import UserFacingError
from desktop.services.replies.language import basis_fr
from desktop.services.workspace import Workspace, damage_message, os_user

# The guard's log lines are for a log file, not for the terminal: without a handler,
# Python would print them to stderr next to the one-line message.
logging.getLogger("coopdesk").addHandler(logging.NullHandler())

# -- commands --------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> None:
    folder = folder_of(args)
    user = args.user or os.environ.get("COOPDESK_USER") or os_user()
    secret = new_passphrase(
        args, translate("CliMain", "Passphrase for the new workspace"), first_one=True
    )
    settings = OfficeSettings(
        office_name=args.office or "",
        country=(args.country or "").upper(),
        place=args.place or "",
        subdivision=(args.subdivision or "").upper(),
        host_country=(args.host_country or "").upper(),
        working_days=args.working_days,
        language=args.lang or "",
        office_name_fr=args.office_fr or "",
        place_fr=args.place_fr or "",
        state_name=args.state or "",
        state_name_fr=args.state_fr or "",
    )
    if args.lang:  # the workspace's language: its directory, and what this command says
        language.use(args.lang)
    ws, recovery = Workspace.create(folder, user, secret, args.name or "", settings)
    ws.close()
    emit(
        args,
        {"workspace": str(folder), "user": user, "recovery_key": recovery},
        translate(
            "CliMain",
            "Workspace created in {0} for user '{1}'.\n\nRECOVERY KEY (shown only "
            "now; print it and keep it in the office safe):\n\n    {2}\n\nIt opens the "
            "workspace if every passphrase is forgotten.",
        ).format(folder, user, recovery),
    )


def cmd_unlock_check(args: argparse.Namespace) -> None:
    started = time.perf_counter()
    ws = unlock(args)
    elapsed = time.perf_counter() - started
    count = queries.count_requests(ws, RequestFilter())
    ws.close()
    emit(
        args,
        {"ok": True, "user": ws.user, "requests": count, "seconds": round(elapsed, 3)},
        translate("CliMain", "Unlocked as '{0}' in {1} s; %n request(s).", None, count).format(
            ws.user, decimal(elapsed, 2)
        ),
    )


def cmd_change_passphrase(args: argparse.Namespace) -> None:
    ws = unlock(args)
    try:
        remembered.change_passphrase(ws, new_passphrase(args))
    finally:
        ws.close()
    emit(args, {"ok": True}, translate("CliMain", "Passphrase changed."))


def cmd_recover(args: argparse.Namespace) -> None:
    folder = folder_of(args)
    key = (
        read_secret_file(args.recovery_key_file)
        if args.recovery_key_file
        else prompt(translate("CliMain", "Recovery key"))
    )
    ws = Workspace.recover(folder, key, user_of(args, folder), new_passphrase(args))
    ws.close()
    emit(
        args,
        {"ok": True, "user": ws.user},
        translate(
            "CliMain", "Workspace opened with the recovery key; new passphrase set for '{0}'."
        ).format(ws.user),
    )


def cmd_user(args: argparse.Namespace) -> None:
    ws = unlock(args)
    try:
        if args.action == "add":
            if not args.name:
                raise CliError(
                    translate("CliMain", "Say which user to add: coopdesk-cli user add NAME")
                )
            ws.add_user(
                args.name,
                new_passphrase(args, translate("CliMain", "Passphrase for {0}").format(args.name)),
                args.display_name or "",
                args.title or "",
            )
            emit(args, {"ok": True}, translate("CliMain", "User '{0}' added.").format(args.name))
        elif args.action == "remove":
            if not args.name:
                raise CliError(
                    translate("CliMain", "Say which user to remove: coopdesk-cli user remove NAME")
                )
            remembered.remove_user(ws, args.name)
            emit(
                args,
                {"ok": True},
                translate(
                    "CliMain",
                    "User '{0}' removed: their passphrase no longer opens the "
                    "workspace. A key they copied or remembered on another computer still "
                    "does until you run coopdesk-cli rekey.",
                ).format(args.name),
            )
        else:
            users = ws.users()
            emit(
                args,
                users,
                "\n".join(f"{u['name']}\t{u['display_name']}\t{u['title']}" for u in users),
            )
    finally:
        ws.close()


def cmd_import(args: argparse.Namespace) -> None:
    path = Path(args.file)
    # Refuse a bad file before asking for a passphrase (the workspace checks dates again).
    drafts = importing.parse_file(path, date.today())
    if not drafts:
        raise CliError(translate("CliMain", "{0} holds no requests.").format(path.name))
    ws = unlock(args)
    try:
        started = time.perf_counter()
        result = importing.register_drafts(ws, drafts, args.allow_duplicates)
        elapsed = time.perf_counter() - started
    finally:
        ws.close()
    emit(
        args,
        {
            "imported": len(result.registered),
            "registry_numbers": result.registered,
            "already_registered": result.already_registered,
            "past_on_arrival": result.past_on_arrival,
            "seconds": round(elapsed, 3),
        },
        translate("CliMain", "{0} ({1} s)").format(result.summary(), decimal(elapsed, 2)),
    )


def _filter(args: argparse.Namespace, today: date, lead_office: str | None = None) -> RequestFilter:
    return RequestFilter(
        statuses=[Status(s).value for s in args.status or []],
        kinds=args.kind or [],
        organs=args.organ or [],
        situation=args.situation or "",
        overdue=args.overdue,
        review_due=args.review_due,
        due_within_days=args.due_within,
        search=args.search or "",
        today=today,
        lead_office=lead_office,
    )


def cmd_list(args: argparse.Namespace) -> None:
    ws = unlock(args)
    try:
        started = time.perf_counter()
        lead = offices.by_name(ws, args.office)["office_id"] if args.office else None
        records = queries.list_requests(ws, _filter(args, ws.today(), lead), limit=args.limit)
        rows = [queries.register_row(r, ws.today()) for r in records]
        elapsed = time.perf_counter() - started
    finally:
        ws.close()
    if not args.json:
        print(
            table(
                rows,
                (
                    "registry_no",
                    "court_reference",
                    "kind",
                    "status",
                    "due_on",
                    "days_left",
                    "subject",
                ),
            )
        )
        found = len(rows)
        print(
            translate("CliMain", "%n request(s) ({0} ms)", None, found).format(
                decimal(round(elapsed * 1000))
            ),
            file=sys.stderr,
        )
    else:
        emit(args, rows, "")


def _basis(text: str) -> str:
    """art. 96(2)(a); in French art. 96, par. 2, al. a)."""
    return basis_fr(text) if language_in_use() == "fr" else text


def _show_text(data: dict[str, Any]) -> str:
    lines = [
        f"{data['registry_no']}  {data['court_reference']}",
        f"  {data['subject']}",
        "  "
        + translate(
            "CliShow", "kind: {0}   status: {1}   urgency: {2}   confidentiality: {3}"
        ).format(data["kind"], data["status"], data["urgency"], data["confidentiality"]),
        "  "
        + translate("CliShow", "received: {0}   owner: {1}").format(
            data["received_at"], data["owner"]
        ),
    ]
    if data["past_on_arrival"]:
        lines.append(
            "  "
            + translate(
                "CliShow", "PAST ON ARRIVAL: the Court's deadline had passed when it was received"
            )
        )
    if data["clock"] == "standing":
        lines.append(
            "  " + translate("CliShow", "STANDING REQUEST: reviewed periodically, never overdue")
        )
    if data["arrested_on"]:
        lines.append("  " + translate("CliShow", "arrested: {0}").format(data["arrested_on"]))
    for link in data["links"]:
        lines.append(f"  {link['as']} {link['registry_no']} ({link['subject']})")
    names = {
        "final": translate("CliShow", "final due date"),
        "internal": translate("CliShow", "internal due date"),
        "acknowledgement": translate("CliShow", "acknowledgement due"),
        "deliver_by": translate("CliShow", "deliver to the Court by"),
    }
    for name, due in data["deadlines"].items():
        lines.append(
            "  "
            + translate("CliShow", "{0} {1}: {2}").format(
                names.get(name, name), due["on"], due["explanation"]
            )
        )
    missing = data["completeness"]["missing"]
    lines.append(
        "  " + translate("CliShow", "complete")
        if not missing
        else "  "
        + translate("CliShow", "missing: {0}").format(
            translate("CliShow", "; ").join(
                f"{translate('labels', m['element'])} ({_basis(m['basis'])})" for m in missing
            )
        )
    )
    for step in data["routing"]:
        state = (
            translate("CliShow", "answered {0}").format(step["answered_on"])
            if step["answered_on"]
            else translate("CliShow", "open")
        )
        lines.append(
            "  "
            + translate("CliShow", "routed #{0} to {1} due {2} ({3}; {4})").format(
                step["id"], step["authority"], step["due_on"], state, step["due_explanation"]
            )
        )
    for note in data["notes"]:
        lines.append(
            "  "
            + translate("CliShow", "note {0} {1}: {2}").format(
                note["created_at"], note["author"], note["text"]
            )
        )
    for att in data["attachments"]:
        lines.append(
            "  "
            + translate("CliShow", "attachment #{0} {1} ({2} bytes)").format(
                att["id"], att["filename"], att["size"]
            )
        )
    lines.append("  " + translate("CliShow", "next: {0}").format(", ".join(data["allowed_next"])))
    return "\n".join(lines)


def cmd_show(args: argparse.Namespace) -> None:
    ws = unlock(args)
    try:
        data = queries.details(ws, register.get(ws, args.ref))
    finally:
        ws.close()
    emit(args, data, _show_text(data))


def _on(args: argparse.Namespace) -> date | None:
    return date_arg(args.on, "--on") if args.on else None


def cmd_route(args: argparse.Namespace) -> None:
    due = date_arg(args.due, "--due") if args.due else None
    sent_on = _on(args)
    ws = unlock(args)
    try:
        record = register.get(ws, args.ref)
        step = workflow.route(
            ws,
            record,
            args.authority,
            due,
            args.part or "",
            args.authority_reference or "",
            sent_on,
        )
        routed = workflow.routing_step(ws, step)
    finally:
        ws.close()
    emit(
        args,
        routed,
        translate("CliMain", "{0} routed to {1} (step #{2}), due {3}.").format(
            record.registry_no, routed["authority"], step, routed["due_on"]
        ),
    )


def cmd_answer(args: argparse.Namespace) -> None:
    answered = date_arg(args.on, "--on") if args.on else None
    ws = unlock(args)
    try:
        workflow.mark_answered(ws, args.step, args.outcome, answered)
    finally:
        ws.close()
    emit(
        args,
        {"ok": True},
        translate("CliMain", "Routing step #{0} marked answered.").format(args.step),
    )


def cmd_status(args: argparse.Namespace) -> None:
    ws = unlock(args)
    try:
        record = workflow.change_status(
            ws,
            register.get(ws, args.ref),
            args.new_status,
            args.reason or "",
            args.ground,
            _on(args),
        )
    finally:
        ws.close()
    emit(
        args,
        {"registry_no": record.registry_no, "status": record.status},
        translate("CliMain", "{0} is now {1}.").format(
            record.registry_no, translate("labels", STATUS_LABELS[Status(record.status)]).lower()
        ),
    )


def cmd_extend(args: argparse.Namespace) -> None:
    new_date = date_arg(args.date, "date")
    ws = unlock(args)
    try:
        record = register.extend_deadline(
            ws, register.get(ws, args.ref), new_date, args.reason, args.shorten, _on(args)
        )
    finally:
        ws.close()
    emit(
        args,
        {"registry_no": record.registry_no, "due_on": record.due_on.isoformat()},
        translate("CliMain", "{0} now due {1}.").format(
            record.registry_no, record.due_on.isoformat()
        ),
    )


def cmd_note(args: argparse.Namespace) -> None:
    ws = unlock(args)
    try:
        record = register.get(ws, args.ref)
        casefile.add_note(ws, record, args.text, _on(args), args.shareable)
    finally:
        ws.close()
    emit(args, {"ok": True}, translate("CliMain", "Note added to {0}.").format(record.registry_no))


def cmd_attach(args: argparse.Namespace) -> None:
    source = casefile.check_source(Path(args.file))  # a pipe or a folder: refused at once
    ws = unlock(args)
    try:
        record = register.get(ws, args.ref)
        attachment = casefile.attach_file(ws, record, source.path)
    finally:
        ws.close()
    note = f"{source.note}\n" if source.note else ""
    emit(
        args,
        {"attachment": attachment, "file": str(source.path)},
        translate("CliMain", "{0}{1} attached to {2}, encrypted.").format(
            note, source.path.name, record.registry_no
        ),
    )


def cmd_export_register(args: argparse.Namespace) -> None:
    ws = unlock(args)
    try:
        records = queries.list_requests(ws, _filter(args, ws.today()))
        queries.export_register(ws, records, Path(args.csv))
    finally:
        ws.close()
    written = len(records)
    emit(
        args,
        {"rows": written, "file": args.csv},
        translate(
            "CliMain", "%n row(s) written to {0} (plaintext: keep it safe).", None, written
        ).format(args.csv),
    )


def cmd_demo(args: argparse.Namespace) -> None:
    folder = folder_of(args)
    if not (folder / "coopdesk.db").exists():
        raise CliError(
            translate("CliMain", "No workspace in {0}: run coopdesk-cli init first.").format(folder)
        )
    ws = unlock(args)
    try:
        numbers = demo.fill(ws, args.count, args.seed)
    finally:
        ws.close()
    created = len(numbers)
    emit(
        args,
        {"created": created},
        translate("CliMain", "Added %n sample request(s).", None, created),
    )


def cmd_authorities(args: argparse.Namespace) -> None:
    ws = unlock(args)
    try:
        if args.action == "add":
            if not args.name:
                raise CliError(
                    translate(
                        "CliMain", "Say the authority's name: coopdesk-cli authorities add NAME"
                    )
                )
            directory.add_authority(ws, args.name, args.description or "")
        rows = directory.authorities(ws)
    finally:
        ws.close()
    emit(args, rows, "\n".join(f"{a['name']}\t{a['description']}" for a in rows))


# -- parser ----------------------------------------------------------------------------


class OneLineParser(argparse.ArgumentParser):
    """Command-line mistakes in one line, naming the help that shows the right form."""

    def error(self, message: str) -> NoReturn:
        self.exit(
            2, translate("CliMain", "{0}: {1} (see: {0} --help)").format(self.prog, message) + "\n"
        )


# The options before the command that take a value (read again before the parser exists).
VALUED_OPTIONS = ("--workspace", "--user", "--passphrase-file")


def _global_options(parser: argparse.ArgumentParser, default: Any) -> None:
    """The options every command takes, accepted before the command or after it.

    On the commands they default to SUPPRESS, so a value given before the command is not
    overwritten by the command's own (absent) option.
    """
    parser.add_argument(
        "--workspace",
        default=default,
        help=translate(
            "CliHelp", "workspace folder (default: COOPDESK_WORKSPACE or your user data folder)"
        ),
    )
    parser.add_argument(
        "--user",
        default=default,
        help=translate("CliHelp", "user name (default: COOPDESK_USER, or the only user)"),
    )
    parser.add_argument(
        "--passphrase-file",
        default=default,
        help=translate("CliHelp", "read the passphrase from this file"),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=False if default is None else default,
        help=translate("CliHelp", "machine-readable output"),
    )


class _SelfTest(argparse.Action):
    """`coopdesk-cli --selftest`: the installation's self-test, run at once like --version.

    The same test as `coopdesk --selftest`, from a console (the windowed Windows program
    has none); it needs no command, so it is run while the arguments are being read.
    """

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        from desktop import selftest

        parser.exit(selftest.run())


def build_parser() -> argparse.ArgumentParser:
    common = OneLineParser(add_help=False)
    _global_options(common, argparse.SUPPRESS)

    parser = OneLineParser(
        prog="coopdesk-cli",
        description=translate(
            "CliHelp", "Cooperation Desk from the command line: same workspace, same rules."
        ),
    )
    _global_options(parser, None)
    parser.add_argument(
        "--lang",
        dest="lang_option",
        choices=language.LANGUAGES,
        help=translate(
            "CliHelp",
            "language of messages and output, before the command (default: {0}, else the "
            "workspace's language, else English)",
        ).format(language.ENV),
    )
    parser.add_argument(
        "--selftest",
        action=_SelfTest,
        nargs=0,
        help=translate(
            "CliHelp", "check that this installation works (offscreen, temporary files)"
        ),
    )
    sub = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=OneLineParser
    )

    def add(
        name: str, handler: Callable[[argparse.Namespace], None], help_text: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    p = add(
        "init", cmd_init, translate("CliHelp", "create a workspace and print its recovery key once")
    )
    p.add_argument("--name", help=translate("CliHelp", "your full name, as replies are signed"))
    p.add_argument("--office", help=translate("CliHelp", "the office's name for letterheads"))
    p.add_argument(
        "--country", help=translate("CliHelp", "ISO code of the State whose public holidays count")
    )
    p.add_argument(
        "--place", help=translate("CliHelp", "place written on replies (e.g. The Hague)")
    )
    p.add_argument(
        "--subdivision",
        help=translate(
            "CliHelp", "where the State's holidays differ by region: its code (e.g. BY)"
        ),
    )
    p.add_argument(
        "--host-country",
        help=translate(
            "CliHelp",
            "ISO code of the host country whose public holidays the office also "
            "keeps (e.g. NL for an embassy in The Hague)",
        ),
    )
    p.add_argument(
        "--working-days",
        type=calendar_commands.working_days_arg,
        metavar="DAYS",
        help=translate(
            "CliHelp",
            "the State's working days where the holiday calendar gets them wrong, "
            "e.g. sun-thu or mon,tue,thu (default: the State's week as the calendar knows it)",
        ),
    )
    p.add_argument(
        "--lang",
        choices=language.LANGUAGES,
        help=translate(
            "CliHelp",
            "the office's working language: the directory of authorities, new "
            "checklists and letters start in it (default: the interface's)",
        ),
    )
    p.add_argument(
        "--office-fr", help=translate("CliHelp", "the office's name in French (French letterheads)")
    )
    p.add_argument("--place-fr", help=translate("CliHelp", "the place in French (e.g. La Haye)"))
    p.add_argument(
        "--state", help=translate("CliHelp", "the State as written after 'of' (the Republic of X)")
    )
    p.add_argument(
        "--state-fr",
        help=translate("CliHelp", "the State in French, with its article (la République de X)"),
    )
    p.add_argument(
        "--new-passphrase-file", help=translate("CliHelp", "read the new passphrase from this file")
    )

    add(
        "unlock-check",
        cmd_unlock_check,
        translate("CliHelp", "check the passphrase opens the workspace"),
    )
    p = add(
        "change-passphrase",
        cmd_change_passphrase,
        translate("CliHelp", "set a new passphrase for your user"),
    )
    p.add_argument(
        "--new-passphrase-file", help=translate("CliHelp", "read the new passphrase from this file")
    )
    p = add(
        "recover",
        cmd_recover,
        translate("CliHelp", "open with the recovery key and set a new passphrase"),
    )
    p.add_argument(
        "--recovery-key-file", help=translate("CliHelp", "read the recovery key from this file")
    )
    p.add_argument(
        "--new-passphrase-file", help=translate("CliHelp", "read the new passphrase from this file")
    )

    p = add("user", cmd_user, translate("CliHelp", "add, list or remove users of the workspace"))
    p.add_argument("action", choices=["add", "list", "remove"])
    p.add_argument("name", nargs="?")
    p.add_argument("--display-name")
    p.add_argument("--title")
    p.add_argument(
        "--new-passphrase-file",
        help=translate("CliHelp", "read the new user's passphrase from a file"),
    )

    p = add(
        "import",
        cmd_import,
        translate("CliHelp", "import requests from JSON or CSV (all rows or none)"),
    )
    p.add_argument("file")
    p.add_argument(
        "--allow-duplicates",
        action="store_true",
        help=translate("CliHelp", "register rows whose Court reference is already registered"),
    )

    def filters(p: argparse.ArgumentParser) -> None:
        p.add_argument("--status", action="append", choices=[s.value for s in Status])
        p.add_argument("--kind", action="append", choices=[k.value for k in Kind])
        p.add_argument(
            "--organ",
            action="append",
            choices=[o.value for o in Organ],
            help=translate("CliHelp", "requesting organ of the Court"),
        )
        p.add_argument(
            "--situation",
            metavar="TEXT",
            help=translate("CliHelp", "words of the situation's name"),
        )
        p.add_argument("--overdue", action="store_true")
        p.add_argument(
            "--review-due",
            action="store_true",
            help=translate(
                "CliHelp", "standing requests (outstanding warrants) whose review has come"
            ),
        )
        p.add_argument("--due-within", type=int, metavar="DAYS")
        p.add_argument("--search", metavar="TEXT")

    p = add("list", cmd_list, translate("CliHelp", "list requests"))
    filters(p)
    p.add_argument(
        "--office",
        metavar="NAME",
        help=translate("CliHelp", "requests received from that office (which it leads)"),
    )
    p.add_argument("--limit", type=int)

    p = add("show", cmd_show, translate("CliHelp", "show one request in full"))
    p.add_argument("ref", help=translate("CliHelp", "our registry number or the Court's reference"))

    p = add("route", cmd_route, translate("CliHelp", "route a request to a national authority"))
    p.add_argument("ref")
    p.add_argument("--authority", required=True)
    p.add_argument(
        "--due", help=translate("CliHelp", "internal due date (default: final due minus margin)")
    )
    p.add_argument(
        "--part", help=translate("CliHelp", "which part of the request this authority executes")
    )
    p.add_argument("--authority-reference")
    p.add_argument(
        "--on", help=translate("CliHelp", "the day it was sent, if before today (ISO 8601)")
    )

    p = add("answer", cmd_answer, translate("CliHelp", "mark a routing step answered"))
    p.add_argument("step", type=int)
    p.add_argument("--outcome", required=True)
    p.add_argument("--on", help=translate("CliHelp", "date of the answer (default: today)"))

    p = add("status", cmd_status, translate("CliHelp", "move a request to a new status"))
    p.add_argument("ref")
    p.add_argument("new_status", choices=[s.value for s in Status])
    p.add_argument("--reason", default="")
    p.add_argument(
        "--ground", help=translate("CliHelp", "statutory ground, e.g. art97, art94, art93_4")
    )
    p.add_argument(
        "--on", help=translate("CliHelp", "the day it happened, if before today (ISO 8601)")
    )

    p = add(
        "extend",
        cmd_extend,
        translate("CliHelp", "record a deadline extension agreed with the Court"),
    )
    p.add_argument("ref")
    p.add_argument("date")
    p.add_argument("--reason", required=True)
    p.add_argument(
        "--shorten",
        action="store_true",
        help=translate(
            "CliHelp", "confirm that the Court set an earlier date (recorded as shortened)"
        ),
    )
    p.add_argument(
        "--on", help=translate("CliHelp", "the day the Court agreed it, if before today (ISO 8601)")
    )

    p = add("note", cmd_note, translate("CliHelp", "add a note to a request"))
    p.add_argument("ref")
    p.add_argument("text")
    p.add_argument(
        "--on", help=translate("CliHelp", "the day it records, if before today (ISO 8601)")
    )
    p.add_argument(
        "--shareable",
        action="store_true",
        help=translate("CliHelp", "the note travels in parcels to other offices"),
    )

    p = add(
        "attach",
        cmd_attach,
        translate("CliHelp", "attach a file (stored encrypted in the workspace)"),
    )
    p.add_argument("ref")
    p.add_argument("file")

    p = add(
        "export-register",
        cmd_export_register,
        translate("CliHelp", "write register rows to a CSV file"),
    )
    p.add_argument("--csv", required=True)
    filters(p)

    p = add("demo", cmd_demo, translate("CliHelp", "add realistic sample requests to a workspace"))
    p.add_argument("--count", type=int, default=40)
    p.add_argument("--seed", type=int, default=7)

    p = add(
        "authorities", cmd_authorities, translate("CliHelp", "list or add national authorities")
    )
    p.add_argument("action", choices=["list", "add"], nargs="?", default="list")
    p.add_argument("name", nargs="?")
    p.add_argument("--description")

    reply_commands.register(add)
    case_commands.register_commands(add)
    checklist_commands.register(add)
    office_commands.register_commands(add)
    safety_commands.register(add)
    stats_commands.register(add)
    calendar_commands.register(add)
    return parser


def _quiet_broken_pipe() -> int:
    """`coopdesk-cli list | head`: the reader left; say nothing and stop writing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass  # stdout is not a real file (tests): nothing more will be written anyway
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    with language.chosen(words, VALUED_OPTIONS):
        args = build_parser().parse_args(words)
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    try:
        args.handler(args)
        sys.stdout.flush()
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except ValidationError as exc:
        print(translate("CliMain", "Refused: {0}").format(exc.sentence()), file=sys.stderr)
        return 1
    except UserFacingError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(translate("CliMain", "Interrupted; nothing half-written was kept."), file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get("COOPDESK_DEBUG"):
            raise
        if damage_message(exc):
            print(damage_message(exc), file=sys.stderr)
            return 1
        # No message text: it could quote stored content. The type says enough to report.
        print(
            translate(
                "CliMain",
                "Unexpected error ({0}); nothing half-written was kept. Set "
                "COOPDESK_DEBUG=1 to see details.",
            ).format(type(exc).__name__),
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
