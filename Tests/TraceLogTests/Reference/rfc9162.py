"""An independent Merkle tree (RFC 9162 section 2.1), written from the RFC's text, to check FoodTrace's Swift code.

Usage: python3 rfc9162.py CASES.json OUT.json

CASES.json (written by the Swift test) lists trees and the roots and proofs the Swift code made for them. The leaves of
tree t are the UTF-8 bytes of "t<t>/leaf<i>", so both sides make them alike without sending them. This script:
  1. computes every root and proof again with the RFC's recursive definitions (MTH, PATH, PROOF/SUBPROOF) and reports
     any difference;
  2. runs the RFC's verification algorithms (2.1.3.2, 2.1.4.2) on the Swift proofs, and on tampered copies of them
     that must fail;
  3. writes its own proofs, genuine and tampered, to OUT.json for the Swift verifiers to check (each with the answer
     expected).
"""
import hashlib
import json
import random
import sys


def sha256(data):
    return hashlib.sha256(data).digest()


def hash_leaf(d):
    return sha256(b"\x00" + d)


def hash_children(left, right):
    return sha256(b"\x01" + left + right)


def largest_power_of_two_below(n):
    k = 1
    while k * 2 < n:
        k *= 2
    return k


class Tree:
    def __init__(self, number, size):
        self.leaves = [("t%d/leaf%d" % (number, i)).encode() for i in range(size)]
        self.memo = {}

    def mth(self, lo, hi):
        """MTH(D[lo:hi])."""
        n = hi - lo
        if n == 0:
            return sha256(b"")
        if n == 1:
            return hash_leaf(self.leaves[lo])
        if (lo, hi) not in self.memo:
            k = largest_power_of_two_below(n)
            self.memo[(lo, hi)] = hash_children(self.mth(lo, lo + k), self.mth(lo + k, hi))
        return self.memo[(lo, hi)]

    def path(self, m, lo, hi):
        """PATH(m, D[lo:hi]) for 0 <= m < hi - lo."""
        n = hi - lo
        if n == 1:
            return []
        k = largest_power_of_two_below(n)
        if m < k:
            return self.path(m, lo, lo + k) + [self.mth(lo + k, hi)]
        return self.path(m - k, lo + k, hi) + [self.mth(lo, lo + k)]

    def subproof(self, m, lo, hi, b):
        """SUBPROOF(m, D[lo:hi], b)."""
        n = hi - lo
        if m == n:
            return [] if b else [self.mth(lo, hi)]
        k = largest_power_of_two_below(n)
        if m <= k:
            return self.subproof(m, lo, lo + k, b) + [self.mth(lo + k, hi)]
        return self.subproof(m - k, lo + k, hi, False) + [self.mth(lo, lo + k)]

    def proof(self, m, n):
        """PROOF(m, D[n]) for 0 < m < n."""
        return self.subproof(m, 0, n, True)


def verify_inclusion(leaf_index, tree_size, path, leaf_hash, root):
    """RFC 9162 2.1.3.2."""
    if leaf_index >= tree_size:
        return False
    fn, sn, r = leaf_index, tree_size - 1, leaf_hash
    for p in path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = hash_children(p, r)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            r = hash_children(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def verify_consistency(first, second, path, first_hash, second_hash):
    """RFC 9162 2.1.4.2, for 0 < first < second."""
    if not path:
        return False
    path = list(path)
    if first & (first - 1) == 0:
        path = [first_hash] + path
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = hash_children(c, fr)
            sr = hash_children(c, sr)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = hash_children(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == first_hash and sr == second_hash and sn == 0


def tampered_paths(path, rng):
    """Copies of a proof that no longer prove anything: a bit flipped, a hash dropped, one added, two swapped."""
    out = []
    if path:
        i = rng.randrange(len(path))
        flipped = list(path)
        flipped[i] = bytes([flipped[i][0] ^ 0x01]) + flipped[i][1:]
        out.append(("flipped", flipped))
        out.append(("dropped", path[:-1]))
        out.append(("reversed" if len(path) > 1 else "doubled", path[::-1] if len(path) > 1 else path + path))
    out.append(("extra", path + [sha256(b"extra")]))
    return [(name, p) for name, p in out if p != path]


def main():
    cases = json.load(open(sys.argv[1]))
    rng = random.Random(9162)
    problems = []
    mine = []
    # The share of proofs also sent back for the Swift verifiers (every one is checked here).
    share = 0.25
    checked = {"roots": 0, "inclusion": 0, "consistency": 0, "tampered": 0}
    for tree_case in cases["trees"]:
        number, size = tree_case["tree"], tree_case["size"]
        tree = Tree(number, size)
        where = "tree %d (%d leaves)" % (number, size)
        for entry in tree_case["roots"]:
            n = entry["size"]
            checked["roots"] += 1
            if tree.mth(0, n).hex() != entry["root"]:
                problems.append("%s: root of size %d differs" % (where, n))
        for entry in tree_case["inclusion"]:
            m, n = entry["index"], entry["size"]
            swift = [bytes.fromhex(h) for h in entry["path"]]
            ours = tree.path(m, 0, n)
            leaf, root = hash_leaf(tree.leaves[m]), tree.mth(0, n)
            checked["inclusion"] += 1
            if swift != ours:
                problems.append("%s: inclusion proof of leaf %d at size %d differs" % (where, m, n))
            if not verify_inclusion(m, n, swift, leaf, root):
                problems.append("%s: the Swift inclusion proof of leaf %d at size %d does not verify" % (where, m, n))
            claims = [("path " + name, m, n, p, leaf, root) for name, p in tampered_paths(ours, rng)]
            # (The size is not tampered with: the verifier takes it from a signed tree head, and trees of sizes with
            # the same shape along the leaf's path, such as 3 and 4 for leaf 0, give the same computation.)
            if m + 1 < n:
                claims.append(("next index", m + 1, n, ours, leaf, root))
            if m > 0:
                claims.append(("previous index", m - 1, n, ours, leaf, root))
            claims.append(("other leaf", m, n, ours, hash_leaf(b"not a leaf"), root))
            if n > 1:
                claims.append(("older root", m, n, ours, leaf, tree.mth(0, n - 1)))
            for name, cm, cn, cp, cl, cr in claims:
                checked["tampered"] += 1
                if verify_inclusion(cm, cn, cp, cl, cr):
                    problems.append("%s: tampered inclusion proof (%s) of leaf %d at size %d verifies" % (where, name, m, n))
            if rng.random() > share:
                continue
            mine.append({"kind": "inclusion", "name": "genuine", "index": m, "size": n, "path": [h.hex() for h in ours],
                         "leaf": leaf.hex(), "root": root.hex(), "expect": True})
            for name, cm, cn, cp, cl, cr in claims:
                mine.append({"kind": "inclusion", "name": name, "index": cm, "size": cn, "path": [h.hex() for h in cp],
                             "leaf": cl.hex(), "root": cr.hex(), "expect": False})
        for entry in tree_case["consistency"]:
            m, n = entry["old"], entry["new"]
            swift = [bytes.fromhex(h) for h in entry["proof"]]
            checked["consistency"] += 1
            if not 0 < m < n:
                if swift:
                    problems.append("%s: consistency %d..%d should be empty" % (where, m, n))
                continue
            ours = tree.proof(m, n)
            old_root, new_root = tree.mth(0, m), tree.mth(0, n)
            if swift != ours:
                problems.append("%s: consistency proof %d..%d differs" % (where, m, n))
            if not verify_consistency(m, n, swift, old_root, new_root):
                problems.append("%s: the Swift consistency proof %d..%d does not verify" % (where, m, n))
            claims = [("proof " + name, m, n, p, old_root, new_root) for name, p in tampered_paths(ours, rng)]
            if m + 1 < n:
                claims.append(("larger old size", m + 1, n, ours, old_root, new_root))
            if m > 1:
                claims.append(("smaller old size", m - 1, n, ours, old_root, new_root))
            claims.append(("other old root", m, n, ours, tree.mth(0, m - 1) if m > 1 else sha256(b"x"), new_root))
            claims.append(("other new root", m, n, ours, old_root, tree.mth(0, n - 1)))
            for name, cm, cn, cp, co, cw in claims:
                checked["tampered"] += 1
                if 0 < cm < cn and verify_consistency(cm, cn, cp, co, cw):
                    problems.append("%s: tampered consistency proof (%s) %d..%d verifies" % (where, name, m, n))
            if rng.random() > share:
                continue
            mine.append({"kind": "consistency", "name": "genuine", "old": m, "new": n, "path": [h.hex() for h in ours],
                         "oldRoot": old_root.hex(), "newRoot": new_root.hex(), "expect": True})
            for name, cm, cn, cp, co, cw in claims:
                mine.append({"kind": "consistency", "name": name, "old": cm, "new": cn, "path": [h.hex() for h in cp],
                             "oldRoot": co.hex(), "newRoot": cw.hex(), "expect": False})
    json.dump({"problems": problems, "checked": checked, "cases": mine}, open(sys.argv[2], "w"))


if __name__ == "__main__":
    main()
