"""The shipped checklists in both languages, down to the guidance, the provisions and the
usual owners; an office working in French edits its checklists in French."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.core.authorities import FRENCH_AUTHORITIES
from desktop.core.checklists import (
    StepTemplate,
    as_edited,
    from_edited,
    template_from_json,
)
from desktop.paths import resources_dir
from tests.english_words import english_in


def _shipped():
    return [
        template_from_json(path.read_text(encoding="utf-8"), path.name)
        for path in sorted((resources_dir() / "checklists").glob("*.json"))
    ]


def test_every_provision_and_guidance_has_its_french():
    for template in _shipped():
        assert bool(template.basis) == bool(template.basis_fr), template.key
        french = [template.title_fr, template.basis_fr]
        for step in template.steps:
            assert bool(step.basis) == bool(step.basis_fr), (template.key, step.code)
            assert bool(step.guidance) == bool(step.guidance_fr), (template.key, step.code)
            assert not step.owner or step.owner in FRENCH_AUTHORITIES, step.owner
            french += [step.title_fr, step.basis_fr, step.guidance_fr]
        for text in filter(None, french):
            assert english_in(text) == [], (template.key, text)
            assert "'" not in text and " :" not in text and " ;" not in text, text
            assert "(1)" not in text and "Rule" not in text, text  # art. 89, par. 1; règle


def test_editing_in_french_shows_the_french_and_keeps_the_english():
    template = next(t for t in _shipped() if t.key == "transit_transfer")
    assert from_edited(as_edited(template, "fr"), "fr") == template
    assert as_edited(template, "en") is template
    shown = as_edited(template, "fr")
    first = shown.steps[0]
    assert first.title == template.steps[0].title_fr
    assert first.guidance == template.steps[0].guidance_fr
    assert shown.title == template.title_fr
    assert all(
        not s.owner or s.owner in {n for n, _ in FRENCH_AUTHORITIES.values()} for s in shown.steps
    )
    edited = replace(
        shown,
        steps=(
            replace(first, title="Identité vérifiée"),
            *shown.steps[1:],
            StepTemplate(code="extra", title="Visa de sortie"),
        ),
    )
    kept = from_edited(edited, "fr")
    assert kept.steps[0].title == template.steps[0].title  # the English is untouched
    assert kept.steps[0].title_fr == "Identité vérifiée"
    assert (kept.steps[-1].title, kept.steps[-1].title_fr) == ("Visa de sortie", "Visa de sortie")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_request_gets_its_checklist_in_the_office_s_language(
    make_workspace, monkeypatch, language
):
    from desktop.core import translation
    from desktop.core.requests import draft_from_mapping
    from desktop.services import checklists, register
    from tests.factories import request_row

    monkeypatch.setattr(translation, "_language", "")
    ws, _ = make_workspace(language=language)
    record = register.register(
        ws, draft_from_mapping(request_row(kind="transit_transfer", assistance_types=[]))
    )
    steps = checklists.view(ws, record).steps
    identity = next(s for s in steps if s.code == "identity_confirmed")
    if language == "fr":
        assert identity.basis == "art. 59, par. 2, al. a)"
        assert identity.guidance.startswith("Comparer la personne au signalement")
        assert {s.owner for s in steps if s.owner} <= {n for n, _ in FRENCH_AUTHORITIES.values()}
    else:
        assert identity.basis == "art. 59(2)(a)"
        assert identity.guidance.startswith("Compare the person")
        assert {s.owner for s in steps if s.owner} <= set(FRENCH_AUTHORITIES)
