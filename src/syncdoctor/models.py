"""The data model: a rule of the knowledge base, and a classifier answer.

Rules refuse unknown keys; field descriptions feed ``rules/schema.json`` so
editors complete and check rule files as one types.
"""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
RuleId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
HttpsUrl = Annotated[str, StringConstraints(pattern=r"^https://[^\s/$.?#][^\s]*$")]

Kind = Literal["alert", "issue", "guide"]
System = Literal["Exchange Online", "Exchange Server (on-premises)", "POP3/SMTP", "Gmail", "Any"]
Channel = Literal["incoming email", "outgoing email", "appointments/contacts/tasks"]
Area = Literal[
    "incoming email", "outgoing email", "appointments/contacts/tasks",
    "approval", "configuration", "limits", "monitoring",
]


class Strict(BaseModel):
    # defer_build: a rule read back from the cache needs no validator, so none is built at start-up.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class AlertWording(Strict):
    """One wording the product prints, letter for letter, in template syntax."""

    text: Text = Field(description="The alert text with {placeholder} and {a|b} choices.")
    origin: Literal["documented", "observed"] = Field(
        "documented",
        description="'documented': as on the source article; 'observed': as the product prints it in practice.",
    )


class Effect(Strict):
    """What the alert does to the mailbox."""

    disables: list[Channel] = Field(default_factory=list, description="Which synchronization it turns off.")
    persistence: Literal["permanent", "transient", "none"] = Field(
        description="permanent: the mailbox stays disabled until fixed; transient: retried; none: nothing is disabled."
    )


class Reference(Strict):
    title: Text
    url: HttpsUrl = Field(description="An https link.")


class Status(Strict):
    state: Literal["stable", "experimental", "deprecated"] = "stable"
    reason: str | None = Field(None, description="Required when deprecated: why, and what replaces it.")

    @model_validator(mode="after")
    def _deprecated_needs_reason(self) -> "Status":
        if self.state == "deprecated" and not (self.reason or "").strip():
            raise ValueError("a deprecated rule needs a 'reason'")
        return self


class Rule(Strict):
    """One documented alert, issue or guide."""

    id: RuleId = Field(description="Lowercase slug; equal to the file name without .yaml.")
    title: Text = Field(description="Short heading, as an admin would search for it.")
    kind: Kind
    status: Status = Field(default_factory=Status)
    summary: Text = Field(description="One sentence: what this is.")
    alerts: list[AlertWording] = Field(default_factory=list, description="Alert wordings (kind alert).")
    symptoms: list[Text] = Field(default_factory=list, description="How people describe the problem.")
    meaning: Text = Field(
        description="What it means, in markdown; may use {placeholder} to show the user's own values."
    )
    cause: Text = Field(description="Why it happens, in markdown.")
    resolution: list[Text] = Field(min_length=1, description="Ordered steps, markdown.")
    applies_to: list[System] = Field(min_length=1)
    areas: list[Area] = Field(min_length=1, description="Where the help site files this rule.")
    effect: Effect | None = Field(None, description="What the alert disables (alerts only).")
    references: list[Reference] = Field(default_factory=list)
    related: list[RuleId] = Field(default_factory=list, description="Ids of related rules.")
    examples: list[Text] = Field(default_factory=list, description="Messages that must classify to this rule.")
    counter_examples: list[Text] = Field(
        default_factory=list, description="Messages that must not classify to this rule."
    )


class Alternative(BaseModel):
    rule_id: str
    confidence: float


class Match(BaseModel):
    """The classifier's answer; ``model_dump()`` is one line of ``classify --jsonl``."""

    rule_id: str | None
    confidence: float = Field(ge=0.0, le=1.0)
    params: dict[str, str] = Field(default_factory=dict)
    alternatives: list[Alternative] = Field(default_factory=list)
    method: Literal["alert", "symptom", "none"] = "none"
    wording: str | None = Field(None, description="The alert wording that matched, if any.")
