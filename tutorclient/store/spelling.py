"""British and American spellings folded to one form, for search only.

Medical English has a few productive spelling differences (haem/hem,
oesophagus/esophagus, tumour/tumor, centre/center, catheterise/catheterize,
analyse/analyze, catalogue/catalog, labelled/labeled). Rather than a list of
every word, each difference is a rule, applied to index and query alike, so a
word nobody listed (tachypnoea, septicaemia, haemoperitoneum) folds too.
A rule only has to send both spellings to the same key; the key need not be
a real word. ``tests/store/test_spelling_fold.py`` checks the rules against a
published list of British/American pairs and against words that must NOT be
merged (the exceptions below exist because of it).
"""

from __future__ import annotations

import re

# ae -> e: haem-, anaem-, paed-, -aemia, caes-, gynaec-, faec-, leukaem-,
# orthopaed-, anaesth-. Not word-final: Latin plurals (vertebrae, fasciae).
_AE = re.compile(r"ae(?=.)")
# oe -> e where British medical words have it: at the start (oedema,
# oesophagus, oestrogen), after rrh/pn (diarrhoea, dyspnoea), foet-, coel-,
# homoeo-, manoeuvre. Not elsewhere: shoe, toe, does, poem, heroes.
_OE = re.compile(r"^oe|(?<=rrh)oe|(?<=pn)oe|(?<=^f)oe(?=t)|(?<=^c)oe(?=l)|(?<=hom)oe(?=o)|(?<=cop)oe|(?<=man)oe(?=uv)")
# -our -> -or (tumour, behaviour, labour, colour), with common endings.
_OUR = re.compile(r"(?<=[a-z]{3})our(?=$|s|ed|ing|ite|abl|ful|les|er|is|iz|ly|li|hood|ies|y)")
_OUR_KEEP = ("flour", "scour", "detour", "devour", "contour", "amour", "paramour", "velour",
             "troubadour", "tambour", "journ")
# -tre/-bre/-gre/-chre -> -ter/-ber/-ger/-cher (centre, litre, fibre, meagre, ochre).
_RE_END = re.compile(r"(?<=[tbghv])re(s|d)?$")
_RE_KEEP = frozenset({"ogre", "ogres", "macabre", "timbre", "timbres", "genre", "acre"})
# -ize/-yze -> -ise/-yse: the American form is folded to the British one,
# because plenty of words are -ise in both (advise, exercise, supervise).
_IZE = re.compile(r"(?<=.{3})(i|y)z(?=(e|es|ed|er|ers|ing|ingly|able|ation|ations|ational)$)")
# -ogue -> -og (catalogue, analogue, dialogue).
_OGUE = re.compile(r"(?<=og)ue(s|d)?$")
# travelled/traveled, labelling/labeling: a doubled l before a suffix, in a
# word of two syllables or more (so filled/filed, tilled/tiled stay apart).
_LL = re.compile(r"^(?=(?:[^aeiouy]*[aeiouy]+){2})(.*[aeiouy][^aeiouy]*?[aeiou])ll(?=(ed|ing|er|ers|or|ors|ous|ously)$)")
# Words no rule above reaches, British -> American.
_WORDS = {
    "grey": "gray", "greys": "grays", "mould": "mold", "moulds": "molds", "mouldy": "moldy",
    "sulphur": "sulfur", "sulphate": "sulfate", "sulphates": "sulfates", "sulphide": "sulfide",
    "sulphonamide": "sulfonamide", "sulphonamides": "sulfonamides", "sulphonylurea": "sulfonylurea",
    "sulphonylureas": "sulfonylureas", "sulpha": "sulfa", "sulfas": "sulfas",
    "ageing": "aging", "judgement": "judgment", "acknowledgement": "acknowledgment",
    "licence": "license", "defence": "defense", "offence": "offense", "pretence": "pretense",
    "plough": "plow", "tyre": "tire", "tyres": "tires", "cheque": "check", "programme": "program",
    "programmes": "programs", "aluminium": "aluminum", "fulfil": "fulfill", "fulfils": "fulfills",
    "enrol": "enroll", "enrols": "enrolls", "enrolment": "enrollment", "instalment": "installment",
    "skilful": "skillful", "wilful": "willful", "draught": "draft", "kerb": "curb",
    "pyjamas": "pajamas", "mum": "mom", "storey": "story", "tonne": "ton", "tonnes": "tons",
    "practise": "practice", "practised": "practiced", "practising": "practicing",
    "odour": "odor", "odours": "odors", "odourless": "odorless", "disc": "disk", "discs": "disks",
    "paracetamol": "acetaminophen", "adrenaline": "epinephrine", "noradrenaline": "norepinephrine",
    "frusemide": "furosemide", "lignocaine": "lidocaine", "salbutamol": "albuterol",
    "pethidine": "meperidine", "licenced": "licensed", "artefact": "artifact",
    "artefacts": "artifacts", "sceptic": "skeptic", "sceptical": "skeptical",
    "scepticism": "skepticism", "manoeuvrability": "maneuverability",
}


def american(word: str) -> str:
    """One spelling for British and American forms of a lower-case word (a prefix works too)."""
    if not word.isascii():
        return word
    mapped = _WORDS.get(word)
    if mapped is not None:
        return _IZE.sub(r"\1s", mapped)
    if "ae" in word:
        word = _AE.sub("e", word)
    if "oe" in word:
        word = _OE.sub("e", word)
    if "our" in word and not word.startswith(_OUR_KEEP):
        word = _OUR.sub("or", word)
    if "re" in word and word not in _RE_KEEP:
        word = _RE_END.sub(lambda m: "er" + (m.group(1) == "d" and "ed" or m.group(1) or ""), word)
    if "z" in word:
        word = _IZE.sub(r"\1s", word)
    if "ogue" in word:
        word = _OGUE.sub(lambda m: "ed" if m.group(1) == "d" else (m.group(1) or ""), word)
    if "ll" in word:
        word = _LL.sub(r"\1l", word)
    return word
