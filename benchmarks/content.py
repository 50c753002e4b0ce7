"""Content figures of issue 12, printed as JSON.

    python benchmarks/content.py [--runs 30] [--qt]

``render``: where lessons are rendered. Wire bytes of the demo courses and of
synthetic large lessons as Markdown (what is synced today) and as the rendered
HTML, each zstd-compressed at the wire's level; render time (p50/p95) of the
largest lessons through the pipeline, and with ``--qt`` through
QTextBrowser.setHtml and layout too, and the reader's UI-thread part alone
(``reader_ui_thread``: LessonBrowser.show_page, i.e. setHtml, line spacing and
layout; the pipeline runs on a lane thread), against 50 ms;
import time of the parser. ``images``: filled by the image-transcoding work
(sync/images.py), kept apart so the two can be merged independently.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import zstandard  # noqa: E402

from sync.authoring import demo_course_paths, load_course, rewrite_links  # noqa: E402
from sync.content import render_lesson  # noqa: E402

from benchmarks import content_images  # noqa: E402

TARGET_MS = 50.0
WIRE_LEVEL = 6  # sync/protocol.py compresses pages at zstd level 6


def synthetic_lesson(sections: int) -> str:
    """A clinical-looking lesson: headings, prose, a dose table with <br>, a callout, maths, footnotes."""
    parts = ["+++\ntitle = \"Synthetic\"\n+++\n"]
    for i in range(sections):
        parts.append(f"""## Section {i}: obstetric emergencies

Postpartum haemorrhage is blood loss of 500 mL or more within 24 hours of birth. Assess tone,
trauma, tissue and thrombin; call for help early and start a second IV line.[^s{i}]

| Drug | Dose | Route | Notes |
|---|---|---|---|
| Oxytocin | 10 IU<br>IM | IM/IV | First line; repeat after 15 min |
| Misoprostol | 800 µg | SL | When oxytocin is not available |
| Tranexamic acid | 1 g over 10 min | IV | Within 3 hours of birth |
| Ergometrine | 0.2 mg | IM | Not with hypertension |

> [!warning] Check before giving ergometrine
> Blood pressure above 140/90 mmHg is a contraindication.

Shock index is $\\frac{{HR}}{{SBP}}$; a value $\\geq 1$ means $> 1000\\,\\text{{mL}}$ lost, and
$SpO_2 < 94\\%$ needs oxygen. ![Uterine massage](blob:{i:064x})

- [x] Two large-bore cannulae
- [ ] Cross-match 2 units

[^s{i}]: WHO recommendations, 2012, section {i}.
""")
    return "\n".join(parts)


def compressed(texts: list[str]) -> int:
    """Bytes of one zstd frame over all the texts, as a page of changes travels."""
    return len(zstandard.ZstdCompressor(level=WIRE_LEVEL).compress("\n".join(texts).encode()))


def demo_bodies() -> list[str]:
    bodies = []
    for path in demo_course_paths():
        course = load_course(path)
        bodies += [rewrite_links(lesson.body_md, course.assets) for _, lesson in course.iter_lessons()]
    return bodies


def wire(bodies: list[str]) -> dict[str, float]:
    htmls = [render_lesson(body).html for body in bodies]
    md_raw, html_raw = sum(len(b.encode()) for b in bodies), sum(len(h.encode()) for h in htmls)
    md_z, html_z = compressed(bodies), compressed(htmls)
    return {"lessons": len(bodies), "markdown_bytes": md_raw, "html_bytes": html_raw,
            "markdown_zstd": md_z, "html_zstd": html_z, "html_over_markdown_zstd": round(html_z / md_z, 2)}


def percentiles(samples: list[float]) -> dict[str, float]:
    samples = sorted(samples)
    return {"p50_ms": round(statistics.median(samples), 2),
            "p95_ms": round(samples[max(0, int(len(samples) * 0.95) - 1)], 2),
            "max_ms": round(samples[-1], 2)}


def time_render(bodies: list[str], runs: int, qt: bool) -> dict[str, dict[str, float]]:
    pipeline: list[float] = []
    shown: list[float] = []
    ui_thread: list[float] = []
    browser = reader = None
    if qt:
        from PySide6.QtWidgets import QApplication, QTextBrowser

        from tutorclient.ui.views.lesson_browser import LessonBrowser

        app = QApplication.instance() or QApplication([])  # noqa: F841 - keeps Qt alive
        browser = QTextBrowser()
        browser.resize(1366, 768)
        reader = LessonBrowser()
        reader.resize(1366, 768)
    for _ in range(runs):
        for body in bodies:
            start = time.perf_counter()
            html = render_lesson(body).html
            pipeline.append((time.perf_counter() - start) * 1000)
            if browser is not None:
                browser.setHtml(html)
                browser.document().size()  # forces the layout, as showing it does
                shown.append((time.perf_counter() - start) * 1000)
            if reader is not None:
                start = time.perf_counter()
                reader.show_page(body, html, {}, reader.render_width())
                reader.document().size()
                ui_thread.append((time.perf_counter() - start) * 1000)
    result = {"pipeline": percentiles(pipeline)}
    if shown:
        result["pipeline_and_qt_layout"] = percentiles(shown)
        result["reader_ui_thread"] = percentiles(ui_thread)
    return result


def import_ms() -> float:
    code = ("import time; t = time.perf_counter(); import sync.content.render as r; r.parser(); "
            "print((time.perf_counter() - t) * 1000)")
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                 cwd=Path(__file__).resolve().parents[1]).stdout) for _ in range(5)]
    return round(statistics.median(runs), 1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--qt", action="store_true", help="also time QTextBrowser.setHtml and layout")
    ap.add_argument("--no-images", action="store_true",
                    help="skip the picture corpus (about 6 minutes on 2 cores)")
    args = ap.parse_args()
    largest = {f"{n}_sections": synthetic_lesson(n) for n in (10, 25, 50)}
    sizes = {name: len(body.encode()) for name, body in largest.items()}
    report = {
        "render": {
            "wire_demo_courses": wire(demo_bodies()),
            "wire_synthetic_large": wire(list(largest.values())),
            "largest_lessons_bytes": sizes,
            "render_time": {name: time_render([body], args.runs, args.qt) for name, body in largest.items()},
            "load_average": round(os.getloadavg()[0], 1),  # a busy machine inflates every time
            "target_p95_ms": TARGET_MS,
            "parser_import_and_build_ms": import_ms(),
        },
        # Source vs delivered picture bytes, SSIM min/median (benchmarks/content_images.py).
        "images": None if args.no_images else content_images.run(),
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
