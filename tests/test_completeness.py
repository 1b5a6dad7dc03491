from desktop.core.completeness import check
from desktop.core.vocabulary import Kind


def test_art_96_elements_seen_in_fields_and_confirmed_by_user():
    result = check(
        Kind.JUDICIAL_ASSISTANCE,
        {"summary": "Take testimony", "persons": []},
        confirmed=["facts", "procedure"],
    )
    present = {e.code for e in result.present}
    missing = {e.code for e in result.missing}
    assert present == {"purpose", "facts", "procedure"}
    assert missing == {"persons_places", "national_law", "other"}
    assert not result.complete
    assert any("art. 96(2)(b)" in p for p in result.clarification_points())


def test_arrest_requests_use_art_91():
    result = check(Kind.ARREST_SURRENDER, {"persons": ["Ilyan Marsk"]}, confirmed=["warrant"])
    assert {e.code for e in result.missing} == {"surrender_documents"}
    assert all(e.basis.startswith("art. 91") for e in result.present + result.missing)


def test_provisional_arrest_uses_art_92_and_can_be_complete():
    result = check(
        Kind.PROVISIONAL_ARREST,
        {"persons": ["X"], "summary": "crimes"},
        confirmed=["warrant", "surrender_follows"],
    )
    assert result.complete


def test_transit_requests_are_checked_against_art_89_3_b():
    result = check(
        Kind.TRANSIT_TRANSFER, {"persons": ["Ilyan Marsk"], "summary": "Facts"}, confirmed=[]
    )
    assert [e.basis for e in result.missing] == ["art. 89(3)(b)(iii)"]
    assert "warrant for arrest and surrender" in result.clarification_points()[0]
    assert all("96" not in e.basis for e in result.present + result.missing)


def test_emergency_visas_get_the_elements_that_fit_a_visa():
    result = check(
        Kind.EMERGENCY_VISA, {"persons": ["A. Witness"], "summary": ""}, confirmed=["appearance"]
    )
    assert {e.code for e in result.present} == {"traveller", "appearance"}
    assert {e.code for e in result.missing} == {"journey", "costs_escort"}
    assert all("96(2)" not in e.basis for e in result.present + result.missing)


def test_every_element_has_its_french_wording():
    from desktop.core.completeness import elements_for
    from desktop.services.replies.language import ELEMENTS_FR

    assert {e.basis for kind in Kind for e in elements_for(kind)} <= set(ELEMENTS_FR)
