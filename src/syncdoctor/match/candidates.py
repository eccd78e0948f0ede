"""Candidate selection: the few wordings worth aligning, found through word pairs.

Looking up the message's word pairs in an inverted index costs the same for
22 rules as for thousands; pairs shared by very many wordings are skipped as
they say nothing about which one it is.
"""
from __future__ import annotations

from collections import Counter
from itertools import chain

from ..compile import Index


#: Wordings that tie on votes with the last one chosen are chosen too, up to this many times the limit: a piece
#: many alerts share ("...and the owner of the email server profile P has been notified.") fits them all, and
#: aligning only the first few would find no rival to it.
TIED_ROOM = 2


def select_candidates(index: Index, words: list[str], limit: int, ties: bool = False) -> list[tuple[int, float]]:
    """Up to ``limit`` (wording number, votes), best first; with ``ties``, the wordings tied with the last one
    too (see TIED_ROOM)."""
    cutoff = index.common_cutoff
    postings = [p for p in map(index.bigrams.get, set(zip(words, words[1:]))) if p and len(p) <= cutoff]
    votes: dict[int, float] = Counter(chain.from_iterable(postings))  # one vote per shared word pair
    if len(votes) < limit:  # heavily damaged text: single rare words still point somewhere
        for word in set(words):
            posting = index.unigrams.get(word)
            if posting and len(posting) <= index.common_cutoff:
                weight = index.idf[word] * 0.25
                for number in posting:
                    votes[number] = votes.get(number, 0.0) + weight
    # Ties go to the wording whose word pairs are found most completely.
    sizes = index.bigram_counts
    # (Sorting on the number too keeps the order independent of Python's string hash seed.)
    ranked = sorted(votes, key=lambda number: (-votes[number] * (1.0 + votes[number] / sizes[number]), number))
    room = limit * TIED_ROOM if ties else limit
    return [(number, votes[number]) for number in _diverse(index, ranked, votes, limit, room)]


def _diverse(index: Index, ranked: list[int], votes: dict[int, float], limit: int, room: int) -> list[int]:
    """The best-placed variant of each wording, so other wordings get their turn; and the variants
    that tie with it, since then the words that tell them apart ("sent", "received") are damaged.
    Past ``limit``, up to ``room``, the wordings tied on votes with the last one chosen."""
    chosen: list[int] = []
    first_votes: dict[str, float] = {}
    for number in ranked:
        template = index.wordings[number].template
        if template not in first_votes:
            first_votes[template] = votes[number]
        elif votes[number] != first_votes[template]:
            continue
        if len(chosen) >= limit and votes[number] < votes[chosen[limit - 1]] or len(chosen) == room:
            break
        chosen.append(number)
    return chosen
