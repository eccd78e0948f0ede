"""Whether a paste is in another language than English: an alert the product showed in the user's language, which
the rules (English wordings only) cannot name, and whose page says how to get it in English."""
from __future__ import annotations

import re


#: Little words of other languages that English does not use (German, French, Spanish, Italian, Portuguese, Dutch,
#: the Nordic ones).  A text of FOREIGN_MIN_WORDS words or more with FOREIGN_MARKS of them, and more of them than of
#: English's own (ENGLISH_WORDS), is in another language: an alert the product showed in the user's ("E-Mails
#: können für das Postfach ... nicht empfangen werden").  (English's little words alone tell nothing: a description
#: is often written without them, "mailbox disabled after ssl error".)
FOREIGN_WORDS = frozenset(
    "der das und nicht für werden wurde wurden kann konnte dem mit von ist eine einer einen zum zur beim "
    "le les pour pas est une du aux été être ne peut sont dans sur avec "
    "el los las para por del una puede sido está con se "
    "il della che stato può nella sono una gli è di si perché "
    "não foi pelo pela uma está com "
    "het een voor niet worden werd kon bij "
    "och inte för som att kan ikke af med er til".split())
ENGLISH_WORDS = frozenset("the a an of to for and or in on at is are was were be been has have had can cannot not no "
                           "because with this that it its from by as".split())
FOREIGN_MIN_WORDS = 8
FOREIGN_MARKS = 2


def reads_as_another_language(text: str) -> bool:
    """Whether a text of some length is in a language other than English (see FOREIGN_WORDS)."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < FOREIGN_MIN_WORDS:
        return False
    foreign = sum(word in FOREIGN_WORDS for word in words)
    return foreign >= FOREIGN_MARKS and foreign > sum(word in ENGLISH_WORDS for word in words)
