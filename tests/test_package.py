"""A plain (not editable) install carries the rules and the theme, and works from any directory."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("site")
    wheels = tmp_path_factory.mktemp("wheels")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w",
                    str(wheels), str(ROOT)], check=True, capture_output=True)
    (wheel,) = wheels.glob("syncdoctor-*.whl")
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    return target


def run_installed(installed: Path, tmp_path: Path, *argv: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(installed), SYNCDOCTOR_NO_CACHE="1")
    return subprocess.run([sys.executable, "-m", "syncdoctor", *argv], cwd=tmp_path, env=env,
                          capture_output=True, text=True)


def test_plain_install_lints_its_bundled_rules_anywhere(installed, tmp_path):
    done = run_installed(installed, tmp_path, "lint")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "22 rules, 13 alert wordings, 0 problems\n"


def test_plain_install_uses_its_own_copy(installed, tmp_path):
    env = dict(os.environ, PYTHONPATH=str(installed))
    where = subprocess.run([sys.executable, "-c", "import syncdoctor.paths as p; print(p.bundled_rules_dir())"],
                           cwd=tmp_path, env=env, capture_output=True, text=True).stdout.strip()
    assert where.startswith(str(installed)) and where.endswith("_bundled/rules")


def test_plain_install_explains_in_html(installed, tmp_path):
    done = run_installed(installed, tmp_path, "explain", "--format", "html",
                         "Appointments can't be synchronized because the Organizer field isn't present.")
    assert done.returncode == 0 and "<!doctype html>" in done.stdout and "Organizer" in done.stdout
