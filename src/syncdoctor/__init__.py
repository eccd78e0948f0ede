"""syncdoctor: explain Dynamics 365 server-side synchronization errors.

The public names are imported on first use, so ``syncdoctor --help`` and the
CLI's start-up do not pay for what they do not touch.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["KnowledgeBase", "Match", "Rule", "SyncdoctorError", "__version__"]

if TYPE_CHECKING:
    from .errors import SyncdoctorError
    from .kb import KnowledgeBase
    from .models import Match, Rule

_HOMES = {"KnowledgeBase": "kb", "Match": "models", "Rule": "models", "SyncdoctorError": "errors"}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        import importlib

        value = getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'syncdoctor' has no attribute {name!r}")
