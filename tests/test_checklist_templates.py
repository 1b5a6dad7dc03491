"""Checklist templates: shipped defaults, the office's own versions, and bad input."""

from __future__ import annotations

import dataclasses
import json

import pytest

from desktop.core.checklists import (
    GENERIC,
    TEMPLATE_KEYS,
    DueRule,
    KeyDate,
    StepTemplate,
    TemplateError,
    new_step_code,
    template_from_dict,
    template_from_json,
    template_to_dict,
)
from desktop.core.requests import draft_from_mapping
from desktop.services import checklists, register
from desktop.services.checklists import templates as checklist_templates
from desktop.services.checklists.templates import shipped_dir, shipped_template, template_for
from desktop.services.errors import NotFound, Refused
from desktop.storage.checklist_store import ChecklistStore
from tests.factories import request_row

TRANSFER_STEPS = {
    "identity_confirmed",
    "warrant_received",
    "surrender_decision_final",
    "registry_informed",
    "fitness_to_travel",
    "travel_document",
    "escort_designated",
    "flight_arranged",
    "transit_authorisations",
    "unscheduled_landing_plan",
    "consular_notification",
    "belongings_inventoried",
    "handover_signed",
    "public_information",
}


def minimal(**overrides) -> dict:
    data = {
        "format": 1,
        "kind": "emergency_visa",
        "title": "Visa",
        "steps": [{"code": "visa_issued", "title": "Visa issued", "mandatory": True}],
    }
    data.update(overrides)
    return data


def test_every_shipped_file_is_valid_and_every_kind_gets_a_checklist(ws):
    files = sorted(p.stem for p in shipped_dir().glob("*.json"))
    assert set(files) <= set(TEMPLATE_KEYS) and GENERIC in files
    for key in files:
        text = (shipped_dir() / f"{key}.json").read_text("utf-8")
        template = template_from_json(text, key, key)
        # The shipped files are written exactly as the office's versions are saved.
        assert json.loads(text) == template_to_dict(template)
    for key in TEMPLATE_KEYS:
        loaded = template_for(ws, key)
        assert loaded.source == "shipped" and loaded.problem is None
        assert loaded.template.key in (key, GENERIC)
    assert template_for(ws, "judicial_assistance").template.key == GENERIC


def test_the_transfer_checklist_has_the_steps_and_phases_of_the_guidelines():
    template = shipped_template("transit_transfer")
    assert template is not None
    assert {s.code for s in template.steps} == TRANSFER_STEPS
    assert [p.title for p in template.phases] == [
        "Legal",
        "Medical and documents",
        "Travel and escort",
        "Transit States",
        "Handover",
    ]
    by_code = {s.code: s for s in template.steps}
    assert by_code["registry_informed"].basis == "Rule 184"
    assert by_code["transit_authorisations"].basis == "art. 89(3)"
    assert by_code["handover_signed"].mandatory
    assert not by_code["public_information"].mandatory
    assert all(s.phase for s in template.steps)
    assert by_code["escort_designated"].due == DueRule(KeyDate.PLANNED_TRANSFER, -5)
    assert by_code["escort_designated"].owner == "National Police"


def test_provisional_arrest_counts_rule_188_from_the_arrest_in_calendar_days():
    template = shipped_template("provisional_arrest")
    assert template is not None
    rule = next(s.due for s in template.steps if s.code == "surrender_request_received")
    assert rule == DueRule("step:person_arrested", 60, calendar_days=True)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"colour": "red"}, "'colour' is not a known field"),
        ({"format": 7}, "newer version"),
        ({"steps": []}, "at least one step"),
        ({"kind": "tea"}, "'kind' must be one of"),
        (
            {"steps": [{"code": "a", "title": "One"}, {"code": "a", "title": "Two"}]},
            "step code 'a' is used twice",
        ),
        (
            {"steps": [{"code": "a", "title": "One", "mandatory": "yes"}]},
            "step 1 ('One'): 'mandatory' must be true or false",
        ),
        (
            {
                "steps": [
                    {
                        "code": "a",
                        "title": "One",
                        "due": {"from": "planned_transfer", "working_days": 1},
                    }
                ]
            },
            "only transfer requests have a planned transfer date",
        ),
        (
            {
                "steps": [
                    {"code": "a", "title": "One", "due": {"from": "step:b", "working_days": 1}}
                ]
            },
            "names 'b', which is not another step",
        ),
        (
            {
                "steps": [
                    {"code": "a", "title": "One", "due": {"from": "received", "working_days": 1.5}}
                ]
            },
            "whole number of days",
        ),
        (
            {"steps": [{"code": "a", "title": "One", "due": {"from": "received"}}]},
            "either working_days or calendar_days",
        ),
        ({"steps": [{"code": "A b", "title": "One"}]}, "must start with a letter"),
        ({"steps": [{"code": "a", "title": "One", "phase": "legal"}]}, "not one of the template's"),
    ],
)
def test_a_bad_template_names_the_problem_and_where(change, message):
    with pytest.raises(TemplateError) as caught:
        template_from_dict(minimal(**change), "visa.json")
    assert message in str(caught.value)
    assert str(caught.value).startswith("visa.json cannot be used:")


def test_a_file_that_is_not_json_says_where_it_breaks():
    with pytest.raises(TemplateError, match="not valid JSON \\(line 1"):
        template_from_json("{format: 1}", "visa.json")


def test_new_step_codes_are_readable_and_unique():
    assert new_step_code("Médecin: certificat d'aptitude", set()) == "medecin_certificat_d_aptitude"
    assert new_step_code("Escort", {"escort"}) == "escort_2"
    assert new_step_code("2nd escort", set()) == "step_2nd_escort"


def test_office_version_is_stored_in_the_workspace_and_used_for_new_requests(ws, tmp_path):
    shipped = template_for(ws, "emergency_visa").template
    steps = list(shipped.steps)
    steps.reverse()  # reorder
    steps[0] = dataclasses.replace(
        steps[0], title="Court told the visa is granted (by phone)", owner="Ministry of Justice"
    )
    steps.append(
        StepTemplate(
            code=new_step_code("Airport liaison", {s.code for s in steps}),
            title="Airport liaison officer named",
            mandatory=True,
            due=DueRule(KeyDate.RECEIVED, 1),
        )
    )
    checklist_templates.save_template(ws, dataclasses.replace(shipped, steps=tuple(steps)))

    loaded = template_for(ws, "emergency_visa")
    assert loaded.source == "office"
    assert loaded.template.steps[0].title == "Court told the visa is granted (by phone)"
    assert loaded.template.steps[-1].code == "airport_liaison"
    # Never a plaintext file beside the database (chain-head.json: an entry number, a hash).
    assert sorted(
        p.name for p in (tmp_path / "ws").iterdir() if not p.name.startswith("coopdesk.db")
    ) == ["chain-head.json", "keys.json"]
    assert ws.store.events()[-1].action == "checklist_template.saved"

    record = register.register(
        ws, draft_from_mapping(request_row(kind="emergency_visa", assistance_types=[]))
    )
    view = checklists.view(ws, record)
    assert view.steps[0].owner == "Ministry of Justice"
    assert view.steps[-1].title == "Airport liaison officer named"
    assert view.steps[-1].mandatory

    checklist_templates.reset_template(ws, "emergency_visa")
    assert template_for(ws, "emergency_visa").source == "shipped"
    with pytest.raises(Refused, match="already the default"):
        checklist_templates.reset_template(ws, "emergency_visa")


def test_an_invalid_office_version_is_refused_and_nothing_saved(ws):
    shipped = template_for(ws, "asset_freezing").template
    twice = (*shipped.steps, shipped.steps[0])
    with pytest.raises(Refused, match=r"is used twice.*Nothing was saved"):
        checklist_templates.save_template(ws, dataclasses.replace(shipped, steps=twice))
    assert template_for(ws, "asset_freezing").source == "shipped"
    with pytest.raises(NotFound, match="no kind of request called 'tea'"):
        template_for(ws, "tea")


def test_a_damaged_office_version_falls_back_to_the_default_and_says_why(ws):
    # As if edited outside the app (any SQLCipher tool opens the workspace).
    body = json.dumps(
        minimal(
            kind="transit_transfer",
            steps=[{"code": "escort", "title": "Escort", "mandatory": "yes"}],
        )
    )
    with ws.store.transaction():
        ChecklistStore(ws.store).put_office_template("transit_transfer", body, "alice", ws.now())

    loaded = template_for(ws, "transit_transfer")
    assert loaded.source == "shipped"
    assert {s.code for s in loaded.template.steps} == TRANSFER_STEPS
    assert "The office's checklist for 'Transit / transfer of a person" in loaded.problem
    assert "step 1 ('Escort'): 'mandatory' must be true or false" in loaded.problem
    assert "default checklist is used instead" in loaded.problem

    record = register.register(
        ws, draft_from_mapping(request_row(kind="transit_transfer", assistance_types=[]))
    )
    assert len(checklists.view(ws, record).steps) == len(TRANSFER_STEPS)
    added = [e for e in ws.store.events(record.id) if e.action == "checklist.added"]
    assert added[0].detail["source"] == "shipped"
    assert "'mandatory' must be true or false" in added[0].detail["problem"]


def test_import_a_template_file_and_refuse_the_wrong_kind(ws, tmp_path):
    path = tmp_path / "visa.json"
    path.write_text(json.dumps(minimal()), "utf-8")
    with pytest.raises(Refused, match="checklist for 'emergency_visa', not for 'generic'"):
        checklist_templates.import_template(ws, path, GENERIC)
    template = checklist_templates.import_template(ws, path)
    assert template.key == "emergency_visa"
    assert [s.title for s in template_for(ws, "emergency_visa").template.steps] == ["Visa issued"]
    broken = tmp_path / "broken.json"
    broken.write_text("[1, 2", "utf-8")
    with pytest.raises(Refused, match=r"broken\.json cannot be used: it is not valid JSON"):
        checklist_templates.import_template(ws, broken)
