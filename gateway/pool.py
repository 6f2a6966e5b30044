"""The bounded thread pool the gateway's synchronous work runs in: classification (CPU) and the ORM.

An async view must not block the event loop, and a gateway request must not
hold a thread while it waits for a model: the pool runs only the decision
before the upstream call and the audit record after it, so a few threads
serve many concurrent calls. Its size (``CUSTOS_GATEWAY_THREADS``) bounds how
many decisions run at once; more wait for a thread, not for each other's
upstream calls.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import ParamSpec, TypeVar

from asgiref.sync import sync_to_async
from django.conf import settings
from django.db import close_old_connections

P = ParamSpec("P")
R = TypeVar("R")

_executor: ThreadPoolExecutor | None = None


def _pool() -> ThreadPoolExecutor:
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=settings.CUSTOS_GATEWAY_THREADS, thread_name_prefix="custos-gateway")
    return _executor


async def in_pool(function: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    """Run ``function`` in the pool; the database connection of that thread is checked before and after,
    as Django does around each request (CONN_MAX_AGE, a broken connection)."""

    @functools.wraps(function)
    def job() -> R:
        close_old_connections()
        try:
            return function(*args, **kwargs)
        finally:
            close_old_connections()

    return await sync_to_async(job, thread_sensitive=False, executor=_pool())()
