"""Reading what users paste or pipe in: bytes -> text, with clear refusals."""
from __future__ import annotations

import codecs
import io
import re
import unicodedata
from typing import BinaryIO, TextIO

from .clean import MAX_READ_CHARS
from .mojibake import C1_AS_CP1252
from .errors import InputError

#: More than this is not one alert; the rest is read but not matched.
MAX_PASTE_BYTES = 50 * 1024 * 1024
SAMPLE_BYTES = 65_536  # the first bytes, by which a paste's encoding (or that it is no text) is told
HEAD_BYTES = 4096  # the first bytes of an export, by which its encoding (or that it is no text) is told
ZIP_SIGNATURE = b"PK\x03\x04"  # an Excel workbook's first bytes (a zip's)
#: Text in UTF-16 without a byte-order mark: of its first characters (at least this many), this share has a
#: zero byte on the same side, and at most the rest have one on the other.
MIN_UTF16_PAIRS = 4
UTF16_ZERO_SHARE = 0.6
#: Binary data: more control codes (not tab or line breaks) than this many, and this share of the sample.  Random
#: bytes have a tenth of them; text has next to none (a stray NUL of a log is text still).
MAX_CONTROLS = 8
CONTROL_SHARE = 0.05


def decode_paste(data: bytes) -> tuple[str, list[str]]:
    """Text of a paste and any warnings; refuses empty or binary input."""
    if is_workbook(data):
        raise InputError("the input is an Excel workbook (or another zip file), not text: "
                         "syncdoctor triage reads a workbook of alerts")
    encoding = utf16_encoding(data[:SAMPLE_BYTES])
    if encoding is not None:
        text, warnings = data.decode(encoding, errors="replace"), []
        _refuse_binary(text[:SAMPLE_BYTES // 2])  # the zero bytes of small numbers look like UTF-16 too
    else:
        _refuse_binary(data[:SAMPLE_BYTES])
        text, warnings = _utf8_text(data)
    if not text.strip():
        raise InputError("the message is empty: paste an alert, or describe the problem in a few words")
    if len(text) > MAX_READ_CHARS:  # an alert past that point is not found: say so, rather than a bare "no rule fits"
        warnings.append(f"the input is {len(text):,} characters long; only its first {MAX_READ_CHARS:,} are read")
    return text, warnings


def is_workbook(head: bytes) -> bool:
    """Whether the first bytes are a zip's: an Excel workbook (.xlsx, read by triage through xlsx), not text."""
    return head.startswith(ZIP_SIGNATURE)


def utf16_encoding(head: bytes) -> str | None:
    """The codec of a text written in UTF-16 (Windows' "Unicode" text: Notepad's, Excel's, PowerShell 5's ``>``), by
    its first bytes, or None.  By the byte-order mark; without one, by the zero byte that each character of the
    Latin alphabet has, every other byte, on the same side (no text in an 8-bit encoding or UTF-8 has them)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    pairs = len(head) // 2
    if pairs < MIN_UTF16_PAIRS:
        return None
    low_zeros, high_zeros = head[1:2 * pairs:2].count(0), head[0:2 * pairs:2].count(0)
    if low_zeros >= UTF16_ZERO_SHARE * pairs and high_zeros <= (1 - UTF16_ZERO_SHARE) * pairs:
        return "utf-16-le"
    if high_zeros >= UTF16_ZERO_SHARE * pairs and low_zeros <= (1 - UTF16_ZERO_SHARE) * pairs:
        return "utf-16-be"
    return None


def _refuse_binary(sample: bytes | str) -> None:
    """Refuse a sample (the first bytes, or the first characters once decoded) with more control codes than text has."""
    codes = sample if isinstance(sample, bytes) else map(ord, sample)
    controls = sum(1 for code in codes if code < 9 or 13 < code < 32)
    if controls > max(MAX_CONTROLS, len(sample) * CONTROL_SHARE):
        raise InputError("the input looks like binary data, not text: paste the alert's text")


def _utf8_text(data: bytes) -> tuple[str, list[str]]:
    text, warning = utf8_or_cp1252(data)
    return text, [warning] if warning else []


def utf8_or_cp1252(data: bytes) -> tuple[str, str | None]:
    """Bytes as text, and a warning if they were no UTF-8: UTF-8; else, when no character of it is UTF-8 (a file saved
    as "ANSI", a form's bytes, a Windows console's output), Windows-1252 as triage reads an export (see open_text), so
    "Zo\\xeb" is "Zoë", or the console's code page where its names read better so (see legacy_encoding); else UTF-8
    with its broken bytes replaced."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    if text.replace("\ufffd", "").isascii():
        encoding = legacy_encoding(data)
        return legacy_text(data, encoding), f"the input is not valid UTF-8; it was read as {LEGACY_NAMES[encoding]}"
    return text, "the input is not valid UTF-8; undecodable bytes were replaced"


#: The 8-bit encodings of text from Windows: its "ANSI" code page (Notepad's, Excel's CSV), and its console's for
#: Western Europe and for the US (what a console program writes).  In this order on a tie.
LEGACY_NAMES = {"cp1252": "Windows-1252", "cp850": "code page 850", "cp437": "code page 437"}
_LETTERS = re.compile(r"[^\W\d_]+")
#: Marks past ASCII that text often holds (a typographer's quotes and dashes, an ellipsis, a bullet, a currency); any
#: other is rare (a box's line, "‰", "‚"), and so is one of these inside a word, but for an apostrophe ("can’t").
_COMMON_MARKS = frozenset("\u2019\u2018\u201c\u201d\u2013\u2014\u2026\u2022\u20ac\u2122\u00a9\u00ae\u00b0\u00b1"
                          "\u00b7\u00ab\u00bb\u00d7\u00a7\u00a3\u00a0")
_APOSTROPHES = frozenset("\u2019\u2018")


def legacy_encoding(data: bytes) -> str:
    """Which 8-bit encoding (see LEGACY_NAMES) reads the bytes as text best (see _fit).  The same bytes are "Müller"
    in code page 850 and "M\\x81ller" in Windows-1252, "Zoë" in Windows-1252 and "Zoδ" in code page 437."""
    sample = data[:SAMPLE_BYTES]
    order = list(LEGACY_NAMES)
    return max(order, key=lambda encoding: (_fit(legacy_text(sample, encoding)), -order.index(encoding)))


def legacy_text(data: bytes, encoding: str) -> str:
    """The bytes in one of the 8-bit encodings; Windows-1252's five unused bytes stay control codes (see
    mojibake.C1_AS_CP1252), as Latin-1 reads them."""
    return data.decode("latin-1").translate(C1_AS_CP1252) if encoding == "cp1252" else data.decode(encoding)


def _fit(text: str) -> int:
    """How well a decoding reads: a letter past ASCII inside a word of Latin letters written as words are ("Müller",
    "ÅSA") counts for it, one at a word's end counts nothing either way ("René", and "Sales…" read as "Salesà"), and
    against it count such a letter alone ("–" read as "û"), in a word written otherwise ("can’t" read as "canÆt"), a
    letter of another script ("RenΘ"), a rare mark and a mark inside a word ("Zo‰", "Ram¢n")."""
    score = 0
    for word in _LETTERS.finditer(text):
        score += _letters_fit(word.group())
    for k, char in enumerate(text):
        if not char.isascii() and not char.isalpha():
            inside = 0 < k < len(text) - 1 and text[k - 1].isalpha() and text[k + 1].isalpha()
            if char not in _COMMON_MARKS or inside and char not in _APOSTROPHES:
                score -= 1
    return score


def _letters_fit(word: str) -> int:
    """A word's letters past ASCII: +1 each inside a well-written word, 0 at its ends, -1 each otherwise."""
    past_ascii = [k for k, char in enumerate(word) if not char.isascii()]
    if not past_ascii:
        return 0
    latin = all(unicodedata.name(char, "").startswith("LATIN ") for char in word)
    shaped = word[1:].islower() or word.isupper() or len(word) == 1
    if len(word) == 1 or not latin or not shaped:
        return -len(past_ascii)
    return sum(1 for k in past_ascii if 0 < k < len(word) - 1)


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


def open_text(stream: BinaryIO) -> TextIO:
    """A text stream over an export or a log: UTF-16 (see utf16_encoding), else UTF-8 (BOM or not), else Windows-1252
    or a console's code page, as its first bytes read best (see legacy_encoding).  Refuses binary data, as decode_paste
    does."""
    head = stream.read(HEAD_BYTES)
    rest = Prefixed(head, stream)
    utf16 = utf16_encoding(head)
    if utf16 is not None:
        _refuse_binary(head.decode(utf16, errors="replace"))
        return io.TextIOWrapper(rest, encoding=utf16, errors="replace", newline="")
    _refuse_binary(head)
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)  # a cut last character is fine
        encoding = "utf-8-sig"
    except UnicodeDecodeError:
        encoding = legacy_encoding(head)  # Excel's "CSV" on Windows, or a console program's log
    return io.TextIOWrapper(rest, encoding=encoding, errors="replace", newline="")


class Prefixed(io.RawIOBase):
    """Bytes already read, then the rest of the stream (stdin cannot seek back)."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self.head, self.stream = head, stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.head:
            size = min(len(buffer), len(self.head))
            buffer[:size], self.head = self.head[:size], self.head[size:]
            return size
        data = self.stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
