"""Candidate selection: the few wordings worth aligning, found through word pairs.

Looking up the message's word pairs in an inverted index costs the same for
22 rules as for thousands; pairs shared by very many wordings are skipped as
they say nothing about which one it is.
"""
from __future__ import annotations

from collections import Counter
from itertools import chain

from ..compile import Index


def select_candidates(index: Index, words: list[str], limit: int) -> list[tuple[int, float]]:
    """Up to ``limit`` (wording number, votes), best first."""
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
    return [(number, votes[number]) for number in _diverse(index, ranked, limit)]


def _diverse(index: Index, ranked: list[int], limit: int) -> list[int]:
    """The best-placed variant of each wording, so other wordings get their turn."""
    chosen: list[int] = []
    per_template: dict[str, int] = {}
    for number in ranked:
        template = index.wordings[number].template
        if per_template.get(template, 0) < 1:
            per_template[template] = per_template.get(template, 0) + 1
            chosen.append(number)
            if len(chosen) == limit:
                break
    return chosen
