"""Facts about an alignment that only the whole message or the whole index can tell.

The aligner sees one wording and the message's words; these look further: at
the words of every other wording, and at the punctuation and question around
the aligned part.  The classifier records them on the alignment before it is
scored (see score.score_alignment).
"""
from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from ..compile import ALERT_PHRASE_WORDS, token_weight
from ..normalize import QUOTES, Normalized
from ..template import FREE_TEXT_SLOTS
from .align import Alignment
from .symptoms import REPORTING_WORDS, is_asking

#: What sets a cited piece of an alert off from the question around it.
_CITATION_MARK = re.compile(r"[\"\u201c\u201d'\u2018\u2019:\u2013\u2014?()\[\]]|(?:^|\s)-(?:\s|$)")
#: After a cited piece, the sentence's own end may set the question off too ("...email server, how to fix?").
_SENTENCE_END = re.compile(r"[,.;]")
_FULL_STOPS = frozenset({".", "!"})
#: What closes a pasted line after its full stop: a quote, markdown's "**" or "`", a bracket, a tag ("</Data>").
_CLOSING_MARKS = re.compile(r"(?:[\s\"'\u201d\u2019*`)\]}>]|</?[A-Za-z][^<>\n]{0,40}>)+\Z")
_SPACE = re.compile(r"\s")
_WORD_CHAR = re.compile(r"[^\W_]")
AFTERWORD_WORDS = 3  # the most words of the sender's own after the alert's sentence (see _own_words_after)


def alert_phrase_words(words: list[str], phrases: frozenset[tuple[str, ...]]) -> int:
    """How many of the words stand in runs that some alert wording has in a row.  The product builds
    its many alerts from a few phrases; a text stitched from them is an alert, even one that no
    single wording fits ("...can't be synchronized because the mailbox Ops has been disabled for
    synchronizing appointments, contacts, and tasks"); a person asking cites a phrase or two."""
    return len(_phrase_places(words, phrases))


def alert_phrases_from(words: list[str], phrases: frozenset[tuple[str, ...]]) -> tuple[int, int]:
    """How many words stand in runs of the alerts' phrases (see alert_phrase_words), and how many words of
    the text there are from the first of them on: what a person puts before a pasted alert ("my users get",
    "we keep getting this on our queue:") is no part of it, and does not make it less of an alert."""
    covered = _phrase_places(words, phrases)
    return len(covered), len(words) - min(covered, default=0)


def _phrase_places(words: list[str], phrases: frozenset[tuple[str, ...]]) -> set[int]:
    covered: set[int] = set()
    for k in range(len(words) - ALERT_PHRASE_WORDS + 1):
        if tuple(words[k:k + ALERT_PHRASE_WORDS]) in phrases:
            covered.update(range(k, k + ALERT_PHRASE_WORDS))
    return covered


def value_holds_alert_text(alignment: Alignment, words: list[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether a value holds words that some alert has in a row: "Ops has been disabled for sending
    email and" is no mailbox name but the rest of a sentence this wording does not have.  A value
    the wording quotes is left alone: its quotes mark where the sender's subject starts and ends."""
    slots = alignment.wording.slots
    for number, tokens in alignment.slot_tokens.items():
        if slots[number].before.endswith('"') and slots[number].after.startswith('"'):
            continue
        if alert_phrase_words([words[k] for k in sorted(tokens)], phrases):
            return True
    return False


#: A value of more words than this is the rest of the text, not a name...
LONG_VALUE_WORDS = 12
#: ...but a subject is the sender's own text, as long as a subject line gets.
LONG_TEXT_WORDS = 40
#: ...and one the wording quotes, written between quotes of its own, is framed by them: it may have as many
#: characters as Exchange keeps of a subject line, whatever its words.
QUOTED_TEXT_CHARS = 255


def value_runs_long(alignment: Alignment, message: Normalized) -> bool:
    """Whether a value has more words than a name (or a subject) has.  Words as written: the
    punctuation inside a name ("R&D/Ops-EU", "a.b@c.d") splits match words, not the name's words.
    A value the wording quotes that goes on past its closing quote runs long too: '"Invoice 4471" couldn't
    be delivered because...' for '"{message_subject}". Mailbox...' is a subject and the rest of another alert."""
    for number, tokens in alignment.slot_tokens.items():
        slot = alignment.wording.slots[number]
        longest = LONG_TEXT_WORDS if slot.name in FREE_TEXT_SLOTS else LONG_VALUE_WORDS
        if len(tokens) > longest and _written_words(sorted(tokens), message) > longest \
                and not _framed_by_quotes(slot, min(tokens), max(tokens), message):
            return True
        if tokens and slot.before.endswith('"') and slot.after.startswith('"') \
                and _goes_on_past_its_quote(min(tokens), max(tokens), message):
            return True
    return False


def _framed_by_quotes(slot, first: int, last: int, message: Normalized) -> bool:
    """A free text the wording quotes ("...the email message "{message_subject}". Mailbox..."), with a quote right
    before its first word and right after its last, and no longer than QUOTED_TEXT_CHARS."""
    if slot.name not in FREE_TEXT_SLOTS or not (slot.before.endswith('"') and slot.after.startswith('"')):
        return False
    clean, (starts, ends) = message.clean, message.spans
    before = clean[ends[first - 1] if first else 0:starts[first]].translate(QUOTES).rstrip()
    after = clean[ends[last]:starts[last + 1] if last + 1 < len(starts) else len(clean)].translate(QUOTES).lstrip()
    return before.endswith('"') and after.startswith('"') and ends[last] - starts[first] <= QUOTED_TEXT_CHARS


def _goes_on_past_its_quote(first: int, last: int, message: Normalized) -> bool:
    """Whether a value opened with a quote has words after its last quote: its quote closed before they came
    ('"Invoice 4471" couldn't be delivered'; a subject's own quotes, '"Re: "Q3" notes"', end with the value's)."""
    starts, ends = message.spans
    if first == 0 or last + 1 >= len(starts):
        return False
    written = message.clean[ends[first - 1]:starts[last + 1]].translate(QUOTES).strip()
    if not written.startswith('"'):
        return False
    closing = written.rfind('"')
    return closing > 0 and _WORD_CHAR.search(written, closing) is not None


def _written_words(tokens: list[int], message: Normalized) -> int:
    """How many words as written these match words make: one, and one more after each space."""
    clean, (starts, ends) = message.clean, message.spans
    return 1 + sum(1 for before, k in zip(tokens, tokens[1:]) if _SPACE.search(clean, ends[before], starts[k]))


def otherwise_at_an_end(alignment: Alignment, message: Normalized) -> bool:
    """Whether the alert's sentence starts or ends with a word the wording lacks, in place of its
    own ("Contacts can't be synchronized because the Organizer field isn't present.", "...because
    the Organizer field is read-only." for "...isn't present."): a text cut off by a column or a
    copy stops anywhere, but not on another word and a full stop, and it does not start with
    another word where the alert's first one stood.  That alert starts or ends otherwise."""
    if len(message.words) < 2:
        return False
    return _starts_otherwise(alignment, message) or _ends_otherwise(alignment, message)


def _starts_otherwise(alignment: Alignment, message: Normalized) -> bool:
    """One word in place of the wording's first, going on into its sentence, and neither a damaged
    copy of that word nor a piece of it cut off at the start ("ointments, contacts...")."""
    if alignment.lead_junk != 1 or alignment.lead_skipped != 1:
        return False
    clean, (starts, ends), words = message.clean, message.spans, message.words  # (spans: only now)
    if clean[ends[0]:starts[1]].strip():
        return False
    first = alignment.wording.tokens[0]
    return not _damaged_copy(first, words[0]) and not first.endswith(words[0])


def _ends_otherwise(alignment: Alignment, message: Normalized) -> bool:
    """The text's last full stop right after the wording was left: after one word going on its
    sentence (not a new sentence: "...to the email server. Thanks."), or after a value.  What closes a pasted
    line after the stop (see _CLOSING_MARKS) does not hide it."""
    if not alignment.trail_skipped:
        return False
    clean, (starts, ends), words = message.clean, message.spans, message.words
    if _CLOSING_MARKS.sub("", clean[ends[-1]:message.body_end]).strip() not in _FULL_STOPS:
        return False
    if alignment.trail_junk == 0:
        return _value_ends_the_sentence(alignment, len(words))
    if alignment.trail_junk != 1 or clean[ends[-2]:starts[-1]].strip():
        return False
    tokens = alignment.wording.tokens
    return not any(_damaged_copy(token, words[-1]) for token in tokens[len(tokens) - alignment.trail_skipped:])


def _value_ends_the_sentence(alignment: Alignment, word_count: int) -> bool:
    """A value that runs into the text's last full stop where the alert's sentence goes on ("...Mailbox
    Ops didn't reconnect." for "...The mailbox {mailbox_name} has been disabled..."): the value took
    another ending.  (Where the alert has a full stop after the value, a copy may well end there.)"""
    first_skipped = len(alignment.skipped) - alignment.trail_skipped
    for number, slot in enumerate(alignment.wording.slots):
        taken = alignment.slot_tokens.get(number)
        if slot.position == first_skipped and taken and max(taken) == word_count - 1:
            return not slot.after.lstrip('"\'').startswith((".", "!"))
    return False


def _damaged_copy(expected: str, seen: str) -> bool:
    """Too damaged for a typo ("nutifi" for "notified"), yet half its letters or more are right."""
    most = max(len(expected), len(seen)) // 2
    return OSA.distance(expected, seen, score_cutoff=most) <= most


def asked_around(alignment: Alignment, message: Normalized, vocabulary: frozenset[str] = frozenset()) -> bool:
    """Whether the words where a fragment was cut are a person's own around a piece of the alert
    they cited: a question set off from it by a quote, a dash, a colon or the like ('What does "The
    mailbox location could not be determined" mean?', "...are incorrect - what now?"), or by a word
    that says what was seen before it and a sentence's end after it ("the mailbox says ..., why?");
    or a few words of their own after its sentence ("...to the email server. Please help!")."""
    lead = alignment.lead_junk if alignment.lead_skipped else 0
    trail = alignment.trail_junk if alignment.trail_skipped else 0
    words = message.words
    if max(lead, trail) < 2 or lead + trail >= len(words):  # no text where it was cut (see score._junk_at_a_cut)
        return False
    clean, (starts, ends) = message.clean, message.spans
    if lead and not (_CITATION_MARK.search(clean[ends[lead - 1]:starts[lead]]) or words[lead - 1] in REPORTING_WORDS):
        return False
    if trail:
        gap = clean[ends[len(words) - trail - 1]:starts[len(words) - trail]]
        if not (_CITATION_MARK.search(gap) or _SENTENCE_END.search(gap)):
            return False
        if not lead and _own_words_after(words[len(words) - trail:], gap, vocabulary):
            return True
    around = (clean[message.prefix_end:starts[lead]] if lead else "") + " " + (
        clean[ends[len(words) - trail - 1]:message.body_end] if trail else "")
    return is_asking(around)


def _own_words_after(trail: list[str], gap: str, vocabulary: frozenset[str]) -> bool:
    """A new sentence of a few words after the alert's, none of them a content word of any alert:
    the sender's ("Please help!", "Thanks in advance!"), not the rest of another alert."""
    return len(trail) <= AFTERWORD_WORDS and any(mark in gap for mark in ".!?") and \
        not any(word in vocabulary and token_weight(word) == 1.0 for word in trail)
