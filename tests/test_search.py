"""Any text a user types is a valid search: quoted as tokens, never FTS5 syntax."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.filters import RequestFilter
from desktop.core.requests import draft_from_mapping
from desktop.services import casefile, queries, register
from desktop.storage.fts import to_match_query
from tests.factories import request_row

HOSTILE = [
    '"',
    "'",
    '"unbalanced',
    "a AND",
    "OR",
    "NOT x",
    "NEAR(",
    "NEAR(a b",
    "a:b",
    "subject:bank",
    "(",
    ")",
    "*",
    "^start",
    "-",
    "{a b}",
    "\\",
    "%",
    "_",
    ";--",
    "' OR 1=1 --",
    "\x00",
    "  ",
    "ICC-01/04",
    "a\u202eb",
]


def search(ws, text):
    flt = RequestFilter(search=text, today=ws.today())
    return {r.registry_no for r in queries.list_requests(ws, flt)}


def fill(ws):
    rows = [
        request_row(subject="Testimony of Élodie Marchetti", persons=["Élodie Marchetti"]),
        request_row(
            court_reference="ICC-02/05-01/09-77",
            subject="Arrest of Hassan",
            kind="arrest_surrender",
            assistance_types=[],
            persons=["حسن الرشيدي"],
        ),
        request_row(subject='Bank records "AND" NEAR(the) vault', persons=[]),
    ]
    numbers = [register.register(ws, draft_from_mapping(r)).registry_no for r in rows]
    casefile.add_note(ws, register.get(ws, numbers[0]), "Meeting at the Palais de justice")
    return numbers


def test_accented_and_unaccented_forms_match(ws):
    first, _, _ = fill(ws)
    assert search(ws, "elodie") == {first}
    assert search(ws, "ÉLODIE marchetti") == {first}


def test_arabic_names_and_court_references(ws):
    _, second, _ = fill(ws)
    assert search(ws, "الرشيدي") == {second}
    assert search(ws, "ICC-02/05") == {second}


def test_prefix_of_the_last_word_matches_while_typing(ws):
    first, _, _ = fill(ws)
    assert search(ws, "Testim") == {first}
    assert search(ws, "Marchetti Testim") == {first}


def test_notes_are_searched(ws):
    first, _, _ = fill(ws)
    assert search(ws, "palais justice") == {first}


def test_fts_operators_are_searched_as_words(ws):
    _, _, third = fill(ws)
    assert search(ws, '"AND" NEAR(the)') == {third}
    assert search(ws, "vault AND") == {third}


def test_registry_number_is_searchable(ws):
    first, _, _ = fill(ws)
    assert search(ws, first) == {first}


def test_hostile_strings_never_raise(ws):
    fill(ws)
    for text in HOSTILE:
        search(ws, text)


def test_text_without_letters_matches_nothing():
    assert to_match_query("( ) * -") is None
    assert to_match_query('he said "hi"') == '"he" "said" """hi"""*'


@settings(
    max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
@given(st.text(max_size=40))
def test_any_text_is_a_valid_search(ws, text):
    search(ws, text)


def test_search_alone_and_search_with_filters_agree(ws):
    numbers = fill(ws)
    alone = queries.list_requests(
        ws, RequestFilter(search="records", today=ws.today()), order_by="registry_no"
    )
    filtered = queries.list_requests(
        ws,
        RequestFilter(search="records", statuses=["received"], today=ws.today()),
        order_by="registry_no",
    )
    assert len(alone) == 3
    assert [r.registry_no for r in alone] == [r.registry_no for r in filtered]
    assert [r.registry_no for r in alone] == sorted(
        [n for n in numbers if n in {r.registry_no for r in alone}], reverse=True
    )
