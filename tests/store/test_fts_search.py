"""Full-text search: ranking, snippets, triggers that keep the index current."""

from __future__ import annotations

from pathlib import Path

from tutorclient.store import Store, records, search
from tutorclient.store.search import HIT_END, HIT_START, to_match_query


def _lesson(i: str, title: str, body: str) -> dict:
    return {"id": i, "version": 1, "course_id": "c", "module_id": "m", "slug": i,
            "title": title, "body_md": body, "position": 0, "minutes": 5}


def _post(i: str, body: str) -> dict:
    return {"id": i, "version": 1, "thread_id": "t1", "author_id": "u",
            "body_md": body, "quote_post_id": None, "created_at": "2026-11-24"}


def _seed(store: Store) -> None:
    with store.write() as db:
        records.put(db, "threads", {"id": "t1", "kind": "case", "case_id": "k1",
                                    "course_id": None, "partnership_id": "p",
                                    "title": "Bleeding after delivery", "created_by": "u",
                                    "created_at": "2026-11-24"})
        records.put(db, "lessons", _lesson("pph", "Postpartum haemorrhage",
                                           "Haemorrhage after birth: the four Ts."))
        records.put(db, "lessons", _lesson("triage", "Triage categories",
                                           "Sort patients quickly. Bleeding control matters. "
                                           + "Filler text. " * 40 + "Haemorrhage is mentioned once."))
        records.put(db, "posts", _post("p1", "Estimated haemorrhage of 800 ml, tone poor."))
        records.put(db, "posts", _post("p2", "Thanks, I will start uterine massage."))


def test_ranked_results_with_highlighted_snippets(profile_dir: Path) -> None:
    store = Store.open(profile_dir)
    _seed(store)
    hits = search(store.db, "haemorrhage")
    ids = [h.id for h in hits]
    assert set(ids) == {"pph", "triage", "p1"}
    # A title match outranks a passing mention deep in a long body.
    assert ids.index("pph") < ids.index("triage")
    pph = hits[ids.index("pph")]
    assert f"{HIT_START}Haemorrhage{HIT_END}" in pph.snippet
    assert "<b>Haemorrhage</b>" in pph.snippet_html
    post = hits[ids.index("p1")]
    assert post.kind == "post" and post.title == "Bleeding after delivery"
    assert post.parent_id == "t1"
    store.close()


def test_prefix_matching_and_stemming(profile_dir: Path) -> None:
    store = Store.open(profile_dir)
    _seed(store)
    assert {h.id for h in search(store.db, "haem")} == {"pph", "triage", "p1"}
    # Porter stemming: "massaging" finds "massage".
    assert [h.id for h in search(store.db, "massaging")] == ["p2"]
    store.close()


def test_user_text_is_never_fts_syntax(profile_dir: Path) -> None:
    store = Store.open(profile_dir)
    _seed(store)
    for text in ['"', "AND OR NOT", "tone)(", "NEAR(x y", "*", "   ", "body_md:tone"]:
        search(store.db, text)  # must not raise
    assert to_match_query("  ") is None
    assert to_match_query('tone" OR xyz') == '"tone" AND "or" AND ("xyz" OR "xyz"*)'
    # Words are folded (stemmed) and, after another word, two letters are
    # already a prefix (issue 14: "myasthenia gr" must not empty the results).
    assert to_match_query("bleeding ut") == '"bleed" AND ("ut" OR "ut"*)'
    store.close()


def test_index_follows_updates_and_deletes(profile_dir: Path) -> None:
    store = Store.open(profile_dir)
    _seed(store)
    with store.write() as db:
        records.put(db, "lessons", _lesson("pph", "Postpartum care", "Oxytocin and monitoring."))
        records.delete(db, "posts", "p1")
    assert {h.id for h in search(store.db, "haemorrhage")} == {"triage"}
    assert [h.id for h in search(store.db, "oxytocin")] == ["pph"]
    assert store.integrity_check() == []
    store.close()


def test_lesson_search_indexes_words_not_link_targets(profile_dir: Path) -> None:
    sha = "c0ffee" * 10 + "abcd"
    store = Store.open(profile_dir)
    with store.write() as db:
        records.put(db, "lessons", _lesson("ecg", "Reading an ECG",
                                           f"![Twelve-lead tracing](blob:{sha}) and the [WHO guide]"
                                           "(https://www.who.int/publications) for $\\alpha$ waves."))
    assert search(store.db, "blob") == [] and search(store.db, "publications") == []
    assert search(store.db, sha[:12]) == []
    assert [h.id for h in search(store.db, "tracing")] == ["ecg"]  # picture descriptions are words
    assert [h.id for h in search(store.db, "guide")] == ["ecg"]
    hits = search(store.db, "alpha")  # the TeX of maths is searchable too
    assert [h.id for h in hits] == ["ecg"] and "blob:" not in hits[0].snippet
