"""The built site: every rule a page, no broken links, small pages, safe text, fast builds."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from html import unescape
from pathlib import Path

import pytest

from benchmarks.bench import generated_rules
from syncdoctor import KnowledgeBase
from syncdoctor.compact import compact_script, compact_style
from syncdoctor.site import BuildError, build_site, check_links
from tests.helpers import make_rule, write_rules


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("s") / "site"
    report = build_site(KnowledgeBase.load(), out, base_url="https://help.example.org/sync")
    return out, report


def test_every_catalog_rule_has_its_page(built, kb):
    out, report = built
    assert {p.stem for p in (out / "rules").glob("*.html")} == {r.id for r in kb.rules}
    assert (out / "index.html").exists() and (out / "404.html").exists()
    assert report.pages == len(kb.rules) + 2


def test_no_broken_internal_links_or_anchors(built):
    out, _ = built
    assert check_links(out) == []


def test_link_checker_finds_broken_links_and_anchors(built, tmp_path):
    out, _ = built
    (out / "rules" / "zz-broken.html").write_text('<a href="nowhere.html">x</a><a href="../index.html#nope">y</a>')
    try:
        assert sorted(check_links(out)) == ["rules/zz-broken.html: ../index.html#nope (no such anchor)",
                                            "rules/zz-broken.html: nowhere.html (no such file)"]
    finally:
        (out / "rules" / "zz-broken.html").unlink()


def test_pages_are_light(built):
    out, _ = built
    assert max(p.stat().st_size for p in (out / "rules").glob("*.html")) <= 30_000
    assert sum((out / "assets" / n).stat().st_size for n in ("style.css", "matcher.js", "app.js")) <= 100_000


def test_rules_json_and_sitemap(built, kb):
    import json

    out, _ = built
    assert {r["id"] for r in json.loads((out / "rules.json").read_text())["rules"]} == {r.id for r in kb.rules}
    sitemap = (out / "sitemap.xml").read_text()
    assert "<loc>https://help.example.org/sync/rules/gmail-sync-failure.html</loc>" in sitemap
    assert "404.html" not in sitemap


def test_no_sitemap_without_a_base_url(tmp_path):
    build_site(KnowledgeBase.load(), tmp_path / "site")
    assert not (tmp_path / "site" / "sitemap.xml").exists()


def test_pages_forbid_what_they_do_not_use(built):
    out, _ = built
    for path in out.rglob("*.html"):
        html = unescape(path.read_text(encoding="utf-8"))
        assert "script-src 'self'" in html and "default-src 'none'" in html, path
        assert not re.search(r"\son[a-z]+\s*=", html), path  # no inline event handlers
        assert not re.search(r"<(?:script|link|img)[^>]+(?:src|href)=\"(?:https?:)?//", html), path


def test_rule_markdown_cannot_inject_into_pages(tmp_path):
    evil = make_rule(title="<img src=x onerror=alert(1)>", cause="<script>alert(1)</script> [x](javascript:alert(1))",
                     resolution=["<b onclick=alert(1)>click</b>"])
    out = tmp_path / "site"
    build_site(KnowledgeBase.load(write_rules(tmp_path / "rules", evil)), out)
    for path in out.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert "<script>alert" not in html and "<img src=x" not in html and "<b onclick" not in html
        assert 'href="javascript:' not in html
    data = (out / "assets" / "kb-data.js").read_text(encoding="utf-8")
    assert "<script>" not in data and "<b onclick" not in data


def test_build_refuses_to_empty_a_folder_it_did_not_build(tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.txt").write_text("precious")
    with pytest.raises(BuildError, match="not built by syncdoctor"):
        build_site(KnowledgeBase.load(), tmp_path / "mine")
    assert (tmp_path / "mine" / "thesis.txt").read_text() == "precious"


def test_rebuilding_replaces_the_previous_build(tmp_path, kb):
    build_site(kb, tmp_path / "site")
    (tmp_path / "site" / "rules" / "stale.html").write_text("old")
    build_site(kb, tmp_path / "site")
    assert not (tmp_path / "site" / "rules" / "stale.html").exists()


def test_the_same_rules_build_the_same_files_whatever_pythons_hash_seed(tmp_path):
    # Before, the index's word lists came out of sets: every fresh compile wrote kb-data.js in another order,
    # so a site kept in version control or deployed by checksum changed though no rule had.
    def build(seed: str) -> dict[str, bytes]:
        out = tmp_path / f"site{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed, "SYNCDOCTOR_NO_CACHE": "1"}
        subprocess.run([sys.executable, "-m", "syncdoctor", "build-site", "--out", str(out)], env=env, check=True,
                       capture_output=True)
        return {str(path.relative_to(out)): path.read_bytes() for path in sorted(out.rglob("*")) if path.is_file()}
    assert build("1") == build("2")


def test_bundled_site_builds_in_under_two_seconds(tmp_path):
    kb = KnowledgeBase.load()
    started = time.perf_counter()
    build_site(kb, tmp_path / "site")
    assert time.perf_counter() - started < 2.0


def data_size(tmp_path, count: int) -> int:
    folder = tmp_path / f"r{count}"
    generated_rules(folder, count)
    build_site(KnowledgeBase.load(folder), tmp_path / f"s{count}")
    return (tmp_path / f"s{count}" / "assets" / "kb-data.js").stat().st_size


def test_data_file_grows_linearly_with_the_rules(tmp_path, monkeypatch):
    monkeypatch.setenv("SYNCDOCTOR_NO_CACHE", "1")
    small, large = data_size(tmp_path, 100), data_size(tmp_path, 400)
    assert 3.2 <= large / small <= 4.4, (small, large)


def test_two_thousand_rule_site_builds_in_under_30_seconds(tmp_path, monkeypatch):
    monkeypatch.setenv("SYNCDOCTOR_NO_CACHE", "1")
    generated_rules(tmp_path / "rules", 2000)
    started = time.perf_counter()
    build_site(KnowledgeBase.load(tmp_path / "rules"), tmp_path / "site")
    assert time.perf_counter() - started < 30.0


@pytest.mark.skipif(__import__("shutil").which("node") is None, reason="node is not installed")
def test_node_runs_the_same_matcher_as_python(built):
    """A quick check without a browser: the JS matcher under node answers the vectors like Python."""
    import json
    import subprocess
    from pathlib import Path

    out, _ = built
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(["node", str(root / "tests" / "vectors" / "run_vectors.js"), str(out),
                           str(root / "tests" / "vectors" / "vectors.jsonl"), str(root / "tests" / "vectors" / "terms.jsonl")],
                          capture_output=True, text=True, check=True)
    result = json.loads(done.stdout)
    assert result["same_rule"] == result["total"] and result["same_params"] == result["total"], result["misses"]
    assert result["same_confidence"] == result["total"], result["misses"]  # each term weighed alike, too
    assert result["same_alternatives"] == result["total"], result["misses"]  # and the closest rules alike
    assert result["same_alert_like"] == result["total"], result["misses"]  # and an alert no rule documents alike
    assert result["same_wording"] == result["total"], result["misses"]  # and the wording read, choices made alike
    assert result["forms"] > 1000 and result["same_terms"] == result["forms"], result["misses"]  # one stemmer


#: What copying does to a paste, a piece at a time: references, escapes, invisible and odd characters.
_DAMAGE = ["&eacute;", "&Oslash;", "&#233;", "&#x1F600;", "&#0;", "&#150;", "&amp;", "&nbsp;", "&lt;b&gt;", "<b>",
           "</p>", "\\u00e9", "\\n", '\\"', "%20", "%C3%A9", "\u200b", "\ufeff", "\u00ad", "\r\n", "\t", "\u2026",
           "[...]", "\u2019", "\u201c", "\u00ab", "\ufb01", "\u216b", "\U0001d401old", "e\u0301", "\u0130", "\u00df",
           "\u2028", "\x85", "\x0b", "  ", "> ", "| ", "1: ", '""', "'", "`", "**", "~", "\U0001f600", "\U0001f1e9\U0001f1ea"]


def _damaged(text: str, rng) -> str:
    """A paste as it may arrive: pieces of damage dropped in, cut at a width, or sent through a URL."""
    import urllib.parse
    chars = list(text)
    for _ in range(rng.randint(0, 5)):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(_DAMAGE))
    text, form = "".join(chars), rng.random()
    if form < 0.15:
        width = rng.randint(30, 110)
        return "\n".join(text[k:k + width].rstrip() if rng.random() < 0.5 else text[k:k + width]
                         for k in range(0, len(text), width))
    if form < 0.25:
        return "Severity : Error\nMessage  : " + "\n           ".join(text[k:k + 60] for k in range(0, len(text), 60))
    if form < 0.3:
        return urllib.parse.quote(text)
    if form < 0.4:
        words = text.split()
        return 'What does "%s" mean?' % " ".join(words[len(words) // 3: len(words) // 3 + 9])
    return text


@pytest.mark.skipif(__import__("shutil").which("node") is None, reason="node is not installed")
def test_node_answers_randomly_damaged_pastes_as_python_does(built, kb, tmp_path):
    """The paste box and the CLI agree on what copying does to a paste, not just on the vectors."""
    import json
    import random
    import subprocess
    from pathlib import Path

    out, _ = built
    root = Path(__file__).resolve().parents[2]
    rng = random.Random(20261126)
    corpus = [json.loads(line)["message"] for line in (root / "tests" / "corpus" / "own.jsonl").open(encoding="utf-8")]
    cases = tmp_path / "damaged.jsonl"
    with cases.open("w", encoding="utf-8") as handle:
        for _ in range(400):
            message = _damaged(rng.choice(corpus), rng)
            answer = kb.decide(message).to_dict()
            expect = {k: answer[k] for k in ("rule_id", "params", "confidence", "alternatives")}
            handle.write(json.dumps({"message": message, "expect": expect}, ensure_ascii=False) + "\n")
    done = subprocess.run(["node", str(root / "tests" / "vectors" / "run_vectors.js"), str(out), str(cases)],
                          capture_output=True, text=True, check=True)
    result = json.loads(done.stdout)
    assert result["same_rule"] == result["same_params"] == result["same_confidence"] == result["same_alternatives"] == 400, \
        result["misses"]


def test_the_cleaning_constants_written_into_the_js_are_pythons():
    # Cleaning runs before the site's data is loaded, so these few are written into matcher.js.
    from syncdoctor import clean, normalize
    source = (Path(__file__).parents[2] / "site" / "assets" / "matcher.js").read_text(encoding="utf-8")
    for name in ("MAX_MATCH_CHARS", "SIGNATURE_LINES", "SIGNATURE_LINE_CHARS", "SIGNED_WORDS", "DISCLAIMER_MARKS",
                 "EXPAND_TAIL", "CODE_FIRST_WORDS"):
        written = re.search(rf"var {name} = ([0-9_]+);", source)
        assert written and int(written.group(1)) == getattr(clean, name), name
    written = re.search(r"var LINE_CUT_ROOM = ([0-9_]+);", source)
    assert written and int(written.group(1)) == normalize.LINE_CUT_ROOM
    app = (Path(__file__).parents[2] / "site" / "assets" / "app.js").read_text(encoding="utf-8")
    written = re.search(r"var MAX_READ_CHARS = ([0-9_]+);", app)
    assert written and int(written.group(1)) == clean.MAX_READ_CHARS
    assert f"{clean.MAX_READ_CHARS:,} characters" in app


def test_scripts_reach_the_browser_without_comments_but_with_every_statement():
    source = ("/* head,\n * on two lines */\n  // why this is so\n  var a = 1;  // gone: a comment after code\n\n"
              "  if (a) {  // gone\n    /** one line */\n    a++;\n  }\n  var u = 'https://x.example//y';\n"
              "  var r = /a*/g;\n  /* inline */ var b = 2;\n")
    assert compact_script(source, "x.js") == ("// syncdoctor site/assets/x.js, without its comments\n"
                                              "var a=1;if(a){a++;}var u='https://x.example//y';var r=/a*/g;var b=2;\n")


@pytest.mark.parametrize("source, served", [
    ("a(1,\n  2);\nb = {\n  c: 3\n}\n(d)()\n", "a(1,2);b={c:3\n}\n(d)()"),  # "}(d)()" would call an object
    ("if (a) {\n  b();\n}\nelse c();\nd()\ne();\n", "if(a){b();}else c();d()\ne();"),  # a call's end stays a line's
    ("if (a &&\n  b ||\n  c) {\n  d();\n  }\n}\n", "if(a&&b||c){d();}}"),
    ("x = 1; // a note;\ny = 2;\n", "x = 1; // a note;\ny=2;"),  # a comment would take the next line in
    ("s = `a,\nb`;\nt = 1;\nu = 2;\n", "s = `a,\nb`;\nt=1;\nu=2;"),  # a template may run over lines: none joins
    ("a = b;\n--> c\n", "a=b;\n--> c"),  # a line that starts with "-->" is a comment there, and only there
])
def test_a_scripts_lines_go_on_into_the_next_only_where_no_statement_ends(source, served):
    # Each line break after ";", "{" or "," says nothing to the parser: 1.7 KB of the page's scripts.
    assert compact_script(source, "x.js").split("\n", 1)[1] == served + "\n"


@pytest.mark.parametrize("line, served", [
    ("if (a === b && c[k] !== d) { e = f ? g : h; }", "if(a===b&&c[k]!==d){e=f?g:h;}"),
    ("var x = (y) => { return y * 2 % 3; };", "var x=(y)=>{return y*2%3;};"),
    ("z = a - -b + +c - d;", "z=a - -b + +c-d;"),  # "a--b" would be another statement
    ("i = j++ + k + ++l;", "i=j++ +k + ++l;"),  # "j+++k" would read the same, "k+++l" not
    ("s = t + \"a = b\";", "s=t+\"a = b\";"),  # a string's blanks are its content
    ("f(\"a, b\", 'c ; d') ? x : { y: \"e \\\" = f\" };", "f(\"a, b\",'c ; d')?x:{y:\"e \\\" = f\"};"),
    ("s = 'it\\'s' + x;", "s='it\\'s'+x;"),
    ("s = a ? \"b\" : c + `d ${e} f`;", "s = a ? \"b\" : c + `d ${e} f`;"),  # a template's ends are harder to find
    ("q = r / s + (t) / 2;", "q=r/s+(t)/2;"),  # a slash that divides
    ("q = r / /s/.source.length;", "q=r / /s/.source.length;"),  # "r//s/" would be a comment
    ("if (/a [/] b/g.test(x) && y) return /c\\/ d/.exec(z) || \"e / f\";",
     "if(/a [/] b/g.test(x)&&y)return /c\\/ d/.exec(z)||\"e / f\";"),  # a pattern's blanks are its content
    ("x = \"a b\" / 2;", "x=\"a b\"/2;"),  # after a string a slash divides
    ("y = a; // note", "y = a; // note"),  # a comment with one blank before it: the line stays
    ("if (a < !--b) c();", "if (a < !--b) c();"),  # would read as an HTML-like comment
])
def test_a_scripts_lines_lose_the_blanks_that_say_nothing(line, served):
    # Before, only indentation and comments went; the blanks around brackets and operators are a tenth of the script.
    assert compact_script(line, "x.js").splitlines()[1] == served


def test_a_pattern_after_an_arrow_keeps_its_blanks():
    # A "/" after "=>" was read as a division, and the pattern's blank was taken out: "/ x/" became "/x/".
    assert compact_script("var f = (s) => / x/.test(s);", "x.js").splitlines()[1] == "var f=(s)=>/ x/.test(s);"


_NAMED_SCRIPT = """
(function (root) {
  "use strict";
  var longCounter = 0, wordsSeen = [];
  function tally(textToRead, separator) {
    var pieces = textToRead.split(separator), total = pieces.length;
    pieces.forEach((piece) => { wordsSeen.push(piece); longCounter += piece.length; });
    var summary = { total: total, pieces, longCounter: longCounter, "wordsSeen": wordsSeen.length };
    try { JSON.parse("{"); } catch (problem) { summary.failed = problem instanceof SyntaxError; }
    for (var index = 0, limit = 2; index < limit; index++) summary["total"] += index;
    return summary.total > 3 && /tally/.test("tally textToRead") ? summary : null;
  }
  root.result = tally("a bb ccc dddd", " ");
  root.result.names = "longCounter wordsSeen";
})(globalThis);
console.log(JSON.stringify(globalThis.result));
"""


@pytest.mark.skipif(__import__("shutil").which("node") is None, reason="node is not installed")
def test_a_scripts_own_names_reach_the_browser_short_and_it_does_the_same():
    # The long names of the matcher's source were a quarter of what a visitor downloaded.
    import shutil

    served = compact_script(_NAMED_SCRIPT, "x.js")
    header, code = served.split("\n", 1)
    assert header == "// syncdoctor site/assets/x.js, without its comments, its own names shortened"
    for declared in ("longCounter", "wordsSeen", "tally", "textToRead", "separator", "summary", "problem", "index"):
        assert not re.search(rf"(?<![.\w\"/]){declared}(?![\w\":])", code), declared  # a key, a string, a pattern
    assert "{total:" in code and ",pieces," in code and ".failed=" in code and '"tally textToRead"' in code
    node = shutil.which("node")
    answers = [subprocess.run([node, "-e", script], capture_output=True, text=True, check=True).stdout
               for script in (_NAMED_SCRIPT, served)]
    assert answers[0] == answers[1] and '"pieces":["a","bb","ccc","dddd"]' in answers[0]


@pytest.mark.parametrize("source", [
    "var longName = 1; class Thing { a() {} longName() { return longName; } }",
    "var longName = {get size() { return 1; }}, size = 2;",
    "outer: for (var longName = 0; longName < 2; longName++) { break outer; }",
    "var longName = 1; with (Math) { longName = max(1, 2); }",
])
def test_a_script_with_what_the_renaming_does_not_read_keeps_its_names(source):
    # A class's methods, an accessor, a label or "with" would be renamed as a variable is, and the script broken.
    served = compact_script(source, "x.js").splitlines()[1]
    assert served.count("longName") == source.count("longName") and served.count("size") == source.count("size")


def test_the_style_sheet_reaches_the_browser_without_comments_or_blanks_that_say_nothing():
    source = ('/* theme */\n:root {\n  --bg: #fff; --fg: #111;\n}\n.a :focus, .b > .c {\n  font: 1rem/1.6 "Segoe UI", sans-serif;\n'
              '  content: "a: b; { c }";\n}\n@media (prefers-color-scheme: dark) {\n  :root { --bg: #000; }\n}\n')
    assert compact_style(source) == (':root{--bg:#fff;--fg:#111}.a :focus,.b>.c{font:1rem/1.6 "Segoe UI",sans-serif;'
                                     'content:"a: b; { c }"}@media (prefers-color-scheme:dark){:root{--bg:#000}}\n')
