"""Placeholder values, exactly as the user wrote them."""
from __future__ import annotations

import re

from ..normalize import Normalized
from .align import Alignment

_DOC_PLACEHOLDER = re.compile(r"^<[^<>]{1,60}>$")
_SAME = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def extract_values(alignment: Alignment, message: Normalized) -> dict[str, str]:
    values: dict[str, str] = {}
    for number, positions in sorted(alignment.slot_tokens.items()):
        if not positions:
            continue
        slot = alignment.wording.slots[number]
        value = _value_text(message, min(positions), max(positions), slot.before, slot.after)
        if value and not _DOC_PLACEHOLDER.match(value) and slot.name not in values:
            values[slot.name] = value
    return values


def _value_text(message: Normalized, first: int, last: int, before: str, after: str) -> str:
    clean = message.clean
    start, end = message.tokens[first].start, message.tokens[last].end
    while start > 0 and _attached(clean[start - 1]):
        start -= 1
    while end < len(clean) and _attached(clean[end]):
        end += 1
    value = " ".join(clean[start:end].split())
    value = _strip_prefix(value, before)
    return _strip_suffix(value, after)


def _attached(ch: str) -> bool:
    return not ch.isspace() and not ch.isalnum()


def _strip_prefix(value: str, chars: str) -> str:
    for ch in chars:
        if value[:1].translate(_SAME) == ch:
            value = value[1:]
    return value.strip()


def _strip_suffix(value: str, chars: str) -> str:
    for ch in reversed(chars):
        if value[-1:].translate(_SAME) == ch:
            value = value[:-1]
    return value.strip()
