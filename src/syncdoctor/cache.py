"""A cache of the compiled knowledge base, keyed by the content of the rule files.

Rebuilt whenever a rule file (or syncdoctor itself) changes; a damaged,
foreign or unreadable cache file is ignored, never trusted.  Files are
written atomically into a directory only the user can write.
``SYNCDOCTOR_CACHE_DIR`` moves it; ``SYNCDOCTOR_NO_CACHE=1`` turns it off.
"""
from __future__ import annotations

import os
import pickle
import sys
import zlib
from pathlib import Path
from typing import Any

FORMAT = 5  # bump when the cached objects change shape


def cache_dir() -> Path | None:
    if os.environ.get("SYNCDOCTOR_NO_CACHE"):
        return None
    explicit = os.environ.get("SYNCDOCTOR_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "syncdoctor"


def content_key(files: list[Path]) -> str:
    from . import __version__

    # Two checksums and the lengths: no need to load a cryptographic hash at start-up,
    # and a rule file's author controls the knowledge base anyway.
    crc = adler = 1
    total = 0
    for chunk in _key_chunks(files, f"{FORMAT}|{__version__}|{sys.version_info[:2]}|{_code_stamp()}"):
        crc, adler, total = zlib.crc32(chunk, crc), zlib.adler32(chunk, adler), total + len(chunk)
    return f"{crc:08x}{adler:08x}{total:x}"


def _key_chunks(files: list[Path], header: str):
    yield header.encode()
    for path in files:
        yield path.name.encode() + b"\0"
        yield path.read_bytes() + b"\0"


def _code_stamp() -> str:
    """Changes when syncdoctor's own code changes (an editable checkout being worked on)."""
    here = Path(__file__).resolve().parent
    stamps = []
    for path in sorted(here.rglob("*.py")):
        info = path.stat()
        stamps.append(f"{path.relative_to(here)}:{info.st_mtime_ns}:{info.st_size}")
    return f"{zlib.crc32('|'.join(stamps).encode()):08x}"


def read(key: str) -> Any | None:
    directory = cache_dir()
    if directory is None:
        return None
    path = directory / f"kb-{key}.pickle"
    try:
        info = path.stat()
        if hasattr(os, "getuid") and (info.st_uid != os.getuid() or info.st_mode & 0o022):
            return None  # someone else could have written it: do not unpickle
        with open(path, "rb") as handle:
            payload = pickle.load(handle)
        if isinstance(payload, tuple) and len(payload) == 2 and payload[0] == key:
            return payload[1]
    except Exception:  # noqa: BLE001 - any damage means "no cache"
        return None
    return None


def write(key: str, value: Any) -> None:
    directory = cache_dir()
    if directory is None:
        return
    import tempfile

    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=".kb-", suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            pickle.dump((key, value), out, protocol=pickle.HIGHEST_PROTOCOL)
        os.chmod(temporary, 0o600)
        os.replace(temporary, directory / f"kb-{key}.pickle")
        _prune(directory, keep=f"kb-{key}.pickle")
    except OSError:
        pass  # a read-only home is no reason to fail


def _prune(directory: Path, keep: str, limit: int = 8) -> None:
    olds = sorted((p for p in directory.glob("kb-*.pickle") if p.name != keep), key=lambda p: p.stat().st_mtime)
    for path in olds[:-limit] if len(olds) > limit else []:
        path.unlink(missing_ok=True)
