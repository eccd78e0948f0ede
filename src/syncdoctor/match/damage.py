"""How copying damages the words an alignment pairs, and how alike two words still are.

A typo changes a few letters of a word (typo_similarity).  A lost or an extra space joins two words or splits one
("t othe", "emailserver", "mail box"), or several in a row as a PDF or a screenshot's text gives them
("becausetheorganizer", "pre se nt"); and two words may be swapped.  These are the extra steps of the alignment's
dynamic programme (merge_steps), found by rapidfuzz in C rather than cell by cell.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import accumulate

from rapidfuzz.distance import OSA
from rapidfuzz.process import extract

MERGE_SIMILARITY = 0.85  # a lost or extra space: the joined letters must agree almost fully
#: Several spaces lost in a row ("becausetheorganizer", "insufficientpermissionsfor"), or put inside one
#: word ("pre se nt"), as in text copied from a PDF or a screenshot's OCR: up to this many template words
#: read as one message word, and one template word as this many message words.
MAX_JOINED_WORDS = 4
MAX_TYPO_EDITS = 3  # the most edits any typo may have (words of nine letters or more)


@lru_cache(maxsize=65536)
def typo_similarity(expected: str, seen: str) -> float:
    """1.0 for the same word, 0.6..1 for a typo of it, 0.0 for another word."""
    if expected == seen:
        return 1.0
    longest = max(len(expected), len(seen))
    shortest = min(len(expected), len(seen))
    allowed = 1 if shortest <= 3 else 2 if shortest <= 8 else MAX_TYPO_EDITS  # two edits in five letters ("eamol") are a typo
    distance = OSA.distance(expected, seen, score_cutoff=allowed)
    if distance > allowed or _joined_by_a_period(expected, seen):
        return 0.0
    return max(0.6, 1.0 - distance / longest)


def _joined_by_a_period(expected: str, seen: str) -> bool:
    """"k.make" for "make": the word itself, joined by a period to the one before (a space lost after a sentence's
    end: "...mailbox Søren K.Make sure"), is no typo of it."""
    return "." in seen and "." not in expected and expected in seen.split(".")


# Memoised: wordings that share a phrase meet the same stretch of a message, and so do the
# readings of the same text (a fold, a record, a citation); the steps are only read, never changed.
@lru_cache(maxsize=256)
def merge_steps(t_words: tuple[str, ...], t_weights: tuple[float, ...], m_words: tuple[str, ...]) -> dict:
    """Lost or extra spaces ("t othe", "emailserver", "mail box", "becausethe organizer") and two swapped words, as
    {i: {j: [(template words, message words, gain, step), ...]}} for the cells (i, j) they end in.

    The typo-similar joined words are found by rapidfuzz in C, one call per
    template word, instead of testing every cell; per cell the steps keep the
    order (2, 1), (1, 2), (2, 2) in which the table weighs them.
    """
    n, m = len(t_words), len(m_words)
    t_pairs = [t_words[k - 1] + t_words[k] for k in range(1, n)]   # ends at template word k+1
    m_pairs = [m_words[k - 1] + m_words[k] for k in range(1, m)]
    found: dict[tuple[int, int], list[tuple]] = {}

    def add(i: int, j: int, d_i: int, d_j: int, sim: float) -> None:
        gain = (t_weights[i - 2] + t_weights[i - 1] if d_i == 2 else t_weights[i - 1]) * sim
        found.setdefault((i, j), []).append((d_i, d_j, gain, ("merge", d_i, d_j, sim)))

    for i, joined in enumerate(t_pairs, start=2):        # two template words, one message word
        for j, sim in _merge_similar(joined, m_words, 1):
            add(i, j, 2, 1, sim)
    for i, word in enumerate(t_words, start=1):          # one template word, two message words
        for j, sim in _merge_similar(word, m_pairs, 2):
            add(i, j, 1, 2, sim)
    swapped = {}
    for j in range(2, m + 1):
        swapped.setdefault((m_words[j - 1], m_words[j - 2]), []).append(j)
    for i, joined in enumerate(t_pairs, start=2):        # two and two: swapped, or the space moved
        swaps = set(swapped.get((t_words[i - 2], t_words[i - 1]), ()))
        moved = {j for j, _ in _merge_similar(joined, m_pairs, 2)}
        for j in sorted(swaps | moved):
            add(i, j, 2, 2, 0.8 if j in swaps else 0.9)
    merges: dict[int, dict[int, list[tuple]]] = {}
    for (i, j), steps in found.items():
        if _joinable(t_words, m_words, i, j):
            merges.setdefault(i, {})[j] = steps
    for i, j, size, sim in _long_joins(t_words, m_words):
        gain = sum(t_weights[i - size:i]) * sim
        merges.setdefault(i, {}).setdefault(j, []).append((size, 1, gain, ("merge", size, 1, sim)))
    for i, j, size, sim in _long_splits(t_words, m_words):
        merges.setdefault(i, {}).setdefault(j, []).append((1, size, t_weights[i - 1] * sim, ("merge", 1, size, sim)))
    return merges


def _long_joins(t_words: tuple[str, ...], m_words: list[str]):
    """(i, j, size, similarity): ``size`` template words ending at i, three or more, written as the one
    message word j ("becausetheorganizer"); the letters' count must nearly agree (see _joinable)."""
    known = set(t_words)  # a word of the template itself is no joined one
    near = {len(word) + d for word in m_words if word not in known for d in (-2, -1, 0, 1, 2)}  # lengths worth a look
    if not near:
        return
    letters = list(accumulate(map(len, t_words), initial=0))  # letters[i]: of the first i words
    for size in range(3, MAX_JOINED_WORDS + 1):
        for i in range(size, len(t_words) + 1):
            if letters[i] - letters[i - size] not in near:
                continue
            joined = "".join(t_words[i - size:i])
            for j, sim in _merge_similar(joined, m_words, 1):
                if abs(len(joined) - len(m_words[j - 1])) <= 2 and m_words[j - 1] not in known:
                    yield i, j, size, sim


def _long_splits(t_words: tuple[str, ...], m_words: list[str]):
    """(i, j, size, similarity): template word i written as ``size`` message words ending at j, three or
    more ("pre se nt", "sync hro nize"); the letters' count must nearly agree."""
    known = set(t_words)  # pieces that are all words of the template are those words
    for size in range(3, MAX_JOINED_WORDS + 1):
        starts = [k for k in range(len(m_words) - size + 1) if not known.issuperset(m_words[k:k + size])]
        if not starts:
            continue
        pieces = ["".join(m_words[k:k + size]) for k in starts]
        near = {len(piece) + d for piece in pieces for d in (-2, -1, 0, 1, 2)}
        for i, word in enumerate(t_words, start=1):
            if len(word) not in near:
                continue
            for end, sim in _merge_similar(word, pieces, 0):
                if abs(len(word) - len(pieces[end])) <= 2:
                    yield i, starts[end] + size, size, sim


def _merge_similar(word: str, choices: list[str], first: int):
    """(j, similarity) of the choices at least MERGE_SIMILARITY alike to ``word``; choice k ends at j = k + first."""
    for _, distance, k in extract(word, choices, scorer=OSA.distance, score_cutoff=MAX_TYPO_EDITS, limit=None):
        sim = typo_similarity(word, choices[k]) if distance else 1.0
        if sim >= MERGE_SIMILARITY:
            yield k + first, sim


def _joinable(t_words, m_words, i: int, j: int) -> bool:
    """The gate of the merge steps: joined or split, the letters' count must nearly agree."""
    t_len = len(t_words[i - 1]) + (len(t_words[i - 2]) if i >= 2 else 99)
    m_len = len(m_words[j - 1]) + (len(m_words[j - 2]) if j >= 2 else 99)
    return abs(t_len - len(m_words[j - 1])) <= 2 or abs(m_len - len(t_words[i - 1])) <= 2 or abs(t_len - m_len) <= 2
