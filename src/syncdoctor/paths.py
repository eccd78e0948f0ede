"""Where the bundled rules and theme are: the checkout's folders, or the copies inside the wheel."""
from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent
_CHECKOUT = _HERE.parents[1]


def _bundled(name: str) -> Path:
    # An editable install runs from the checkout, so an edit to rules/ shows at once.
    if (_CHECKOUT / "pyproject.toml").is_file() and (_CHECKOUT / name).is_dir():
        return _CHECKOUT / name
    return _HERE / "_bundled" / name


def bundled_rules_dir() -> Path:
    return _bundled("rules")


def theme_dir() -> Path:
    return _bundled("site")


def rule_files(directory: Path) -> list[Path]:
    """The rule files of a directory (``_*.yaml`` are left for other uses)."""
    return sorted(p for p in directory.glob("*.yaml") if not p.name.startswith("_"))
