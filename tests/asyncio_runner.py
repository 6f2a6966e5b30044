"""Run a coroutine to completion from a test, whatever event loop the test's thread already runs.

The browser tests' session-wide Playwright (sync API) keeps an event loop running in the worker's main thread,
so ``asyncio.run`` in a later test of the same worker fails ("cannot be called from a running event loop").
A thread of its own always has no loop.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run(coroutine)`` in a fresh thread; its result, or its exception raised here."""
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["result"] = asyncio.run(coroutine)
        except BaseException as exc:  # handed to the test's thread as it is
            outcome["error"] = exc

    thread = threading.Thread(target=target, name="test-asyncio-run")
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
