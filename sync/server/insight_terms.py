"""The clinical questions most asked: frequent significant terms of cases and discussions.

Tutors plan teaching sessions from what trainees ask (docs/insight.md). For each
specialism the words and two-word phrases of case titles, case questions,
discussion titles and the question sentences of discussion posts are counted,
stop-words removed, in English and Arabic (Somali text is counted as written:
its function words are listed too). Counting is by a folded key (lower case;
Arabic without vowel marks, with one alef and without the article "ال") and
shown in its most common written form, so "Sepsis" and "sepsis", or "الحمى"
and "حمى", are one term.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

_WORD = re.compile(r"[^\W\d_][\w'\u0640-\u065f\u0670]*", re.UNICODE)
_SENTENCE = re.compile(r"[^.!?؟\n]*[?؟]")
_ARABIC_MARKS = re.compile(r"[\u0640\u064b-\u065f\u0670]")  # tatweel and vowel marks
_ALEFS = str.maketrans("أإآٱ", "اااا")

STOP_WORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers him his how i if in into is it its itself just
me more most my no nor not now of off on once only or other our out over own same she should
so some such than that the their them then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your
yours case cases patient patients pt year years old yo male female man woman boy girl history
presenting complaint question questions please help advice thanks thank know think need best
management manage managing approach next step steps should would any anyone day days week weeks
month months hours minutes one two three four five right left young else discussion
في من على إلى الى عن مع هل ما ماذا كيف متى لماذا أين اين هذا هذه ذلك تلك التي الذي الذين
و أو او ثم لا لم لن إن ان أن كان كانت يكون تكون بعد قبل عند عندما كل بين حتى مريض مريضة
المريض المريضة حالة الحالة سؤال عمر سنة سنوات يجب نحن هو هي هم انا أنا لدي لديه لديها
iyo ee ka ku oo la waa ma se in u uu ay ah aan kale haddii sidee maxaa goorma xaggee bukaan
""".split())


def fold(word: str) -> str:
    """The key a word is counted by (see the module docstring)."""
    w = _ARABIC_MARKS.sub("", word.lower()).translate(_ALEFS)
    if w.startswith("ال") and len(w) > 4:
        w = w[2:]
    return w


def _words(text: str) -> list[tuple[str, str]]:
    """(key, written form) of each significant word, in order; None marks a stop."""
    out: list[tuple[str, str]] = []
    for m in _WORD.finditer(text):
        word = m.group(0).strip("'")
        key = fold(word)
        if len(key) < 3 or word.lower() in STOP_WORDS or key in STOP_WORDS:
            out.append(("", ""))  # a break: no phrase spans a stop-word
        else:
            out.append((key, word.lower()))
    return out


def questions_of(post_markdown: str) -> list[str]:
    """The question sentences of a post (a discussion's questions, not its answers)."""
    return [s.strip() for s in _SENTENCE.findall(post_markdown) if s.strip()]


def top_terms(texts: Iterable[str], limit: int = 8) -> list[tuple[str, int]]:
    """The ``limit`` most frequent terms: two-word phrases seen at least twice, then words.

    A phrase counts once per text, as does a word, so one long case that repeats
    a word does not outweigh many short ones. Ties go alphabetically.
    """
    words: Counter[str] = Counter()
    phrases: Counter[str] = Counter()
    shown: dict[str, Counter[str]] = {}
    for text in texts:
        seq = _words(text or "")
        seen_w: set[str] = set()
        seen_p: set[str] = set()
        for i, (key, form) in enumerate(seq):
            if not key:
                continue
            shown.setdefault(key, Counter())[form] += 1
            seen_w.add(key)
            if i + 1 < len(seq) and seq[i + 1][0]:
                seen_p.add(key + " " + seq[i + 1][0])
        words.update(seen_w)
        phrases.update(seen_p)

    def written(key: str) -> str:
        return " ".join(shown[k].most_common(1)[0][0] for k in key.split(" "))

    picked = [(p, n) for p, n in phrases.items() if n >= 2]
    covered = {w for p, _ in picked for w in p.split(" ")}
    # A word that only ever appears inside a listed phrase adds nothing of its own.
    picked += [(w, n) for w, n in words.items()
               if not (w in covered and n <= max(c for p, c in picked if w in p.split(" ")))]
    picked.sort(key=lambda item: (-item[1], written(item[0])))
    return [(written(k), n) for k, n in picked[:limit]]
