"""Paging through the register for a view that loads rows only as they scroll into sight.

The id list of a query is cheap even at 100,000 requests; the rows' lines are fetched a
page at a time by the view's model, and a whole request only when it is opened.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.filters import RequestFilter
from desktop.core.requests import RequestLine, RequestRecord
from desktop.services.workspace import Workspace


def matching_ids(
    ws: Workspace, flt: RequestFilter, order_by: str = "received_at", descending: bool = True
) -> list[int]:
    return ws.store.request_ids(flt, order_by, descending)


def records(ws: Workspace, ids: Sequence[int]) -> list[RequestRecord]:
    return ws.store.requests_by_ids(ids)


def lines(ws: Workspace, ids: Sequence[int]) -> list[RequestLine]:
    return ws.store.request_lines(ids)
