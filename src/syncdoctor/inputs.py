"""Reading what users paste or pipe in: bytes -> text, with clear refusals."""
from __future__ import annotations

from typing import BinaryIO

from .clean import MAX_READ_CHARS
from .errors import InputError

#: More than this is not one alert; the rest is read but not matched.
MAX_PASTE_BYTES = 50 * 1024 * 1024


def decode_paste(data: bytes) -> tuple[str, list[str]]:
    """Text of a paste and any warnings; refuses empty or binary input."""
    if not data.strip():
        raise InputError("the message is empty: paste an alert, or describe the problem in a few words")
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if controls > max(8, len(sample) // 10):
        raise InputError("the input looks like binary data, not text: paste the alert's text")
    warnings = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        warnings.append("the input is not valid UTF-8; undecodable bytes were replaced")
    if len(text) > MAX_READ_CHARS:  # an alert past that point is not found: say so, rather than a bare "no rule fits"
        warnings.append(f"the input is {len(text):,} characters long; only its first {MAX_READ_CHARS:,} are read")
    return text, warnings


def read_paste(stream: BinaryIO) -> tuple[str, list[str]]:
    data = stream.read(MAX_PASTE_BYTES + 1)
    warnings = []
    if len(data) > MAX_PASTE_BYTES:
        data = data[:MAX_PASTE_BYTES]
        while stream.read(1 << 20):  # drain, so the writer does not get a broken pipe
            pass
        warnings.append("the input is larger than 50 MB; only the start was read")
    text, more = decode_paste(data)
    return text, warnings + more


def argument_text(value: str) -> tuple[str, list[str]]:
    """A message given on the command line (undecodable bytes arrive as surrogates)."""
    return decode_paste(value.encode("utf-8", errors="surrogateescape"))
