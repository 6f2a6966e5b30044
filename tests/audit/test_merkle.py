"""RFC 9162 Merkle tree: roots, inclusion and consistency proofs, and their rejection of bad input."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from audit.merkle import (
    EMPTY_ROOT,
    Frontier,
    MerkleTree,
    ProofError,
    leaf_hash,
    node_hash,
    verify_consistency,
    verify_inclusion,
)

MAX_SIZE = 70


def reference_root(entries: list[bytes]) -> bytes:
    """MTH exactly as RFC 6962 §2.1 writes it, recursion and all."""
    if not entries:
        return hashlib.sha256(b"").digest()
    if len(entries) == 1:
        return hashlib.sha256(b"\x00" + entries[0]).digest()
    k = 1
    while k * 2 < len(entries):
        k *= 2
    return hashlib.sha256(b"\x01" + reference_root(entries[:k]) + reference_root(entries[k:])).digest()


ENTRIES = [f"entry {i}".encode() for i in range(MAX_SIZE)]
TREE = MerkleTree(leaf_hash(entry) for entry in ENTRIES)


def flip_bit(value: bytes, bit: int = 0) -> bytes:
    return value[: bit // 8] + bytes([value[bit // 8] ^ (1 << (bit % 8))]) + value[bit // 8 + 1 :]


def test_rfc6962_test_vectors() -> None:
    """Roots from the certificate-transparency reference tests (merkle_tree_test.cc)."""
    leaves = [
        bytes.fromhex(h)
        for h in ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"]
    ]
    expected = [
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ]
    tree = MerkleTree(leaf_hash(leaf) for leaf in leaves)
    assert [tree.root(n).hex() for n in range(1, 9)] == expected
    assert tree.root(0) == EMPTY_ROOT == hashlib.sha256(b"").digest()


def test_every_size_matches_the_reference_and_the_streaming_frontier() -> None:
    frontier = Frontier()
    for size in range(MAX_SIZE + 1):
        assert TREE.root(size) == reference_root(ENTRIES[:size])
        assert frontier.root() == TREE.root(size)
        assert TREE.frontier(size).hashes == frontier.hashes
        if size < MAX_SIZE:
            frontier.append(leaf_hash(ENTRIES[size]))


def test_every_inclusion_proof_verifies_for_sizes_1_to_70() -> None:
    for size in range(1, MAX_SIZE + 1):
        root = reference_root(ENTRIES[:size])
        for index in range(size):
            proof = TREE.inclusion_proof(index, size)
            assert verify_inclusion(index, size, leaf_hash(ENTRIES[index]), proof, root), (index, size)


def test_every_consistency_proof_verifies_for_sizes_1_to_70() -> None:
    for second in range(1, MAX_SIZE + 1):
        second_root = reference_root(ENTRIES[:second])
        for first in range(0, second + 1):
            proof = TREE.consistency_proof(first, second)
            assert verify_consistency(first, second, TREE.root(first), second_root, proof), (first, second)


def test_a_tree_grown_in_steps_equals_one_built_at_once() -> None:
    grown = MerkleTree()
    for start in range(0, MAX_SIZE, 7):
        grown.extend(leaf_hash(entry) for entry in ENTRIES[start : start + 7])
        assert grown.root() == TREE.root(grown.size)
    assert grown.consistency_proof(13, MAX_SIZE) == TREE.consistency_proof(13, MAX_SIZE)


# --- Rejection: wrong index, wrong size, a flipped bit, a missing or extra element ---

SIZE, INDEX = 37, 21  # an unbalanced tree, so the proof has left and right siblings
ROOT = TREE.root(SIZE)
LEAF = leaf_hash(ENTRIES[INDEX])
PROOF = TREE.inclusion_proof(INDEX, SIZE)


def test_inclusion_proof_sanity() -> None:
    assert verify_inclusion(INDEX, SIZE, LEAF, PROOF, ROOT)


@pytest.mark.parametrize("index", [INDEX - 1, INDEX + 1, INDEX ^ 1, SIZE, -1])
def test_inclusion_rejects_a_wrong_index(index: int) -> None:
    assert not verify_inclusion(index, SIZE, LEAF, PROOF, ROOT)


@pytest.mark.parametrize("size", [SIZE - 1, SIZE + 1, 32, 33, 64, MAX_SIZE])
def test_inclusion_rejects_a_wrong_tree_size_with_that_sizes_root(size: int) -> None:
    """The (size, root) pair comes from one signed checkpoint; a proof for another size must fail against it."""
    assert not verify_inclusion(INDEX, size, LEAF, PROOF, TREE.root(size))


@pytest.mark.parametrize("size", [32, 128, 16, INDEX, 0, 1000])
def test_inclusion_rejects_a_tree_size_that_changes_the_path_shape(size: int) -> None:
    """Sizes that give the same path shape (33 to 64 here) compute the same root: only the root tells them apart."""
    assert not verify_inclusion(INDEX, size, LEAF, PROOF, ROOT)


@pytest.mark.parametrize("element", range(len(PROOF)))
def test_inclusion_rejects_a_flipped_bit_in_any_proof_element(element: int) -> None:
    proof = [flip_bit(node, 77) if i == element else node for i, node in enumerate(PROOF)]
    assert not verify_inclusion(INDEX, SIZE, LEAF, proof, ROOT)


def test_inclusion_rejects_a_flipped_bit_in_the_leaf_or_the_root() -> None:
    assert not verify_inclusion(INDEX, SIZE, flip_bit(LEAF), PROOF, ROOT)
    assert not verify_inclusion(INDEX, SIZE, LEAF, PROOF, flip_bit(ROOT, 255))


def test_inclusion_rejects_a_missing_or_extra_element() -> None:
    for shortened in (PROOF[:-1], PROOF[1:]):
        assert not verify_inclusion(INDEX, SIZE, LEAF, shortened, ROOT)
    for extended in ([*PROOF, ROOT], [*PROOF, PROOF[-1]], [PROOF[0], *PROOF]):
        assert not verify_inclusion(INDEX, SIZE, LEAF, extended, ROOT)
    assert not verify_inclusion(INDEX, SIZE, LEAF, [], ROOT)


def test_inclusion_rejects_a_truncated_hash() -> None:
    assert not verify_inclusion(INDEX, SIZE, LEAF, [PROOF[0][:31], *PROOF[1:]], ROOT)


FIRST, SECOND = 13, 50
FIRST_ROOT, SECOND_ROOT = TREE.root(FIRST), TREE.root(SECOND)
CONSISTENCY = TREE.consistency_proof(FIRST, SECOND)


def test_consistency_proof_sanity() -> None:
    assert verify_consistency(FIRST, SECOND, FIRST_ROOT, SECOND_ROOT, CONSISTENCY)


WRONG_SIZES = [
    (FIRST - 1, SECOND),
    (FIRST + 1, SECOND),
    (FIRST, SECOND - 1),
    (FIRST, SECOND + 1),
    (16, SECOND),
    (FIRST, 64),
]


@pytest.mark.parametrize(("first", "second"), WRONG_SIZES)
def test_consistency_rejects_wrong_sizes_with_those_sizes_roots(first: int, second: int) -> None:
    assert not verify_consistency(first, second, TREE.root(first), TREE.root(second), CONSISTENCY)


@pytest.mark.parametrize(
    ("first", "second"), [(FIRST - 1, SECOND), (FIRST + 1, SECOND), (16, SECOND), (FIRST, 128), (SECOND, FIRST)]
)
def test_consistency_rejects_sizes_that_change_the_proof_shape(first: int, second: int) -> None:
    assert not verify_consistency(first, second, FIRST_ROOT, SECOND_ROOT, CONSISTENCY)


@pytest.mark.parametrize("element", range(len(CONSISTENCY)))
def test_consistency_rejects_a_flipped_bit_in_any_element(element: int) -> None:
    proof = [flip_bit(node, 3) if i == element else node for i, node in enumerate(CONSISTENCY)]
    assert not verify_consistency(FIRST, SECOND, FIRST_ROOT, SECOND_ROOT, proof)


def test_consistency_rejects_a_flipped_bit_in_either_root() -> None:
    assert not verify_consistency(FIRST, SECOND, flip_bit(FIRST_ROOT), SECOND_ROOT, CONSISTENCY)
    assert not verify_consistency(FIRST, SECOND, FIRST_ROOT, flip_bit(SECOND_ROOT), CONSISTENCY)


def test_consistency_rejects_a_missing_or_extra_element() -> None:
    assert not verify_consistency(FIRST, SECOND, FIRST_ROOT, SECOND_ROOT, CONSISTENCY[:-1])
    assert not verify_consistency(FIRST, SECOND, FIRST_ROOT, SECOND_ROOT, CONSISTENCY[1:])
    assert not verify_consistency(FIRST, SECOND, FIRST_ROOT, SECOND_ROOT, [*CONSISTENCY, SECOND_ROOT])
    assert not verify_consistency(FIRST, SECOND, FIRST_ROOT, SECOND_ROOT, [])


def test_consistency_of_equal_sizes_needs_equal_roots_and_an_empty_proof() -> None:
    assert verify_consistency(SECOND, SECOND, SECOND_ROOT, SECOND_ROOT, [])
    assert not verify_consistency(SECOND, SECOND, SECOND_ROOT, FIRST_ROOT, [])
    assert not verify_consistency(SECOND, SECOND, SECOND_ROOT, SECOND_ROOT, [SECOND_ROOT])


def test_a_forked_tree_fails_consistency() -> None:
    forked = MerkleTree(leaf_hash(entry) for entry in [*ENTRIES[: FIRST - 1], b"forged", *ENTRIES[FIRST:SECOND]])
    proof = forked.consistency_proof(FIRST, SECOND)
    assert not verify_consistency(FIRST, SECOND, FIRST_ROOT, forked.root(SECOND), proof)


def test_proofs_outside_the_tree_are_refused() -> None:
    with pytest.raises(ProofError):
        TREE.inclusion_proof(5, MAX_SIZE + 1)
    with pytest.raises(ProofError):
        TREE.inclusion_proof(5, 5)
    with pytest.raises(ProofError):
        TREE.consistency_proof(10, 9)


@given(st.integers(min_value=1, max_value=300), st.data())
def test_random_sizes_proofs_verify_and_a_wrong_index_does_not(size: int, data: st.DataObject) -> None:
    tree = MerkleTree(hashlib.sha256(i.to_bytes(4, "big")).digest() for i in range(size))
    index = data.draw(st.integers(min_value=0, max_value=size - 1))
    first = data.draw(st.integers(min_value=1, max_value=size))
    proof = tree.inclusion_proof(index, size)
    assert verify_inclusion(index, size, tree.leaf(index), proof, tree.root())
    if size > 1:
        other = (index + 1) % size
        assert not verify_inclusion(other, size, tree.leaf(index), proof, tree.root())
    assert verify_consistency(first, size, tree.root(first), tree.root(), tree.consistency_proof(first, size))


def test_node_hash_is_domain_separated_from_leaf_hash() -> None:
    left, right = leaf_hash(b"a"), leaf_hash(b"b")
    assert node_hash(left, right) != leaf_hash(left + right)
