"""The identifier check on the labelled corpus of synthetic case texts (issue 15):
recall >= 95% on planted identifiers, false flags on <= 5% of clean texts.
benchmarks/identifiers.py prints the same figures, and the time per text."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("bench_identifiers",
                                               ROOT / "benchmarks" / "identifiers.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)  # type: ignore[union-attr]

HELD_OUT = ROOT / "tests" / "data" / "identifier_heldout.jsonl"


@pytest.fixture(scope="module")
def check():
    return bench.app_check(bench.demo_colleagues())


@pytest.mark.parametrize("path", [bench.CORPUS, HELD_OUT])
def test_corpus_labels_point_at_their_text(path: Path) -> None:
    corpus = bench.load(path)
    ids = [c["id"] for c in corpus]
    assert len(ids) == len(set(ids))
    for case in corpus:
        for ident in case["identifiers"]:
            assert case["text"][ident["start"]:ident["end"]] == ident["text"], case["id"]
            assert ident["kind"] in {"name", "place", "phone", "date_of_birth",
                                     "record_number", "id_number"}


def test_corpus_is_large_and_varied() -> None:
    corpus = bench.load()
    assert len(corpus) >= 150
    assert sum(1 for c in corpus if not c["identifiers"]) >= 75
    assert {c["lang"] for c in corpus} >= {"en", "ar", "so", "mixed"}


def test_recall_and_false_flags_meet_the_targets(check) -> None:
    result = bench.score(bench.load(), check)
    assert result["recall"] >= bench.RECALL_TARGET, result["missed"]
    assert result["false_flag_rate"] <= bench.FALSE_FLAG_TARGET, result["false_flags"]
    for kind, figures in result["recall_by_kind"].items():
        assert figures["recall"] >= 0.85, (kind, result["missed"])


def test_a_blind_check_misses_planted_identifiers(check) -> None:
    """The score can fail: a check that finds nothing scores zero recall."""
    result = bench.score(bench.load(), lambda text: [])
    assert result["recall"] == 0 and result["false_flag_rate"] == 0
