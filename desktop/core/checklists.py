"""Checklist templates: the steps an office agrees to take for each kind of request.

Rec. 15 and 19 of the Bureau's report ask for agreed procedures and a checklist for
transfers, so that cooperation "is not dependent upon individuals". A template is plain
data in one JSON shape, whether shipped with the application or edited by the office, and
every problem in one is reported in words a desk officer can act on: an office that
mistypes a field must learn which step and which field, not meet a stack trace.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from desktop.core.authorities import authority_name, english_name
from desktop.core.translation import translate
from desktop.core.vocabulary import KIND_LABELS, Kind

FORMAT = 1
GENERIC = "generic"
TEMPLATE_KEYS: tuple[str, ...] = (*(kind.value for kind in Kind), GENERIC)
STEP_ANCHOR = "step:"
MAX_OFFSET_DAYS = 366
_CODE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")

# Only these kinds move a person, so only they have a planned transfer, transit States and
# the rule that mandatory steps must be closed before the request counts as executed.
TRANSFER_KINDS: frozenset[Kind] = frozenset({Kind.TRANSIT_TRANSFER, Kind.ARREST_SURRENDER})


class KeyDate(StrEnum):
    """The dates of a request that a step's due date can count from."""

    RECEIVED = "received"
    FINAL_DUE = "final_due"
    PLANNED_TRANSFER = "planned_transfer"


@dataclass(frozen=True)
class DueRule:
    """When a step falls due: a number of days from a key date or from another step.

    `anchor` is a KeyDate value, or "step:<code>" for the day that step was done (the
    Rule 188 clock runs from the provisional arrest, not from the Court's request).
    """

    anchor: str
    days: int
    calendar_days: bool = False

    @property
    def after_step(self) -> str | None:
        return (
            self.anchor.removeprefix(STEP_ANCHOR) if self.anchor.startswith(STEP_ANCHOR) else None
        )


def in_language(title: str, title_fr: str, language: str) -> str:
    """The French title where there is one and French is wanted, else the English one."""
    return title_fr if language == "fr" and title_fr else title


@dataclass(frozen=True)
class Phase:
    code: str
    title: str
    title_fr: str = ""  # the shipped checklists carry both languages


@dataclass(frozen=True)
class StepTemplate:
    code: str
    title: str
    phase: str = ""
    mandatory: bool = False
    owner: str = ""  # the national authority that usually does it
    due: DueRule | None = None
    basis: str = ""  # the provision that requires it, printed next to the step
    guidance: str = ""  # the office's own words on how it is done
    title_fr: str = ""
    basis_fr: str = ""  # "art. 59, par. 2, al. a)"; "règle 184"
    guidance_fr: str = ""


@dataclass(frozen=True)
class ChecklistTemplate:
    key: str  # a Kind value, or GENERIC for every kind without its own template
    title: str
    steps: tuple[StepTemplate, ...]
    phases: tuple[Phase, ...] = ()
    basis: str = ""
    title_fr: str = ""
    basis_fr: str = ""


class TemplateError(ValueError):
    """A template that cannot be used; the message names each problem and where it is."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(
            translate("ChecklistTemplateProblems", "{0} cannot be used: {1}.").format(
                source, translate("ChecklistTemplateProblems", "; ").join(problems)
            )
        )


def template_label(key: str) -> str:
    if key == GENERIC:
        return translate("ChecklistTemplateProblems", "Every other kind of request")
    return translate("labels", KIND_LABELS[Kind(key)])


def new_step_code(title: str, taken: Iterable[str]) -> str:
    """A readable code for a new step, unique among `taken` (codes name steps in the CLI)."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "_", ascii_title.lower()).strip("_")[:40].rstrip("_")
    if not base or not base[0].isalpha():
        base = f"step_{base}".rstrip("_")
    used = set(taken)
    code, n = base, 2
    while code in used:
        code, n = f"{base}_{n}", n + 1
    return code


# -- reading -------------------------------------------------------------------------------

_TOP_FIELDS = {"format", "kind", "title", "title_fr", "basis", "basis_fr", "phases", "steps"}
_STEP_FIELDS = {
    "code",
    "title",
    "title_fr",
    "phase",
    "mandatory",
    "owner",
    "due",
    "basis",
    "basis_fr",
    "guidance",
    "guidance_fr",
}
_DUE_FIELDS = {"from", "working_days", "calendar_days"}


def _unknown(raw: dict[str, Any], known: set[str], where: str, problems: list[str]) -> None:
    for name in sorted(set(raw) - known):
        problems.append(
            where
            + translate("ChecklistTemplateProblems", "'{0}' is not a known field").format(name)
        )


def _text(
    raw: dict[str, Any], name: str, where: str, problems: list[str], required: bool = False
) -> str:
    value = raw.get(name, "")
    if not isinstance(value, str):
        problems.append(
            where + translate("ChecklistTemplateProblems", "'{0}' must be text").format(name)
        )
        return ""
    if required and not value.strip():
        problems.append(
            where + translate("ChecklistTemplateProblems", "'{0}' is required").format(name)
        )
    return value.strip()


def _due(
    raw: Any, where: str, code: str, codes: set[str], key: str, problems: list[str]
) -> DueRule | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        problems.append(
            where
            + translate("ChecklistTemplateProblems", "'due' must be an object such as {0}").format(
                '{"from": "received", "working_days": 2}'
            )
        )
        return None
    _unknown(raw, _DUE_FIELDS, where + translate("ChecklistTemplateProblems", "due: "), problems)
    anchor = raw.get("from")
    if anchor == KeyDate.PLANNED_TRANSFER and key not in TRANSFER_KINDS:
        problems.append(
            where
            + translate(
                "ChecklistTemplateProblems", "only transfer requests have a planned transfer date"
            )
        )
    elif isinstance(anchor, str) and anchor.startswith(STEP_ANCHOR):
        target = anchor.removeprefix(STEP_ANCHOR)
        if target == code or target not in codes:
            problems.append(
                where
                + translate(
                    "ChecklistTemplateProblems",
                    "'due.from' names '{0}', which is not another step of this checklist",
                ).format(target)
            )
    elif anchor not in {k.value for k in KeyDate}:
        problems.append(
            where
            + translate(
                "ChecklistTemplateProblems",
                "'due.from' must be received, final_due, planned_transfer or step:CODE",
            )
        )
    units = [u for u in ("working_days", "calendar_days") if u in raw]
    if len(units) != 1:
        problems.append(
            where
            + translate(
                "ChecklistTemplateProblems", "'due' needs either working_days or calendar_days"
            )
        )
        return None
    days = raw[units[0]]
    if isinstance(days, bool) or not isinstance(days, int) or abs(days) > MAX_OFFSET_DAYS:
        problems.append(
            where
            + translate(
                "ChecklistTemplateProblems",
                "'due.{0}' must be a whole number of days between -{1} and {1}",
            ).format(units[0], MAX_OFFSET_DAYS)
        )
        return None
    return DueRule(str(anchor), days, units[0] == "calendar_days")


def _phases(raw: Any, problems: list[str]) -> tuple[Phase, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        problems.append(translate("ChecklistTemplateProblems", "'phases' must be a list"))
        return ()
    phases: list[Phase] = []
    for i, item in enumerate(raw, 1):
        where = translate("ChecklistTemplateProblems", "phase {0}: ").format(i)
        if not isinstance(item, dict):
            problems.append(
                where
                + translate(
                    "ChecklistTemplateProblems", "must be an object with a code and a title"
                )
            )
            continue
        _unknown(item, {"code", "title", "title_fr"}, where, problems)
        code = _text(item, "code", where, problems, required=True)
        title = _text(item, "title", where, problems, required=True)
        title_fr = _text(item, "title_fr", where, problems)
        if code and not _CODE.match(code):
            problems.append(
                where
                + translate(
                    "ChecklistTemplateProblems",
                    "code '{0}' must be lower-case letters, digits or _",
                ).format(code)
            )
        if code in {p.code for p in phases}:
            problems.append(
                where
                + translate("ChecklistTemplateProblems", "code '{0}' is used twice").format(code)
            )
        phases.append(Phase(code, title, title_fr))
    return tuple(phases)


def _step(
    raw: Any, i: int, codes: set[str], phases: set[str], key: str, problems: list[str]
) -> StepTemplate | None:
    where = translate("ChecklistTemplateProblems", "step {0}: ").format(i)
    if not isinstance(raw, dict):
        problems.append(
            where
            + translate(
                "ChecklistTemplateProblems", "must be an object with at least a code and a title"
            )
        )
        return None
    title = _text(raw, "title", where, problems, required=True)
    where = (
        translate("ChecklistTemplateProblems", "step {0} ('{1}'): ").format(i, title)
        if title
        else where
    )
    _unknown(raw, _STEP_FIELDS, where, problems)
    code = _text(raw, "code", where, problems, required=True)
    if code and not _CODE.match(code):
        problems.append(
            where
            + translate(
                "ChecklistTemplateProblems",
                "code '{0}' must start with a letter and hold only lower-case letters, digits or _",
            ).format(code)
        )
    phase = _text(raw, "phase", where, problems)
    if phase and phase not in phases:
        problems.append(
            where
            + translate(
                "ChecklistTemplateProblems", "phase '{0}' is not one of the template's phases"
            ).format(phase)
        )
    mandatory = raw.get("mandatory", False)
    if not isinstance(mandatory, bool):
        problems.append(
            where + translate("ChecklistTemplateProblems", "'mandatory' must be true or false")
        )
    return StepTemplate(
        code=code,
        title=title,
        phase=phase,
        mandatory=mandatory is True,
        owner=_text(raw, "owner", where, problems),
        due=_due(raw.get("due"), where, code, codes, key, problems),
        basis=_text(raw, "basis", where, problems),
        guidance=_text(raw, "guidance", where, problems),
        title_fr=_text(raw, "title_fr", where, problems),
        basis_fr=_text(raw, "basis_fr", where, problems),
        guidance_fr=_text(raw, "guidance_fr", where, problems),
    )


def template_from_dict(data: Any, source: str, key: str | None = None) -> ChecklistTemplate:
    """Check a template and build it; raise TemplateError naming every problem found."""
    if not isinstance(data, dict):
        raise TemplateError(
            source, [translate("ChecklistTemplateProblems", "it is not a JSON object")]
        )
    problems: list[str] = []
    version = data.get("format")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT:
        raise TemplateError(
            source,
            [
                translate(
                    "ChecklistTemplateProblems",
                    "it was written by a newer version of Cooperation Desk (format {0})",
                ).format(version)
            ],
        )
    if version != FORMAT:
        problems.append(
            translate("ChecklistTemplateProblems", "'format' must be {0}").format(FORMAT)
        )
    _unknown(data, _TOP_FIELDS, "", problems)
    kind = data.get("kind")
    if kind not in TEMPLATE_KEYS:
        problems.append(
            translate("ChecklistTemplateProblems", "'kind' must be one of: {0}").format(
                ", ".join(TEMPLATE_KEYS)
            )
        )
    elif key is not None and kind != key:
        problems.append(
            translate(
                "ChecklistTemplateProblems", "it is the checklist for '{0}', not for '{1}'"
            ).format(kind, key)
        )
    title = _text(data, "title", "", problems, required=True)
    title_fr = _text(data, "title_fr", "", problems)
    basis = _text(data, "basis", "", problems)
    basis_fr = _text(data, "basis_fr", "", problems)
    phases = _phases(data.get("phases"), problems)
    raw_steps = data.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        problems.append(
            translate("ChecklistTemplateProblems", "'steps' must be a list of at least one step")
        )
        raw_steps = []
    codes = [s.get("code") for s in raw_steps if isinstance(s, dict)]
    for code in sorted({c for c in codes if isinstance(c, str) and codes.count(c) > 1}):
        problems.append(
            translate("ChecklistTemplateProblems", "step code '{0}' is used twice").format(code)
        )
    code_set = {c for c in codes if isinstance(c, str)}
    phase_codes = {p.code for p in phases}
    steps = [
        _step(raw, i, code_set, phase_codes, str(kind), problems)
        for i, raw in enumerate(raw_steps, 1)
    ]
    if problems:
        raise TemplateError(source, problems)
    return ChecklistTemplate(
        key=str(kind),
        title=title,
        phases=phases,
        steps=tuple(s for s in steps if s is not None),
        basis=basis,
        title_fr=title_fr,
        basis_fr=basis_fr,
    )


def template_from_json(text: str, source: str, key: str | None = None) -> ChecklistTemplate:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TemplateError(
            source,
            [
                translate(
                    "ChecklistTemplateProblems", "it is not valid JSON (line {0}, column {1}: {2})"
                ).format(exc.lineno, exc.colno, exc.msg)
            ],
        ) from None
    return template_from_dict(data, source, key)


# -- writing -------------------------------------------------------------------------------


def _due_dict(rule: DueRule) -> dict[str, Any]:
    unit = "calendar_days" if rule.calendar_days else "working_days"
    return {"from": rule.anchor, unit: rule.days}


def _french(title_fr: str) -> dict[str, str]:
    return {"title_fr": title_fr} if title_fr else {}


def template_to_dict(template: ChecklistTemplate) -> dict[str, Any]:
    """The JSON shape of the shipped files; fields left at their default are left out."""
    data: dict[str, Any] = {
        "format": FORMAT,
        "kind": template.key,
        "title": template.title,
        **_french(template.title_fr),
    }
    if template.basis:
        data["basis"] = template.basis
    if template.basis_fr:
        data["basis_fr"] = template.basis_fr
    if template.phases:
        data["phases"] = [
            {"code": p.code, "title": p.title, **_french(p.title_fr)} for p in template.phases
        ]
    steps = []
    for step in template.steps:
        item: dict[str, Any] = {"code": step.code, "title": step.title, **_french(step.title_fr)}
        if step.phase:
            item["phase"] = step.phase
        if step.mandatory:
            item["mandatory"] = True
        if step.owner:
            item["owner"] = step.owner
        if step.due:
            item["due"] = _due_dict(step.due)
        if step.basis:
            item["basis"] = step.basis
        if step.basis_fr:
            item["basis_fr"] = step.basis_fr
        if step.guidance:
            item["guidance"] = step.guidance
        if step.guidance_fr:
            item["guidance_fr"] = step.guidance_fr
        steps.append(item)
    data["steps"] = steps
    return data


def template_to_json(template: ChecklistTemplate) -> str:
    return json.dumps(template_to_dict(template), ensure_ascii=False, indent=2) + "\n"


# -- an office editing its checklists in French --------------------------------------------


def _swap(first: str, second: str) -> tuple[str, str]:
    """The two languages of a field trade places (the second is empty: the first in both).
    Going into the editor the French comes first; coming back, the English."""
    return second or first, first


# The words of a template in both languages, as (field, its `_fr` twin).
_TWINS = (("title", "title_fr"), ("basis", "basis_fr"), ("guidance", "guidance_fr"))


def _swapped(template: ChecklistTemplate, owner: Callable[[str], str]) -> ChecklistTemplate:
    """The template with each field and its `_fr` twin swapped, and each step's owner
    through `owner`: the one walk `as_edited` and `from_edited` share."""

    def words(item: Any, fields: Iterable[tuple[str, str]]) -> dict[str, Any]:
        changed: dict[str, Any] = {}
        for field, twin in fields:
            changed[field], changed[twin] = _swap(getattr(item, field), getattr(item, twin))
        return changed

    return replace(
        template,
        **words(template, _TWINS[:2]),
        phases=tuple(replace(p, **words(p, _TWINS[:1])) for p in template.phases),
        steps=tuple(replace(s, **words(s, _TWINS), owner=owner(s.owner)) for s in template.steps),
    )


def as_edited(template: ChecklistTemplate, language: str) -> ChecklistTemplate:
    """The template as an office working in `language` edits it: for French, the French
    words in the fields an editor shows (title, basis, guidance, phases) and the English
    kept aside in the `_fr` fields, the usual owners by their French names; `from_edited`
    turns it back. Other languages: the template itself."""
    if language[:2] != "fr":
        return template
    return _swapped(template, lambda owner: authority_name(owner, language))


def from_edited(template: ChecklistTemplate, language: str) -> ChecklistTemplate:
    """Back from `as_edited`: what the editor shows is the French; the English stays (a
    new step, with no English yet, takes the French words in both); the default
    authorities go back to the names every office's checklists share."""
    if language[:2] != "fr":
        return template
    return _swapped(template, english_name)
