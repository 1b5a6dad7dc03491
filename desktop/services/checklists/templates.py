"""Which checklist a kind of request gets: the office's own version, else the shipped one.

The office's versions live in the encrypted workspace, never as files beside it, because
a procedure for transferring a named person can itself be sensitive. A damaged office
version must not stop registration: the shipped default is used and the problem is
reported, so someone can repair it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from desktop.core.checklists import (
    GENERIC,
    TEMPLATE_KEYS,
    ChecklistTemplate,
    TemplateError,
    template_from_json,
    template_label,
    template_to_json,
)
from desktop.core.translation import translate
from desktop.paths import resources_dir
from desktop.services.errors import NotFound, Refused, UserFacingError
from desktop.services.workspace import Workspace
from desktop.storage.checklist_store import ChecklistStore

MAX_TEMPLATE_BYTES = 1024 * 1024
Source = Literal["office", "shipped"]


@dataclass(frozen=True)
class LoadedTemplate:
    template: ChecklistTemplate
    source: Source
    problem: str | None = None  # why an office version was set aside, in plain words


def shipped_dir() -> Path:
    return resources_dir() / "checklists"


def shipped_template(key: str) -> ChecklistTemplate | None:
    """The default shipped for `key`, or None when that kind has no file of its own."""
    path = shipped_dir() / f"{key}.json"
    source = f"The default checklist {path.name}"
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserFacingError(
            translate(
                "ChecklistTemplatesMessages", "{0} cannot be read ({1}); reinstall the application."
            ).format(source, exc)
        ) from None
    try:
        return template_from_json(text, source, key)
    except TemplateError as exc:
        raise UserFacingError(
            translate("ChecklistTemplatesMessages", "{0} Reinstall the application.").format(exc)
        ) from None


def _office_template(ws: Workspace, key: str) -> tuple[ChecklistTemplate | None, str | None]:
    body = ChecklistStore(ws.store).office_template(key)
    if body is None:
        return None, None
    try:
        return template_from_json(
            body,
            translate("ChecklistTemplatesMessages", "The office's checklist for '{0}'").format(
                template_label(key)
            ),
            key,
        ), None
    except TemplateError as exc:
        return None, translate(
            "ChecklistTemplatesMessages",
            "{0} The default checklist is used instead until it is saved again.",
        ).format(exc)


def _check_key(key: str) -> str:
    if key not in TEMPLATE_KEYS:
        raise NotFound(
            translate(
                "ChecklistTemplatesMessages",
                "There is no kind of request called '{0}'. Known: {1}.",
            ).format(key, ", ".join(TEMPLATE_KEYS))
        )
    return key


def template_for(ws: Workspace, key: str) -> LoadedTemplate:
    """The checklist a kind of request gets (a kind without its own gets the generic one)."""
    problems: list[str] = []
    for candidate in dict.fromkeys((_check_key(str(key)), GENERIC)):
        office, problem = _office_template(ws, candidate)
        if problem:
            problems.append(problem)
        if office:
            return LoadedTemplate(office, "office", " ".join(problems) or None)
        shipped = shipped_template(candidate)
        if shipped:
            return LoadedTemplate(shipped, "shipped", " ".join(problems) or None)
    raise UserFacingError(
        translate(
            "ChecklistTemplatesMessages",
            "The default checklists are missing from this installation; reinstall the application.",
        )
    )


def list_templates(ws: Workspace) -> list[dict[str, object]]:
    """One row per kind: which checklist it gets and whether the office changed it."""
    rows = []
    for key in TEMPLATE_KEYS:
        loaded = template_for(ws, key)
        rows.append(
            {
                "key": key,
                "label": template_label(key),
                "title": loaded.template.title,
                "title_fr": loaded.template.title_fr,
                "uses": loaded.template.key,
                "source": loaded.source,
                "steps": len(loaded.template.steps),
                "problem": loaded.problem,
            }
        )
    return rows


def save_template(ws: Workspace, template: ChecklistTemplate) -> None:
    """Store the office's version; checked exactly as a file would be, so both stay valid."""
    key = _check_key(template.key)
    try:
        body = template_to_json(
            template_from_json(
                template_to_json(template),
                translate("ChecklistTemplatesMessages", "The checklist for '{0}'").format(
                    template_label(key)
                ),
                key,
            )
        )
    except TemplateError as exc:
        raise Refused(
            translate("ChecklistTemplatesMessages", "{0} Nothing was saved.").format(exc)
        ) from None
    checklists = ChecklistStore(ws.store)
    if checklists.office_template(key) == body:
        return
    now = ws.now()
    with ws.store.transaction():
        checklists.put_office_template(key, body, ws.user, now)
        ws.store.append_event(
            ws.user,
            None,
            "checklist_template.saved",
            {"template": key, "title": template.title, "steps": len(template.steps)},
            now,
        )


def reset_template(ws: Workspace, key: str) -> None:
    """Drop the office's version: requests registered from now on get the default."""
    _check_key(key)
    now = ws.now()
    with ws.store.transaction():
        if not ChecklistStore(ws.store).delete_office_template(key):
            raise Refused(
                translate(
                    "ChecklistTemplatesMessages", "The checklist for '{0}' is already the default."
                ).format(template_label(key))
            )
        ws.store.append_event(ws.user, None, "checklist_template.reset", {"template": key}, now)


def import_template(ws: Workspace, path: Path, key: str | None = None) -> ChecklistTemplate:
    """Save a template file (same JSON shape as the shipped ones) as the office's version.

    With `key`, the file must be the checklist for that kind: a guard against importing
    the transfer checklist over the visa one by a slip of the keyboard.
    """
    try:
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise Refused(
                translate(
                    "ChecklistTemplatesMessages",
                    "{0} is too large to be a checklist; nothing was saved.",
                ).format(path.name)
            )
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise Refused(
            translate("ChecklistTemplatesMessages", "Cannot read {0}: {1}.").format(
                path.name, getattr(exc, "strerror", None) or exc
            )
        ) from None
    try:
        template = template_from_json(text, path.name, key)
    except TemplateError as exc:
        raise Refused(
            translate("ChecklistTemplatesMessages", "{0} Nothing was saved.").format(exc)
        ) from None
    save_template(ws, template)
    return template


# -- for the templates dialog -------------------------------------------------------------
# Added for the GUI's checklist templates dialog, so that it edits a copy and checks each
# change with the same rules a save applies, without reaching into the store.


def has_office_template(ws: Workspace, key: str) -> bool:
    """Whether the office stored its own version for `key` (even one set aside as damaged)."""
    return ChecklistStore(ws.store).office_template(_check_key(key)) is not None


def editable_template(ws: Workspace, key: str) -> ChecklistTemplate:
    """The checklist `key` gets now, as that kind's own: what the office starts editing.

    A kind without a checklist of its own starts from a copy of the generic one; saving it
    gives the kind its own version.
    """
    return replace(template_for(ws, key).template, key=_check_key(key))


def check_template(template: ChecklistTemplate) -> ChecklistTemplate:
    """The template as a save would store it, or Refused naming every problem in it."""
    key = _check_key(template.key)
    try:
        return template_from_json(
            template_to_json(template),
            translate("ChecklistTemplatesMessages", "This checklist"),
            key,
        )
    except TemplateError as exc:
        raise Refused(str(exc)) from None
