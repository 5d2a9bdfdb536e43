# RFC 6962 section 2.1, written from the RFC's recursive definitions (MTH, PATH, PROOF/SUBPROOF).
import hashlib
def H(b): return hashlib.sha256(b).digest()
def k_of(n):
    k = 1
    while k * 2 < n: k *= 2
    return k
def MTH(D):
    n = len(D)
    if n == 0: return H(b"")
    if n == 1: return H(b"\x00" + D[0])
    k = k_of(n)
    return H(b"\x01" + MTH(D[:k]) + MTH(D[k:]))
def PATH(m, D):
    n = len(D)
    if n == 1: return []
    k = k_of(n)
    if m < k: return PATH(m, D[:k]) + [MTH(D[k:])]
    return PATH(m - k, D[k:]) + [MTH(D[:k])]
def SUBPROOF(m, D, b):
    n = len(D)
    if m == n: return [] if b else [MTH(D)]
    k = k_of(n)
    if m <= k: return SUBPROOF(m, D[:k], b) + [MTH(D[k:])]
    return SUBPROOF(m - k, D[k:], False) + [MTH(D[:k])]
def PROOF(m, D): return SUBPROOF(m, D, True)
leaves = [bytes.fromhex(x) for x in ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"]]
print("empty", MTH([]).hex())
for n in range(1, 9): print("root", n, MTH(leaves[:n]).hex())
for (m, n) in [(0, 1), (0, 8), (5, 8), (2, 3), (1, 5)]:
    print("path", m, n, [h.hex() for h in PATH(m, leaves[:n])])
for (m, n) in [(1, 1), (1, 8), (6, 8), (2, 5), (3, 7), (4, 7)]:
    print("proof", m, n, [h.hex() for h in PROOF(m, leaves[:n])])
