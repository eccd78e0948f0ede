"""``syncdoctor build-site``: the knowledge base as a static help site that works offline.

The flow reads top to bottom: compile the data file, render every page, *then*
write, then check every internal link and anchor of what was written.
"""
from __future__ import annotations

import html
import html.entities
import json
import re
import shutil
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urldefrag, urlsplit
from xml.sax.saxutils import escape as xml_escape

from .compact import compact_script, compact_style
from .errors import SyncdoctorError
from .paths import theme_dir

if TYPE_CHECKING:
    from .kb import KnowledgeBase

MARKER = ".syncdoctor-site"  # only a folder holding this is ever emptied by a build
ASSETS = ("style.css", "matcher.js", "app.js")
AREAS = ("incoming email", "outgoing email", "appointments/contacts/tasks", "approval", "configuration",
         "limits", "monitoring")
SITE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "connect-src 'none'; base-uri 'none'; form-action 'none'")


class BuildError(SyncdoctorError):
    """The site could not be built, or has broken links."""


@dataclass
class SiteReport:
    out: Path
    pages: int = 0
    seconds: float = 0.0
    broken: list[str] = field(default_factory=list)


def build_site(kb: "KnowledgeBase", out: Path, base_url: str | None = None) -> SiteReport:
    started = time.perf_counter()
    report = SiteReport(out)
    files = render_site(kb, base_url)
    try:
        _prepare(out)
        for relative, content in files.items():
            target = out / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    except OSError as exc:
        raise BuildError(f"cannot write the site to '{out}': {exc.strerror or exc}") from None
    report.pages = sum(1 for name in files if name.endswith(".html"))
    report.broken = check_links(out)
    report.seconds = time.perf_counter() - started
    if report.broken:
        raise BuildError(f"{len(report.broken)} broken links, the first: {report.broken[0]}")
    return report


def render_site(kb: "KnowledgeBase", base_url: str | None) -> dict[str, str | bytes]:
    """Every file of the site, by path relative to the site root."""
    from .render import KIND_HEADINGS, KIND_LABELS, environment

    env = environment()
    records = [kb.record(rule_id) for rule_id in kb.ids]
    titles = {record["id"]: record["title"] for record in records}
    common = {"kind_label": KIND_LABELS, "csp": SITE_CSP, "css": "", "percent": lambda c: f"{round(c * 100)}%"}
    files: dict[str, str | bytes] = {
        "index.html": env.get_template("page_index.html.j2").render(
            base="", home="index.html", records=records, kinds=KIND_HEADINGS, areas=AREAS, **common),
        "404.html": env.get_template("page_404.html.j2").render(base="", home="index.html", **common),
    }
    for record in records:
        files[f"rules/{record['id']}.html"] = env.get_template("page_rule.html.j2").render(
            base="../", home="../index.html", rule=record, params={}, titles=titles, **common)
    for name in ASSETS:
        source = (theme_dir() / "assets" / name).read_bytes()
        text = source.decode("utf-8")
        files[f"assets/{name}"] = compact_script(text, name) if name.endswith(".js") else compact_style(text)
    files["assets/kb-data.js"] = "window.SYNCDOCTOR_DATA = " + json.dumps(
        compiled_data(kb, records), ensure_ascii=False, separators=(",", ":")) + ";\n"
    files["rules.json"] = json.dumps({"rules": records}, ensure_ascii=False, indent=1) + "\n"
    if base_url:
        files["sitemap.xml"] = _sitemap(base_url, [name for name in files if name.endswith(".html")
                                                    and name != "404.html"])
    files[MARKER] = "built by syncdoctor build-site; the folder is emptied on the next build\n"
    return files


def compiled_data(kb: "KnowledgeBase", records: list[dict]) -> dict:
    """What the in-browser matcher reads: the compiled index, the lexicon, the rules' texts."""
    from .match import symptoms
    from .render import markdown_html
    from .template import PLACEHOLDERS, SAME_NAME

    index, symptom_index = kb.classifier.index, kb.classifier.symptoms
    return {
        "constants": _matcher_constants(),
        "wordings": [{"rule_id": w.rule_id, "template": w.template, "text": w.text, "tokens": list(w.tokens), "keys": sorted(w.keys),
                      "weights": list(w.weights), "total_weight": w.total_weight,
                      "slots": [{"name": s.name, "position": s.position, "before": s.before, "after": s.after}
                                for s in w.slots]} for w in index.wordings],
        "bigrams": {f"{a}\u0000{b}": posting for (a, b), posting in index.bigrams.items()},
        "unigrams": index.unigrams, "idf": index.idf, "common_cutoff": index.common_cutoff,
        "bigram_counts": index.bigram_counts, "phrases": sorted(index.phrases), "starts": sorted(index.starts),
        "rule_phrases": {rule_id: sorted(own) for rule_id, own in index.rule_phrases.items()},
        "symptoms": {"rule_ids": symptom_index.rule_ids, "docs": [[sorted(d) for d in docs] for docs in symptom_index.docs],
                     "vocab": [sorted(v) for v in symptom_index.vocab], "idf": symptom_index.idf,
                     "default_idf": symptom_index.default_idf, "asking_idf": symptom_index.asking_idf,
                     "spellings": list(symptom_index.spellings.items()),
                     "filler_spellings": list(symptoms.FILLER_SPELLINGS),  # in order: all read as "" (left out)
                     "asking_anywhere": sorted(symptoms.ASKING_ANYWHERE),
                     "asking_openers": sorted(symptoms.ASKING_OPENERS)},
        # Python's html.unescape, for the JS port to read HTML exactly alike: the HTML5 names, and how
        # the numeric references the HTML5 parser fixes or drops are read.
        "html": {"entities": html.entities.html5,
                 "charrefs": {str(k): v for k, v in html._invalid_charrefs.items()},  # noqa: SLF001
                 "invalid": sorted(html._invalid_codepoints)},  # noqa: SLF001
        "lexicon": _lexicon(),
        "placeholders": {name: {"label": label, "fallback": fallback, "same": SAME_NAME.get(name)}
                         for name, (label, fallback) in PLACEHOLDERS.items()},
        "rules": {r["id"]: {"title": r["title"], "kind": r["kind"], "summary": r["summary"],
                            "url": f"rules/{r['id']}.html", "meaning": str(markdown_html(r["meaning"])),
                            "steps": [str(markdown_html(step, inline=True)) for step in r["resolution"]]}
                  for r in records},
    }


def _matcher_constants() -> dict:
    """The matcher's tuning, by name, so that the JS port reads the very numbers and word lists Python uses."""
    from . import compile as compiled
    from .match import align, candidates, context, damage, decide, extract, readings, score, symptoms
    from . import clean, exports, language
    from .template import FREE_TEXT_SLOTS

    constants = {name: getattr(module, name) for module, names in (
        (compiled, ("ALERT_PHRASE_WORDS", "ALERT_START_WORDS")),
        (candidates, ("TIED_ROOM",)),
        (align, ("SUBSTITUTE", "DELETE", "INSERT", "PRODUCT_NAME_INSERT", "SLOT_TOKEN", "SLOT_FIRST", "EDGE_TOKEN",
                 "MAX_GLUED_WORDS", "MIN_GLUED_CHARS", "MAX_GAP_CELLS", "VALUE_ROOM_WORDS",
                 "EDGE_MAX_CELLS", "EDGE_WINDOW", "SLOT_MARGIN", "TIE", "COPIED_WORDS", "CUT_TAIL_CHARS")),
        (damage, ("MERGE_SIMILARITY", "MAX_JOINED_WORDS")),
        (score, ("EVIDENCE_FULL", "HARD_SUBSTITUTION", "MISSING_WORD", "FORGIVEN_LOSSES", "FORGIVEN_LOSSES_ALONE",
                 "EXTRA_WORD", "EDGE_JUNK",
                 "OPEN_VALUE_TOKENS", "COPIES_DISAGREE",
                 "VALUE_HOLDS_ALERT_TEXT")),
        (decide, ("ALERT_THRESHOLD", "SYMPTOM_THRESHOLD", "STATED_SYMPTOM_THRESHOLD", "STATEMENT_SYMPTOM_THRESHOLD",
                  "CANDIDATES", "ALTERNATIVES", "AMBIGUITY_MARGIN",
                  "RIVAL_VOTES", "ALERT_LIKE_EVIDENCE", "ALERT_LIKE_PHRASE_WORDS", "SHORT_ALERT_PHRASE_WORDS",
                  "ALERT_PHRASE_SHARE", "SURE_FOLD_CUTS", "WHOLE_ALERT_CANDIDATES",
                  "CITED_ALERT_WORDS", "FRAGMENT_EVIDENCE", "FRAGMENT_VALUES", "LEAD_IN_WORDS", "RETOLD_ALERT_THRESHOLD",
                  "PASTED_START_WORDS", "REPORTED_FIT")),
        (readings, ("RECORD_MIN_WORDS", "MAX_RECORD_LINES", "MAX_RECORD_PIECES", "JOINED_STRETCHES", "MAX_CITING_WORDS",
                    "MAX_PARTS", "PART_MIN_WORDS", "ASIDE_MIN_WORDS", "ASIDE_MAX_CHARS", "MAX_READING_DEPTH")),
        (symptoms, ("MAX_QUESTION_TERMS", "MAX_QUESTION_WORDS", "MAX_QUESTION_CHARS", "MIN_SHARED_TERMS",
                    "FEW_SHARED_TERMS", "SPECIFIC_IDF", "MIN_CORRECTED_LETTERS", "LOST_LETTER_MIN", "REASON_WITHIN",
                    "SHORT_QUESTION_TERMS", "LONG_QUESTION_TERMS", "LABELLED_FIELDS", "SENTENCE_ALONE",
                    "SENTENCE_SHARE", "SENTENCE_MIN_WORDS")),
        (context, ("AFTERWORD_WORDS", "LONG_VALUE_WORDS", "LONG_TEXT_WORDS", "QUOTED_TEXT_CHARS"))) for name in names}
    constants["PRODUCT_NAMES"] = sorted(align.PRODUCT_NAMES)  # sets, as JSON lists
    constants["FREE_TEXT_SLOTS"] = sorted(FREE_TEXT_SLOTS)
    constants["WRAPPING"] = [list(pair) for pair in clean._WRAPPING]  # the marks around a whole paste, in order
    constants["VALUE_WRAPPERS"] = [list(pair) for pair in extract._WRAPPERS]  # and around a value
    constants["MESSAGE_KEYS"] = list(exports.MESSAGE_COLUMNS + exports.LOG_MESSAGE_KEYS)  # a JSON row's message
    constants["FIELD_DEPTH"], constants["MAX_FIELDS"] = exports.FIELD_DEPTH, exports.MAX_FIELDS  # and its nested fields
    constants["WORDY_TEXT_WORDS"] = exports.WORDY_TEXT_WORDS  # and its other texts that may hold an alert
    for name in ("SUCCESS_WORDS", "TROUBLE_WORDS", "FIRST_PERSON", "WE_WORDS", "READER_WORDS", "KNOWN_WORDS", "WRITERS_OWN"):
        constants[name] = sorted(getattr(symptoms, name))
    constants["NUMBER_TERMS"] = sorted(symptoms.number_terms())
    for name in ("FOREIGN_WORDS", "ENGLISH_WORDS", "FOREIGN_MIN_WORDS", "FOREIGN_MARKS"):  # an alert in another language
        value = getattr(language, name)
        constants[name] = sorted(value) if isinstance(value, frozenset) else value
    for name in ("WE_START", "READERS_THING", "INSTRUCTING_THE_READER", "SYSTEM_MARK"):  # patterns JS reads alike
        constants[name] = getattr(symptoms, name).pattern
    constants["ASIDE_AT_END"] = readings.ASIDE_AT_END.pattern.replace("\\Z", "$")  # JS's "$" is the text's end
    constants["CANT_BE"] = decide.CANT_BE.pattern
    constants["QUOTED_NAME"] = decide.QUOTED_NAME.pattern
    for name in ("FAILING", "REASON", "DID_NOT_SYNCHRONIZE"):  # read ignoring case
        constants[name] = getattr(decide, name).pattern
    # Python's \w is any letter, digit or "_", in any script
    constants["NAMES_AN_OBJECT"] = decide.NAMES_AN_OBJECT.pattern.replace("\\w", "[\\p{L}\\p{N}_]")
    return constants


def _lexicon() -> dict:
    """The words the search reads alike in both matchers: stopwords, synonyms, suffixes, the folded phrases."""
    from . import terms
    from .compile import STOPWORDS
    from .match import symptoms

    return {"stopwords": sorted(STOPWORDS), "search_stopwords": sorted(terms.SEARCH_STOPWORDS),
            "synonyms": terms._SYNONYMS, "suffixes": list(terms._SUFFIXES),  # noqa: SLF001
            "environment_kinds": terms.ENVIRONMENT_KINDS, "min_term_chars": terms.MIN_TERM_CHARS,
            "everyday": sorted(terms.EVERYDAY_WORDS), "personal": sorted(terms.PERSONAL_WORDS),
            "reporting": sorted(symptoms.REPORTING_WORDS),
            "british": {"pattern": terms.BRITISH_IS.pattern.replace("\\Z", "$"), "not": sorted(terms.NOT_BRITISH),
                        "min_chars": terms.BRITISH_MIN_CHARS},
            # (pattern, replacement with JS's "$1" for Python's "\g<1>", ignore case)
            "phrases": [[p.pattern, re.sub(r"\\g<([0-9]+)>", r"$\1", r), bool(p.flags & re.IGNORECASE)]
                        for p, r in terms.phrase_patterns()]}  # noqa: SLF001


def _prepare(out: Path) -> None:
    if out.exists():
        if not out.is_dir():
            raise BuildError(f"'{out}' exists and is not a folder")
        if any(out.iterdir()) and not (out / MARKER).exists():
            raise BuildError(f"'{out}' is not empty and was not built by syncdoctor: choose another --out")
        shutil.rmtree(out)
    out.mkdir(parents=True)


def _sitemap(base_url: str, pages: list[str]) -> str:
    base = base_url.rstrip("/") + "/"
    urls = "".join(f"  <url><loc>{xml_escape(base + page)}</loc></url>\n" for page in sorted(pages))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + urls + "</urlset>\n")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs) -> None:
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if name in ("href", "src") and value:
                self.links.append(value)


def check_links(out: Path) -> list[str]:
    """Every internal link and anchor of the built pages that points nowhere."""
    pages = {path.resolve(): _parse(path) for path in out.rglob("*.html")}
    broken = []
    for page, parsed in pages.items():
        for link in parsed.links:
            if urlsplit(link).scheme or link.startswith("//") or link.startswith("mailto:"):
                continue
            target, anchor = urldefrag(link)
            path = (page.parent / target).resolve() if target else page
            if not path.exists():
                broken.append(f"{page.relative_to(out.resolve())}: {link} (no such file)")
            elif anchor and path.suffix == ".html" and anchor not in (pages.get(path) or _parse(path)).ids:
                broken.append(f"{page.relative_to(out.resolve())}: {link} (no such anchor)")
    return broken


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser
