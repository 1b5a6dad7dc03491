"""coopdesk-cli in French: `--lang`, COOPDESK_LANG, or a French workspace; else English."""

from __future__ import annotations

import json
import re

from desktop.core import translation
from desktop.core.authorities import DEFAULT_AUTHORITIES, FRENCH_AUTHORITIES
from tests.english_words import english_in


def _authorities(run_cli, *before: str) -> list[str]:
    code, out, err = run_cli(*before, "authorities", "--json")
    assert code == 0, err
    return [row["name"] for row in json.loads(out)]


def test_lang_fr_gives_french_refusals_and_output_and_english_stays_the_default(
    run_cli, monkeypatch
):
    before = translation.language()
    assert run_cli("init", "--country", "NL")[0] == 0
    assert run_cli("show", "CD-1999-0001")[2] == ("No request with the reference 'CD-1999-0001'.\n")
    code, _, err = run_cli("--lang", "fr", "show", "CD-1999-0001")
    assert code == 1 and err == "Aucune demande ne porte la référence «\u00a0CD-1999-0001\u00a0».\n"
    monkeypatch.setenv("COOPDESK_LANG", "fr_BE.UTF-8")
    assert run_cli("show", "CD-1999-0001")[2].startswith("Aucune demande")
    assert run_cli("--lang", "en", "show", "CD-1999-0001")[2].startswith("No request")
    monkeypatch.delenv("COOPDESK_LANG")
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")  # the machine's locale does not decide
    assert run_cli("show", "CD-1999-0001")[2].startswith("No request")
    assert translation.language() == before  # in-process: what was installed comes back


def test_a_french_workspace_speaks_french_and_starts_with_a_french_directory(run_cli, tmp_path):
    code, out, err = run_cli(
        "init",
        "--country",
        "FR",
        "--lang",
        "fr",
        "--office",
        "Embassy of Testland",
        "--office-fr",
        "Ambassade de Testland",
        "--place",
        "The Hague",
        "--place-fr",
        "La Haye",
        "--state",
        "the Republic of Testland",
        "--state-fr",
        "la République de Testland",
    )
    assert code == 0, err
    assert out.startswith("Espace de travail créé dans ") and "CLÉ DE RÉCUPÉRATION" in out
    names = _authorities(run_cli)
    assert sorted(names) == sorted(FRENCH_AUTHORITIES[name][0] for name, _ in DEFAULT_AUTHORITIES)
    assert "Ministère de la Justice" in names
    # Without --lang, the workspace's language: its refusals and its output.
    assert run_cli("show", "CD-1999-0001")[2].startswith("Aucune demande")
    code, out, err = run_cli("demo", "--count", "6")
    assert code == 0, err
    assert out == "6 demandes d’exemple ajoutées.\n"
    assert run_cli("demo", "--count", "1")[1] == "1 demande d’exemple ajoutée.\n"
    code, out, err = run_cli("unlock-check")
    assert code == 0, err
    assert re.fullmatch(
        "Déverrouillé en tant que «\u00a0.+\u00a0» en \\d+(,\\d+)?\u00a0s\u00a0; 7 demandes\\.\n",
        out,
    ), out
    listed = json.loads(run_cli("list", "--json")[1])
    subjects = " ".join(row["subject"] for row in listed)
    assert english_in(subjects) == [], subjects
    number = listed[0]["registry_no"]
    code, out, _ = run_cli("note", number, "Appel à l’autorité centrale.")
    assert out == f"Note ajoutée à {number}.\n"
    # A script written for an English directory still routes, to the French authority.
    code, out, err = run_cli("route", number, "--authority", "Ministry of Justice")
    assert code == 0, err
    assert f"{number} transmise à Ministère de la Justice (transmission n°\u00a0" in out
    # --lang en still wins over the workspace's French.
    assert run_cli("--lang", "en", "note", number, "Called.")[1] == f"Note added to {number}.\n"


def test_an_english_workspace_keeps_its_english_directory(run_cli):
    assert run_cli("init", "--country", "NL")[0] == 0
    assert sorted(_authorities(run_cli)) == sorted(name for name, _ in DEFAULT_AUTHORITIES)


def test_french_dates_and_plurals_come_from_the_catalogue(run_cli):
    from desktop.cli import language

    assert run_cli("init", "--country", "NL")[0] == 0
    before = translation.language()
    with translation.speaking(None):
        language.use("fr")
        assert translation.fmt_date(__import__("datetime").date(2027, 1, 2)) == "2 janv. 2027"
        assert translation.translate(
            "UnlockGuardMessages",
            "Too many wrong passphrases in a row. Wait %n second(s) "
            "before trying again; nothing was changed.",
            None,
            3,
        ).startswith("Trop de phrases secrètes erronées à la suite. Attendez 3 secondes")
        assert translation.translate("X", "Not in the catalogue") == "Not in the catalogue"
    assert translation.language() == before
