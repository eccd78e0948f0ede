"""What an alert disabled: the rule's channels (its ``effect``), narrowed by the wording the alert was read by.

A rule may cover both directions of email ("Email can't be {received|sent}..."); one alert names one of them.
"""
from __future__ import annotations

import re

from .template import PLACEHOLDER

# The words of a wording that name the direction of email it is about ("can't be received", "while sending").
_DIRECTION_WORDS = {"incoming email": re.compile(r"\b(?:receiv\w*|incoming)\b", re.IGNORECASE),
                    "outgoing email": re.compile(r"\b(?:send\w*|sent|outgoing)\b", re.IGNORECASE)}


def disabled_channels(rule: dict, wording: str | None) -> list[str]:
    """What the alert disables: the rule's channels, but for an alert whose wording (its choices made) names one
    direction of email only ("Email can't be received..."), that direction and not the other."""
    disables = list(rule["effect"]["disables"]) if rule.get("effect") else []
    if not wording:
        return disables  # a described problem, or a rule asked for: every channel the rule covers
    text = PLACEHOLDER.sub("", wording)
    directions = [channel for channel in disables if channel in _DIRECTION_WORDS]
    named = [channel for channel in directions if _DIRECTION_WORDS[channel].search(text)]
    if not named or len(named) == len(directions):
        return disables
    return [channel for channel in disables if channel not in directions or channel in named]


def disabled_by_all(rule: dict, wordings) -> list[str]:
    """What a group of alerts of one rule disables, read by these wordings: each channel that one of them does."""
    found = {channel for wording in wordings for channel in disabled_channels(rule, wording)}
    return [channel for channel in (rule["effect"]["disables"] if rule.get("effect") else []) if channel in found]
