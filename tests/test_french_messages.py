"""The services' refusals in the French interface: every message goes through translate()
and reads as French when the interface is French."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

from desktop.core import statuses, translation
from desktop.core.requests import ValidationError, draft_from_mapping
from desktop.errors import UserFacingError
from desktop.services import (
    audit,
    backup,
    casefile,
    directory,
    offices,
    parcel_format,
    register,
    settings,
    workflow,
)
from desktop.services.errors import Refused
from desktop.services.unlock_guard import TooManyAttempts
from desktop.services.workspace import Workspace
from desktop.storage import connection, keys
from tests.english_words import english_in
from tests.factories import PASSPHRASE, request_row

ROOT = Path(__file__).resolve().parents[1] / "desktop"


def _subclasses(base: type) -> set[str]:
    found = {base.__name__}
    for sub in base.__subclasses__():
        found |= _subclasses(sub)
    return found


def _message_classes() -> set[str]:
    import desktop.services.replies
    import desktop.services.replies.filling  # noqa: F401  (their classes, once imported)

    return (
        _subclasses(UserFacingError)
        | _subclasses(connection.DatabaseProblem)
        | _subclasses(keys.KeyProblem)
        | {statuses.TransitionError.__name__}
    )


# Modules whose ValueErrors are shown as they are: a field's problem in a ValidationError.
USER_VALUE_ERRORS = ("requests.py", "vocabulary.py")


def _written_out(node: ast.expr) -> bool:
    """A message written out in English: a literal or an f-string (not translate())."""
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def _english_message(node: ast.Call, classes: set[str], path: Path) -> bool:
    name = getattr(node.func, "id", None)
    if name in classes and node.args:
        return _written_out(node.args[0])
    if (
        name == "ValidationError"
        and node.args
        and isinstance(node.args[0], ast.Dict | ast.DictComp)
    ):
        found = node.args[0]
        values = found.values if isinstance(found, ast.Dict) else [found.value]
        return any(_written_out(value) for value in values)
    if name == "ValueError" and path.name in USER_VALUE_ERRORS and node.args:
        return _written_out(node.args[0])
    if name == "ChainProblem" and len(node.args) == 3:  # verify's lines, one per problem
        return _written_out(node.args[2])
    if name == "TemplateError" and len(node.args) == 2 and isinstance(node.args[1], ast.List):
        return any(_written_out(item) for item in node.args[1].elts)
    # A checklist template's problem: problems.append(f"{where}'{name}' must be text").
    if (
        isinstance(node.func, ast.Attribute)
        and node.func.attr == "append"
        and getattr(node.func.value, "id", None) == "problems"
        and "storage" not in path.parts  # SQLite's own integrity lines
        and node.args
    ):
        added = node.args[0]
        return _written_out(added) or (
            isinstance(added, ast.BinOp) and any(map(_written_out, (added.left, added.right)))
        )
    return False


def english_messages(root: Path = ROOT) -> list[str]:
    """Errors raised below the interface with a message written out in English, not
    through translate(): "file:line". Field problems (a ValidationError's, or the
    ValueError of core/requests.py that becomes one) and verify's chain problems too."""
    classes = _message_classes()
    found = []
    for layer in ("core", "storage", "services"):
        for path in sorted((root / layer).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and _english_message(node, classes, path):
                    found.append(f"{path.relative_to(root.parent)}:{node.lineno}")
            # A field's problem set by hand: problems["kind"] = "is required".
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Assign)
                    and isinstance(node.targets[0], ast.Subscript)
                    and getattr(node.targets[0].value, "id", None) == "problems"
                    and _written_out(node.value)
                ):
                    found.append(f"{path.relative_to(root.parent)}:{node.lineno}")
    return sorted(found)


def test_every_refusal_below_the_interface_is_translatable():
    assert english_messages() == []


def test_an_english_refusal_is_found(tmp_path):
    services = tmp_path / "desktop" / "services"
    services.mkdir(parents=True)
    (tmp_path / "desktop" / "core").mkdir()
    (tmp_path / "desktop" / "storage").mkdir()
    (services / "x.py").write_text(
        'raise Refused(f"No request {ref}.")\n'
        'raise Refused(translate("X", "No request {0}.").format(ref))\n'
        'raise ValidationError({"received_at": "is in the future"})\n'
        'raise ValidationError({n: translate("V", "cannot be edited") for n in names})\n'
        'ChainProblem(1, "older", f"the database is older than {source}")\n'
    )
    core = tmp_path / "desktop" / "core"
    (core / "requests.py").write_text(
        'problems[name] = "is required"\n'
        'raise ValueError("must be text")\n'
        'raise ValueError(translate("Validation", "must be text"))\n'
    )
    (core / "statistics.py").write_text('raise ValueError(f"no band for {days}")\n')  # internal
    (core / "checklists.py").write_text(
        "problems.append(f\"{where}'{name}' must be text\")\n"
        'problems.append(where + translate("C", "\'{0}\' must be text").format(name))\n'
        'raise TemplateError(source, ["it is not a JSON object"])\n'
    )
    assert english_messages(tmp_path / "desktop") == [
        "desktop/core/checklists.py:1",
        "desktop/core/checklists.py:3",
        "desktop/core/requests.py:1",
        "desktop/core/requests.py:2",
        "desktop/services/x.py:1",
        "desktop/services/x.py:3",
        "desktop/services/x.py:5",
    ]


def _refusals(ws: Workspace, tmp_path: Path) -> dict[str, str]:
    """What a user meets most: one refusal of each service, caught as shown."""
    record = register.register(ws, draft_from_mapping(request_row()))
    actions = {
        "unknown reference": lambda: register.get(ws, "CD-1999-0001"),
        "empty note": lambda: casefile.add_note(ws, record, "  "),
        "note in the future": lambda: casefile.add_note(ws, record, "x", on=date(2099, 1, 1)),
        "negative cost": lambda: casefile.add_cost(ws, record, "ordinary", "Billets", "-5", "EUR"),
        "not an amount": lambda: casefile.add_cost(ws, record, "ordinary", "Billets", "abc", "EUR"),
        "missing file": lambda: casefile.attach_file(ws, record, tmp_path / "absent.pdf"),
        "status not allowed": lambda: workflow.change_status(ws, record, "closed"),
        "unknown authority": lambda: workflow.route(ws, record, "Nowhere"),
        "nameless authority": lambda: directory.add_authority(ws, " "),
        "registry format": lambda: settings.check_reference_format("CD-{seq}-{month}"),
        "backup folder": lambda: backup.back_up(ws, tmp_path / "absent" / "copie.db"),
        "wrong passphrase": lambda: Workspace.unlock(ws.folder, "alice", "not it at all x"),
        "unknown user": lambda: Workspace.unlock(ws.folder, "zoe", PASSPHRASE),
    }
    shown = {}
    for name, action in actions.items():
        with pytest.raises(UserFacingError) as caught:
            action()
        shown[name] = str(caught.value)
    shown["too many attempts"] = str(TooManyAttempts(1.2))
    return shown


def test_refusals_read_in_french_in_the_french_interface(french, ws, tmp_path):
    shown = _refusals(ws, tmp_path)
    assert shown["unknown reference"] == (
        "Aucune demande ne porte la référence «\u00a0CD-1999-0001\u00a0»."
    )
    assert shown["empty note"] == "Une note ne peut pas être vide."
    assert shown["too many attempts"].startswith(
        "Trop de phrases secrètes erronées à la suite. Attendez 1 seconde avant"
    )
    assert shown["wrong passphrase"].startswith("Cette phrase secrète n’est pas la bonne.")
    # The codes the command line takes stay as they are: "« Classée » (closed)".
    codes = frozenset(word for status in statuses.Status for word in status.value.split("_"))
    english = {
        name: english_in(text.replace(str(tmp_path), ""), codes | {"nowhere"})
        for name, text in shown.items()
    }
    assert {name: words for name, words in english.items() if words} == {}


def test_the_same_refusals_are_english_without_a_translator(ws, tmp_path):
    """The detector sees them: in English every one of them has English words."""
    shown = _refusals(ws, tmp_path)
    assert shown["unknown reference"] == "No request with the reference 'CD-1999-0001'."
    assert all(english_in(text) for text in shown.values()), shown


def test_holidays_are_named_in_french_or_in_the_state_s_own_language(monkeypatch):
    from desktop.core import translation
    from desktop.core.deadlines import WorkingCalendar

    kings_day, national_day = date(2026, 4, 27), date(2026, 7, 21)
    assert WorkingCalendar("NL").holiday_name(kings_day) == "King's Day"
    monkeypatch.setattr(translation, "_language", "fr")
    assert WorkingCalendar("BE").holiday_name(national_day) == "Fête nationale"
    assert WorkingCalendar("NL").holiday_name(kings_day) == "Koningsdag"  # no French: Dutch
    assert WorkingCalendar("NL").holiday_name(date(2026, 4, 28)) is None


def test_data_problems_and_parcel_refusals_read_in_french(french, tmp_path):
    """What verify prints about rows changed outside the app, and a parcel or a card
    refused, in the French interface."""
    changed = audit.DataProblem(
        "requests", 3, "CD-2026-0003", "changed", ("confidentiality", "summary")
    )
    deleted = audit.DataProblem("notes", 1, "CD-2026-0002", "deleted")
    assert changed.message == (
        "demande CD-2026-0003\u00a0: modification hors de l’application (confidentiality, summary)"
    )
    assert deleted.message == (
        "note 1 de la demande CD-2026-0002\u00a0: suppression hors de l’application"
    )
    report = audit.VerifyReport(0, (0, "0" * 64), data_problems=(changed, deleted))
    assert report.summary() == "2 lignes ont été modifiées hors de l’application"
    not_json = tmp_path / "card.json"
    not_json.write_text("{", encoding="utf-8")
    shown = []
    for refuse in (
        lambda: parcel_format.outside(b"not a parcel"),
        lambda: offices.read_card(not_json),
    ):
        with pytest.raises(Refused) as caught:
            refuse()
        shown.append(str(caught.value))
    assert shown[0] == (
        "Ce fichier n’est pas un colis Cooperation Desk\u00a0; rien n’a été appliqué."
    )
    assert shown[1] == "card.json n’est pas une carte de bureau (ce n’est pas du JSON)."
    english = [
        english_in(text.replace("confidentiality, summary", ""))
        for text in (changed.message, deleted.message, *shown)
    ]
    assert not any(english), english


def test_field_problems_read_in_french(french, ws):
    """What the request form and an import show next to a field, in the French interface."""
    with pytest.raises(ValidationError) as caught:
        draft_from_mapping(
            request_row(court_deadline="demain", kind="nope", subject=" ", colour="red")
        )
    problems = caught.value.problems
    assert problems["court_deadline"] == (
        "«\u00a0demain\u00a0» n’est pas une date ISO 8601 valable (p. ex. 2026-03-14)"
    )
    assert problems["subject"] == "est obligatoire"
    assert problems["colour"] == "n’est pas un champ connu"
    assert problems["kind"].startswith("«\u00a0nope\u00a0» ne fait pas partie de\u00a0: ")
    assert "court_deadline\u00a0: «\u00a0demain\u00a0» n’est pas" in "\n".join(caught.value.lines())
    record = register.register(ws, draft_from_mapping(request_row()))
    with pytest.raises(ValidationError) as refused:
        register.update(ws, record, {"status": "closed"})
    assert refused.value.problems == {"status": "ne peut pas être modifié"}
    shown = [problems[name] for name in ("court_deadline", "subject", "colour")]
    shown.append(problems["kind"].split("ne fait pas partie de")[0] + "ne fait pas partie de")
    assert [english_in(text, frozenset({"nope"})) for text in shown] == [[]] * 4


def test_a_status_proposed_by_another_office_is_told_in_the_reader_s_language(french, ws):
    """The audit entry keeps the office's name, not a sentence: each reader sees it in
    their own language."""
    record = register.register(ws, draft_from_mapping(request_row()))
    workflow.change_status(ws, record, "in_progress", proposed_by="Embassy of Testland")
    (entry,) = [e for e in ws.store.events(record.id) if e.action == "status.changed"]
    assert entry.detail["proposed_by"] == "Embassy of Testland" and entry.detail["reason"] == ""
    assert workflow.status_reason(entry.detail) == "Proposé par Embassy of Testland"
    assert workflow.status_reason({"proposed_by": ""}) == "Proposé par un autre bureau"
    with translation.untranslated():
        assert workflow.status_reason(entry.detail) == "Proposed by Embassy of Testland"


def test_an_older_database_and_a_damaged_one_are_told_in_french(french, ws, clock, tmp_path):
    register.register(ws, draft_from_mapping(request_row(court_reference="ICC-1")))
    newer = backup.back_up_automatically(ws)
    ws.store.conn.execute("DELETE FROM events WHERE seq > 1")
    summary = audit.verify(ws).summary()
    assert summary.startswith(
        f"la base de données est plus ancienne que la dernière sauvegarde du "
        f"{newer.manifest.created_at}\u00a0: celle-ci allait jusqu’à l’entrée d’audit "
    )
    damaged = audit.VerifyReport(
        0, (0, "0" * 64), ("x",), damaged_pages=(3, 7), damaged_objects=("table events",)
    )
    assert damaged.summary() == (
        "la base de données est endommagée (pages 3, 7\u00a0; illisibles en entier\u00a0: "
        "table events)"
    )
    texts = [summary.replace(newer.manifest.created_at, ""), damaged.summary()]
    assert [english_in(text, frozenset({"table", "events"})) for text in texts] == [[], []]
