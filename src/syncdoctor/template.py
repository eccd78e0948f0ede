"""The alert-template syntax: ``{placeholder}`` and ``{a|b}`` choices.

A template is parsed once into typed segments.  ``variants()`` expands the
choices, so the matcher sees plain sequences of literal text and slots.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .errors import TemplateSyntaxError

#: The placeholders the product fills in, with the label the documentation
#: shows (``<Mailbox Name>``) and the words used when a value is missing.
PLACEHOLDERS: dict[str, tuple[str, str]] = {
    "mailbox_name": ("Mailbox Name", "the mailbox"),
    "user_name": ("User Name", "the user"),
    "email_server_profile_name": ("Email Server Profile Name", "the email server profile"),
    "message_subject": ("Message Subject", "the email message"),
}

#: One name under two labels: the product names a user's mailbox after the user, and one alert calls that name
#: <User Name> in one wording and <Mailbox Name> in the other (email-address-requires-m365-approval).  Text that
#: quotes one of them shows the other's value when only that one is known.
SAME_NAME: dict[str, str] = {"user_name": "mailbox_name", "mailbox_name": "user_name"}
#: Placeholders whose value is the sender's own text, as long as a subject line gets, not a name.
FREE_TEXT_SLOTS = frozenset({"message_subject"})

_NAME = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*\Z")
#: A placeholder as a wording's text, its choices made, writes it ("...the mailbox {mailbox_name} because..."), and as
#: rule texts use it.
PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")
_MAX_VARIANTS = 64


@dataclass(frozen=True)
class Literal:
    text: str


@dataclass(frozen=True)
class Slot:
    name: str


@dataclass(frozen=True)
class Choice:
    options: tuple[str, ...]


Segment = Literal | Slot | Choice


@dataclass(frozen=True)
class Template:
    source: str
    segments: tuple[Segment, ...]

    @property
    def slot_names(self) -> list[str]:
        return [s.name for s in self.segments if isinstance(s, Slot)]

    def variants(self) -> list[tuple[Literal | Slot, ...]]:
        """Every wording the template stands for, choices resolved, literals merged.

        Choices with the same number of options move in step: in "can't be
        {received|sent} ... for {receiving|sending} email" the product picks
        one direction for the whole alert.  Choices of different sizes combine
        freely.
        """
        sizes = {len(s.options) for s in self.segments if isinstance(s, Choice)}
        if len(sizes) == 1:
            (size,) = sizes
            picks = [tuple(s.options[k] if isinstance(s, Choice) else s for s in self.segments) for k in range(size)]
        else:
            pools = [s.options if isinstance(s, Choice) else (s,) for s in self.segments]
            picks = list(itertools.islice(itertools.product(*pools), _MAX_VARIANTS))
        return [_merge_literals(picked) for picked in picks]

    def fill(self, values: dict[str, str], choice: int = 0) -> str:
        """The wording with values put in (missing ones left as ``{name}``)."""
        out = []
        for seg in self.segments:
            if isinstance(seg, Literal):
                out.append(seg.text)
            elif isinstance(seg, Slot):
                out.append(values.get(seg.name, "{" + seg.name + "}"))
            else:
                out.append(seg.options[min(choice, len(seg.options) - 1)])
        return "".join(out)


def _merge_literals(picked: tuple) -> tuple[Literal | Slot, ...]:
    merged: list[Literal | Slot] = []
    for item in picked:
        if isinstance(item, str):
            item = Literal(item)
        if isinstance(item, Literal) and merged and isinstance(merged[-1], Literal):
            merged[-1] = Literal(merged[-1].text + item.text)
        else:
            merged.append(item)
    return tuple(merged)


def parse_template(text: str, known: dict[str, tuple[str, str]] | None = None) -> Template:
    """Parse an alert wording.

    Raises:
        TemplateSyntaxError: unbalanced or nested braces, an empty alternative,
            a placeholder name that is not snake_case or not known.
    """
    known = PLACEHOLDERS if known is None else known
    segments: list[Segment] = []
    pos = 0
    while pos < len(text):
        open_at = text.find("{", pos)
        close_at = text.find("}", pos)
        if close_at != -1 and (open_at == -1 or close_at < open_at):
            raise TemplateSyntaxError("'}' without a matching '{'", close_at + 1)
        if open_at == -1:
            segments.append(Literal(text[pos:]))
            break
        if open_at > pos:
            segments.append(Literal(text[pos:open_at]))
        end = text.find("}", open_at + 1)
        nested = text.find("{", open_at + 1)
        if end == -1:
            raise TemplateSyntaxError("'{' is never closed", open_at + 1)
        if nested != -1 and nested < end:
            raise TemplateSyntaxError("braces cannot be nested", nested + 1)
        segments.append(_parse_braced(text[open_at + 1 : end], open_at + 1, known))
        pos = end + 1
    return Template(text, tuple(segments))


def _parse_braced(body: str, column: int, known: dict[str, tuple[str, str]]) -> Slot | Choice:
    if "|" in body:
        options = tuple(body.split("|"))
        if any(not o.strip() for o in options):
            raise TemplateSyntaxError("a choice has an empty alternative", column)
        return Choice(options)
    name = body.strip()
    if not name:
        raise TemplateSyntaxError("empty placeholder '{}'", column)
    if not _NAME.match(name):
        raise TemplateSyntaxError(f"placeholder '{name}' is not a snake_case name", column)
    if name not in known:
        names = ", ".join(sorted(known))
        raise TemplateSyntaxError(f"unknown placeholder '{name}' (known: {names})", column)
    return Slot(name)
