"""Witnesses: copies of every signed checkpoint kept where the database cannot rewrite them.

A checkpoint stored only next to the log can be deleted together with the tail
it covers. Each checkpoint is therefore also published, after its transaction
commits, to

- a directory (``CUSTOS_AUDIT_WITNESS_DIR``), meant to be a write-once volume:
  one file per checkpoint, ``<tree_size>.checkpoint``, never overwritten, plus
  ``latest``, a copy of the newest, replaced atomically;
- HTTP witnesses (``CUSTOS_AUDIT_WITNESS_URLS``) speaking the C2SP
  tlog-witness protocol: ``POST <url>/add-checkpoint`` with ``old <size>``, a
  consistency proof from the size the witness last saw, and the signed note.

``audit_verify`` reads the newest file of the directory and fails when the log
is shorter than it or its root differs.
"""

from __future__ import annotations

import base64
import logging
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import httpx
from django.conf import settings

from audit import selectors

logger = logging.getLogger(__name__)

CHECKPOINT_SUFFIX = ".checkpoint"
LATEST_NAME = "latest"
SIZE_CONTENT_TYPE = "text/x.tlog.size"
_CHECKPOINT_FILE = re.compile(r"^(0|[1-9][0-9]*)\.checkpoint$")

# tlog-witness witnesses answer 409 with the size they hold; remember it per URL so the next push needs one request.
_known_sizes: dict[str, int] = {}


class WitnessError(Exception):
    """A witness refused the checkpoint or could not be reached."""


class WitnessConflict(WitnessError):
    """The witness already holds a different checkpoint of the same size, or a larger one: the log forked or shrank."""


@dataclass(frozen=True)
class WitnessResult:
    """What one witness said about one checkpoint: ``ok``, and the cosignature or the error."""

    witness: str
    ok: bool
    detail: str


def _size_and_root(note: str) -> tuple[str, str]:
    lines = note.split("\n")
    return (lines[1], lines[2]) if len(lines) > 2 else ("", "")


def directory_publish(directory: Path, *, note: str, tree_size: int) -> Path:
    """Write ``<tree_size>.checkpoint`` once (complete or not at all), then point ``latest`` at the newest.

    An existing file of the same size is kept: it must hold the same tree (same
    size and root; a re-signed copy differs only in its time line), otherwise
    WitnessConflict.
    """
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{tree_size}{CHECKPOINT_SUFFIX}"
    descriptor, temporary = tempfile.mkstemp(dir=directory, prefix=".incoming-")
    try:
        os.fchmod(descriptor, 0o444)  # read-only once written; the open descriptor may still write
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(note)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(temporary, path)  # atomic create-if-absent: the name appears with its whole content
        except FileExistsError:
            existing = path.read_text(encoding="utf-8")
            if _size_and_root(existing) != _size_and_root(note):
                raise WitnessConflict(
                    f"{path} already holds a different tree of size {tree_size}: the log was rewritten or forked"
                ) from None
            return path
        newest = newest_witnessed_size(directory)
        if newest is None or newest <= tree_size:
            os.replace(temporary, directory / LATEST_NAME)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return path


def newest_witnessed_size(directory: Path) -> int | None:
    """The largest ``<size>.checkpoint`` in ``directory`` (by name), or None when it holds none."""
    sizes = [int(match.group(1)) for name in os.listdir(directory) if (match := _CHECKPOINT_FILE.match(name))]
    return max(sizes, default=None)


def newest_witnessed(directory: Path) -> tuple[Path, str] | None:
    """The newest checkpoint file of the witness directory and its text; raises OSError if unreadable."""
    size = newest_witnessed_size(directory)
    if size is None:
        return None
    path = directory / f"{size}{CHECKPOINT_SUFFIX}"
    return path, path.read_text(encoding="utf-8")


def http_push(url: str, *, note: str, tree_size: int, timeout: float) -> str:
    """Submit the checkpoint to a tlog-witness at ``url``; returns its cosignature lines.

    Sends a consistency proof from the size the witness last cosigned (learned
    from its 409 answer, then remembered), as the protocol asks.
    """
    endpoint = url.rstrip("/") + "/add-checkpoint"
    old = _known_sizes.get(url, 0)
    for _attempt in range(2):
        if old > tree_size:
            raise WitnessConflict(f"{url} has cosigned size {old}, larger than this checkpoint ({tree_size})")
        proof = selectors.merkle_tree(tree_size).consistency_proof(old, tree_size) if old else []
        body = f"old {old}\n" + "".join(base64.b64encode(node).decode() + "\n" for node in proof) + "\n" + note
        try:
            response = httpx.post(
                endpoint, content=body.encode("utf-8"), headers={"Content-Type": "text/plain"}, timeout=timeout
            )
        except httpx.HTTPError as exc:
            raise WitnessError(f"{url}: {type(exc).__name__}: {exc}") from exc
        if response.status_code == 200:
            _known_sizes[url] = tree_size
            return response.text
        if response.status_code == 409 and response.headers.get("content-type", "").startswith(SIZE_CONTENT_TYPE):
            try:
                old = int(response.text.strip())
            except ValueError:
                raise WitnessError(f"{url}: unreadable 409 size {response.text[:40]!r}") from None
            _known_sizes[url] = old
            continue
        raise WitnessError(f"{url}: HTTP {response.status_code}: {response.text[:200].strip()}")
    raise WitnessError(f"{url}: the witness's size kept changing")


def witnesses_publish(*, note: str, tree_size: int) -> list[WitnessResult]:
    """Publish one checkpoint to every configured witness; failures are logged and returned, never raised.

    The checkpoint is already committed: a witness that is down misses this one
    and gets the next, which carries a consistency proof from what it last saw.
    """
    results: list[WitnessResult] = []
    directory = settings.CUSTOS_AUDIT_WITNESS_DIR
    if directory:
        try:
            path = directory_publish(Path(directory), note=note, tree_size=tree_size)
            results.append(WitnessResult(str(directory), True, str(path)))
        except (OSError, WitnessError) as exc:
            logger.error("checkpoint %s not written to the witness directory %s: %s", tree_size, directory, exc)
            results.append(WitnessResult(str(directory), False, str(exc)))
    for url in settings.CUSTOS_AUDIT_WITNESS_URLS:
        try:
            cosignature = http_push(
                url, note=note, tree_size=tree_size, timeout=settings.CUSTOS_AUDIT_WITNESS_TIMEOUT_S
            )
            results.append(WitnessResult(url, True, cosignature))
        except (WitnessError, ValueError) as exc:
            logger.error("checkpoint %s not cosigned by %s: %s", tree_size, url, exc)
            results.append(WitnessResult(url, False, str(exc)))
    return results
