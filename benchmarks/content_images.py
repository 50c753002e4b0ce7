"""Delivered picture weight: source vs delivered bytes and SSIM on the image corpus.

``python -m benchmarks.content_images`` transcodes every picture of
``benchmarks.image_corpus`` with ``sync.images.transcode_for_delivery`` and
prints JSON: count, source and delivered bytes, their ratio (target <= 0.20),
SSIM minimum and median (target: every picture >= 0.97), a breakdown per
category, what was chosen (quality, lossless, original) and the time per picture.

``--compare avif`` also encodes each delivered picture as AVIF at the lowest
quality keeping the same SSIM target, to compare the two formats' bytes.
Set ``TUTORCLIENT_SAMPLE_SITE`` to a site-packages folder holding scikit-image
and matplotlib to add their real photographs (listed under ``missing`` if absent).
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import time
from collections import Counter
from typing import Any

from benchmarks import image_corpus
from sync import images


def _stats(rows: list[dict[str, Any]]) -> dict[str, Any]:
    src = sum(r["source_bytes"] for r in rows)
    out = sum(r["delivered_bytes"] for r in rows)
    scores = [r["ssim"] for r in rows]
    chroma = [r["chroma_ssim"] for r in rows]
    times = [r["seconds"] for r in rows]
    return {
        "count": len(rows),
        "source_bytes": src,
        "delivered_bytes": out,
        "ratio": round(out / src, 4) if src else None,
        "ssim_min": min(scores),
        "ssim_median": round(statistics.median(scores), 4),
        "chroma_ssim_min": min(chroma),
        "below_target": sum(1 for s in scores + chroma if s < images.SSIM_TARGET),
        "seconds_per_image_mean": round(statistics.fmean(times), 3),
        "seconds_per_image_max": round(max(times), 3),
        "chosen": dict(Counter(r["choice"] for r in rows)),
    }


def _avif_bytes(delivered: images.DeliveredImage, source: bytes) -> int | None:
    """Bytes of the lowest-quality AVIF keeping the SSIM target, at the delivered size."""
    from PIL import Image

    if not delivered.transcoded:
        return None
    _, pixels = images._decode(source, "avif")
    ref = images._Reference(pixels)
    lo, hi, best = 5, 100, None
    while lo <= hi:
        q = (lo + hi) // 2
        out = io.BytesIO()
        pixels.save(out, "AVIF", quality=q, speed=6)
        with Image.open(io.BytesIO(out.getvalue())) as img:
            scores = ref.compare(img.convert(pixels.mode))
        if min(scores) >= images.SSIM_TARGET:
            best, hi = len(out.getvalue()), q - 1
        else:
            lo = q + 1
    return best


def run(limit: int | None = None, compare: str | None = None, with_rows: bool = False) -> dict[str, Any]:
    reals, missing = image_corpus.real_images()
    corpus = [*image_corpus.images(), *reals]
    if limit:
        corpus = corpus[:limit]
    rows: list[dict[str, Any]] = []
    for item in corpus:
        start = time.perf_counter()
        d = images.transcode_for_delivery(item.data, name=item.name)
        seconds = time.perf_counter() - start
        row = {"name": item.name, "category": item.category, "real": item.real,
               "source_bytes": len(item.data), "delivered_bytes": d.size, "ssim": d.ssim,
               "chroma_ssim": d.chroma_ssim,
               "choice": d.quality if isinstance(d.quality, str) else "lossy",
               "quality": d.quality, "width": d.width, "seconds": round(seconds, 3)}
        if compare == "avif":
            row["avif_bytes"] = _avif_bytes(d, item.data)
        rows.append(row)
        print(f"{item.name:34} {len(item.data) / 1024:8.0f} KB -> {d.size / 1024:6.0f} KB "
              f"{d.quality!s:>8} ssim {d.ssim:.4f} {seconds:5.2f}s", file=sys.stderr, flush=True)
    result: dict[str, Any] = {
        "images": {
            **_stats(rows),
            "target_ratio": 0.20,
            "target_ssim": images.SSIM_TARGET,
            "max_width": images.MAX_WIDTH,
            "real_photos": sum(1 for r in rows if r["real"]),
            "missing_real_photos": missing,
            "per_category": {cat: _stats([r for r in rows if r["category"] == cat])
                             for cat in sorted({r["category"] for r in rows})},
        }
    }
    if with_rows:
        result["images"]["rows"] = rows
    if compare == "avif":
        both = [r for r in rows if r.get("avif_bytes")]
        result["images"]["avif_vs_webp"] = {
            "count": len(both),
            "webp_bytes": sum(r["delivered_bytes"] for r in both),
            "avif_bytes": sum(r["avif_bytes"] for r in both),
        }
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="only the first N pictures")
    parser.add_argument("--compare", choices=["avif"], help="also measure AVIF at the same SSIM")
    parser.add_argument("--rows", action="store_true", help="include one row per picture")
    args = parser.parse_args(argv)
    print(json.dumps(run(args.limit, args.compare, args.rows), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
