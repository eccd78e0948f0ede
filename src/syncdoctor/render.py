"""Match/Rule -> text | markdown | html | json.

The jinja templates and CSS are the theme in the top-level ``site/`` folder,
shared with the static site builder, so a rule reads the same everywhere.
jinja2 and markdown-it are imported here, on first use, not at start-up.
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from .clean import single_spaced
from .effects import disabled_by_all, disabled_channels
from .language import reads_as_another_language
from .paths import theme_dir
from .template import PLACEHOLDER, PLACEHOLDERS, SAME_NAME

if TYPE_CHECKING:
    from .kb import KnowledgeBase
    from .match.decide import Decision
    from .models import Match

FORMATS = ("text", "markdown", "html", "json")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


@lru_cache(maxsize=1)
def environment():
    import jinja2

    from .cache import cache_dir

    directory = cache_dir()
    bytecode = None
    if directory is not None:
        try:
            (directory / "templates").mkdir(parents=True, exist_ok=True, mode=0o700)
            bytecode = jinja2.FileSystemBytecodeCache(str(directory / "templates"))
        except OSError:
            bytecode = None
    env = jinja2.Environment(
        bytecode_cache=bytecode,
        loader=jinja2.FileSystemLoader(str(theme_dir() / "templates")),
        autoescape=lambda name: bool(name and name.endswith(".html.j2")),
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["markdown"] = markdown_html
    env.filters["plain"] = markdown_plain
    env.filters["wrap"] = wrap_text
    env.filters["fill_html"] = fill_html
    env.filters["fill_text"] = fill_text
    env.filters["fill_markdown"] = fill_markdown
    env.filters["mark_placeholders"] = mark_placeholders
    env.tests["containing"] = lambda sequence, item: item in sequence
    env.filters["md_escape"] = lambda text: _MD_SPECIAL.sub(r"\\\1", str(text))
    return env


@lru_cache(maxsize=1)
def _markdown():
    from markdown_it import MarkdownIt

    # html=False: raw HTML in rule text is shown as text, never run.
    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})


def markdown_html(text: str, inline: bool = False):
    from markupsafe import Markup

    md = _markdown()
    return Markup(md.renderInline(text) if inline else md.render(text))


def markdown_plain(text: str) -> str:
    """Markdown emphasis and code marks removed, for the terminal."""
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    text = re.sub(r"(?<!\w)\*(.+?)\*(?!\w)", r"\1", text)
    return re.sub(r"`([^`]+)`", r"\1", text)


def wrap_text(text: str, width: int = 80, indent: str = "", first: str | None = None, whole=()) -> str:
    """``text`` filled to ``width`` columns of a terminal, a word at a time (a word longer than a line has one of its
    own).  ``whole``: phrases (the user's values) not to break over two lines when one line can hold them, so that
    "EWS · Prod" reads as the name it is."""
    first = indent if first is None else first
    text = single_spaced(text)
    if not text:
        return ""
    # A kept phrase's spaces become a character the text does not hold (Unicode keeps the noncharacters for such
    # internal use), at which no line breaks; they turn back into spaces once the lines are made.
    joiner = next((c for c in map(chr, range(0xFDD0, 0xFDF0)) if c not in text), None)
    room = width - max(columns(first), columns(indent))
    kept = {single_spaced(str(p)) for p in whole} if joiner else set()
    for phrase in sorted((p for p in kept if " " in p and columns(p) <= room), key=len, reverse=True):
        text = text.replace(phrase, phrase.replace(" ", joiner))
    wrapped = "\n".join(_filled_lines(text.split(" "), width, first, indent))
    return wrapped.replace(joiner, " ") if joiner else wrapped


def _filled_lines(words: list[str], width: int, first: str, indent: str) -> list[str]:
    """The words on lines of at most ``width`` columns (a longer word alone on its own), after ``first`` on the first
    line and ``indent`` on the others."""
    lines, line, used, empty = [], first, columns(first), True
    for word in words:
        size = columns(word)
        if not empty and used + 1 + size > width:
            lines.append(line)
            line, used, empty = indent, columns(indent), True
        line, used = (line + word, used + size) if empty else (line + " " + word, used + 1 + size)
        empty = False
    return lines + [line]


def columns(text: str) -> int:
    """How many columns of a terminal ``text`` takes: a wide letter (Japanese, Chinese, Korean, full-width forms) two,
    a combining mark none."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 0 if unicodedata.combining(char) else 1
               for char in text)


def _value(name: str, params: dict[str, str]) -> tuple[str, bool]:
    """The user's value for a placeholder (or for the same name under its other label, see SAME_NAME), and whether
    it is theirs; else the words that stand in for it."""
    for given in (name, SAME_NAME.get(name)):
        if given and params.get(given):
            return params[given], True
    return PLACEHOLDERS.get(name, (name, name.replace("_", " ")))[1], False


def fill_text(text: str, params: dict[str, str]) -> str:
    return PLACEHOLDER.sub(lambda m: _value(m.group(1), params)[0], text)


def fill_markdown(text: str, params: dict[str, str]) -> str:
    return PLACEHOLDER.sub(lambda m: _MD_SPECIAL.sub(r"\\\1", _value(m.group(1), params)[0]), text)


def fill_html(html_text, params: dict[str, str]):
    """Put the user's values into already rendered HTML, escaped, marked as theirs."""
    from markupsafe import Markup, escape

    def put(found: re.Match) -> str:
        value, theirs = _value(found.group(1), params)
        if not theirs:
            return f'<span class="value missing">{escape(value)}</span>'
        # A name in Arabic or Hebrew is set apart with its own direction: the text around it keeps its order.
        return f'<span class="value" dir="auto">{escape(value)}</span>'

    return Markup(PLACEHOLDER.sub(put, str(html_text)))


def mark_placeholders(wording: str):
    """An alert wording in HTML with its {placeholders} and {a|b} choices marked."""
    from markupsafe import Markup, escape

    out = []
    for piece in re.split(r"(\{[^{}]*\})", wording):
        if piece.startswith("{") and piece.endswith("}"):
            body = piece[1:-1]
            if "|" in body:
                options = " / ".join(str(escape(o)) for o in body.split("|"))
                out.append(f'<span class="choice" title="the product prints one of these">{options}</span>')
            else:
                label = PLACEHOLDERS.get(body, (body, ""))[0]
                out.append(f'<span class="placeholder" title="{escape(body)}">&lt;{escape(label)}&gt;</span>')
        else:
            out.append(str(escape(piece)))
    return Markup("".join(out))


def render_match(kb: "KnowledgeBase", match: "Match | Decision", fmt: str = "text", message: str = "") -> str:
    """The resolution page for a classifier answer (a ``Match`` or a ``Decision``), in one of ``FORMATS``."""
    if fmt == "json":
        return json.dumps(_json_payload(kb, match), ensure_ascii=False, indent=2) + "\n"
    rule = kb.record(match.rule_id) if match.rule_id else None
    alternatives = [(kb.record(a.rule_id), a.confidence) for a in match.alternatives if kb.record(a.rule_id)]
    tied = False
    if rule is None:
        # No rule named, yet two or more fit as well as a named alert must (a piece of the words two alerts
        # share): the page says so, rather than that nothing fits.  (The matcher is loaded already: a page
        # without a rule follows a classification.)
        from .match.decide import ALERT_THRESHOLD

        fitting = [(alt, confidence) for alt, confidence in alternatives if confidence >= ALERT_THRESHOLD]
        tied = len(fitting) >= 2
        if tied:
            alternatives = fitting  # the rules that fit; the less likely ones would only blur the choice
    # An alert that no rule documents (see Decision.alert_like): the page says what to do meanwhile.
    uncovered_alert = rule is None and not tied and getattr(match, "alert_like", False)
    # A text in another language (an alert the product showed in the user's): the page says how to get it in English.
    another_language = rule is None and not tied and not uncovered_alert and reads_as_another_language(message)
    template = {"text": "explain.txt.j2", "markdown": "explain.md.j2", "html": "explain.html.j2"}[fmt]
    page = environment().get_template(template).render(
        match=match, rule=rule, params=match.params, alternatives=alternatives, message=message, tied=tied,
        disables=disabled_channels(rule, match.wording) if rule else [],
        uncovered_alert=uncovered_alert, another_language=another_language,
        percent=lambda c: f"{round(c * 100)}%", kind_label=KIND_LABELS, base="", css=_css() if fmt == "html" else "",
    )
    return page.rstrip("\n") + "\n"


KIND_LABELS = {"alert": "Alert", "issue": "Known issue", "guide": "Guide"}
KIND_HEADINGS = (("alert", "Alerts"), ("issue", "Known issues"), ("guide", "Guides"))


def render_rules(kb: "KnowledgeBase", fmt: str = "text") -> str:
    """Every rule of the knowledge base, by kind: its id and title (text), or with its summary too (JSON)."""
    records = [kb.record(rule_id) for rule_id in kb.ids]
    if fmt == "json":
        fields = ("id", "kind", "title", "summary")
        return json.dumps([{name: record[name] for name in fields} for record in records], ensure_ascii=False,
                          indent=2) + "\n"
    page = environment().get_template("rules.txt.j2").render(records=records, kinds=KIND_HEADINGS)
    return page.rstrip("\n") + "\n"


TRIAGE_CSS = """
.problem { border-top: 1px solid var(--line); margin-top: 1.2rem; }
.count { font-size: .9rem; color: var(--muted); font-weight: 400; margin-left: .5rem; }
svg .bar { fill: var(--accent); } svg .label, svg .value { fill: var(--fg); font: 12px system-ui, sans-serif; }
"""


def render_triage(kb: "KnowledgeBase", report, fmt: str = "html") -> str:
    """The triage report as one self-contained HTML page, markdown for tickets, or JSON."""
    groups = report.ordered_groups()
    rules = {group.rule_id: kb.record(group.rule_id) for group in groups}
    disables = {group.rule_id: disabled_by_all(rules[group.rule_id], group.wordings) for group in groups}
    if fmt == "json":
        data = report.to_json()
        for group in data["groups"]:
            group["disables"] = disables[group["rule_id"]]
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    from .charts import bar_chart, column_chart

    unmatched = sorted(report.unmatched_groups, key=lambda u: -u.count)
    if report.other_unmatched:
        from .triage import UnmatchedGroup

        unmatched.append(UnmatchedGroup("(other unmatched messages)", report.other_unmatched))
    context = {"report": report, "groups": groups, "rules": rules, "unmatched": unmatched, "disables": disables,
               "kind_label": KIND_LABELS, "base": ""}
    if fmt == "markdown":
        return environment().get_template("triage.md.j2").render(**context).rstrip("\n") + "\n"
    context["rules_chart"] = bar_chart([(rules[g.rule_id]["title"], g.count) for g in groups[:20]],
                                       "Alerts per problem")
    context["days_chart"] = column_chart(sorted(report.days.items()), "Alerts per day")
    context["css"] = _css() + TRIAGE_CSS
    return environment().get_template("triage.html.j2").render(**context).rstrip("\n") + "\n"


@lru_cache(maxsize=1)
def _css() -> str:
    return (theme_dir() / "assets" / "style.css").read_text(encoding="utf-8")


def _json_payload(kb: "KnowledgeBase", match: "Match | Decision") -> dict:
    payload = {"match": match.model_dump() if hasattr(match, "model_dump") else match.to_dict()}
    rule = kb.record(match.rule_id) if match.rule_id else None
    if rule is not None:
        payload["rule"] = rule
        payload["explanation"] = {
            "meaning": fill_text(rule["meaning"], match.params),
            "cause": fill_text(rule["cause"], match.params),
            "resolution": [fill_text(step, match.params) for step in rule["resolution"]],
            "disables": disabled_channels(rule, match.wording),  # what this alert disabled (see disabled_channels)
        }
    return payload
