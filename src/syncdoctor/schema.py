"""The JSON Schema of a rule file, generated from the model for editors."""
from __future__ import annotations

import json

from .models import Rule


def rule_schema() -> dict:
    schema = Rule.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "syncdoctor rule"
    return schema


def rule_schema_text() -> str:
    return json.dumps(rule_schema(), indent=2, sort_keys=True) + "\n"
