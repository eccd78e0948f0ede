"""Rules -> Index: every alert wording as match tokens, plus lookup tables.

Compiled once per knowledge base; the result is plain data so it can be
cached on disk (see ``cache.py``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import math
from collections import defaultdict
from dataclasses import dataclass, field, replace

from .normalize import fold_text
from .template import Literal, Slot, parse_template

if TYPE_CHECKING:
    from .models import Rule

#: Little words: they carry little evidence and a changed one is no new alert.
STOPWORDS = frozenset(
    "a an the of to for and or in on at by with from is are be been has have had was were this that "
    "it its their your my our not can will did do does as if then than also".split()
)


@dataclass(frozen=True)
class SlotSpec:
    """A placeholder between two literal tokens, and the punctuation the template wraps it in."""

    name: str
    position: int       # index of the literal token that follows the slot
    before: str         # template characters between the previous word and the slot
    after: str          # template characters between the slot and the next word


@dataclass(frozen=True)
class Wording:
    rule_id: str
    template: str           # the wording as written in the rule
    text: str               # this variant with choices resolved (placeholders as {name})
    tokens: tuple[str, ...]  # literal match tokens
    weights: tuple[float, ...]
    slots: tuple[SlotSpec, ...]
    total_weight: float
    keys: frozenset[int] = frozenset()  # places of content words that no other rule's wording uses


@dataclass
class Index:
    wordings: list[Wording]
    bigrams: dict[tuple[str, str], list[int]]
    unigrams: dict[str, list[int]]
    idf: dict[str, float]
    rule_count: int
    common_cutoff: int = field(default=0)
    bigram_counts: list[int] = field(default_factory=list)  # distinct word pairs per wording
    phrases: frozenset[tuple[str, ...]] = frozenset()  # every ALERT_PHRASE_WORDS words in a row of any wording
    starts: frozenset[tuple[str, ...]] = frozenset()  # every wording's first ALERT_START_WORDS words
    rule_phrases: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)  # the phrases, per rule


#: A value that holds this many words in a row of some alert's wording ("has been disabled for") is
#: another alert's sentence swallowed, not a name (see context.value_holds_alert_text).
ALERT_PHRASE_WORDS = 4
#: A wording's first words: where they stand inside a line, another alert may start (alerts pasted
#: one after another, see readings.PasteReadings._first_whole_alert).
ALERT_START_WORDS = 3


def token_weight(token: str) -> float:
    return 0.35 if token in STOPWORDS or len(token) <= 2 else 1.0


def compile_wording(rule_id: str, template_text: str) -> list[Wording]:
    template = parse_template(template_text)
    result = []
    for variant in template.variants():
        result.append(_compile_variant(rule_id, template_text, variant))
    return result


def _compile_variant(rule_id: str, template_text: str, variant) -> Wording:
    tokens: list[str] = []
    slots: list[SlotSpec] = []
    text_parts: list[str] = []
    for index, segment in enumerate(variant):
        if isinstance(segment, Literal):
            tokens.extend(fold_text(segment.text))
            text_parts.append(segment.text)
        elif isinstance(segment, Slot):
            before = _edge_punctuation(variant[index - 1].text, tail=True) if index > 0 else ""
            after = _edge_punctuation(variant[index + 1].text, tail=False) if index + 1 < len(variant) else ""
            slots.append(SlotSpec(segment.name, len(tokens), before, after))
            text_parts.append("{" + segment.name + "}")
    weights = tuple(token_weight(t) for t in tokens)
    return Wording(rule_id, template_text, "".join(text_parts), tuple(tokens), weights,
                   tuple(slots), sum(weights))


def _edge_punctuation(literal: str, tail: bool) -> str:
    """The non-word characters a literal puts right next to a slot (quotes, a period)."""
    chars = []
    seq = reversed(literal) if tail else iter(literal)
    for ch in seq:
        if ch.isalnum():
            break
        if not ch.isspace():
            chars.append(ch)
    return "".join(reversed(chars)) if tail else "".join(chars)


def _with_keys(wording: Wording, unigrams: dict[str, list[int]], wordings: list[Wording]) -> Wording:
    """The wording, knowing which of its words only its own rule uses ("unknown" of "An unknown
    error occurred"): a copy of the alert may lose a common word, but not one of these."""
    keys = frozenset(k for k, token in enumerate(wording.tokens) if wording.weights[k] == 1.0 and
                     all(wordings[number].rule_id == wording.rule_id for number in unigrams.get(token, ())))
    return replace(wording, keys=keys)


def compile_index(rules: list[Rule]) -> Index:
    wordings: list[Wording] = []
    for rule in rules:
        for alert in rule.alerts:
            wordings.extend(compile_wording(rule.id, alert.text))
    bigrams: dict[tuple[str, str], list[int]] = defaultdict(list)
    unigrams: dict[str, list[int]] = defaultdict(list)
    for number, wording in enumerate(wordings):
        for pair in dict.fromkeys(zip(wording.tokens, wording.tokens[1:])):  # in order: the same index, whatever the hash seed
            bigrams[pair].append(number)
        for token in dict.fromkeys(wording.tokens):
            if token_weight(token) == 1.0:
                unigrams[token].append(number)
    wordings = [_with_keys(wording, unigrams, wordings) for wording in wordings]
    count = max(len(wordings), 1)
    idf = {tok: math.log(1 + count / len(posting)) for tok, posting in unigrams.items()}
    cutoff = max(40, count // 8)
    counts = [max(1, len(set(zip(w.tokens, w.tokens[1:])))) for w in wordings]
    per_rule: dict[str, list[Wording]] = defaultdict(list)
    for wording in wordings:
        per_rule[wording.rule_id].append(wording)
    return Index(wordings, dict(bigrams), dict(unigrams), idf, len(rules), cutoff, counts, _phrases(wordings),
                 _starts(wordings), {rule_id: _phrases(own) for rule_id, own in per_rule.items()})


def _starts(wordings: list[Wording]) -> frozenset[tuple[str, ...]]:
    """The first ALERT_START_WORDS words of each wording that has no placeholder among them."""
    return frozenset(wording.tokens[:ALERT_START_WORDS] for wording in wordings
                     if len(wording.tokens) >= ALERT_START_WORDS
                     and all(slot.position >= ALERT_START_WORDS for slot in wording.slots))


def _phrases(wordings: list[Wording]) -> frozenset[tuple[str, ...]]:
    """Runs of ALERT_PHRASE_WORDS words that a wording has in a row (not across a placeholder)."""
    found = set()
    for wording in wordings:
        edges = sorted({0, len(wording.tokens), *(slot.position for slot in wording.slots)})
        for start, end in zip(edges, edges[1:]):
            run = wording.tokens[start:end]
            found.update(run[k:k + ALERT_PHRASE_WORDS] for k in range(len(run) - ALERT_PHRASE_WORDS + 1))
    return frozenset(found)
