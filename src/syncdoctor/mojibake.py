"""UTF-8 that was read in another code page, read again: "JosÃ©", "canâ€™t" (Windows-1252, a web form or a
log viewer), "Zo├½", "canΓÇÖt" (code page 437, a US Windows console) and "canÔÇÖt" (850, a Western European one).

Each code page's misreading shows a character's UTF-8 bytes as a lead character and one to three continuation
characters; a run of them that spells UTF-8 is decoded.  A text was misread in one code page, so it is read in the
one whose runs repair the most characters: the curly quotes of code page 437 ("ΓÇ£") hold a run that spells UTF-8
in Windows-1252 too ("Ç£", "ǣ"), and Windows-1252's "Ã©" one in code page 850.
"""
from __future__ import annotations

import functools
import re

# The characters Windows-1252 gives bytes 0x80..0x9F (undefined ones stay C1 controls, as lenient decoders leave
# them); bytes 0xA0..0xFF are Latin-1's.
CP1252_HIGH = ("\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f"
               "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178")
#: Windows-1252 text read as Latin-1 (a log or a form that took the bytes for ISO-8859-1) shows C1 controls for
#: its curly quotes, dashes and ellipsis ("O\x92Brien", "\x93Q3\x94"); UTF-8 read so shows them inside its
#: characters ("canâ\x80\x99t").  This table reads them as Windows-1252's characters (str.translate); the five
#: bytes Windows-1252 leaves undefined stay.
C1_AS_CP1252 = {0x80 + k: ch for k, ch in enumerate(CP1252_HIGH) if ord(ch) != 0x80 + k}
C1 = re.compile(r"[\x80-\x9f]")
# A strict decoder has no character for byte 0x9D, the last of the closing double quote's UTF-8, and
# shows that quote as "\u00e2\u20ac" and a replacement character: read as the quote (the other
# characters shown so, as rare as an em quad or a joiner, are not looked for).
_LOST_CLOSING_QUOTE = "\u00e2\u20ac\ufffd"
#: Text read wrongly twice over (a file's UTF-8 read as Windows-1252, saved as UTF-8, read so again) shows "ZoÃƒÂ«" for
#: "Zoë": one repair leaves "ZoÃ«", the next gives "Zoë".
MOJIBAKE_LAYERS = 2
# UTF-8's lead bytes: of two bytes, three and four (0xC0, 0xC1 and 0xF5 up never start a character).
_LEADS = ((0xC2, 0xE0, 1), (0xE0, 0xF0, 2), (0xF0, 0xF5, 3))


# A box drawn in a console's code page ("╔═══╗", "├───┤") holds runs that spell UTF-8 at its right edge ("═╗");
# they follow a line's character, which is a lead byte and so never ends a run of a character misread.
_DRAWN_LINES = "\u2500\u2550"


class Misreading:
    """UTF-8 read in one code page: the character each byte from 0x80 shows as, and the runs that spell UTF-8.

    A console's code page (``console``) shows some lead bytes as letters ("ı", "ð" in 850), and a run led by one
    can be a word ("Kılıç", "Víðáttan"): its runs are read only in a text that also holds a telling one, led by a
    character that is no letter ("├", "┬", "─") or the punctuation's three bytes ("ΓÇ", "ÔÇ").
    """

    def __init__(self, high: str, console: bool = False) -> None:
        self.byte_of = {ch: 0x80 + k for k, ch in enumerate(high)}
        continuation = "[" + re.escape(high[:0x40]) + "]"
        runs = "|".join(
            f"[{re.escape(high[first - 0x80:end - 0x80])}]{continuation}{{{count}}}" for first, end, count in _LEADS)
        self.runs = re.compile(f"(?<![{_DRAWN_LINES}])(?:{runs})" if console else runs)
        self.console = console
        self.punctuation = (high[0x62] + high[0], high[0x62] + high[1])  # bytes E2 80 and E2 81

    def repaired(self, text: str) -> tuple[int, str]:
        """How many characters were repaired, and the text with them."""
        count = 0
        telling = not self.console

        def redecode(found: re.Match) -> str:
            nonlocal count, telling
            run = found.group()
            try:
                character = bytes(self.byte_of[ch] for ch in run).decode("utf-8")
            except UnicodeDecodeError:
                return run
            count += 1
            telling = telling or not run[0].isalpha() or run[:2] in self.punctuation
            return character

        repaired = self.runs.sub(redecode, text)
        return (count, repaired) if telling else (0, text)


@functools.cache
def misreadings() -> tuple[Misreading, ...]:
    """The code pages UTF-8 is read in by mistake (compiled on first use: most pastes are ASCII)."""
    return (
        Misreading(CP1252_HIGH + bytes(range(0xA0, 0x100)).decode("latin-1")),  # first: it wins a tie
        Misreading(bytes(range(0x80, 0x100)).decode("cp437"), console=True),
        Misreading(bytes(range(0x80, 0x100)).decode("cp850"), console=True),
    )


def repair(text: str) -> str:
    """The text with UTF-8 that was read in another code page (twice over at most) read again."""
    for _ in range(MOJIBAKE_LAYERS):
        text = text.replace(_LOST_CLOSING_QUOTE, "\u201d")
        count, repaired = max((misreading.repaired(text) for misreading in misreadings()), key=lambda read: read[0])
        if not count:
            break
        text = repaired
    return text
