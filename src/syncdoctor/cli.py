"""The command line: parses arguments, calls one library function, prints the result."""
from __future__ import annotations

import argparse
import os
import sys

from . import __version__
from .errors import SyncdoctorError, UsageError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line and exit 2, like every other usage error
        raise UsageError(f"{message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="syncdoctor", description="Explain Dynamics 365 server-side synchronization errors.")
    parser.add_argument("--debug", action="store_true", help="show a traceback on internal errors")
    parser.add_argument("--version", action="version", version=f"syncdoctor {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    from . import commands

    for register in commands.REGISTRY:
        register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run syncdoctor; returns the exit code (0 ok, 2 bad usage or input, 1 anything else)."""
    debug = "--debug" in (sys.argv[1:] if argv is None else argv)
    # This process is ours: skip pydantic's plugin discovery (importlib.metadata), a third of start-up.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help(sys.stderr)
            return 2
        return int(args.handler(args))
    except SyncdoctorError as exc:
        print(f"syncdoctor: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except OSError as exc:  # a file or the output that could not be written or read (a full disk, a closed device)
        _silence_stdout()
        where = f"'{exc.filename}'" if exc.filename else "cannot write the output"
        print(f"syncdoctor: error: {where}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("syncdoctor: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the one place that turns surprises into one line
        if debug:
            raise
        print(f"syncdoctor: internal error: {exc.__class__.__name__}: {exc} (run with --debug for details)",
              file=sys.stderr)
        return 1


def _silence_stdout() -> None:
    """After a closed pipe, point stdout at devnull so the interpreter's final flush stays quiet."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
