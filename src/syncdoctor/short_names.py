"""The help site's scripts with the names they declare shortened: a quarter of the weight a browser downloads.

The sources in ``site/assets/`` keep their long names for the reader (``startPlaces``, ``slotTokens``); the site
serves each name a script declares itself (``var``, ``function``, a parameter) as one or two letters.  Renaming is
safe when it is one to one and the new names are fresh: each new name is a word the script does not hold anywhere,
and every use of a renamed name is renamed, in every scope, so which name means which thing does not change.  Names
the script only uses (``Math``, ``document``) and properties (``message.tokens``, ``{tokens: 1}``) keep theirs.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import count, product

#: Words a name can never be (JavaScript's keywords and reserved words, and the names it gives a meaning of its own).
_KEYWORDS = frozenset("""arguments async await break case catch class const continue debugger default delete do else
enum eval export extends false finally for function get if implements import in instanceof interface let new null of
package private protected public return set static super switch this throw true try typeof undefined var void while
with yield NaN Infinity""".split())
_TOKEN = re.compile(r"[A-Za-z_$][\w$]*|[0-9][\w.]*|\.\.\.|\?\.|=>|\S")
_NAME = re.compile(r"[A-Za-z_$][\w$]*")
_LITERAL = "\0"  # a string or a pattern, as one token
_FRESH_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


class _Token:
    """A token of the script's code: its text, and where it stands (the line's piece and the place in it)."""
    __slots__ = ("text", "line", "piece", "start", "end")

    def __init__(self, text: str, line: int, piece: int, start: int = 0, end: int = 0) -> None:
        self.text, self.line, self.piece, self.start, self.end = text, line, piece, start, end


def with_short_names(lines: list[list[str]]) -> list[list[str]]:
    """Each line as code, literal, code, ... (see compact._code_and_literals) with the names the script declares
    shortened, the most used shortest.  A name written where it could be an object's key as well as a variable
    (``{tokens, words}``) keeps its name everywhere."""
    tokens = _tokens(lines)
    if _beyond_reading(tokens):
        return lines
    uses, kept = _renamable_uses(tokens, _declared(tokens))
    names = _short_names(Counter(token.text for token in uses if token.text not in kept),
                         {token.text for token in tokens})
    pieces = [list(line) for line in lines]
    for token in sorted(uses, key=lambda token: -token.start):  # from a piece's end, so places stay true
        if token.text in names:
            code = pieces[token.line][token.piece]
            pieces[token.line][token.piece] = code[:token.start] + names[token.text] + code[token.end:]
    return pieces


def _tokens(lines: list[list[str]]) -> list[_Token]:
    tokens = []
    for number, line in enumerate(lines):
        for k, piece in enumerate(line):
            if k % 2:
                tokens.append(_Token(_LITERAL, number, k))
            else:
                tokens.extend(_Token(found.group(), number, k, found.start(), found.end())
                              for found in _TOKEN.finditer(piece))
    return tokens


def _beyond_reading(tokens: list[_Token]) -> bool:
    """Whether the script uses what this does not read: a class (its methods' names are keys, written as
    statements), a label (``break outer``), an accessor (``get size() {...}``), ``with`` or ``eval`` (names looked up
    by their letters).  Such a script keeps its names."""
    for k, token in enumerate(tokens[:-1]):
        after, then = tokens[k + 1], tokens[k + 2].text if k + 2 < len(tokens) else ""
        if token.text in ("class", "with", "eval") or token.text in ("break", "continue") and _is_name(after) \
                or token.text in ("get", "set") and _is_name(after) and then == "(":
            return True
    return False


def _is_name(token: _Token) -> bool:
    return _NAME.fullmatch(token.text) is not None and token.text not in _KEYWORDS


def _declared(tokens: list[_Token]) -> set[str]:
    """The names the script declares: after ``var``, ``let`` and ``const``, a function's name and parameters, an
    arrow's parameters, a ``catch``'s error."""
    names: set[str] = set()
    for k, token in enumerate(tokens):
        if token.text == "function":
            k += 1
            if k < len(tokens) and _is_name(tokens[k]):
                names.add(tokens[k].text)
                k += 1
            if k < len(tokens) and tokens[k].text == "(":
                names.update(_parameters(tokens, k))
        elif token.text == "catch" and k + 1 < len(tokens) and tokens[k + 1].text == "(":
            names.update(_parameters(tokens, k + 1))
        elif token.text == "=>" and k:
            if _is_name(tokens[k - 1]):
                names.add(tokens[k - 1].text)
            elif tokens[k - 1].text == ")":
                names.update(_parameters(tokens, _opening(tokens, k - 1)))
        elif token.text in ("var", "let", "const"):
            names.update(_variables(tokens, k + 1))
    return names


def _parameters(tokens: list[_Token], opening: int) -> list[str]:
    """The names right inside the brackets that open at ``opening``, each first or after a comma."""
    names, depth = [], 0
    for k in range(opening, len(tokens)):
        text = tokens[k].text
        if text in "([{":
            depth += 1
        elif text in ")]}":
            depth -= 1
            if depth == 0:
                break
        elif depth == 1 and _is_name(tokens[k]) and tokens[k - 1].text in ("(", ","):
            names.append(text)
    return names


def _opening(tokens: list[_Token], closing: int) -> int:
    """Where the bracket that closes at ``closing`` opens."""
    depth = 0
    for k in range(closing, -1, -1):
        if tokens[k].text in ")]}":
            depth += 1
        elif tokens[k].text in "([{":
            depth -= 1
            if depth == 0:
                return k
    return 0


def _variables(tokens: list[_Token], start: int) -> list[str]:
    """The names a ``var`` declares: the first, and each after a comma of the same statement, up to its ";" (or to
    "of" or "in" in a loop's head, or the bracket that closes around it)."""
    names, depth, expecting = [], 0, True
    for k in range(start, len(tokens)):
        text = tokens[k].text
        if expecting and depth == 0 and _is_name(tokens[k]):
            names.append(text)
        expecting = False
        if text in "([{":
            depth += 1
        elif text in ")]}":
            depth -= 1
            if depth < 0:
                break
        elif depth == 0 and text in (";", "of", "in"):
            break
        elif depth == 0 and text == ",":
            expecting = True
    return names


def _renamable_uses(tokens: list[_Token], declared: set[str]) -> tuple[list[_Token], set[str]]:
    """The tokens that name a declared thing (not a property after "." or an object's key before ":"), and the
    declared names written as an object's key and its value at once (``{tokens}``), which keep their names."""
    uses, kept, brackets = [], set(), []
    for k, token in enumerate(tokens):
        text = token.text
        if text in "([{":
            brackets.append(text)
        elif text in ")]}":
            if brackets:
                brackets.pop()
        elif text in declared:
            before = tokens[k - 1].text if k else ""
            after = tokens[k + 1].text if k + 1 < len(tokens) else ""
            in_braces = brackets[-1:] == ["{"] and before in ("{", ",")
            if before in (".", "?.") or in_braces and after == ":":
                continue  # a property, or an object's key
            if in_braces and after in (",", "}", "("):
                kept.add(text)  # an object's key and value in one ("{a, b}", "{f() {...}}"), or a block's first call
                continue
            uses.append(token)
    return uses, kept


def _short_names(uses: Counter, taken: set[str]) -> dict[str, str]:
    """A fresh name for each used name, the most used first: one letter, then two; never a word the script holds
    (a name it uses, a property, a keyword).  A name no longer than its new one keeps its own."""
    fresh = (name for size in count(1) for name in map("".join, product(_FRESH_LETTERS, repeat=size))
             if name not in taken and name not in _KEYWORDS)
    names = {}
    for name, _ in uses.most_common():
        short = next(fresh)
        if len(short) < len(name):
            names[name] = short
    return names
