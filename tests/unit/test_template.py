from __future__ import annotations

import pytest

from syncdoctor.errors import TemplateSyntaxError
from syncdoctor.template import Choice, Literal, Slot, parse_template


def test_template_splits_into_literals_slots_and_choices():
    template = parse_template("Email can't be {received|sent} for {mailbox_name}.")
    assert template.segments == (Literal("Email can't be "), Choice(("received", "sent")), Literal(" for "),
                                 Slot("mailbox_name"), Literal("."))


def test_choices_of_equal_size_move_in_step():
    template = parse_template("can't be {received|sent} ... for {receiving|sending} email")
    texts = ["".join(s.text if isinstance(s, Literal) else "{}" for s in v) for v in template.variants()]
    assert texts == ["can't be received ... for receiving email", "can't be sent ... for sending email"]


def test_choices_of_different_sizes_combine():
    assert len(parse_template("{a|b} and {c|d|e}").variants()) == 6


@pytest.mark.parametrize("text, message, column", [
    ("Mailbox {mailbox_name", "'{' is never closed", 9),
    ("Mailbox mailbox_name}", "'}' without a matching '{'", 21),
    ("Mailbox {a|{b}}", "braces cannot be nested", 12),
    ("Mailbox {}", "empty placeholder", 9),
    ("Mailbox {Mailbox Name}", "not a snake_case name", 9),
    ("Mailbox {a||b}", "empty alternative", 9),
])
def test_malformed_templates_are_refused_with_a_column(text, message, column):
    with pytest.raises(TemplateSyntaxError) as caught:
        parse_template(text)
    assert message in caught.value.message and caught.value.column == column
