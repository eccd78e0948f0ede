"""Placeholder values, exactly as the user wrote them."""
from __future__ import annotations

import re
import unicodedata

from ..clean import CELL_BREAK, MARK_PAIRS, PARAGRAPH_END, holds_cells, single_spaced
from ..normalize import QUOTES, Normalized
from .align import Alignment

LIGATURES = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}  # "ﬀ" to "ﬆ"
_DOC_PLACEHOLDER = re.compile(r"^<[^<>@]{1,60}>$")  # "<john@contoso.com>" is an address, not a placeholder
_BLANK_TO_FILL = re.compile(r"^[_ ]*__[_ ]*$")  # "_____", as a form or a redacted copy leaves a name out
# Other ways of writing a placeholder: "[Mailbox Name]", "{User}", "{{mailbox_name}}", "%MailboxName%", "MAILBOX_NAME".
# Only words of placeholder names are inside, so "[Sales]" stays a name.
_OTHER_PLACEHOLDER = re.compile(r"^(?:\[([^\[\]]{1,60})\]|\{\{?([^{}]{1,60})\}\}?|%([^%\s]{1,60})%"
                                r"|([A-Z]+(?:_[A-Z]+)+))$")
_PLACEHOLDER_WORDS = frozenset("mailbox name email e mail server profile user subject message queue address display "
                               "the your of".split())
_NAME_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# (A sentence's stop may stand before the mark: "...for sending email. [...] Ngata has been", with "The mailbox
# Aroha" left out.)
_LEADING_ELISION = re.compile(r"^(?:[.!?]\s+)?(?:[\[(]\s*(?:\.{3}|\u2026)\s*[\])]|\.{3}|\u2026)\s*")
# "Support-|Desk": a line wrapped after a name's own hyphen (as mail clients and browsers wrap); the
# break is no space.  ("Helpdesk -|Tier 2", with a space before the hyphen, keeps its spaces.)
_HYPHEN_AT_LINE_END = re.compile(r"(?<=[^\s-])-[ \t]*\r?\n[ \t]*(?=[^\s-])")
# But a text that hyphenates the alert's own words at its line ends ("appoin-|tments", as a PDF or a typeset
# page does) was hyphenated by its typesetter: there a name's word broken before a small letter is one word
# ("Acc-|ounts Payable", "m.kowalski@-|northwind.pl"); before a capital it is still the name's own hyphen.
_WORD_HYPHENATED = re.compile(r"([A-Za-z]+)-[ \t]*\r?\n[ \t]*([a-z]+)")
_HYPHENATED_BEFORE_SMALL = re.compile(r"(?<=[^\s-])-[ \t]*\r?\n[ \t]*(?=[a-z])")
# Pictographs (emoji, marks like "⚠") the writer put after a sentence's end, at a value's end ("...message Q3 report.
# ⚠️ The mailbox..."): the sentence, and so the value, ended at the mark.  A name's own emoji stands before its
# sentence's end ("Launch 🚀.") and stays.
_AFTER_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?((?:\s+[^\w\s]+)+)$")
_PICTOGRAPH_CATEGORIES = frozenset(("So", "Sk", "Mn", "Me", "Cf"))  # symbols, and the marks that join emoji up
_TRAILING_ELISION = re.compile(r"\s*(?:[\[(]\s*(?:\.{3}|\u2026)\s*[\])]|\.{3}|\u2026)$")
# A mark the writer put between the template's words and a value, standing alone ("for the mailbox - Sales",
# "Kim Lee | because", "Ops (because..."): no name starts or ends with a word of marks only.  A mark on a name's
# own word stays ("Support:", "Doe, Jane"): the value is given back exactly as written.
_SEPARATOR_BEFORE = re.compile(r"^[-\u2013\u2014|/:;,=>~\u2192)\]]+\s+")
_SEPARATOR_AFTER = re.compile(r"\s+[-\u2013\u2014|/:;,=<~\u2190(\[]+$")


def extract_values(alignment: Alignment, message: Normalized) -> dict[str, str]:
    values: dict[str, str] = {}
    slot_tokens = _split_by_punctuation(alignment, message)
    typeset = _hyphenates_alert_words(message.clean, alignment.wording.tokens)
    cut_short = _cut_short_copy(alignment, slot_tokens)
    for number, positions in sorted(slot_tokens.items()):
        if not positions or number == cut_short:
            continue
        slot = alignment.wording.slots[number]
        glued = _missed_next_word(alignment, slot.position)
        written = _value_text(message, min(positions), max(positions), slot.before, slot.after, glued,
                              slot.position in alignment.glued, typeset)
        written = _drop_glued_front(written, slot.before, _glued_words_before(alignment, slot.position))
        after_last = max(positions) + 1
        cut_off = after_last == len(message.words) or after_last in message.cuts
        value = _unwrap(written, cut_off) if written and not _is_placeholder(written) else ""
        if _is_placeholder(value):  # '"[Mailbox Name]"'
            value = ""
        if value and slot.name not in values:
            # In composed form: "Zoe\u0308" (as macOS and some mail clients write "Zoë") is the same name, and
            # looks the same, but would not compare equal to the name a script knows.  Likewise a ligature a
            # PDF or a typeset page put in ("Pro\ufb01le 7") is its letters: no name is written with one.
            values[slot.name] = unicodedata.normalize("NFC", value.translate(LIGATURES))
    return values


def _cut_short_copy(alignment: Alignment, slot_tokens: dict[int, list[int]]) -> int | None:
    """The value a fragment starts with, where the alert writes that name again further on: the fragment may have
    been cut inside the name ("rement because the email address of the mailbox Procurement is..."), or inside the
    word before it, which the name's own tail may look like ("box (UK) because ... the mailbox HR Inbox (UK) is..."),
    and the other copy is whole.  (Its number; None if there is no such value.)"""
    start = alignment.lead_skipped
    if not start:
        return None
    slots = alignment.wording.slots
    for number, slot in enumerate(slots):
        if slot.position - start <= 1 and slot_tokens.get(number):
            if any(other.name == slot.name and slot_tokens.get(k) for k, other in enumerate(slots) if k > number):
                return number
    return None


def _split_by_punctuation(alignment: Alignment, message: Normalized) -> dict[int, list[int]]:
    """Where template words stand between two values ('"{subject}". Mailbox {name}'), a value that
    holds those words too ("Your mailbox") makes two splits cost the same; the template's
    punctuation ('". ') in front of the words says which one is right."""
    slot_tokens = alignment.slot_tokens
    slots = alignment.wording.slots
    for number in range(len(slots) - 1):
        first, second = slot_tokens.get(number), slot_tokens.get(number + 1)
        marks = "".join(slots[number].after.split())
        if not first or not second or not marks:
            continue
        between, size = max(first) + 1, slots[number + 1].position - slots[number].position
        if size < 1 or min(second) != between + size:
            continue
        region = sorted(first) + list(range(between, between + size)) + sorted(second)
        words = message.words
        literal = words[between:between + size]
        fitting = [k for k in region[1:len(region) - size]
                   if words[k:k + size] == literal and _marked_before(message, k, marks)]
        if len(fitting) == 1 and fitting[0] != between:
            split = region.index(fitting[0])
            slot_tokens = {**slot_tokens, number: region[:split], number + 1: region[split + size:]}
    return slot_tokens


def _marked_before(message: Normalized, k: int, marks: str) -> bool:
    """Whether the text just before word ``k`` ends with these marks (spaces aside)."""
    starts, ends = message.spans
    gap = message.clean[ends[k - 1]:starts[k]] if k else ""
    return "".join(gap.split()).translate(QUOTES).endswith(marks)


def _hyphenates_alert_words(text: str, tokens: tuple[str, ...]) -> bool:
    """Whether the text breaks one of the wording's words with a hyphen at a line's end (see _WORD_HYPHENATED)."""
    if "-" not in text or "\n" not in text:
        return False
    return any((piece.group(1) + piece.group(2)).lower() in tokens for piece in _WORD_HYPHENATED.finditer(text))


def _value_text(message: Normalized, first: int, last: int, before: str, after: str, glued: str,
                glued_on: bool, typeset: bool = False) -> str:
    """Everything between the words around the value, less the template's own punctuation (and
    still in any quotes the user put around it)."""
    starts, ends = message.spans
    start = ends[first - 1] if first > 0 else message.prefix_end
    end = starts[last + 1] if last + 1 < len(starts) else message.body_end
    if first > 0 and starts[first] == starts[first - 1]:
        start = starts[first]  # "can't" is two words at one place
    if last + 1 < len(starts) and starts[last + 1] == starts[last]:
        end = _before_negation(message, last)  # "Þórssondidn't": the value's last word and "did", "not" at one place
    written = message.clean[start:end]
    if last + 1 == len(starts):  # the value the paste ends with ends at its paragraph or its grid cell
        written = _own_part(written, 0)
    if first == 0:  # ...and the one it starts with starts at it
        written = _own_part(written, -1)
    if typeset:
        written = _HYPHENATED_BEFORE_SMALL.sub("", written)
    value = single_spaced(_HYPHEN_AT_LINE_END.sub("-", written))
    # Where the text was cut off, or words were left out ("... Sales [...]"), the mark is not the name; nor is the
    # mark of the writer's or the last value's punctuation before it ("message FW: [...] Accounts Payable").
    if first == 0 or first in message.cuts:
        value = _LEADING_ELISION.sub("", _SEPARATOR_BEFORE.sub("", value))
    if last + 1 == len(starts) or last + 1 in message.cuts:
        value = _TRAILING_ELISION.sub("", _SEPARATOR_AFTER.sub("", value))
    value = _without_pictographs_after_its_end(_drop_glued_word(value, after, glued, glued_on))
    # The writer's mark may also stand outside the template's own ('message "Q3" - Mailbox Ops', where the
    # template has '"Q3". Mailbox'): it goes first, so that the template's closing quote is found behind it.
    value = _strip_suffix(_strip_prefix(_without_separators(value), before), after)
    return _without_separators(value)


def _without_pictographs_after_its_end(value: str) -> str:
    """The value without the pictographs after its sentence's end (see _AFTER_SENTENCE_END)."""
    found = _AFTER_SENTENCE_END.search(value) if not value.isascii() else None
    if found and all(unicodedata.category(ch) in _PICTOGRAPH_CATEGORIES for ch in found.group(1) if not ch.isspace()):
        return value[:found.start(1)]
    return value


def _own_part(written: str, which: int) -> str:
    """The first (``which`` 0) or the last (-1) paragraph of a value's text, and of that the grid cell, if tabs part
    cells there (see clean.holds_cells)."""
    if "\n" in written:
        written = PARAGRAPH_END.split(written)[which]
    if holds_cells(written):
        written = CELL_BREAK.split(written.strip(" \t"))[which]
    return written


def _before_negation(message: Normalized, k: int) -> int:
    """Where word ``k`` ends when the next word ("not") is its own "n't" spelled out: before the "n't" (or "'t")."""
    written = message.clean[message.spans[0][k]:message.spans[1][k]].translate(QUOTES)
    tail = next((tail for tail in ("n't", "'t") if written.endswith(tail) and len(written) > len(tail)), "")
    return message.spans[1][k] - len(tail)


def _without_separators(value: str) -> str:
    return _SEPARATOR_AFTER.sub("", _SEPARATOR_BEFORE.sub("", value.strip())).strip()


def _is_placeholder(value: str) -> bool:
    """The documentation's own placeholder ("<Mailbox Name>", "[Mailbox Name]"), not a name of the user's."""
    if _DOC_PLACEHOLDER.match(value) or _BLANK_TO_FILL.match(value):
        return True
    found = _OTHER_PLACEHOLDER.match(value)
    if not found:
        return False
    words = _NAME_WORD.findall(next(group for group in found.groups() if group))
    return bool(words) and all(word.lower() in _PLACEHOLDER_WORDS for word in words)


def _missed_next_word(alignment: Alignment, position: int) -> str:
    """The template's word right after a value, when the alignment did not find it on its own; or the
    words glued onto the value's end ("Smithrequires", see align._reread_glued_words)."""
    tokens = alignment.wording.tokens
    if position >= len(tokens) or alignment.matched[position] and position not in alignment.glued:
        return ""
    end = position
    while end < len(tokens) and end in alignment.glued:
        end += 1
    return "".join(tokens[position:max(end, position + 1)])


def _glued_words_before(alignment: Alignment, position: int) -> str:
    """The template's words glued onto the value's start ("mailboxBilling"), or ""."""
    start = position
    while start > 0 and start - 1 in alignment.glued:
        start -= 1
    return "".join(alignment.wording.tokens[start:position])


def _drop_glued_word(value: str, after: str, word: str, glued: bool) -> str:
    """"...mailbox Sales.Make sure": the space after the value's period was lost, so the template's
    next word was read as part of the name.  It is given back (the period goes with ``after``).
    Without a period between, only words the alignment found glued on ("Smithrequires")."""
    ending = after + word
    if not word or not (after or glued) or len(value) <= len(ending):
        return value
    if value[-len(ending):].translate(QUOTES).casefold() != ending:
        return value
    return value[:-len(word)]


def _drop_glued_front(value: str, before: str, word: str) -> str:
    """"...mailboxBilling Team": the template's word glued onto the value's start is given back."""
    if not word or before or len(value) <= len(word) or value[:len(word)].translate(QUOTES).casefold() != word:
        return value
    return value[len(word):].strip()


# Quotes or markdown that the user, not the template, put around a value (see clean.MARK_PAIRS), or angle brackets.
_WRAPPERS = MARK_PAIRS + (("<", ">"),)
_WRAPPER_STARTS = frozenset(opening[0] for opening, _ in _WRAPPERS)


def _unwrap(value: str, cut_off: bool = False) -> str:
    """The value without the marks around it; if the text was ``cut_off`` after it, also those it was cut inside."""
    if value[:1] not in _WRAPPER_STARTS:
        return value
    for opening, closing in _WRAPPERS:
        if len(value) > len(opening) + len(closing) and value.startswith(opening) and value.endswith(closing):
            inner = value[len(opening):-len(closing)]
            if opening not in inner and closing not in inner:  # not '"a" and "b"', nor "'O'Brien'"
                return inner.strip()
    return _cut_inside_marks(value) if cut_off else value


def _cut_inside_marks(value: str) -> str:
    """A value the text was cut off inside the marks around it ('"Main Exchange Pro', '**Ops*', as a dashboard's column
    cuts it): the opening mark, and what is left of the closing one, are the writer's.  (A mark that closes inside
    stays: '"Q3" Team', "_svc_crm_sync".)"""
    for opening, closing in _WRAPPERS:
        inner = value[len(opening):]
        if value.startswith(opening) and inner.strip() and opening not in inner and closing not in inner:
            for size in range(len(closing) - 1, 0, -1):  # "**Ops*": the closing "**" cut after its first "*"
                if inner.endswith(closing[:size]):
                    inner = inner[:-size]
                    break
            return inner.strip()
    return value


# The template's punctuation around a value, spaces aside ('"Invoice 1042" . Mailbox' for '"{subject}". Mailbox').
def _strip_prefix(value: str, chars: str) -> str:
    for ch in chars:
        value = value.lstrip(" ")
        if value[:1].translate(QUOTES) == ch:
            value = value[1:]
    return value.strip()


def _strip_suffix(value: str, chars: str) -> str:
    for k in reversed(range(len(chars))):
        value = value.rstrip(" ")
        if k + 1 < len(chars):
            value = _without_doubled_mark(value, chars[k], chars[k + 1])
        if value[-1:].translate(QUOTES) == chars[k]:
            value = value[:-1]
    return value.strip()


def _without_doubled_mark(value: str, mark: str, doubled: str) -> str:
    """'"Invoice 88-A"..' for '"{subject}".': the template's mark after the quote, typed more than once, is all the
    template's when the closing quote stands before it; without that quote the marks are the value's own."""
    written = value.translate(QUOTES)
    rest = written.rstrip(doubled + " ")
    return value[:len(rest)] if len(rest) < len(written) and rest.endswith(mark) else value
