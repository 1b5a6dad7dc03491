"""The services' refusals in the French interface: every message goes through translate()
and reads as French when the interface is French."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

from desktop.core import statuses
from desktop.core.requests import draft_from_mapping
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


def english_messages(root: Path = ROOT) -> list[str]:
    """Errors raised below the interface with a message written out in English, not
    through translate(): "file:line"."""
    classes = _message_classes()
    found = []
    for layer in ("core", "storage", "services"):
        for path in sorted((root / layer).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Call)
                    and getattr(node.func, "id", None) in classes
                    and node.args
                    and isinstance(node.args[0], ast.JoinedStr | ast.Constant)
                    and not isinstance(getattr(node.args[0], "value", ""), bytes)
                ):
                    found.append(f"{path.relative_to(root.parent)}:{node.lineno}")
    return found


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
    )
    assert english_messages(tmp_path / "desktop") == ["desktop/services/x.py:1"]


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
