"""Words folded to search terms, the same way for the index and for a query.

SQLite's tokenizers cannot do what Arabic and medical English need, and
Python's ``sqlite3`` cannot register an FTS5 tokenizer. So the text is folded
here, in Python, and the FTS tables index the folded terms (the store
registers :func:`index_text` as the SQL function ``tc_fold``; the triggers of
migration ``m011_search_fold`` call it). A query goes through the same
functions, so both sides always agree.

For each word:

* NFKD, then every combining mark removed: Latin accents, and Arabic tashkeel
  *before* the text is split into words (so "الرَّبْوُ" stays one word), which
  also folds أ إ آ ؤ ئ to their bare letters; tatweel removed, ٱ → ا, ى → ي,
  ة → ه, Arabic-Indic digits → 0-9;
* Arabic: a light stemmer (Larkey's Light10 with its prefix combinations);
* Latin script: British/American spellings folded (``spelling.py``), then the
  Snowball English stemmer (PyStemmer: C, about 1 ms to import).

A hand-written normaliser rather than pyarabic (or tashaphyne, 6.5 MB and
40 ms to import): the folding is one translate table and the stemmer twenty
lines, both tested in ``tests/store/test_fold.py``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .spelling import american

# Combining marks of the scripts our courses use, tatweel and the zero-width
# joiners: removed before splitting into words.
_MARKS = re.compile("[\u0300-\u036f\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06dc"
                    "\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff"
                    "\u200c\u200d\u20d0-\u20ff\ufe20-\ufe2f]")
_WORD = re.compile(r"[^\W_]+")
_LETTERS = str.maketrans({"ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك", "ە": "ه",
                          **{chr(0x660 + d): str(d) for d in range(10)},
                          **{chr(0x6F0 + d): str(d) for d in range(10)}})
_ARABIC = re.compile("[\u0621-\u064a]")

# Light10 (Larkey, Ballesteros & Connell 2007): the definite article with the
# prepositions and conjunctions that attach to it, longest first.
_ARTICLES = ("وال", "بال", "كال", "فال", "لل", "ال")
# A one-letter conjunction or preposition (و ف ب ل ك) may start a word, or be
# its first root letter ("بطن" is belly): such a word is indexed both ways.
_PROCLITICS = "وفبلك"
_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")

# Markdown that is not text: link and image targets, reference definitions,
# blob links, bare URLs, HTML tags. Link text and image alt text stay.
_MD_TARGET = re.compile(r"\]\([^)]*\)")
_MD_REFDEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+.*$", re.MULTILINE)
_MD_URL = re.compile(r"<?(?:blob:[0-9a-fA-F]{8,}|[a-z][a-z0-9+.-]*://\S+?|www\.\S+?)(?=[\s)>\]]|$)>?")
_MD_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_MD_SYNTAX = re.compile(r"[#*_>`~\[\]|]+|!(?=\[)|^\s*[-+]\s+|^\s*(?:-{3,}|={3,})\s*$", re.MULTILINE)
_SPACE = re.compile(r"[ \t\r\f\v]+")
_HYPHENATED = re.compile(r"(?<![^\W_])([^\W\d_]+)-([^\W\d_]+)(?![^\W_])")


def plain_text(markdown: str) -> str:
    """The readable text of Markdown: no syntax, no link targets, no blob references."""
    text = _MD_TARGET.sub("]", markdown)
    text = _MD_REFDEF.sub("", text)
    text = _MD_URL.sub(" ", text)
    text = _MD_TAG.sub(" ", text)
    text = _MD_SYNTAX.sub(" ", text)
    return _SPACE.sub(" ", text)


def normalise(text: str) -> str:
    """Lower case, marks removed, Arabic letter variants and digits folded."""
    text = _MARKS.sub("", unicodedata.normalize("NFKD", text))
    return text.casefold().translate(_LETTERS)


def words(text: str) -> list[str]:
    """The normalised words of ``text``."""
    return _WORD.findall(normalise(text))


def _arabic_suffixes(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[: -len(suffix)]
    return word


def arabic_bases(word: str) -> tuple[str, ...]:
    """A normalised Arabic word without its prefixes: one base, or two if ambiguous."""
    for start in (0, 1) if word[0] in "وف" else (0,):
        for article in _ARTICLES:
            if word.startswith(article, start) and len(word) - start - len(article) >= 2:
                rest = word[start + len(article):]
                # "الالتهاب" is ال + التهاب, whose own ال is part of the word
                # but is taken as an article when "التهاب" is typed alone.
                if rest.startswith("ال") and len(rest) >= 4:
                    rest = rest[2:]
                return (rest,)
    if len(word) >= 4 and word[0] in _PROCLITICS:
        rest = word[1:]
        if word[0] in "وف" and len(rest) >= 4 and rest[0] in "بلك":
            return (word, rest, rest[1:])
        return (word, rest)
    return (word,)


@lru_cache(maxsize=200_000)
def terms(word: str) -> tuple[str, ...]:
    """The index terms of one normalised word: the first is its main stem."""
    if _ARABIC.search(word):
        return tuple(dict.fromkeys(_arabic_suffixes(b) for b in arabic_bases(word)))
    if word.isdigit():
        return (word,)
    return (_stem(american(word)),)


@lru_cache(maxsize=50_000)
def prefixes(word: str) -> tuple[str, ...]:
    """What a half-typed normalised word may begin, in the index (no stemming)."""
    if _ARABIC.search(word):
        return arabic_bases(word)
    return (american(word),)


def index_text(text: str | None) -> str:
    """The terms of ``text`` (Markdown), space-separated: what FTS5 indexes."""
    if not text:
        return ""
    plain = plain_text(text)
    out: list[str] = []
    for word in words(plain):
        out.extend(terms(word))
    # "pre-eclampsia" is also typed "preeclampsia": index the joined form too.
    for left, right in _HYPHENATED.findall(normalise(plain)):
        out.extend(terms(left + right))
    return " ".join(out)


_stemmer = None


def _stem(word: str) -> str:
    global _stemmer
    if _stemmer is None:
        import Stemmer

        _stemmer = Stemmer.Stemmer("english")
    return _stemmer.stemWord(word)
