"""One handler per subcommand (``cmd_<verb>(args) -> int``) and how each is declared.

Handlers parse nothing themselves and format nothing themselves: they call the
library and print what it returns.  Heavy modules are imported inside them.
"""
from __future__ import annotations

import argparse
import sys
from typing import Callable

from .errors import UsageError


def _add_rules_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rules", metavar="DIR", help="use the rules of DIR instead of the bundled ones")


def cmd_lint(args: argparse.Namespace) -> int:
    """Check every rule file and print each problem as file:line: [code] message.

    Example: syncdoctor lint --rules my-rules/
    """
    from .lint import lint

    report = lint(args.rules)
    for issue in report.issues:
        print(issue)
    print(report.summary())
    return 1 if report.issues else 0


def _register_lint(sub) -> None:
    p = sub.add_parser("lint", help="check the rule files", description=cmd_lint.__doc__,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    _add_rules_option(p)
    p.set_defaults(handler=cmd_lint)


def cmd_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema of a rule file (the one committed at rules/schema.json).

    Example: syncdoctor schema > rules/schema.json
    """
    from .schema import rule_schema_text

    sys.stdout.write(rule_schema_text())
    return 0


def _register_schema(sub) -> None:
    p = sub.add_parser("schema", help="print the JSON Schema of rule files", description=cmd_schema.__doc__,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.set_defaults(handler=cmd_schema)


REGISTRY: list[Callable] = [_register_lint, _register_schema]
