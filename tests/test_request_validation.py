import pytest

from desktop.core.requests import ValidationError, draft_from_mapping
from tests.factories import request_row


def test_a_full_row_becomes_a_draft():
    draft = draft_from_mapping(request_row())
    assert draft.kind == "judicial_assistance"
    assert draft.assistance_types == ["b", "i"]
    assert draft.court_deadline.isoformat() == "2026-12-15"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("received_at", "2026-02-30", "not a valid ISO 8601 date"),
        ("court_deadline", "31/12/2026", "not a valid ISO 8601 date"),
        ("kind", "extradition", "not one of"),
        ("urgency", "very", "not one of"),
        ("assistance_types", ["b", "z"], "not an art. 93(1) letter"),
        ("court_reference", "  ", "is required"),
    ],
)
def test_each_bad_field_is_named(field, value, message):
    with pytest.raises(ValidationError) as info:
        draft_from_mapping(request_row(**{field: value}))
    assert message in info.value.problems[field]


def test_all_problems_are_reported_at_once():
    with pytest.raises(ValidationError) as info:
        draft_from_mapping(request_row(kind="nope", received_at="yesterday", colour="blue"))
    assert set(info.value.problems) == {"kind", "received_at", "colour"}


def test_deadline_before_receipt_is_accepted_and_flagged_past_on_arrival():
    draft = draft_from_mapping(request_row(court_deadline="2026-01-01"))
    assert draft.court_deadline.isoformat() == "2026-01-01" and draft.past_on_arrival


def test_csv_style_lists_are_split_on_semicolons():
    draft = draft_from_mapping(
        request_row(persons="Amadou Sène; حسن الرشيدي", assistance_types="a;(b)")
    )
    assert draft.persons == ["Amadou Sène", "حسن الرشيدي"]
    assert draft.assistance_types == ["a", "b"]
