"""The folding shared by the search index and queries (tutorclient/store/fold.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutorclient.store import Store, records, search
from tutorclient.store.fold import index_text
from tutorclient.store.spelling import american


@pytest.mark.parametrize("variants", [
    ["الرَّبْوُ", "الربو", "ربو", "بالربو", "وبالربو", "الـربـو"],  # marks, tatweel, ال and clitics
    ["المشيمة", "المشيمه", "مشيمة", "المَشِيمَة"],  # taa marbuta
    ["الأطفال", "الاطفال", "للأطفال", "إطفال", "آطفال"],  # hamza and alef forms
    ["مسؤول", "مسوول"], ["سائل", "سايل"], ["مستشفى", "مستشفي"],  # hamza on waw/yaa, alef maqsura
    ["٥٠٠", "۵۰۰", "500"],  # Arabic-Indic and Persian digits
    ["الالتهاب", "التهاب"],  # ال + a word that starts with ال
])
def test_arabic_variants_fold_to_one_term(variants: list[str]) -> None:
    assert len({index_text(v) for v in variants}) == 1, [index_text(v) for v in variants]


def test_vowel_marks_never_split_a_word() -> None:
    assert index_text("الرَّبْوُ") == "ربو"  # unicode61 made three tokens: الر ب و


@pytest.mark.parametrize("british, american_", [
    ("haemoglobin", "hemoglobin"), ("oesophagus", "esophagus"), ("tumour", "tumor"),
    ("centre", "center"), ("catheterise", "catheterize"), ("analyse", "analyze"),
    ("catalogue", "catalog"), ("labelled", "labeled"), ("dyspnoea", "dyspnea"),
    ("septicaemia", "septicemia"), ("homoeopathy", "homeopathy"), ("centred", "centered"),
    ("sulphate", "sulfate"), ("behaviours", "behaviors"), ("paediatric", "pediatric"),
])
def test_british_and_american_spellings_meet(british: str, american_: str) -> None:
    assert american(british) == american(american_)


@pytest.mark.parametrize("a, b", [("shoe", "she"), ("filled", "filed"), ("four", "for"),
                                  ("hour", "hor"), ("vertebrae", "vertebre"), ("poem", "pem")])
def test_different_words_stay_apart(a: str, b: str) -> None:
    assert american(a) != american(b)


def test_link_targets_and_blob_references_are_not_indexed() -> None:
    text = ("See [the chart](https://example.org/chart.pdf) and "
            "![photo](blob:" + "ab" * 32 + ") or <https://who.int/x>.\n\n[ref]: http://a.b/c")
    assert index_text(text).split() == ["see", "the", "chart", "and", "photo", "or"]


def test_an_existing_profile_is_reindexed_by_the_migration(profile_dir: Path) -> None:
    import sqlite3

    from sqlite_utils import Database

    from tutorclient.store.schema import migrations

    old = Database(sqlite3.connect(str(profile_dir / "profile.db"), isolation_level=None))
    migrations.apply(old, stop_before="m011_search_fold")
    # As written before m011: records.put fills body_text (m010) with the lesson's words.
    old.execute("INSERT INTO lessons (id, version, course_id, module_id, slug, title, body_md, body_text) "
                "VALUES ('l1', 1, 'c', 'm', 'asthma', 'الرَّبْوُ', 'Haemoglobin falls.', 'Haemoglobin falls.')")
    assert old.execute("SELECT count(*) FROM lessons_fts WHERE lessons_fts MATCH 'ب'").fetchone()[0]
    old.close()
    store = Store.open(profile_dir)
    assert [h.id for h in search(store.db, "الربو")] == ["l1"]
    assert [h.id for h in search(store.db, "hemoglobin")] == ["l1"]
    assert search(store.db, "ز") == []
    with store.write() as db:  # the triggers fold new text too
        records.put(db, "lessons", {"id": "l2", "version": 1, "course_id": "c", "module_id": "m",
                                    "slug": "x", "title": "ضَغْطُ الدم", "body_md": "", "position": 0})
    assert [h.id for h in search(store.db, "ضغط")] == ["l2"]
    assert store.integrity_check() == []
    store.close()
