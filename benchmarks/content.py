"""Course content figures as JSON: ``python -m benchmarks.content``.

Each section lives in its own module so that the parts can grow separately;
this one only gathers them. ``images``: delivered picture weight and SSIM
(benchmarks/content_images.py).
"""

from __future__ import annotations

import json
import sys

from benchmarks import content_images


def main(argv: list[str] | None = None) -> int:
    result = content_images.run()
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
