"""Replies to the Court: the template library, drafting, preview and Word export.

The GUI's reply dialog and `coopdesk-cli reply` both work through this module:

1. `templates_for(ws, record)` offers the replies that fit the request's kind and status;
2. `default_fields(...)` gives the editable drafts (recipient, references, reasons ...);
3. `render(...)` fills the template in memory and `preview_text(...)` shows it;
4. `export_reply(...)` writes the file and keeps a copy, encrypted, with the request.

Nothing is written to disk before step 4, and then only the file the user chose.

The functions that fill a template import the filling code themselves: it brings
python-docx, docxtpl and Jinja (about 100 ms), and the window imports this package at
every start for the French wording of `replies.language`, long before any reply.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import Path

from desktop.core import translation
from desktop.core.requests import RequestRecord
from desktop.core.settings import OfficeSettings
from desktop.core.statuses import Status
from desktop.core.translation import translate
from desktop.core.vocabulary import Confidentiality
from desktop.paths import resources_dir
from desktop.services import audit, casefile, directory, queries
from desktop.services.errors import NotFound, Refused, TemplateProblem, UserFacingError
from desktop.services.exports import record_and_write
from desktop.services.replies import fields as reply_fields
from desktop.services.replies.catalogue import BUILT_IN, BUILT_IN_BY_NAME, TemplateInfo
from desktop.services.replies.fields import (
    DERIVED_FROM,
    EDITABLE,
    LIST_FIELDS,
    MULTILINE_FIELDS,
    Sources,
)
from desktop.services.replies.language import CONFIDENTIALITY, LANGUAGES
from desktop.services.workspace import Workspace
from desktop.storage.files import write_atomically
from desktop.storage.template_store import TemplateStore

__all__ = [
    "EDITABLE",
    "LANGUAGES",
    "LIST_FIELDS",
    "MULTILINE_FIELDS",
    "ConfirmationNeeded",
    "TemplateInfo",
    "TemplateProblem",
    "add_user_template",
    "default_fields",
    "default_language",
    "export_case_summary",
    "export_reply",
    "incomplete_office_message",
    "list_templates",
    "missing_office_fields",
    "needs_confirmation",
    "preview_text",
    "remove_user_template",
    "render",
    "template_content",
    "template_info",
    "templates_for",
]

# Levels at which writing the request to a plaintext file needs a second, explicit yes.
CONFIRM_LEVELS = frozenset({Confidentiality.UNDER_SEAL, Confidentiality.EX_PARTE})
# A reply that would be empty or unlawful without this field is not exported without it.
REQUIRED_ON_EXPORT = {
    "refusal": (
        "reasons",
        "A notice of refusal must give the Court the reasons (art. 93(6) of the Rome Statute).",
    ),
    "clarification": ("points", "A request for clarification must say what needs clarifying."),
    "cover_note": ("documents", "A cover note must list the documents it transmits."),
}
EXPORT_ACTIONS = frozenset({"reply.exported", "case_summary.exported"})
TEMPLATE_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


class ConfirmationNeeded(UserFacingError):
    """The request is under seal or ex parte: ask the user, then call again confirmed."""

    def __init__(self, record: RequestRecord) -> None:
        self.level = record.confidentiality
        label = CONFIDENTIALITY[translation.language() or "en"][record.confidentiality].lower()
        super().__init__(
            translate(
                "RepliesMessages",
                "{0} is {1}. Writing it to a file takes it outside the "
                "encrypted workspace: confirm that this is intended.",
            ).format(record.registry_no, label)
        )


def needs_confirmation(record: RequestRecord) -> bool:
    return record.confidentiality in CONFIRM_LEVELS


# -- the library ------------------------------------------------------------------------


def list_templates(ws: Workspace) -> list[TemplateInfo]:
    """Built-in templates (marked where the office uses its own version), then the office's."""
    office: dict[str, dict[str, str]] = {}
    for entry in TemplateStore(ws.store).entries():
        office.setdefault(entry["name"], {})[entry["lang"]] = entry["title"]
    result: list[TemplateInfo] = []
    for info in BUILT_IN:
        titles = office.pop(info.name, {})
        if titles:
            info = replace(
                info,
                title_en=titles.get("en", info.title_en),
                title_fr=titles.get("fr", info.title_fr),
                office_languages=tuple(sorted(titles)),
            )
        result.append(info)
    for name, titles in sorted(office.items()):
        languages = tuple(lang for lang in LANGUAGES if lang in titles)
        result.append(
            TemplateInfo(
                name,
                titles.get("en", titles.get("fr", name)),
                titles.get("fr", titles.get("en", name)),
                languages=languages,
                builtin=False,
                office_languages=languages,
            )
        )
    return result


def templates_for(ws: Workspace, record: RequestRecord) -> list[TemplateInfo]:
    return [info for info in list_templates(ws) if info.fits(record)]


def template_info(ws: Workspace, name: str) -> TemplateInfo:
    for info in list_templates(ws):
        if info.name == name:
            return info
    known = ", ".join(info.name for info in list_templates(ws))
    raise NotFound(
        translate("RepliesMessages", "There is no reply template '{0}'. Known: {1}.").format(
            name, known
        )
    )


def default_language(ws: Workspace, template_name: str, interface: str = "") -> str:
    """The interface's language (the GUI's, or the workspace's for the CLI) when the
    template has it: a French-speaking office writes in French unless it picks English."""
    info = template_info(ws, template_name)
    for lang in (interface[:2].lower(), ws.settings.language[:2].lower()):
        if lang in info.languages:
            return lang
    return "en" if "en" in info.languages else info.languages[0]


# What a letter takes from the office's settings, by language: each entry is a group of
# settings (one filled is enough) and how the group is named in messages. Empty, the
# French letter would fall back on English ("The Hague, le 25 novembre 2026") or on a
# sender without its State ("L’Ambassade présente ses compliments").
OFFICE_NEEDS: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    "en": ((("office_name", "state_name"), "the office's name or the State's name"),),
    "fr": (
        (("office_name_fr", "state_name_fr"), "the office's name or the State's name in French"),
        (("place_fr",), "the place in French"),
    ),
}


def missing_office_fields(settings: OfficeSettings, lang: str) -> list[str]:
    """The first setting of every group a letter in `lang` needs that is all empty."""
    return [
        names[0]
        for names, _label in OFFICE_NEEDS.get(lang, ())
        if not any(str(getattr(settings, name)).strip() for name in names)
    ]


def incomplete_office_message(settings: OfficeSettings, lang: str) -> str:
    """One line saying what the letter lacks, or "" when the settings are complete."""
    missing = set(missing_office_fields(settings, lang))
    labels = [label for names, label in OFFICE_NEEDS.get(lang, ()) if names[0] in missing]
    if not labels:
        return ""
    return (
        f"The letter in '{lang}' needs {' and '.join(labels)}: fill them in the "
        "office's settings (Tools → Settings in the app)."
    )


def template_content(ws: Workspace, name: str, lang: str) -> bytes:
    """The .docx a reply is filled from: the office's version first, else the built-in."""
    info = template_info(ws, name)
    if lang not in info.languages:
        raise Refused(
            translate(
                "RepliesMessages", "The template '{0}' has no version in '{1}' (it has: {2})."
            ).format(name, lang, ", ".join(info.languages))
        )
    content = TemplateStore(ws.store).content(name, lang)
    if content is not None:
        return content
    path = resources_dir() / "templates" / f"{name}.{lang}.docx"
    try:
        return path.read_bytes()
    except OSError:
        raise NotFound(
            translate(
                "RepliesMessages",
                "The built-in template file {0} is missing from {1}; reinstall Cooperation Desk.",
            ).format(path.name, path.parent)
        ) from None


def add_user_template(
    ws: Workspace, name: str, docx_bytes: bytes, title: str, lang: str
) -> TemplateInfo:
    """Adopt an office's .docx (e.g. a built-in with its letterhead) after a trial fill.

    Using a built-in's name replaces that built-in in this language for this workspace.
    """
    name = name.strip()
    if not TEMPLATE_NAME.match(name):
        raise Refused(
            translate(
                "RepliesMessages",
                "A template name is 1 to 64 lower-case letters, digits, '-' or "
                "'_' (e.g. acknowledgement or visa-letterhead).",
            )
        )
    if lang not in LANGUAGES:
        raise Refused(
            translate("RepliesMessages", "A template is in one of: {0}.").format(
                ", ".join(LANGUAGES)
            )
        )
    if not title.strip():
        raise Refused(
            translate(
                "RepliesMessages", "Give the template a title, as the reply dialog will list it."
            )
        )
    if len(docx_bytes) > ws.settings.attachment_limit_bytes:
        raise Refused(
            translate("RepliesMessages", "Templates are limited to {0} MiB.").format(
                ws.settings.attachment_limit_mib
            )
        )
    from desktop.services.replies.filling import Metadata, fill, placeholders

    sample = reply_fields.sample_sources(ws.settings, ws.today())
    values = reply_fields.context(sample, lang, name, title.strip())
    fill(docx_bytes, values, values["marking"], Metadata(title, "", ws.clock()))
    unknown = sorted(placeholders(docx_bytes) - reply_fields.placeholder_names())
    if unknown:
        raise TemplateProblem(
            translate(
                "RepliesMessages",
                "The template uses the placeholder {{{{ {0} }}}}, which "
                "Cooperation Desk does not fill. Correct its spelling or remove it.",
            ).format(unknown[0])
        )
    digest = hashlib.sha256(docx_bytes).hexdigest()
    with ws.store.transaction():
        TemplateStore(ws.store).put(
            name, lang, title.strip(), docx_bytes, digest, ws.user, ws.now()
        )
        ws.store.append_event(
            ws.user,
            None,
            "template.added",
            {
                "name": name,
                "lang": lang,
                "title": title.strip(),
                "sha256": digest,
                "replaces_built_in": name in BUILT_IN_BY_NAME,
            },
            ws.now(),
        )
    return template_info(ws, name)


def remove_user_template(ws: Workspace, name: str, lang: str) -> None:
    """Drop the office's version; a built-in of that name comes back into use."""
    with ws.store.transaction():
        if not TemplateStore(ws.store).delete(name, lang):
            raise NotFound(
                translate("RepliesMessages", "The office has no template '{0}' in '{1}'.").format(
                    name, lang
                )
            )
        ws.store.append_event(
            ws.user, None, "template.removed", {"name": name, "lang": lang}, ws.now()
        )


# -- drafting ---------------------------------------------------------------------------


def _sources(ws: Workspace, record: RequestRecord) -> Sources:
    """Read, once, everything in the workspace a reply may quote."""
    user = ws.store.user(ws.user) or {}
    events = ws.store.events(record.id)
    reached = next(
        (
            e
            for e in reversed(events)
            if e.action == "status.changed" and e.detail.get("after") == record.status
        ),
        None,
    )
    exported = {e.detail.get("attachment") for e in events if e.action in EXPORT_ACTIONS}
    reason = str(reached.detail.get("reason", "")) if reached else ""
    return Sources(
        record=record,
        settings=ws.settings,
        today=ws.today(),
        user_name=user.get("display_name", ws.user),
        user_title=user.get("title", ""),
        routing=ws.store.routing_steps(record.id),
        status_reason=reason,
        status_ground=str(reached.detail.get("ground", "")) if reached else "",
        consultation_reason=reason if record.status == Status.IN_CONSULTATION else "",
        documents=[
            a["filename"] for a in ws.store.attachments(record.id) if a["id"] not in exported
        ],
        suggested_authorities=directory.suggested_authorities(ws, record.kind),
    )


def default_fields(
    ws: Workspace, record: RequestRecord, template_name: str, lang: str
) -> dict[str, str]:
    """The fields this template prints that the user may still change, with first drafts.

    Keys are in the order a form should show them; `EDITABLE[key]` is the label,
    `MULTILINE_FIELDS` need a text area (in `LIST_FIELDS`, one item per line).
    """
    from desktop.services.replies.filling import placeholders

    used = set(placeholders(template_content(ws, template_name, lang)))
    used |= {DERIVED_FROM[name] for name in used if name in DERIVED_FROM}
    drafts = reply_fields.defaults(_sources(ws, record), lang, template_name)
    return {name: value for name, value in drafts.items() if name in used}


def _check_overrides(overrides: dict[str, str] | None) -> dict[str, str]:
    overrides = dict(overrides or {})
    unknown = sorted(set(overrides) - set(EDITABLE))
    if unknown:
        raise Refused(
            translate(
                "RepliesMessages", "'{0}' is not a field of a reply that can be changed."
            ).format(unknown[0])
        )
    return {name: str(value) for name, value in overrides.items()}


def _values(
    ws: Workspace,
    record: RequestRecord,
    template_name: str,
    lang: str,
    overrides: dict[str, str] | None,
) -> dict[str, str]:
    title = template_info(ws, template_name).title(lang)
    return reply_fields.context(
        _sources(ws, record), lang, template_name, title, _check_overrides(overrides)
    )


def _fill(ws: Workspace, record: RequestRecord, content: bytes, values: dict[str, str]) -> bytes:
    from desktop.services.replies.filling import Metadata, fill

    meta = Metadata(
        f"{values['title']} – {record.registry_no}",
        ws.settings.office_name,
        ws.clock(),
        audit.audit_footer(ws),
    )
    return fill(content, values, values["marking"], meta)


def render(
    ws: Workspace,
    record: RequestRecord,
    template_name: str,
    lang: str,
    overrides: dict[str, str] | None = None,
) -> bytes:
    """The filled reply as .docx bytes, in memory: for a preview or an export."""
    content = template_content(ws, template_name, lang)
    return _fill(ws, record, content, _values(ws, record, template_name, lang, overrides))


def preview_text(docx_bytes: bytes) -> str:
    """The words of a filled reply, for an in-app preview before export."""
    from desktop.services.replies.filling import text_of

    return text_of(docx_bytes)


def save_template_copy(ws: Workspace, name: str, lang: str, path: Path | str) -> Path:
    """Write a template's .docx for the office to edit in Word (it holds no case data)."""
    target = _target(path)
    try:
        write_atomically(target, template_content(ws, name, lang))
    except OSError as exc:
        raise Refused(
            translate("RepliesMessages", "Cannot write {0}: {1}.").format(
                target.name, exc.strerror or exc
            )
        ) from None
    return target


# -- export -----------------------------------------------------------------------------


def _target(path: Path | str) -> Path:
    target = Path(path).expanduser()
    if target.suffix.lower() != ".docx":
        raise Refused(
            translate("RepliesMessages", "A Word export needs a file name ending in .docx.")
        )
    if not target.parent.is_dir():
        raise Refused(
            translate("RepliesMessages", "The folder {0} does not exist.").format(target.parent)
        )
    return target


def _keep_and_write(
    ws: Workspace,
    record: RequestRecord,
    target: Path,
    data: bytes,
    action: str,
    detail: dict[str, object],
) -> None:
    """Attach, record and write as one: if the file cannot be written, nothing is recorded."""
    with ws.store.transaction():
        attachment = casefile.attach_bytes(ws, record, target.name, data)
        record_and_write(
            ws,
            record.id,
            action,
            {
                **detail,
                "file": target.name,
                "attachment": attachment,
                "sha256": hashlib.sha256(data).hexdigest(),
            },
            target,
            data,
        )


class DoesNotFit(Refused):
    """The template does not answer this request (kind or status); `force` exports it."""


def refuse_unfitting(ws: Workspace, record: RequestRecord, template_name: str) -> None:
    reason = template_info(ws, template_name).why_not(record)
    if reason:
        raise DoesNotFit(
            translate(
                "RepliesMessages",
                "{0} Choose a reply that fits, or force it (recorded in the timeline).",
            ).format(reason)
        )


def export_reply(
    ws: Workspace,
    record: RequestRecord,
    template_name: str,
    lang: str,
    path: Path | str,
    overrides: dict[str, str] | None = None,
    confirmed: bool = False,
    force: bool = False,
) -> Path:
    """Write the reply to `path` (.docx), keep it with the request and in the timeline.

    A reply that does not fit the request's kind or status (a refusal note for a request
    just received) is refused unless `force`d; a forced export says so in the timeline.
    """
    if not force:
        refuse_unfitting(ws, record, template_name)
    if needs_confirmation(record) and not confirmed:
        raise ConfirmationNeeded(record)
    from desktop.services.replies.filling import placeholders

    target = _target(path)
    content = template_content(ws, template_name, lang)
    values = _values(ws, record, template_name, lang, overrides)
    field, message = REQUIRED_ON_EXPORT.get(template_name, ("", ""))
    if field in placeholders(content) and not values[field].strip():
        raise Refused(translate("RepliesMessages", message))
    data = _fill(ws, record, content, values)
    detail: dict[str, object] = {
        "template": template_name,
        "lang": lang,
        "changed_fields": sorted(overrides or {}),
    }
    unfit = template_info(ws, template_name).why_not(record)
    if force and unfit:
        detail["forced"] = unfit
    _keep_and_write(ws, record, target, data, "reply.exported", detail)
    return target


def export_case_summary(
    ws: Workspace, record: RequestRecord, path: Path | str, confirmed: bool = False
) -> Path:
    """The request's whole file (fields, routing, notes, timeline) as a .docx."""
    from desktop.services.replies import case_summary as reply_case_summary

    if needs_confirmation(record) and not confirmed:
        raise ConfirmationNeeded(record)
    target = _target(path)
    user = ws.store.user(ws.user) or {}
    with translation.untranslated():  # the case summary is written in English
        data = reply_case_summary.build(
            queries.details(ws, record),
            user.get("display_name", ws.user),
            ws.clock(),
            audit.audit_footer(ws),
        )
    _keep_and_write(ws, record, target, data, "case_summary.exported", {})
    return target
