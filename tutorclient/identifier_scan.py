"""Names and towns in case text, for the identifier check in :mod:`tutorclient.privacy`.

A word is taken for a person's name when:

- it follows a title or a kinship word used as one ("Mrs", "Hooyo", "bint", "السيدة",
  "أبو"), and is capitalised (Latin) or not an ordinary word (Arabic script);
- it follows a relation ("patient", "son of", "her husband", "Bukaanka", "المريضة",
  "زوجة") and is a known name, or (Latin) a capitalised word that is not ordinary;
- it is a known given or family name (:mod:`tutorclient.identifier_words`), capitalised
  in Latin script, and is not also an everyday word ("Hope", "May", أمل "hope"); those
  count only after a cue or next to another name ("Grace Ahmed").

Neighbouring names and joining words ("Abu", "bin", "ina", "عبد") are added to the
span, so the whole name is highlighted, and so is the cue ("daughter of Hodan").
Towns of the partnership regions are matched in both scripts; those that are also words ("Sheikh", جنين "fetus") only after "from",
"in", "من", "في" and the like.

Arabic script is compared in a normal form (alef forms, ta marbuta, alef maqsura,
no diacritics), and a leading و ("and") is tried off names; towns may also take ب/ل/ف.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import identifier_words as w

# Length-preserving, so spans found in the normal form are spans of the text.
_AR_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"})
_AR_MARKS = dict.fromkeys(range(0x064B, 0x0660), None) | {0x0670: None, 0x0640: None}
_WORD_CH = r"[^\W\d_\u0640\u064B-\u065F\u0670]"
_MARK_CH = r"[\u0640\u064B-\u065F\u0670]"
_PART = rf"{_WORD_CH}(?:{_WORD_CH}|{_MARK_CH})*"
_TOKEN_RE = re.compile(rf"{_PART}(?:['’\-]{_PART})*")  # Al-Masri, Khuza'a
_ARABIC_RE = re.compile(r"[\u0600-\u06FF]")
# What may stand between a cue and the name it introduces: "mother (Sahra)", "name: X".
_CUE_GAP_RE = re.compile(r"[\s,:;(\"“'’\-–]*")
_NAME_GAP_RE = re.compile(r"[ \t]+|[ \t]*-[ \t]*")  # between the words of one name
_FILLERS = frozenset({"of", "is", "was", "ka", "ina"})  # "son of", "name is"
# "Turner syndrome", "Bishop score": a known name right before these is not a person.
_EPONYM_NEXT = frozenset("""syndrome disease sign signs score scale test manoeuvre maneuver
catheter lymphoma sarcoma palsy reflex criteria classification formula solution tube stain
incision angina encephalopathy harness diverticulum habitus ring rings law operation procedure
fracture cyst method position forceps index triad""".split())
_COMPOUND_TAILS = frozenset({"الدين", "الهدي", "الله", "الرحمن", "الرحيم", "الكريم"})


@dataclass
class _Tok:
    text: str
    start: int
    end: int
    arabic: bool
    key: str  # lower case (Latin) or normal form (Arabic)
    cap: bool


def _arabic_key(text: str) -> str:
    return text.translate(_AR_LETTERS).translate(_AR_MARKS)


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _TOKEN_RE.finditer(text):
        t = m.group(0)
        if _ARABIC_RE.match(t):
            out.append(_Tok(t, m.start(), m.end(), True, _arabic_key(t), False))
            continue
        key = t.lower()
        if key.endswith(("'s", "’s")):
            key = key[:-2]
        cap = t[0].isupper() and (not t.isupper() or len(t) >= 4)
        out.append(_Tok(t, m.start(), m.end(), False, key, cap))
    return out


def _lookup(tok: _Tok, names: frozenset[str]) -> bool:
    if tok.arabic:
        k = tok.key
        # "وفاطمة" (and Fatima); not ل/ب: "لدينا" is "we have", not "to Dina".
        return k in names or (len(k) > 3 and k[0] == "و" and k[1:] in names)
    if not tok.cap:
        return False
    k = tok.key
    return k in names or (k[:3] in ("al-", "el-") and k[3:] in names) or (
        k.startswith("abu-") and k[4:] in names)


def _known(tok: _Tok) -> bool:
    return _lookup(tok, w.ARABIC_ALL_NAMES if tok.arabic else w.LATIN_NAMES)


def _sure(tok: _Tok) -> bool:
    """A known name that is not also an everyday word."""
    if tok.arabic:
        return _lookup(tok, w.ARABIC_NAMES) and tok.key not in w.AMBIGUOUS_ARABIC
    return _lookup(tok, w.LATIN_NAMES) and tok.key not in w.AMBIGUOUS_LATIN


def _name_like(tok: _Tok) -> bool:
    """Could be a name nobody listed: capitalised and not an ordinary word."""
    if tok.arabic:
        return tok.key not in w.ARABIC_NOT_NAMES
    return tok.cap and len(tok.text) >= 3 and tok.key not in w.NOT_NAMES and (
        tok.key not in w.LATIN_RELATIONS)


def _joined(text: str, a: _Tok, b: _Tok, gap: re.Pattern[str]) -> bool:
    return gap.fullmatch(text, a.end, b.start) is not None


def _cue(toks: list[_Tok], i: int, text: str) -> tuple[str, int] | None:
    """("title" | "relation", index of the cue word) when a cue introduces ``toks[i]``."""
    j = i - 1
    skipped = 0
    while j >= 0 and skipped <= 2:
        prev = toks[j]
        if not _joined(text, prev, toks[j + 1], _CUE_GAP_RE):
            return None
        key = prev.key
        if prev.arabic:
            if key in w.ARABIC_TITLES:
                return "title", j
            return ("relation", j) if key in w.ARABIC_RELATIONS else None
        if key in w.LATIN_TITLES and (prev.cap or key in w.LATIN_CONNECTORS):
            return "title", j
        if key in w.LATIN_RELATIONS:
            return "relation", j
        if key not in _FILLERS:
            return None
        j -= 1
        skipped += 1
    return None


def _eponym(toks: list[_Tok], i: int) -> bool:
    return i + 1 < len(toks) and toks[i + 1].key in _EPONYM_NEXT


def _seed(toks: list[_Tok], i: int, text: str) -> int | None:
    """Where the name that ``toks[i]`` starts begins (its cue when a title), else None."""
    tok = toks[i]
    if not tok.arabic and not tok.cap:
        return None
    cue = _cue(toks, i, text)
    # The cue is part of the finding: "Baby of Hodan" is a patient even when a user
    # of the app is called Hodan (privacy.drop_colleagues).
    if cue and cue[0] == "title" and _name_like(tok):
        return toks[cue[1]].start
    if cue and (_known(tok) or (not tok.arabic and _name_like(tok))):
        return toks[cue[1]].start
    if _sure(tok) and not _eponym(toks, i):
        return tok.start
    return None


def _grow(toks: list[_Tok], i: int, text: str) -> int:
    """Index of the last word of the name starting at ``toks[i]``."""
    j = i
    while j + 1 < len(toks) and _joined(text, toks[j], toks[j + 1], _NAME_GAP_RE):
        nxt = toks[j + 1]
        if nxt.arabic != toks[j].arabic:
            break
        cur = toks[j]
        joiner = cur.key in (w.ARABIC_CONNECTORS if cur.arabic else w.LATIN_CONNECTORS)
        if _known(nxt) and not _eponym(toks, j + 1):
            j += 1
        elif joiner and (nxt.arabic or nxt.cap):
            j += 1  # "Abu Shaaban", "عبد الله": whatever follows belongs to the name
        elif nxt.key in (w.ARABIC_CONNECTORS if nxt.arabic else w.LATIN_CONNECTORS) and (
                j + 2 < len(toks) and (toks[j + 2].arabic or toks[j + 2].cap)):
            j += 1
        elif nxt.arabic and nxt.key in _COMPOUND_TAILS:
            j += 1
        elif not nxt.arabic and j == i and _name_like(nxt) and not _eponym(toks, j + 1):
            j += 1  # a family name nobody listed after a given name: "Hodan Cawaale"
        else:
            break
    return j


def find_names(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that look like people's names."""
    toks = _tokens(text)
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        start = _seed(toks, i, text)
        if start is None:
            i += 1
            continue
        k = i
        # An everyday-word name before a sure one belongs to it: "Grace Ahmed", "أمل محمد".
        while k > 0 and _joined(text, toks[k - 1], toks[k], _NAME_GAP_RE) and \
                toks[k - 1].arabic == toks[k].arabic and _known(toks[k - 1]):
            k -= 1
            start = min(start, toks[k].start)
        end = _grow(toks, i, text)
        spans.append((start, toks[end].end))
        i = end + 1
    return spans


def _alternation(patterns: list[str]) -> str:
    seps = (p.replace(" ?", "\0").replace(" ", r"[\s\-]+").replace("\0", r"[\s\-]*")
            for p in patterns)
    return "|".join(sorted(seps, key=len, reverse=True))


_LATIN_PLACE_RE = re.compile(rf"(?<![\w'’])(?:{_alternation(w.LATIN_PLACES)})(?![\w'’])",
                             re.IGNORECASE)
_LATIN_CUED_PLACE_RE = re.compile(
    rf"\b{w.LATIN_PLACE_CUES}[ \t]+({_alternation(w.LATIN_PLACES_AFTER_CUE)})(?!\w)")
_AR_PLACE_RE = re.compile(rf"(?<!\w)[وبلف]?({_alternation(w.ARABIC_PLACES)})(?!\w)")
_AR_CUED_PLACE_RE = re.compile(
    rf"(?:(?<!\w)[وف]?{w.ARABIC_PLACE_CUES}\s+|(?<!\w)[بل])"
    rf"({_alternation(w.ARABIC_PLACES_AFTER_CUE)})(?!\w)")


def find_places(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` naming towns or villages of the partnership regions."""
    spans = [m.span() for m in _LATIN_PLACE_RE.finditer(text)]
    spans += [m.span(1) for m in _LATIN_CUED_PLACE_RE.finditer(text)]
    if _ARABIC_RE.search(text):
        norm = text.translate(_AR_LETTERS)
        spans += [m.span(1) for m in _AR_PLACE_RE.finditer(norm)]
        spans += [m.span(1) for m in _AR_CUED_PLACE_RE.finditer(norm)]
    return spans
