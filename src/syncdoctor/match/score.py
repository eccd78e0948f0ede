"""From an alignment to a confidence in 0..1 that the message is this wording.

The parts, each in 0..1, multiply: how accurately the aligned part matches,
how much evidence it holds, and penalties for what a real copy of this alert
would not contain (a key word replaced, text before a fragment, a value that
swallowed half a sentence).
"""
from __future__ import annotations

from dataclasses import dataclass

from .align import Alignment

EVIDENCE_FULL = 9.0       # weighted words matched for full evidence (about a clause)
HARD_SUBSTITUTION = 0.3   # factor per content word replaced by a different word
MISSING_WORD = 0.5        # factor per content word missing inside the span, past those forgiven:
FORGIVEN_LOSSES = 1       # one common word lost in copying...
FORGIVEN_LOSSES_ALONE = 2  # ...or two when no word was added or changed either (see _forgiven_losses)
EXTRA_WORD = 0.75         # factor per unexplained message word inside the span, after the first
EDGE_JUNK = 0.35          # factor when text stands where a fragment was cut
OPEN_VALUE_TOKENS = 4
COPIES_DISAGREE = 0.5
VALUE_HOLDS_ALERT_TEXT = 0.5


@dataclass(frozen=True)
class WordingScore:
    confidence: float
    accuracy: float
    coverage: float
    evidence: float


def score_alignment(alignment: Alignment) -> WordingScore:
    wording = alignment.wording
    span_weight = got = 0.0
    for weight, sim, skipped in zip(wording.weights, alignment.matched, alignment.skipped):
        if not skipped:
            span_weight += weight
            got += weight * sim
    if got <= 0:
        return WordingScore(0.0, 0.0, 0.0, 0.0)
    accuracy = got / (span_weight + 0.4 * alignment.inserted)
    coverage = span_weight / wording.total_weight
    confidence = accuracy ** 1.5
    confidence *= min(1.0, got / min(EVIDENCE_FULL, wording.total_weight * 0.8))
    confidence *= 0.85 + 0.15 * min(1.0, coverage / 0.5)
    # Damage changes letters; a different alert changes words.  A real copy of
    # this alert does not lose or gain words in the middle.
    confidence *= HARD_SUBSTITUTION ** len(alignment.hard_subs)
    key_missing = any(k in wording.keys for k in alignment.missing)
    confidence *= MISSING_WORD ** max(0, alignment.deleted - _forgiven_losses(alignment, key_missing))
    confidence *= EXTRA_WORD ** max(0, alignment.inserted - 1)
    if _junk_at_a_cut(alignment) and not alignment.asked_around or alignment.otherwise_at_an_end:
        confidence *= EDGE_JUNK
    elif not alignment.asked_around and (alignment.lead_skipped and alignment.stray_lead
                                         or alignment.trail_skipped and alignment.stray_trail):
        confidence *= 0.9  # one stray word where a fragment was cut: likely, but less sure (not a question around it)
    if alignment.value_runs_long:  # a "value" of more words than a name has: the rest of the text
        confidence *= 0.5
    if alignment.open_value_tokens() > OPEN_VALUE_TOKENS:  # a "value" that is really the rest of the text
        confidence *= 0.5
    if alignment.value_holds_alert_text:  # a value that holds another alert's words in a row
        confidence *= VALUE_HOLDS_ALERT_TEXT
    if alignment.copies_disagree:  # the alert names the mailbox twice, this message once: another alert
        confidence *= COPIES_DISAGREE
    return WordingScore(min(1.0, confidence), accuracy, coverage, got)


def _forgiven_losses(alignment: Alignment, key_missing: bool) -> int:
    """Common words lost in copying that are forgiven: one; two when no word was added or changed either (a
    retelling that drops "specified" and "associated" is still this alert); none when a word only this rule uses
    is lost ("An error occurred while sending" is not "An unknown error occurred while sending")."""
    if key_missing:
        return 0
    return FORGIVEN_LOSSES_ALONE if not alignment.inserted and not alignment.hard_subs else FORGIVEN_LOSSES


def _junk_at_a_cut(alignment: Alignment) -> bool:
    """A fragment starts (or ends) where it was cut: other words there mean another message."""
    return (alignment.lead_skipped > 0 and alignment.stray_lead > 1) or (
        alignment.trail_skipped > 0 and alignment.stray_trail > 1
    )
