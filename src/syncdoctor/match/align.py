"""Align one compiled wording with a message's tokens.

rapidfuzz finds the words that are equal in both (anchors) in C; the few
gaps between anchors are solved by a small dynamic programme that knows about
typos, split or merged words (see damage), placeholder values, and text cut off
or added at either end.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from ..compile import Wording, token_weight
from ..template import FREE_TEXT_SLOTS
from .damage import merge_steps, typo_similarity

# Scores of one step of an alignment.  A match earns its weight; everything
# that is not explained costs a little, so the best path explains the most.
SUBSTITUTE = -0.6   # times the template word's weight
DELETE = -0.5       # times the template word's weight
INSERT = -0.4
#: A product name of another version ("another Microsoft Dynamics 365 organization") is no sign of
#: another alert (see PRODUCT_NAMES): between two template words it costs little, so the word after
#: it is still matched where the text was cut, rather than all read as stray words at the cut.
PRODUCT_NAME_INSERT = -0.15
SLOT_TOKEN = -0.01
SLOT_FIRST = -0.005  # a value's first word costs less than its others: two values beat one value and an empty one
EDGE_TOKEN = -0.02  # text before or after the alert: nearly free, but a value explains it better
NEG = float("-inf")
#: A value's word must beat a template word's match by more than rounding: two readings that cost
#: the same so far ("Mailbox full?". Mailbox Dana) differ later, as a value's first word costs less.
TIE = 1e-9
START, DELETED, INSERTED, SLOT_INSERT = ("start",), ("delete",), ("insert", False), ("insert", True)
ELIDED = ("elide",)  # template words left out where the message shows "..." (free, and not counted as missing)
#: The template's word after a value, glued by a period onto the value's last word (see _glued_after_a_period).
GLUED_AFTER_PERIOD = ("glued",)
#: A value's word may hold this many of the template's words next to it, their space lost; without a
#: period between, only a run of three letters or more ("Smithrequires", but not "is" in "Travis").
MAX_GLUED_WORDS = 3
MIN_GLUED_CHARS = 3
MAX_GAP_CELLS = 200  # an inner gap larger than this is no damage but another text...
VALUE_ROOM_WORDS = 64  # ...save for this many words per free text in it, a subject (how long one may be: see context)
EDGE_MAX_CELLS = 120  # an open end larger than this is cut to the words next to the anchor
EDGE_WINDOW = 12    # words next to an anchor that may still align at an open end
SLOT_MARGIN = 1    # template words next to a placeholder that the gap solver aligns
COPIED_WORDS = 4   # the most template words a value may repeat next to its place (see _anchors)
#: A text may start inside a word: its first word, with this many letters at least, may be the end of the wording's
#: word ("lbox" of "mailbox").  Fewer ("e", "le") end so many words that they tell nothing.
CUT_TAIL_CHARS = 3
#: The product's names change from version to version (Dynamics CRM, Dynamics 365, Dataverse; Office
#: 365, Microsoft 365): an alert of another version may name it where the wording does not, and those
#: words are no sign of another alert ("another Microsoft Dynamics CRM organization").
PRODUCT_NAMES = frozenset("microsoft dynamics crm 365 office dataverse power apps platform".split())


def clear_memos() -> None:
    """Forget what was worked out for earlier messages (a benchmark's run starts cold)."""
    typo_similarity.cache_clear()
    merge_steps.cache_clear()


@dataclass
class Alignment:
    wording: Wording
    score: float = 0.0
    matched: list[float] = field(default_factory=list)   # per template token: similarity, 0 = missed
    skipped: list[bool] = field(default_factory=list)    # per template token: cut off at an edge
    hard_subs: list[str] = field(default_factory=list)   # content words replaced by other words
    missing: list[int] = field(default_factory=list)     # places of content words missing inside the span
    glued: set[int] = field(default_factory=set)         # template words glued onto a value ("Sales.Make")
    inserted: int = 0                                    # unexplained message tokens inside the span (see PRODUCT_NAMES)
    inserted_at: list[int] = field(default_factory=list)  # where each unexplained token stands in the message
    lead_junk: int = 0   # message words before the aligned part (the first ones)
    trail_junk: int = 0  # message words after it (the last ones)
    lead_names: int = 0   # of those, the product's names (see stray_lead)
    trail_names: int = 0
    slot_tokens: dict[int, list[int]] = field(default_factory=dict)  # slot number -> message token indexes
    cuts: frozenset[int] = frozenset()  # message positions (before word k) where "..." marks left-out text
    value_holds_alert_text: bool = False  # set by the classifier, which knows every wording's phrases
    asked_around: bool = False  # set by the classifier: the words at a cut edge are a question around a citation
    otherwise_at_an_end: bool = False  # set by the classifier: another word where the alert starts, or where it ends
    value_runs_long: bool = False  # set by the classifier: a value of more words than a name has
    copies_disagree: bool = False  # a placeholder written twice holds a value in one place and nothing, or another, in the other
    cut_at_start: bool = False  # set by the classifier: the message starts inside a word (see _fill_table)

    @property
    def deleted(self) -> int:
        """Content words missing inside the span."""
        return len(self.missing)

    def open_value_tokens(self) -> int:
        """Tokens of a value that runs into a cut edge: the end of a truncated message, or the start
        of a fragment ("...Sales Queue because"), where the value's other end is unknowable."""
        leading = self._value_tokens_before(self.lead_skipped) if self.lead_skipped else 0
        trailing = self._value_tokens_before(len(self.skipped) - self.trail_skipped) if self.trail_skipped else 0
        return max(leading, trailing)

    def _value_tokens_before(self, position: int) -> int:
        for number, slot in enumerate(self.wording.slots):
            if slot.position == position and self.slot_tokens.get(number):
                return len(self.slot_tokens[number])
        return 0

    @property
    def stray_lead(self) -> int:
        """Words before the alert that are not the product's name ("...haven't been approved. Microsoft
        Dynamics 365"): only these are a sign of another message where a fragment was cut."""
        return self.lead_junk - self.lead_names

    @property
    def stray_trail(self) -> int:
        return self.trail_junk - self.trail_names

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


def align(wording: Wording, words: list[str], cuts: frozenset[int] = frozenset(),
          cut_at_start: bool = False) -> Alignment:
    """``cuts``: positions in ``words`` where the message marks left-out text ("... [...] …"); ``cut_at_start``: the
    message may start inside a word (its first letter is a small one)."""
    result = Alignment(wording, matched=[0.0] * len(wording.tokens), skipped=[False] * len(wording.tokens),
                       cuts=cuts, cut_at_start=cut_at_start)
    tokens = wording.tokens
    slot_at: dict[int, list[int]] = {}
    for number, slot in enumerate(wording.slots):
        slot_at.setdefault(slot.position, []).append(number)
    blocks = _split_at_cuts(_anchors(tokens, words, slot_at), tokens, cuts)
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
    _reread_echoed_start(result, words)
    _reread_doubled_start(result, words)
    _reread_glued_words(result, words)
    result.inserted = sum(1 for k in result.inserted_at if words[k] not in PRODUCT_NAMES)
    _count_product_names_at_the_edges(result, words)
    result.copies_disagree = _copies_disagree(result, words)
    return result


def _count_product_names_at_the_edges(result: Alignment, words: list[str]) -> None:
    """The product's names among the words before and after the alert (the message's first
    ``lead_junk`` and last ``trail_junk`` words): see Alignment.stray_lead."""
    result.lead_names = sum(1 for word in words[:result.lead_junk] if word in PRODUCT_NAMES)
    if result.trail_junk:
        result.trail_names = sum(1 for word in words[-result.trail_junk:] if word in PRODUCT_NAMES)


def _copies_disagree(result: Alignment, words: list[str]) -> bool:
    """"...for the mailbox Kim Lee because the email address of the mailbox is not approved": a
    wording that names the mailbox twice, read from a message that names it once (or names two).
    Only copies within the aligned span count: a fragment may have cut one off.  A copy in a chat's
    italics ("_Kim Lee_") is the same name: "_" at a word's ends is the markup's."""
    seen: dict[str, set[str]] = {}
    for number, slot in enumerate(result.wording.slots):
        if not _inside_span(result, slot.position):
            continue
        value = {words[k].strip("_") for k in result.slot_tokens.get(number, ())}
        if slot.name in seen and (bool(value) != bool(seen[slot.name]) or value and not value & seen[slot.name]
                                  and not _same_letters(value, seen[slot.name])):
            return True
        seen.setdefault(slot.name, value)
    return False


def _same_letters(value: set[str], other: set[str]) -> bool:
    """"Sales Queue" and "SalesQueue", "ana@contoso.com" and "mailboxana@contoso.comis": one name, a
    space lost in or next to one copy (words of a set are in no order: so, one word each)."""
    if len(value) != 1 and len(other) != 1:
        return False
    one, many = (value, other) if len(value) == 1 else (other, value)
    word = next(iter(one))
    return all(part in word for part in many) and sum(map(len, many)) * 2 > len(word)


def _inside_span(result: Alignment, position: int) -> bool:
    """Whether a slot before template word ``position`` lies between words that were not cut off."""
    skipped = result.skipped
    return not (position > 0 and skipped[position - 1]) and not (position < len(skipped) and skipped[position])


def _reread_glued_words(result: Alignment, words: list[str]) -> None:
    """"...mailbox Sales.Make sure", "...mailbox John Smithrequires an", "...mailboxBilling Team": a
    space lost next to a value glued the template's words onto the value's last (or first) word; the
    words are there, not missing (extraction gives them back)."""
    for number, slot in enumerate(result.wording.slots):
        taken = result.slot_tokens.get(number)
        if taken:
            _glue(result, _glued(result, slot.position, words[max(taken)], after=True))
            _glue(result, _glued(result, slot.position, words[min(taken)], after=False))


def _glued(result: Alignment, position: int, word: str, after: bool) -> range:
    """The template words next to a value (from ``position`` on, or before it), unfound, that end (or
    start) the value's ``word``."""
    tokens = result.wording.tokens
    first = position if after else position - 1
    if not 0 <= first < len(tokens) or not _unfound(result, range(first, first + 1)):
        return range(0)  # the usual case: the word next to the value was found
    for size in range(MAX_GLUED_WORDS, 0, -1):
        run = range(position, position + size) if after else range(position - size, position)
        if run.start < 0 or run.stop > len(tokens) or not _unfound(result, run):
            continue
        joined = "".join(tokens[run.start:run.stop])
        if after and word.endswith("." + joined):
            return run
        if len(joined) >= MIN_GLUED_CHARS and len(word) > len(joined) \
                and (word.endswith(joined) if after else word.startswith(joined)):
            return run
    return range(0)


def _unfound(result: Alignment, run: range) -> bool:
    return all(not result.matched[k] and not result.skipped[k] for k in run)


def _glue(result: Alignment, run: range) -> None:
    for k in run:
        if k in result.missing:
            result.missing.remove(k)
        result.matched[k] = 1.0
        result.glued.add(k)


def _reread_echoed_start(result: Alignment, words: list[str]) -> None:
    """"An error occurred while..." against "An unknown error occurred while...": read as a fragment,
    "An" is a stray word where the text was cut.  But it is the wording's own first word, so the
    text was not cut there: the words after it were lost, and count as missing."""
    junk, skipped = result.lead_junk, result.lead_skipped
    tokens, weights = result.wording.tokens, result.wording.weights
    if not junk or skipped <= junk or words[:junk] != list(tokens[:junk]):
        return
    for k in range(junk):
        result.matched[k], result.skipped[k] = 1.0, False
        result.score += weights[k] - EDGE_TOKEN
    for k in range(junk, skipped):
        result.skipped[k] = False
        result.score += weights[k] * DELETE
        _count_missing(result, k)
    result.lead_junk = 0


def _reread_doubled_start(result: Alignment, words: list[str]) -> None:
    """"An unknown unknown error occurred while..." is read as a fragment cut after its first "unknown", with
    "An unknown" as stray words where it was cut.  But those words are the wording's own first words with one
    typed twice: the text was not cut there, and the doubled word is one extra word."""
    junk, skipped = result.lead_junk, result.lead_skipped
    tokens, weights = result.wording.tokens, result.wording.weights
    if not skipped or junk != skipped + 1 or junk >= len(words):
        return
    lead, start = words[:junk], list(tokens[:skipped])
    doubled = next((k for k in range(junk) if lead[k] == words[k + 1] and lead[:k] + lead[k + 1:] == start), None)
    if doubled is None:
        return
    for k in range(skipped):
        result.matched[k], result.skipped[k] = 1.0, False
        result.score += weights[k]
    result.score += INSERT - EDGE_TOKEN * junk
    result.inserted_at.append(doubled)
    result.lead_junk = 0


def _too_weak(tokens: tuple[str, ...], start: int, end: int) -> bool:
    """Short runs ("the mailbox", "email") recur in a wording and can be matched in the wrong
    place by chance; the gap solver places them.  Runs of three, or two rare words, anchor."""
    return end - start < 2 or end - start == 2 and any(token_weight(tokens[k]) < 1.0 for k in range(start, end))


def _both_start_with(op) -> bool:
    """A run of two words or more that starts the wording and the message alike ("An unknown ..."): no
    chance placing, and it keeps a text whose next words are badly typed ("err0r occurred vvhile") from
    being read as words before the alert, where only the last few next to a later run align."""
    return op.src_start == 0 and op.dest_start == 0 and op.src_end - op.src_start >= 2


def _anchors(tokens: tuple[str, ...], words: list[str], slot_at: dict[int, list[int]]) -> list[tuple]:
    """Runs of equal words, as (t_start, t_end, m_start, m_end), kept away from placeholders.

    Next to a placeholder the exact-match anchors can guess wrong (a value
    such as "EWS Profile" repeats the word before it), so the words around
    each placeholder are left to the gap solver, which knows about values.
    So is a short part of a run that lies between a placeholder and extra
    words of the message: the extra words may be the value, and that part a
    copy of the value's own words ("profile Contoso Email Server Profile has").
    """
    blocks = []
    equal = [op for op in Levenshtein.opcodes(tokens, words) if op.tag == "equal"]
    for index, op in enumerate(equal):
        if _too_weak(tokens, op.src_start, op.src_end) and not _both_start_with(op):
            continue
        pieces = _pieces_between_slots(op.src_start, op.src_end, slot_at)
        shift = op.dest_start - op.src_start
        # Extra words that start with a piece's words, then the piece, then a value's place: the
        # first copy is the template's, and the value holds the second (and the mirror case after).
        if index > 0 and pieces and pieces[0][3] and not pieces[0][2] and _extra_words(equal[index - 1], op) \
                and _repeats(words[equal[index - 1].dest_end:op.dest_start], tokens[pieces[0][0]:pieces[0][1]], True):
            pieces.pop(0)
        if index + 1 < len(equal) and pieces and pieces[-1][2] and not pieces[-1][3] \
                and _extra_words(op, equal[index + 1]) \
                and _repeats(words[op.dest_end:equal[index + 1].dest_start], tokens[pieces[-1][0]:pieces[-1][1]], False):
            pieces.pop()
        blocks.extend((a, b, a + shift, b + shift) for a, b, _, _ in pieces)
    return blocks


def _split_at_cuts(blocks: list[tuple], tokens: tuple[str, ...], cuts: frozenset[int]) -> list[tuple]:
    """The runs, cut where the message marks left-out words.  A run across a "..." pairs the word after it with
    the template's word just before what was left out ("disabled for sending ... email addresses" against
    "...sending email because their email addresses"): the "email" after the mark is the later one.  Apart,
    the gap solver places the words around the mark, and leaves the template's words out there for free."""
    if not cuts:
        return blocks
    pieces = []
    for t_start, t_end, m_start, m_end in blocks:
        start = m_start
        for end in [cut for cut in sorted(cuts) if m_start < cut < m_end] + [m_end]:
            first, last = t_start + start - m_start, t_start + end - m_start
            if not _too_weak(tokens, first, last):
                pieces.append((first, last, start, end))
            start = end
    return pieces


def _pieces_between_slots(start: int, end: int, slot_at: dict[int, list[int]]) -> list[tuple[int, int, bool, bool]]:
    """The parts of a run [start, end) at least SLOT_MARGIN words from every placeholder, as
    (start, end, a placeholder before it, a placeholder after it)."""
    pieces, after_slot = [], False
    for position in sorted(p for p in slot_at if start - SLOT_MARGIN < p < end + SLOT_MARGIN):
        if position - SLOT_MARGIN > start:
            pieces.append((start, position - SLOT_MARGIN, after_slot, True))
        start, after_slot = max(start, position + SLOT_MARGIN), True
    if start < end:
        pieces.append((start, end, after_slot, False))
    return pieces


def _repeats(extra: list[str], piece: tuple[str, ...], at_start: bool) -> bool:
    """Whether the extra words start (or end) with the piece's words, a piece of a few words only."""
    size = len(piece)
    if size > COPIED_WORDS or len(extra) < size:
        return False
    return tuple(extra[:size] if at_start else extra[len(extra) - size:]) == piece


def _count_missing(result: Alignment, k: int) -> None:
    if result.wording.weights[k] == 1.0:
        result.missing.append(k)


def _extra_words(before, after) -> bool:
    """Whether the message has more words than the template between two runs of equal words."""
    return after.dest_start - before.dest_end > after.src_start - before.src_end


def _solve_gap(result: Alignment, words: list[str], t0: int, t1: int, m0: int, m1: int,
               slot_at: dict[int, list[int]], lead: bool, trail: bool) -> None:
    """Best alignment of template tokens [t0,t1) with message tokens [m0,m1); record it in ``result``."""
    n, m = t1 - t0, m1 - m0
    if n == 0 and m == 0:
        return
    if n == 0 or m == 0:
        _one_sided_gap(result, t0, t1, m0, m1, slot_at, lead, trail)
        return
    if _framed_value(result, words, t0, t1, m0, m1, slot_at, lead or trail):
        return
    # At an open end only the words next to the anchor can align: each word
    # pairs with at most two on the other side.  The rest is cut off or extra.
    if lead and trail:
        _one_sided_gap(result, t0, t1, m0, m0, slot_at, True, False)  # not one shared pair of words:
        _one_sided_gap(result, t1, t1, m0, m1, slot_at, True, False)  # nothing to align
        return
    if lead and (n > 2 * m + 1 or m > 2 * n + 1 or n * m > EDGE_MAX_CELLS):
        keep_t, keep_m = min(n, 2 * m + 1, EDGE_WINDOW), min(m, 2 * n + 1, EDGE_WINDOW)
        _one_sided_gap(result, t0, t1 - keep_t, m0, m0, slot_at, True, False)
        _one_sided_gap(result, t1 - keep_t, t1 - keep_t, m0, m1 - keep_m, slot_at, True, False)
        t0, m0, n, m = t1 - keep_t, m1 - keep_m, keep_t, keep_m
    if trail and (n > 2 * m + 1 or m > 2 * n + 1 or n * m > EDGE_MAX_CELLS):
        keep_t, keep_m = min(n, 2 * m + 1, EDGE_WINDOW), min(m, 2 * n + 1, EDGE_WINDOW)
        for k in range(t0 + keep_t, t1):
            result.skipped[k] = True
        result.trail_junk += m - keep_m
        result.score += EDGE_TOKEN * (m - keep_m)
        t1, m1, n, m = t0 + keep_t, m0 + keep_m, keep_t, keep_m
    if n * m > MAX_GAP_CELLS and not (lead or trail) \
            and n * m > MAX_GAP_CELLS + n * VALUE_ROOM_WORDS * _free_texts_in(result.wording, slot_at, t0, t1):
        # No two words agree over a long stretch: not damage, another text.
        _one_sided_gap(result, t0, t1, m0, m0, slot_at, False, False)
        _one_sided_gap(result, t1, t1, m0, m1, slot_at, False, False)
        return
    slot_before = [bool(slot_at.get(t0 + i)) for i in range(n + 1)]
    cut_columns = frozenset(c - m0 for c in result.cuts if m0 <= c <= m0 + m)
    best, back, end_i, end_j = _fill_table(result.wording, words, t0, n, m0, m, slot_before, lead, trail,
                                           cut_columns, result.cut_at_start)
    width = m + 1
    if trail:
        for k in range(t0 + end_i, t1):
            result.skipped[k] = True
        trailing = range(m0 + end_j, m1)
        if slot_before[end_i] and end_i == n and t1 == len(result.wording.tokens):
            _assign_slot(result, slot_at[t0 + n][0], trailing)   # a template that ends with a value
        else:
            result.trail_junk += len(trailing)
    result.score += best[end_i * width + end_j]
    _trace(result, words, back, width, end_i, end_j, t0, m0, slot_at, slot_before)


def _free_texts_in(wording: Wording, slot_at: dict[int, list[int]], t0: int, t1: int) -> int:
    """How many free-text placeholders (a subject) stand in the gap around template words [t0, t1): from t0 (after
    the word before the gap) to t1 (before the word after it).  A name is short, and needs no room."""
    return sum(wording.slots[number].name in FREE_TEXT_SLOTS
               for position in range(t0, t1 + 1) for number in slot_at.get(position, ()))


def _framed_value(result: Alignment, words: list[str], t0: int, t1: int, m0: int, m1: int,
                  slot_at: dict[int, list[int]], open_end: bool) -> bool:
    """The usual gap around a value: the same words on both sides of it, so everything between is the value."""
    if open_end or t1 - t0 != 2 * SLOT_MARGIN or m1 - m0 < 2 * SLOT_MARGIN or not slot_at.get(t0 + SLOT_MARGIN):
        return False
    tokens = result.wording.tokens
    if list(tokens[t0:t0 + SLOT_MARGIN]) != words[m0:m0 + SLOT_MARGIN] or \
            list(tokens[t1 - SLOT_MARGIN:t1]) != words[m1 - SLOT_MARGIN:m1]:
        return False
    for k in range(t0, t1):
        result.matched[k] = 1.0
        result.score += result.wording.weights[k]
    inside = range(m0 + SLOT_MARGIN, m1 - SLOT_MARGIN)
    _assign_slot(result, slot_at[t0 + SLOT_MARGIN][0], inside)
    result.score += SLOT_TOKEN * len(inside)
    return True


def _one_sided_gap(result: Alignment, t0: int, t1: int, m0: int, m1: int,
                   slot_at: dict[int, list[int]], lead: bool, trail: bool) -> None:
    """Only template words (cut off, or missing) or only message words (a value, or extra text)."""
    weights = result.wording.weights
    if m0 == m1:
        for k in range(t0, t1):
            if lead or trail or m0 in result.cuts:
                result.skipped[k] = True
            else:
                result.score += weights[k] * DELETE
                _count_missing(result, k)
        return
    slots = slot_at.get(t0)
    if slots and not (lead and t0 > 0):
        _assign_slot(result, slots[0], range(m0, m1))
        result.score += SLOT_TOKEN * (m1 - m0)
    elif lead:
        result.lead_junk += m1 - m0
        result.score += EDGE_TOKEN * (m1 - m0)
    elif trail:
        result.trail_junk += m1 - m0
        result.score += EDGE_TOKEN * (m1 - m0)
    else:
        result.inserted_at.extend(range(m0, m1))
        result.score += INSERT * (m1 - m0)


def _fill_table(wording: Wording, words: list[str], t0: int, n: int, m0: int, m: int,
                slot_before: list[bool], lead: bool, trail: bool, cut_columns: frozenset[int] = frozenset(),
                cut_at_start: bool = False):
    """The dynamic programme over one gap: best score to reach each cell, and how.

    The hottest loop of the classifier, so names are bound locally, costs that
    depend on one row only are worked out once, and the rare cells where a
    space was lost or added are found before the loop (see merge_steps).
    """
    t_words = wording.tokens[t0:t0 + n]
    t_weights = wording.weights[t0:t0 + n]
    m_words = words[m0:m0 + m]
    merges = _glued_after_a_period(merge_steps(t_words, t_weights, tuple(m_words)), t_words, t_weights, m_words,
                                   slot_before)
    width = m + 1
    best = [NEG] * ((n + 1) * width)
    back: list[tuple] = [()] * ((n + 1) * width)
    best[0] = 0.0
    back[0] = START
    cut_end = trail and m0 + m == len(words)
    cut_start = cut_at_start and lead and m0 == 0
    end_value, end_i, end_j = (EDGE_TOKEN * m, 0, 0) if trail else (NEG, n, m)
    for i in range(n + 1):
        row = i * width
        above = row - width
        insert_cost, insert_how = (SLOT_TOKEN, SLOT_INSERT) if slot_before[i] else (INSERT, INSERTED)
        row_merges = merges.get(i)
        if i:
            t_word = t_words[i - 1]
            t_weight = t_weights[i - 1]
            substitute_cost, delete_cost = t_weight * SUBSTITUTE, t_weight * DELETE
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            value, how = (EDGE_TOKEN * j, START) if lead else (NEG, START)
            if i and j:
                m_word = m_words[j - 1]
                sim = 1.0 if t_word == m_word else typo_similarity(t_word, m_word)
                if not sim and (cut_end and j == m and t_word.startswith(m_word)
                                or cut_start and j == 1 and len(m_word) >= CUT_TAIL_CHARS and t_word.endswith(m_word)):
                    sim = 0.8  # the message was cut in the middle of this word, at its end or at its start
                candidate = best[above + j - 1] + (t_weight * sim if sim else substitute_cost)
                if candidate > value:
                    value, how = candidate, ("pair", sim)
            if i:
                if j in cut_columns:  # "..." stands here: template words may be left out for free
                    candidate = best[above + j]
                    if candidate > value:
                        value, how = candidate, ELIDED
                else:
                    candidate = best[above + j] + delete_cost
                    if candidate > value:
                        value, how = candidate, DELETED
            if j:
                if insert_how is SLOT_INSERT and back[row + j - 1] is not SLOT_INSERT:
                    candidate = best[row + j - 1] + SLOT_FIRST
                elif insert_how is INSERTED and m_words[j - 1] in PRODUCT_NAMES:
                    candidate = best[row + j - 1] + PRODUCT_NAME_INSERT
                else:
                    candidate = best[row + j - 1] + insert_cost
                if candidate > value + TIE:  # on a tie the template word's match stands (see TIE)
                    value, how = candidate, insert_how
                if row_merges and j in row_merges:
                    for d_i, d_j, gain, merge in row_merges[j]:
                        candidate = best[(i - d_i) * width + j - d_j] + gain
                        if candidate > value:
                            value, how = candidate, merge
            best[row + j] = value
            back[row + j] = how
            if trail:
                ending = value + EDGE_TOKEN * (m - j)
                if ending >= end_value:
                    end_value, end_i, end_j = ending, i, j
    return best, back, end_i, end_j


def _glued_after_a_period(merges: dict, t_words: tuple[str, ...], t_weights: tuple[float, ...], m_words: list[str],
                          slot_before: list[bool]) -> dict:
    """The steps of ``merges``, and one more where a value's last word holds the template's next word after a
    period ("...mailbox Mateo Lopez.Make sure": a space lost after the sentence's end).  Without it, the word is read
    as another word, and a name's word that looks like a typo of "make" ("Mateo") as the template's word."""
    dotted = [(j, word) for j, word in enumerate(m_words, 1) if "." in word]  # (most gaps have none: a cheap look)
    glued = [(i, j) for i in range(1, len(t_words) + 1) if dotted and slot_before[i - 1] for j, word in dotted
             if len(word) > len(t_words[i - 1]) + 1 and word.endswith("." + t_words[i - 1])]
    if not glued:
        return merges
    merges = {i: dict(cells) for i, cells in merges.items()}  # merge_steps' are memoised: added to a copy
    for i, j in glued:
        cells = merges.setdefault(i, {})
        cells[j] = cells.get(j, []) + [(1, 1, t_weights[i - 1], GLUED_AFTER_PERIOD)]
    return merges


def _trace(result: Alignment, words: list[str], back: list[tuple], width: int, i: int, j: int,
           t0: int, m0: int, slot_at: dict[int, list[int]], slot_before: list[bool]) -> None:
    tokens, weights = result.wording.tokens, result.wording.weights
    lost, gained = [], []  # this gap's content words missing, and the message's own words in it
    while i > 0 or j > 0:
        how = back[i * width + j]
        kind = how[0]
        if kind == "start":
            for k in range(t0, t0 + i):
                result.skipped[k] = True
            result.lead_junk += j
            break
        if kind == "pair":
            sim = how[1]
            result.matched[t0 + i - 1] = sim
            if not sim and weights[t0 + i - 1] == 1.0:
                result.hard_subs.append(f"{tokens[t0 + i - 1]}->{words[m0 + j - 1]}")
            elif not sim and token_weight(words[m0 + j - 1]) == 1.0:
                # A word of the message's own where the wording has a little word ("while receiving email" for
                # "while sending the email"): an extra word, not a copy of that one.
                result.inserted_at.append(m0 + j - 1)
                gained.append(m0 + j - 1)
            i, j = i - 1, j - 1
        elif kind == "delete":
            _count_missing(result, t0 + i - 1)
            if weights[t0 + i - 1] == 1.0:
                lost.append(t0 + i - 1)
            i -= 1
        elif kind == "elide":
            result.skipped[t0 + i - 1] = True
            i -= 1
        elif kind == "glued":  # the message's word is the value's last, with the template's word glued on
            _assign_slot(result, slot_at[t0 + i - 1][0], [m0 + j - 1])
            result.matched[t0 + i - 1] = 1.0
            result.glued.add(t0 + i - 1)
            i, j = i - 1, j - 1
        elif kind == "insert":
            if how[1]:
                _assign_slot(result, slot_at[t0 + i][0], [m0 + j - 1])
            else:
                result.inserted_at.append(m0 + j - 1)
                if token_weight(words[m0 + j - 1]) == 1.0:
                    gained.append(m0 + j - 1)
            j -= 1
        else:  # merge: (n template tokens, n message tokens, similarity)
            _, dt, dm, sim = how
            for k in range(t0 + i - dt, t0 + i):
                result.matched[k] = sim
            i, j = i - dt, j - dm
    _replaced(result, words, lost, [k for k in gained if words[k] not in PRODUCT_NAMES])


def _replaced(result: Alignment, words: list[str], lost: list[int], gained: list[int]) -> None:
    """A word lost and another gained in one gap is a word replaced ("while closing secure connection" for "while
    establishing a secure connection"): another alert's word, as a word paired with a different one is, not a
    word dropped in copying and one added."""
    for place, extra in zip(lost, gained):
        result.missing.remove(place)
        result.inserted_at.remove(extra)
        result.hard_subs.append(f"{result.wording.tokens[place]}->{words[extra]}")


def _assign_slot(result: Alignment, slot_number: int, positions) -> None:
    result.slot_tokens.setdefault(slot_number, []).extend(positions)
