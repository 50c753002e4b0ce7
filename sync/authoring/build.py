"""Build stage: the files a course delivers, after parsing and checking succeeded.

This is where delivery transforms of assets plug in. The image work of issue 12
(WebP at the lowest quality keeping SSIM >= 0.97, downscaled to the reader's
width, originals kept for "Full resolution") adds a :data:`RasterTranscoder`
here; the parse and check stages never change for it.
"""

from __future__ import annotations

from collections.abc import Callable

from sync.authoring.model import Asset

__all__ = ["RASTER_MIMES", "RasterTranscoder", "build_assets"]

#: Pictures a transcoder may re-encode (PDFs and other files are delivered as they are).
RASTER_MIMES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp"})
#: Takes one raster asset of the course and returns the asset to deliver in its place
#: (same ``path``; its own ``sha256``/``size``/``mime``). It must be deterministic, so an
#: unchanged picture keeps its hash across re-imports and is never downloaded twice.
RasterTranscoder = Callable[[Asset], Asset]


def build_assets(assets: dict[str, Asset], transcode: RasterTranscoder | None = None) -> dict[str, Asset]:
    """The assets to deliver, keyed by course path: each raster picture through ``transcode``."""
    if transcode is None:
        return assets
    return {path: transcode(asset) if asset.mime in RASTER_MIMES else asset for path, asset in assets.items()}
