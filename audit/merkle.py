"""RFC 9162 (RFC 6962) Merkle tree over the audit log: tree heads and proofs.

Pure standard library on purpose: no Django here, so the algorithms can be read
(and re-checked) on their own. ``tools/verify_export.py`` carries a copy of the
verification functions so that an auditor needs nothing from this code base.

    leaf hash  = SHA-256(0x00 || entry bytes)
    node hash  = SHA-256(0x01 || left || right)
    MTH({})    = SHA-256("")

Leaf ``i`` (0-based) is the canonical entry of audit event ``seq = i + 1``.

``MerkleTree`` keeps every level of the tree for its leaves in flat bytearrays
(about 64 bytes per leaf in all), so the hash of any complete, aligned subtree
is one lookup and any proof for any tree size up to the number of leaves costs
O(log² n) hashing, without recursion over the leaf data.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

HASH_SIZE = 32
EMPTY_ROOT = hashlib.sha256(b"").digest()


class ProofError(ValueError):
    """A proof was requested for sizes or indices that the tree cannot prove."""


def leaf_hash(entry: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + entry).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(size: int) -> int:
    """The largest power of two strictly smaller than ``size`` (size >= 2)."""
    return 1 << ((size - 1).bit_length() - 1)


class Frontier:
    """The compact form of a tree: the roots of its complete subtrees, largest first.

    Appending a leaf costs amortised O(1) hashes; the root of the tree so far is
    a fold of at most log2(n) hashes. Used to stream a root over millions of
    leaves, and stored with each checkpoint so the next one only hashes new leaves.
    """

    def __init__(self, size: int = 0, hashes: Sequence[bytes] = ()) -> None:
        if len(hashes) != size.bit_count():
            raise ValueError(f"a frontier of size {size} has {size.bit_count()} hashes, not {len(hashes)}")
        self.size = size
        self.hashes = list(hashes)

    def append(self, leaf: bytes) -> None:
        self.hashes.append(leaf)
        self.size += 1
        # One merge per trailing zero bit of the new size, as in a binary counter's carries.
        carries = (self.size & -self.size).bit_length() - 1
        for _ in range(carries):
            right = self.hashes.pop()
            self.hashes[-1] = node_hash(self.hashes[-1], right)

    def root(self) -> bytes:
        if not self.hashes:
            return EMPTY_ROOT
        root = self.hashes[-1]
        for left in reversed(self.hashes[:-1]):
            root = node_hash(left, root)
        return root


class MerkleTree:
    """All levels of the tree over ``leaves`` (leaf hashes); answers for any size up to ``len(leaves)``."""

    def __init__(self, leaves: bytes | bytearray | Iterable[bytes] = b"") -> None:
        self.size = 0
        self._levels: list[bytearray] = [bytearray()]
        self.extend(leaves)

    def extend(self, leaves: bytes | bytearray | Iterable[bytes]) -> None:
        """Append leaf hashes; only the new nodes of each level are computed."""
        added = bytes(leaves) if isinstance(leaves, bytes | bytearray) else b"".join(leaves)
        if len(added) % HASH_SIZE:
            raise ValueError("leaf hashes must be 32 bytes each")
        self._levels[0] += added
        self.size = len(self._levels[0]) // HASH_SIZE
        height = 0
        while len(self._levels[height]) >= 2 * HASH_SIZE:
            level = self._levels[height]
            if height + 1 == len(self._levels):
                self._levels.append(bytearray())
            parent = self._levels[height + 1]
            pairs = len(level) // (2 * HASH_SIZE)
            for offset in range(len(parent) * 2, pairs * 2 * HASH_SIZE, 2 * HASH_SIZE):
                parent += node_hash(
                    level[offset : offset + HASH_SIZE], level[offset + HASH_SIZE : offset + 2 * HASH_SIZE]
                )
            height += 1

    def leaf(self, index: int) -> bytes:
        return bytes(self._levels[0][index * HASH_SIZE : (index + 1) * HASH_SIZE])

    def _subtree(self, start: int, end: int) -> bytes:
        """MTH(D[start:end]); ``start`` is always aligned the way RFC 9162's recursion leaves it."""
        size = end - start
        if size & (size - 1) == 0:  # complete subtree: one lookup
            height = size.bit_length() - 1
            index = start >> height
            return bytes(self._levels[height][index * HASH_SIZE : (index + 1) * HASH_SIZE])
        # Incomplete: only the right edge recurses, at most log2(size) times.
        split = _split(size)
        return node_hash(self._subtree(start, start + split), self._subtree(start + split, end))

    def _check_size(self, size: int) -> None:
        if not 0 <= size <= self.size:
            raise ProofError(f"tree size {size} is outside 0..{self.size}")

    def root(self, size: int | None = None) -> bytes:
        """MTH of the first ``size`` leaves (all of them by default)."""
        size = self.size if size is None else size
        self._check_size(size)
        return EMPTY_ROOT if size == 0 else self._subtree(0, size)

    def frontier(self, size: int | None = None) -> Frontier:
        """The compact form of the tree of ``size`` leaves: its complete subtrees, largest first."""
        size = self.size if size is None else size
        self._check_size(size)
        hashes, start = [], 0
        for height in range(size.bit_length() - 1, -1, -1):
            if size >> height & 1:
                hashes.append(self._subtree(start, start + (1 << height)))
                start += 1 << height
        return Frontier(size, hashes)

    def inclusion_proof(self, index: int, size: int) -> list[bytes]:
        """PATH(index, D[0:size]), RFC 9162 §2.1.3.1, computed top-down without recursion."""
        self._check_size(size)
        if not 0 <= index < size:
            raise ProofError(f"leaf index {index} is outside tree size {size}")
        path: list[bytes] = []
        start, end = 0, size
        while end - start > 1:
            split = _split(end - start)
            if index - start < split:
                path.append(self._subtree(start + split, end))
                end = start + split
            else:
                path.append(self._subtree(start, start + split))
                start += split
        path.reverse()  # the recursion lists the deepest sibling first
        return path

    def consistency_proof(self, first: int, second: int) -> list[bytes]:
        """PROOF(first, D[0:second]), RFC 9162 §2.1.4.1; empty when first is 0 or equals second."""
        self._check_size(second)
        if not 0 <= first <= second:
            raise ProofError(f"cannot prove size {first} consistent with the smaller size {second}")
        if first in (0, second):
            return []
        proof: list[bytes] = []
        start, end, m, complete = 0, second, first, True
        while m != end - start:
            split = _split(end - start)
            if m <= split:
                proof.append(self._subtree(start + split, end))
                end = start + split
            else:
                proof.append(self._subtree(start, start + split))
                start, m, complete = start + split, m - split, False
        if not complete:
            proof.append(self._subtree(start, end))
        proof.reverse()
        return proof


# --- Verification (RFC 9162 §2.1.3.2 and §2.1.4.2). Copied verbatim into tools/verify_export.py. ---


def verify_inclusion(index: int, size: int, leaf: bytes, proof: Sequence[bytes], root: bytes) -> bool:
    """True when ``proof`` shows the leaf hash ``leaf`` at ``index`` in the tree of ``size`` with ``root``."""
    if not 0 <= index < size or any(len(node) != HASH_SIZE for node in proof):
        return False
    fn, sn, r = index, size - 1, leaf
    for node in proof:
        if sn == 0:
            return False  # an extra proof element
        if fn & 1 or fn == sn:
            r = node_hash(node, r)
            if not fn & 1:
                while fn and not fn & 1:
                    fn, sn = fn >> 1, sn >> 1
        else:
            r = node_hash(r, node)
        fn, sn = fn >> 1, sn >> 1
    return sn == 0 and r == root


def verify_consistency(first: int, second: int, first_root: bytes, second_root: bytes, proof: Sequence[bytes]) -> bool:
    """True when ``proof`` shows the tree (second, second_root) extends (first, first_root)."""
    if not 0 <= first <= second or any(len(node) != HASH_SIZE for node in proof):
        return False
    if first == second:
        return not proof and first_root == second_root
    if first == 0:
        return not proof  # every tree extends the empty one
    if not proof:
        return False
    path = list(proof)
    if first & (first - 1) == 0:  # an exact power of two: the first root is the starting node
        path.insert(0, first_root)
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn, sn = fn >> 1, sn >> 1
    fr = sr = path[0]
    for node in path[1:]:
        if sn == 0:
            return False  # an extra proof element
        if fn & 1 or fn == sn:
            fr, sr = node_hash(node, fr), node_hash(node, sr)
            if not fn & 1:
                while fn and not fn & 1:
                    fn, sn = fn >> 1, sn >> 1
        else:
            sr = node_hash(sr, node)
        fn, sn = fn >> 1, sn >> 1
    return sn == 0 and fr == first_root and sr == second_root
