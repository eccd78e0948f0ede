"""Align one compiled wording with a message's tokens.

rapidfuzz finds the words that are equal in both (anchors) in C; the few
gaps between anchors are solved by a small dynamic programme that knows about
typos, split or merged words, placeholder values, and text cut off or added
at either end.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import OSA, Levenshtein

from ..compile import Wording, token_weight

# Scores of one step of an alignment.  A match earns its weight; everything
# that is not explained costs a little, so the best path explains the most.
SUBSTITUTE = -0.6   # times the template word's weight
DELETE = -0.5       # times the template word's weight
INSERT = -0.4
SLOT_TOKEN = -0.01
EDGE_TOKEN = -0.02  # text before or after the alert: nearly free, but a value explains it better
NEG = float("-inf")
SLOT_MARGIN = 2    # template words next to a placeholder that the gap solver aligns


@lru_cache(maxsize=65536)
def typo_similarity(expected: str, seen: str) -> float:
    """1.0 for the same word, 0.6..1 for a typo of it, 0.0 for another word."""
    if expected == seen:
        return 1.0
    longest = max(len(expected), len(seen))
    allowed = max(1, min(len(expected), len(seen)) // 4)
    distance = OSA.distance(expected, seen, score_cutoff=allowed)
    if distance > allowed:
        return 0.0
    return max(0.6, 1.0 - distance / longest)


@dataclass
class Alignment:
    wording: Wording
    score: float = 0.0
    matched: list[float] = field(default_factory=list)   # per template token: similarity, 0 = missed
    skipped: list[bool] = field(default_factory=list)    # per template token: cut off at an edge
    hard_subs: list[str] = field(default_factory=list)   # content words replaced by other words
    inserted: int = 0                                    # unexplained message tokens inside the span
    lead_junk: int = 0
    trail_junk: int = 0
    slot_tokens: dict[int, list[int]] = field(default_factory=dict)  # slot number -> message token indexes

    @property
    def lead_skipped(self) -> int:
        count = 0
        for skipped in self.skipped:
            if not skipped:
                break
            count += 1
        return count

    @property
    def trail_skipped(self) -> int:
        count = 0
        for skipped in reversed(self.skipped):
            if not skipped:
                break
            count += 1
        return count


def align(wording: Wording, words: list[str]) -> Alignment:
    result = Alignment(wording, matched=[0.0] * len(wording.tokens), skipped=[False] * len(wording.tokens))
    tokens = wording.tokens
    slot_at: dict[int, list[int]] = {}
    for number, slot in enumerate(wording.slots):
        slot_at.setdefault(slot.position, []).append(number)
    blocks = _anchors(tokens, words, slot_at)
    t_pos = m_pos = 0
    for block in blocks + [None]:
        t_end = block[0] if block else len(tokens)
        m_end = block[2] if block else len(words)
        _solve_gap(result, words, t_pos, t_end, m_pos, m_end, slot_at, lead=(t_pos == 0 and m_pos == 0),
                   trail=block is None)
        if block is None:
            break
        for k in range(block[0], block[1]):
            result.matched[k] = 1.0
            result.score += wording.weights[k]
        t_pos, m_pos = block[1], block[3]
    return result


def _too_weak(tokens: tuple[str, ...], start: int, end: int) -> bool:
    """A lone "the" or "of the" matched far away is chance, not an anchor."""
    return end - start <= 2 and all(token_weight(tokens[k]) < 1.0 for k in range(start, end))


def _anchors(tokens: tuple[str, ...], words: list[str], slot_at: dict[int, list[int]]) -> list[tuple]:
    """Runs of equal words, as (t_start, t_end, m_start, m_end), kept away from placeholders.

    Next to a placeholder the exact-match anchors can guess wrong (a value
    such as "EWS Profile" repeats the word before it), so the words around
    each placeholder are left to the gap solver, which knows about values.
    """
    blocks = []
    for op in Levenshtein.opcodes(tokens, words):
        if op.tag != "equal" or _too_weak(tokens, op.src_start, op.src_end):
            continue
        start, end = op.src_start, op.src_end
        shift = op.dest_start - op.src_start
        cuts = sorted(p for p in slot_at if start - SLOT_MARGIN < p < end + SLOT_MARGIN)
        for position in cuts:
            if position - SLOT_MARGIN > start:
                blocks.append((start, position - SLOT_MARGIN, start + shift, position - SLOT_MARGIN + shift))
            start = max(start, position + SLOT_MARGIN)
        if start < end:
            blocks.append((start, end, start + shift, end + shift))
    return blocks


def _solve_gap(result: Alignment, words: list[str], t0: int, t1: int, m0: int, m1: int,
               slot_at: dict[int, list[int]], lead: bool, trail: bool) -> None:
    """Best alignment of template tokens [t0,t1) with message tokens [m0,m1); record it in ``result``."""
    tokens, weights = result.wording.tokens, result.wording.weights
    n, m = t1 - t0, m1 - m0
    if n == 0 and m == 0:
        return
    slot_before = [bool(slot_at.get(t0 + i)) for i in range(n + 1)]
    if not lead and not trail and n == 0 and slot_before[0]:
        _assign_slot(result, slot_at[t0][0], range(m0, m1))  # the common case: a value between anchors
        result.score += SLOT_TOKEN * m
        return
    width = m + 1
    best = [NEG] * ((n + 1) * width)
    back: list[tuple] = [()] * ((n + 1) * width)
    best[0] = 0.0
    back[0] = ("start",)
    for i in range(n + 1):
        row = i * width
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            options = []
            if lead:
                options.append((EDGE_TOKEN * j, ("start",)))
            if i >= 1 and j >= 1:
                sim = typo_similarity(tokens[t0 + i - 1], words[m0 + j - 1])
                if not sim and trail and m0 + j == len(words) and tokens[t0 + i - 1].startswith(words[-1]):
                    sim = 0.8  # the message was cut in the middle of this word
                gain = weights[t0 + i - 1] * sim if sim else weights[t0 + i - 1] * SUBSTITUTE
                options.append((best[row - width + j - 1] + gain, ("pair", sim)))
            if i >= 1:
                options.append((best[row - width + j] + weights[t0 + i - 1] * DELETE, ("delete",)))
            if j >= 1:
                cost = SLOT_TOKEN if slot_before[i] else INSERT
                options.append((best[row + j - 1] + cost, ("insert", slot_before[i])))
            if i >= 2 and j >= 1:
                sim = typo_similarity(tokens[t0 + i - 2] + tokens[t0 + i - 1], words[m0 + j - 1])
                if sim:
                    gain = (weights[t0 + i - 2] + weights[t0 + i - 1]) * sim
                    options.append((best[row - 2 * width + j - 1] + gain, ("merge", 2, 1, sim)))
            if i >= 1 and j >= 2:
                sim = typo_similarity(tokens[t0 + i - 1], words[m0 + j - 2] + words[m0 + j - 1])
                if sim:
                    options.append((best[row - width + j - 2] + weights[t0 + i - 1] * sim, ("merge", 1, 2, sim)))
            if i >= 2 and j >= 2:
                joined_t = tokens[t0 + i - 2] + tokens[t0 + i - 1]
                joined_m = words[m0 + j - 2] + words[m0 + j - 1]
                if joined_t == joined_m or typo_similarity(joined_t, joined_m) >= 0.85:
                    gain = (weights[t0 + i - 2] + weights[t0 + i - 1]) * 0.9
                    options.append((best[row - 2 * width + j - 2] + gain, ("merge", 2, 2, 0.9)))
            value, how = max(options, key=lambda o: o[0])
            best[row + j] = value
            back[row + j] = how
    end_i, end_j = n, m
    if trail:
        end_i, end_j = max(((i, j) for i in range(n + 1) for j in range(m + 1)),
                           key=lambda ij: (best[ij[0] * width + ij[1]] + EDGE_TOKEN * (m - ij[1]), ij[0], ij[1]))
        for k in range(t0 + end_i, t1):
            result.skipped[k] = True
        trailing = range(m0 + end_j, m1)
        if slot_before[end_i] and end_i == n and t1 == len(tokens):
            _assign_slot(result, slot_at[t0 + n][0], trailing)   # a template that ends with a value
        else:
            result.trail_junk += len(trailing)
    result.score += best[end_i * width + end_j]
    _trace(result, words, back, width, end_i, end_j, t0, m0, slot_at, slot_before)


def _trace(result: Alignment, words: list[str], back: list[tuple], width: int, i: int, j: int,
           t0: int, m0: int, slot_at: dict[int, list[int]], slot_before: list[bool]) -> None:
    tokens, weights = result.wording.tokens, result.wording.weights
    while i > 0 or j > 0:
        how = back[i * width + j]
        kind = how[0]
        if kind == "start":
            for k in range(t0, t0 + i):
                result.skipped[k] = True
            result.lead_junk += j
            return
        if kind == "pair":
            sim = how[1]
            result.matched[t0 + i - 1] = sim
            if not sim and weights[t0 + i - 1] == 1.0:
                result.hard_subs.append(f"{tokens[t0 + i - 1]}->{words[m0 + j - 1]}")
            i, j = i - 1, j - 1
        elif kind == "delete":
            i -= 1
        elif kind == "insert":
            if how[1]:
                _assign_slot(result, slot_at[t0 + i][0], [m0 + j - 1])
            else:
                result.inserted += 1
            j -= 1
        else:  # merge: (n template tokens, n message tokens, similarity)
            _, dt, dm, sim = how
            for k in range(t0 + i - dt, t0 + i):
                result.matched[k] = sim
            i, j = i - dt, j - dm


def _assign_slot(result: Alignment, slot_number: int, positions) -> None:
    result.slot_tokens.setdefault(slot_number, []).extend(positions)
