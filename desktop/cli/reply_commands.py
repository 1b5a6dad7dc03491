"""coopdesk-cli reply, templates and case-summary: Word exports for the Court and the file.

Same service as the GUI's reply dialog, so an export from a script is recorded in the
timeline and kept with the request exactly like one made by hand.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import AddCommand, CliError, emit, table, unlock
from desktop.core.translation import language, translate
from desktop.services import replies
from desktop.services.register import get


def _overrides(pairs: list[str] | None) -> dict[str, str]:
    """--set FIELD=VALUE, repeatable; '\\n' in a value starts a new line."""
    values: dict[str, str] = {}
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise CliError(
                translate("CliReplyCommands", "--set needs FIELD=VALUE, not '{0}'.").format(pair)
            )
        values[name.strip()] = value.replace("\\n", "\n")
    return values


def _confirmed(exc: replies.ConfirmationNeeded) -> CliError:
    return CliError(translate("CliReplyCommands", "{0} Add --confirm to export it.").format(exc))


def cmd_reply(args: argparse.Namespace) -> None:
    overrides = _overrides(args.set)
    ws = unlock(args)
    try:
        record = get(ws, args.ref)
        lang = args.lang or replies.default_language(ws, args.template)
        if not args.force:
            try:
                replies.refuse_unfitting(ws, record, args.template)
            except replies.DoesNotFit as exc:
                raise CliError(translate("CliReplyCommands", "{0} (--force)").format(exc)) from None
        incomplete = replies.incomplete_office_message(ws.settings, lang)
        if incomplete and not args.force and not args.preview:
            raise CliError(
                translate(
                    "CliReplyCommands", "{0} Or add --force to write it all the same."
                ).format(incomplete)
            )
        if args.preview:
            text = replies.preview_text(replies.render(ws, record, args.template, lang, overrides))
            emit(args, {"text": text}, text)
            return
        if not args.out:
            raise CliError(
                translate(
                    "CliReplyCommands",
                    "Say where to write the reply: --out FILE.docx (or --preview).",
                )
            )
        try:
            path = replies.export_reply(
                ws,
                record,
                args.template,
                lang,
                Path(args.out),
                overrides,
                confirmed=args.confirm,
                force=args.force,
            )
        except replies.ConfirmationNeeded as exc:
            raise _confirmed(exc) from None
    finally:
        ws.close()
    emit(
        args,
        {
            "file": str(path),
            "registry_no": record.registry_no,
            "template": args.template,
            "lang": lang,
        },
        translate(
            "CliReplyCommands",
            "{0} written; a copy is kept with {1} (plaintext file: keep it safe).",
        ).format(path, record.registry_no),
    )


def cmd_case_summary(args: argparse.Namespace) -> None:
    ws = unlock(args)
    try:
        record = get(ws, args.ref)
        try:
            path = replies.export_case_summary(ws, record, Path(args.out), confirmed=args.confirm)
        except replies.ConfirmationNeeded as exc:
            raise _confirmed(exc) from None
    finally:
        ws.close()
    emit(
        args,
        {"file": str(path), "registry_no": record.registry_no},
        translate(
            "CliReplyCommands",
            "{0} written; a copy is kept with {1} (plaintext file: keep it safe).",
        ).format(path, record.registry_no),
    )


def cmd_templates(args: argparse.Namespace) -> None:
    ws = unlock(args)
    try:
        if args.action == "list":
            infos = (
                replies.templates_for(ws, get(ws, args.ref))
                if args.ref
                else replies.list_templates(ws)
            )
            rows = [
                {
                    "name": t.name,
                    "languages": ",".join(t.languages),
                    "office": ",".join(t.office_languages),
                    "title": t.title_en,
                    "title_fr": t.title_fr,
                    "to_court": t.to_court,
                }
                for t in infos
            ]
            if args.json:
                emit(args, rows, "")
            else:
                french = language() == "fr"
                shown = [{**r, "title": r["title_fr"] if french else r["title"]} for r in rows]
                print(table(shown, ("name", "languages", "office", "title")))
            return
        if not args.name or not args.lang:
            raise CliError(
                translate("CliReplyCommands", "templates {0} needs NAME and --lang.").format(
                    args.action
                )
            )
        if args.action == "add":
            if not args.file or not args.title:
                raise CliError(
                    translate(
                        "CliReplyCommands",
                        "templates add NAME --lang LANG --file FILE.docx --title TITLE",
                    )
                )
            try:
                content = Path(args.file).read_bytes()
            except OSError as exc:
                raise CliError(
                    translate("CliReplyCommands", "Cannot read {0}: {1}.").format(
                        args.file, exc.strerror
                    )
                ) from None
            info = replies.add_user_template(ws, args.name, content, args.title, args.lang)
            emit(
                args,
                {"name": info.name, "languages": info.languages},
                translate(
                    "CliReplyCommands", "Template '{0}' ({1}) added to the office's library."
                ).format(info.name, args.lang),
            )
        elif args.action == "copy":
            if not args.out:
                raise CliError(
                    translate("CliReplyCommands", "templates copy NAME --lang LANG --out FILE.docx")
                )
            replies.save_template_copy(ws, args.name, args.lang, args.out)
            emit(
                args,
                {"file": args.out},
                translate(
                    "CliReplyCommands",
                    "{0} written: edit it in Word, then add it with templates add.",
                ).format(args.out),
            )
        else:
            replies.remove_user_template(ws, args.name, args.lang)
            emit(
                args,
                {"ok": True},
                translate("CliReplyCommands", "The office's '{0}' ({1}) is removed.").format(
                    args.name, args.lang
                ),
            )
    finally:
        ws.close()


def register(add: AddCommand) -> None:
    """Add this module's subcommands to the parser through `add(name, handler, help)`."""
    p = add(
        "reply",
        cmd_reply,
        translate("CliHelp", "write a reply to the Court (or an internal memo) as .docx"),
    )
    p.add_argument("ref", help=translate("CliHelp", "our registry number or the Court's reference"))
    p.add_argument(
        "--template",
        required=True,
        help=translate(
            "CliHelp", "one that fits the request: coopdesk-cli templates list --ref REF"
        ),
    )
    p.add_argument("--lang", choices=replies.LANGUAGES)
    p.add_argument("--out", help=translate("CliHelp", "the .docx file to write"))
    p.add_argument(
        "--set",
        action="append",
        metavar="FIELD=VALUE",
        help=translate("CliHelp", "change a drafted field, e.g. --set reasons='...' (repeatable)"),
    )
    p.add_argument(
        "--preview", action="store_true", help=translate("CliHelp", "print the text, write nothing")
    )
    p.add_argument(
        "--confirm",
        action="store_true",
        help=translate("CliHelp", "needed to export a request under seal or ex parte"),
    )
    p.add_argument(
        "--force",
        action="store_true",
        help=translate(
            "CliHelp",
            "write it all the same: a template that does not fit the request's "
            "kind or status (recorded in the timeline), or an office whose "
            "settings lack what the letter's language needs",
        ),
    )

    p = add(
        "case-summary",
        cmd_case_summary,
        translate("CliHelp", "write a request's whole file as .docx"),
    )
    p.add_argument("ref")
    p.add_argument("--out", required=True)
    p.add_argument(
        "--confirm",
        action="store_true",
        help=translate("CliHelp", "needed to export a request under seal or ex parte"),
    )

    p = add(
        "templates",
        cmd_templates,
        translate("CliHelp", "list, copy, add or remove reply templates"),
    )
    p.add_argument("action", choices=["list", "copy", "add", "remove"])
    p.add_argument(
        "name", nargs="?", help=translate("CliHelp", "template name (for copy, add, remove)")
    )
    p.add_argument(
        "--ref", help=translate("CliHelp", "list only the templates that fit this request")
    )
    p.add_argument("--lang", choices=replies.LANGUAGES)
    p.add_argument("--file", help=translate("CliHelp", "the .docx to add"))
    p.add_argument(
        "--title", help=translate("CliHelp", "the title the reply dialog lists it under")
    )
    p.add_argument("--out", help=translate("CliHelp", "where to write a copy of a template"))
