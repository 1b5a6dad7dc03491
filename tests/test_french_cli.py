"""coopdesk-cli --lang fr: its help, argparse's own words, its prompts and its refusals
read as French; without --lang they stay English (the swap of argparse's words is undone).

The English detector is the catalogue's (tests/english_words.py). What the command line
takes as typed is not a word of either language and is set aside: option strings
(--passphrase-file), command names (unlock-check), the names of positional arguments
(ref, file), the values in {braces} and the statistics' dimensions (--by kind,organ).
"""

from __future__ import annotations

import argparse
import re
import shutil

import pytest

from desktop.cli import common, language
from desktop.cli.main import build_parser, main
from desktop.cli.stats_commands import DIMENSIONS
from desktop.core import translation
from desktop.storage.connection import DB_FILE
from tests.english_words import english_in

OPTION = re.compile(r"(?<![\w-])-{1,2}[\w-]+")


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(sub.choices)


def _typed_words() -> frozenset[str]:
    """Command names and positional argument names: what a user types, not prose."""
    words: set[str] = {"coopdesk", "cli", *DIMENSIONS}  # stats --by kind,organ,...
    for name, command in _commands().items():
        words.update(re.split(r"[-_]", name))
        for action in command._actions:
            if not action.option_strings:
                words.update(re.split(r"[-_]", action.dest))
    return frozenset(w.lower() for w in words)


def _help(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as done:
        main(list(argv))
    assert done.value.code == 0
    return capsys.readouterr().out


def _english(text: str) -> list[str]:
    return english_in(OPTION.sub(" ", text), _typed_words())


def test_every_command_s_help_is_french(capsys):
    shown = {"": _help(capsys, "--lang", "fr", "--help")}
    for name in _commands():
        shown[name] = _help(capsys, "--lang", "fr", name, "--help")
    assert shown[""].startswith("utilisation\u00a0: coopdesk-cli")
    assert "arguments positionnels\u00a0:" in shown[""] and "\noptions\u00a0:" in shown[""]
    assert "afficher cette aide et quitter" in shown["route"]
    assert "transmettre une demande à une autorité nationale" in shown["route"]
    english = {name: _english(text) for name, text in shown.items()}
    assert {name: words for name, words in english.items() if words} == {}


def test_the_detector_sees_the_english_help(capsys, monkeypatch):
    """Without --lang the same help is English, and the check above would fail on it."""
    monkeypatch.delenv(language.ENV, raising=False)
    text = _help(capsys, "route", "--help")
    assert text.startswith("usage: coopdesk-cli route")
    assert "show this help message and exit" in text
    assert _english(text)


def test_language_from_the_environment_and_before_the_command_only(capsys, monkeypatch):
    monkeypatch.setenv(language.ENV, "fr")
    assert _help(capsys, "list", "--help").startswith("utilisation\u00a0:")
    monkeypatch.delenv(language.ENV)
    # After the command, --lang is the command's own (a letter's language): not the help's.
    assert _help(capsys, "reply", "--help", "--lang", "fr").startswith("usage:")
    assert language.asked_in(["--workspace", "--lang", "list"], ("--workspace",)) == ""
    assert language.asked_in(["--workspace=x", "--lang=fr", "list"]) == "fr"


def test_argparse_mistakes_are_french_then_english_again(capsys):
    before = argparse._  # type: ignore[attr-defined]
    with pytest.raises(SystemExit) as done:
        main(["--lang", "fr", "route"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert err == (
        "coopdesk-cli route\u00a0: ces arguments sont obligatoires\u00a0: ref, --authority "
        "(voir\u00a0: coopdesk-cli route --help)\n"
    )
    with pytest.raises(SystemExit):
        main(["--lang", "fr", "status", "CD-1", "bogus"])
    err = capsys.readouterr().err
    assert "choix non valable\u00a0: 'bogus'" in err
    assert not _english(err.split("(choisir parmi")[0])
    assert argparse._ is before  # type: ignore[attr-defined]
    with pytest.raises(SystemExit):
        main(["route"])
    assert "the following arguments are required: ref, --authority" in capsys.readouterr().err


def test_passphrase_prompts_are_french(monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(common.sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(common.getpass, "getpass", lambda text: asked.append(text) or "x" * 12)
    monkeypatch.delenv(common.NEW_PASSPHRASE_ENV, raising=False)
    monkeypatch.delenv(common.PASSPHRASE_ENV, raising=False)
    args = argparse.Namespace(passphrase_file=None, new_passphrase_file=None)
    with translation.speaking(None):
        language.use("fr")
        common.passphrase(args)
        common.new_passphrase(args)
    assert asked == [
        "Phrase secrète\u00a0: ",
        "Nouvelle phrase secrète\u00a0: ",
        "Nouvelle phrase secrète (encore une fois)\u00a0: ",
    ]
    asked.clear()
    common.new_passphrase(args)
    assert asked == ["New passphrase: ", "New passphrase (again): "]


def test_a_bad_import_is_refused_in_french(run_cli, tmp_path):
    assert run_cli("init")[0] == 0
    rows = tmp_path / "rows.json"
    rows.write_text(
        '[{"court_reference": "ICC-1", "received_at": "2026-13-01", "kind": "nope",'
        ' "subject": "x", "colour": "red"}]',
        encoding="utf-8",
    )
    code, _, err = run_cli("--lang", "fr", "import", str(rows))
    assert code == 1
    lines = err.splitlines()
    assert (
        "ligne 1\u00a0: received_at\u00a0: «\u00a02026-13-01\u00a0» n’est pas une date ISO 8601 "
        "valable (p. ex. 2026-03-14)"
    ) in lines
    assert "ligne 1\u00a0: colour\u00a0: n’est pas un champ connu" in lines
    assert any(
        line.startswith("ligne 1\u00a0: kind\u00a0: «\u00a0nope\u00a0» ne fait") for line in lines
    )
    codes = frozenset({"received", "at", "kind", "colour", "nope"})
    prose = "\n".join(line.split("ne fait pas partie de")[0] for line in lines)
    assert english_in(prose, codes) == []


def test_refused_fields_from_the_command_line_are_french(run_cli):
    assert run_cli("init")[0] == 0
    code, _, err = run_cli("--lang", "fr", "route", "CD-1", "--authority", "X", "--due", "demain")
    assert code == 1
    assert err == (
        "--due\u00a0: «\u00a0demain\u00a0» n’est pas une date ISO 8601 valable "
        "(p. ex. 2026-03-14)\n"
    )


@pytest.mark.parametrize(
    "damage, expected",
    [
        ("cut mid-page", "il s’arrête au milieu d’une page"),
        ("a folder", "est un dossier et non une base de données"),
    ],
)
def test_a_damaged_database_is_described_in_french(run_cli, tmp_path, damage, expected):
    assert run_cli("init")[0] == 0
    db = tmp_path / "cli-ws" / DB_FILE
    if damage == "a folder":
        db.unlink()
        db.mkdir()
    else:
        with db.open("r+b") as handle:
            handle.truncate(db.stat().st_size - 10)
    code, _, err = run_cli("--lang", "fr", "list")
    assert code == 1
    assert expected in err
    assert english_in(err.replace(str(tmp_path), "")) == []


def test_an_older_database_is_reported_in_french(run_cli, tmp_path):
    assert run_cli("init")[0] == 0
    folder = tmp_path / "cli-ws"
    shutil.copyfile(folder / DB_FILE, tmp_path / "older.db")
    assert run_cli("demo", "--count", "2")[0] == 0
    assert run_cli("backup")[0] == 0
    for suffix in ("-wal", "-shm"):
        (folder / (DB_FILE + suffix)).unlink(missing_ok=True)
    shutil.copyfile(tmp_path / "older.db", folder / DB_FILE)
    code, out, err = run_cli("--lang", "fr", "verify")
    assert code == 1
    assert "la base de données est plus ancienne que la dernière sauvegarde du " in out + err
    text = re.sub(r"\b[0-9a-f]{8,}\b|\S*T\d\d:\d\d\S*", " ", out + err)  # hashes, timestamps
    assert english_in(text) == []


def test_a_request_shown_in_french(run_cli, tmp_path):
    """`show`: labels, deadline explanations and the legal bases as French cites them."""
    assert run_cli("init", "--country", "NL")[0] == 0
    rows = tmp_path / "rows.json"
    rows.write_text(
        '[{"court_reference": "ICC-01/04-01/26-0001", "received_at": "2026-11-02",'
        ' "kind": "judicial_assistance", "subject": "Dossiers", "court_deadline": "2026-12-15"}]',
        encoding="utf-8",
    )
    assert run_cli("import", str(rows))[0] == 0
    code, out, err = run_cli("--lang", "fr", "show", "ICC-01/04-01/26-0001")
    assert code == 0, err
    assert "  échéance finale 2026-12-15\u00a0: Échéance fixée par la Cour au 15 déc. 2026" in out
    assert "(art. 96, par. 2, al. c))" in out
    codes = {"judicial", "assistance", "received", "routine", "confidential", "alice"}
    codes |= {word for status in ("in_progress", "withdrawn") for word in status.split("_")}
    next_line = [line for line in out.splitlines() if "suite possible" in line]
    prose = out.replace(next_line[0], "") if next_line else out
    assert english_in(prose, frozenset(codes)) == []
    assert "(art. 96(2)(c))" in run_cli("show", "ICC-01/04-01/26-0001")[1]


def test_a_bad_checklist_template_is_refused_in_french(run_cli, tmp_path):
    assert run_cli("init")[0] == 0
    bad = tmp_path / "checklist.json"
    bad.write_text(
        '{"format": 1, "kind": "judicial_assistance", "title": "X", "colour": 1,'
        ' "steps": [{"code": "Bad Code", "title": "Y", "mandatory": "yes"}]}',
        encoding="utf-8",
    )
    code, _, err = run_cli(
        "--lang", "fr", "checklist-template", "judicial_assistance", "--import", str(bad)
    )
    assert code == 1
    assert err.startswith("checklist.json est inutilisable\u00a0: «\u00a0colour\u00a0» n’est pas")
    assert (
        "étape 1 («\u00a0Y\u00a0»)\u00a0: «\u00a0mandatory\u00a0» doit valoir true ou false" in err
    )
    codes = frozenset({"colour", "mandatory", "bad", "code", "true", "false", "json", "checklist"})
    assert english_in(err, codes) == []
    code, _, err = run_cli("checklist-template", "judicial_assistance", "--import", str(bad))
    assert err.startswith("checklist.json cannot be used: 'colour' is not a known field")


def _app_help(capsys, *argv: str) -> str:
    from desktop.gui.app import launch

    with pytest.raises(SystemExit) as done:
        launch([*argv, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


def test_the_desktop_app_s_help_is_in_its_language(capsys, isolated_qt):
    """`coopdesk --help` is in the language the window would open in: --language, else
    the one saved in Settings; argparse's words are undone afterwards."""
    from desktop.gui import i18n

    before = translation.language()
    english = _app_help(capsys, "--language", "en")
    assert english.startswith("usage: coopdesk") and _english(english)
    i18n.save_language("fr")
    for argv in [(), ("--language", "fr")]:
        text = _app_help(capsys, *argv)
        assert text.startswith("utilisation\u00a0: coopdesk")
        assert "dossier de l’espace de travail" in text and "\noptions\u00a0:" in text
        assert english_in(OPTION.sub(" ", text), frozenset({"coopdesk", "fr", "en"})) == []
    assert _app_help(capsys, "--language", "en").startswith("usage: coopdesk")
    assert translation.language() == before
