import pytest

from desktop.core.statuses import ALLOWED, Status, TransitionError, check_transition


def test_every_status_has_rules():
    assert set(ALLOWED) == set(Status)


@pytest.mark.parametrize(
    ("current", "new"),
    [
        (Status.RECEIVED, Status.IN_PROGRESS),
        (Status.IN_PROGRESS, Status.EXECUTED),
        (Status.EXECUTED, Status.CLOSED),
        (Status.IN_CONSULTATION, Status.IN_PROGRESS),
    ],
)
def test_allowed_moves_pass(current, new):
    check_transition(current, new, "", None)


@pytest.mark.parametrize(
    ("current", "new"),
    [
        (Status.EXECUTED, Status.RECEIVED),
        (Status.CLOSED, Status.EXECUTED),
        (Status.REFUSED, Status.IN_PROGRESS),
        (Status.POSTPONED, Status.EXECUTED),
    ],
)
def test_forbidden_moves_are_refused_with_the_options(current, new):
    with pytest.raises(TransitionError, match="Allowed next"):
        check_transition(current, new, "because", None)


def test_refusal_needs_reason_and_statutory_ground():
    with pytest.raises(TransitionError, match="needs a reason"):
        check_transition(Status.IN_PROGRESS, Status.REFUSED, "  ", "art93_4")
    with pytest.raises(TransitionError, match="needs a ground"):
        check_transition(Status.IN_PROGRESS, Status.REFUSED, "national security", None)
    check_transition(Status.IN_PROGRESS, Status.REFUSED, "national security", "art93_4")


def test_postponement_grounds_are_art_94_or_95():
    with pytest.raises(TransitionError):
        check_transition(Status.IN_PROGRESS, Status.POSTPONED, "investigation", "art97")
    check_transition(Status.IN_PROGRESS, Status.POSTPONED, "investigation", "art94")


def test_reopening_a_closed_request_needs_a_reason():
    with pytest.raises(TransitionError):
        check_transition(Status.CLOSED, Status.IN_PROGRESS, "", None)
    check_transition(Status.CLOSED, Status.IN_PROGRESS, "Court asked again", None)
