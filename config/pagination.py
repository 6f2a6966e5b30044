"""Pagination for the API: DRF's limit/offset, with both numbers bounded."""

from __future__ import annotations

from typing import Any

from rest_framework.pagination import LimitOffsetPagination, _positive_int


class BoundedLimitOffsetPagination(LimitOffsetPagination):
    """``?limit=`` is capped at 1,000 rows and ``?offset=`` at what PostgreSQL's bigint holds.

    Unbounded, a huge number reaches the database as a bound parameter and
    fails there (bigint out of range): a 500 for what is only a page past the end.
    """

    max_limit = 1000
    max_offset = 2**63 - 1

    def get_offset(self, request: Any) -> int:
        try:
            return _positive_int(request.query_params[self.offset_query_param], cutoff=self.max_offset)
        except (KeyError, ValueError):
            return 0
