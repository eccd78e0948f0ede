"""syncdoctor: explain Dynamics 365 server-side synchronization errors."""
from __future__ import annotations

from .errors import SyncdoctorError
from .kb import KnowledgeBase
from .models import Match, Rule

__version__ = "0.1.0"
__all__ = ["KnowledgeBase", "Match", "Rule", "SyncdoctorError", "__version__"]
