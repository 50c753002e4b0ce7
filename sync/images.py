"""Delivery versions of course pictures: WebP at the reader's width, as light as SSIM allows.

A trainee on a 2G link pays for every byte of every picture, and most course
pictures arrive far heavier than the reader can show: PNG screenshots, 4000 px
camera JPEGs. At import the server turns each raster picture into the version
it delivers (:func:`transcode_for_delivery`):

* decoded, turned upright (EXIF orientation) and converted to sRGB, with every
  piece of metadata dropped;
* scaled down to :data:`MAX_WIDTH`, the widest the reader ever draws it;
* encoded as WebP at the *lowest* quality whose SSIM against the scaled
  original stays at or above :data:`SSIM_TARGET`, on luminance and on both
  chroma planes (binary search), or as
  lossless WebP when that is smaller, or kept as it was when nothing is smaller.

The original stays on the server: :class:`DeliveredImage` names it by hash so a
"Full resolution" download can offer it on demand.

The output is deterministic (fixed encoder settings, no metadata, no clocks), so
re-importing an unchanged picture gives the same bytes, the same hash, and no
download. Only the server runs this: it needs numpy (the ``server`` extra), and
never imports Qt or ``tutorclient``.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

from sync.authoring import Asset
from sync.errors import BadDataError

__all__ = [
    "MAX_WIDTH",
    "SSIM_TARGET",
    "TRANSCODER_VERSION",
    "DeliveredAsset",
    "DeliveredImage",
    "ImageTranscodeError",
    "deliver_assets",
    "ssim",
    "transcode_for_delivery",
]

#: The widest the reader draws a picture. Its column is 80 average characters:
#: 648 px at the default 12 pt, 1297 px at the largest zoom (24 pt), and the
#: target laptops (1366 x 768, no HiDPI) leave ~1300 px at most. 1200 px is
#: 1.85x the default column (sharp at 150% zoom) and within 8% of the largest;
#: histology and X-rays that need more have "Full resolution".
MAX_WIDTH = 1200
#: Lowest mean SSIM (luminance, Wang et al. 2004) a delivered picture may have.
SSIM_TARGET = 0.97
#: Bump when the same input would give different bytes (settings, libraries):
#: caches of delivered versions are keyed by it.
TRANSCODER_VERSION = 2

Quality = int | Literal["lossless", "original"]

# libwebp effort 0-6. 4 is libwebp's default: 6 saved 1-3% more bytes at about
# twice the time on the benchmark corpus (benchmarks/content_images.py).
_WEBP_METHOD = 4
# Lossless effort (libwebp's "quality" in lossless mode): 100 tries harder.
_LOSSLESS_EFFORT = 100
_MIN_QUALITY, _MAX_QUALITY = 5, 100
# Formats accepted as input; animated GIF/WebP keep their animation (original kept).
_RASTER = {"PNG", "JPEG", "MPO", "GIF", "BMP", "DIB", "TIFF", "WEBP"}
# Formats the reader shows as they are: only these may be delivered untouched.
_KEEPABLE = {"PNG": "image/png", "JPEG": "image/jpeg", "GIF": "image/gif", "WEBP": "image/webp"}


class ImageTranscodeError(BadDataError):
    """The bytes are not a picture the server can deliver (not an image, damaged, too big)."""


@dataclass(frozen=True)
class DeliveredImage:
    """The version of one picture that clients download.

    ``quality`` is the WebP quality chosen (0-100), ``"lossless"``, or
    ``"original"`` when the original bytes are delivered unchanged (nothing
    smaller kept the SSIM target, or the picture is animated). ``ssim`` is the
    luminance SSIM against the original scaled to ``width`` x ``height``, and
    ``chroma_ssim`` the lower of the two colour-difference planes' (Cb, Cr).
    """

    data: bytes
    mime: str
    width: int
    height: int
    ssim: float
    quality: Quality
    original_sha256: str
    original_size: int
    original_width: int
    original_height: int
    chroma_ssim: float = 1.0

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def transcoded(self) -> bool:
        return self.quality != "original"


# --------------------------------------------------------------------------- SSIM


def _gaussian_kernel(sigma: float = 1.5, radius: int = 5):
    import numpy as np

    x = np.arange(-radius, radius + 1, dtype=np.float64)
    k = np.exp(-(x * x) / (2 * sigma * sigma))
    return k / k.sum()


def _filter_valid(img, kernel):
    """Separable correlation with ``kernel``, keeping only windows wholly inside ``img``.

    Equals scipy's ``gaussian_filter`` cropped by the radius, which is what
    scikit-image averages over, without needing scipy.
    """
    n = len(kernel)
    h, w = img.shape
    rows = kernel[0] * img[:, 0:w - n + 1]
    for i in range(1, n):
        rows = rows + kernel[i] * img[:, i:w - n + 1 + i]
    out = kernel[0] * rows[0:h - n + 1, :]
    for i in range(1, n):
        out = out + kernel[i] * rows[i:h - n + 1 + i, :]
    return out


class _SsimReference:
    """The original's local statistics, computed once and compared with each candidate."""

    def __init__(self, gray, data_range: float = 255.0) -> None:
        import numpy as np

        self.x = np.asarray(gray, dtype=np.float64)
        self.c1 = (0.01 * data_range) ** 2
        self.c2 = (0.03 * data_range) ** 2
        h, w = self.x.shape
        radius = 5 if min(h, w) >= 11 else (min(h, w) - 1) // 2
        self.kernel = _gaussian_kernel(1.5, radius)
        self.mu_x = _filter_valid(self.x, self.kernel)
        self.var_x = _filter_valid(self.x * self.x, self.kernel) - self.mu_x * self.mu_x

    def compare(self, gray) -> float:
        import numpy as np

        y = np.asarray(gray, dtype=np.float64)
        if y.shape != self.x.shape:
            raise ValueError(f"SSIM of images of different sizes: {self.x.shape} vs {y.shape}")
        mu_y = _filter_valid(y, self.kernel)
        var_y = _filter_valid(y * y, self.kernel) - mu_y * mu_y
        cov = _filter_valid(self.x * y, self.kernel) - self.mu_x * mu_y
        num = (2 * self.mu_x * mu_y + self.c1) * (2 * cov + self.c2)
        den = (self.mu_x ** 2 + mu_y ** 2 + self.c1) * (self.var_x + var_y + self.c2)
        return float(np.mean(num / den))


def ssim(a, b, *, data_range: float = 255.0) -> float:
    """Mean SSIM of two greyscale images (2-D arrays or ``L`` images) of equal size.

    Wang, Bovik, Sheikh and Simoncelli (2004): an 11x11 Gaussian window with
    sigma 1.5, K1 = 0.01, K2 = 0.03, population (not sample) covariances,
    averaged over every window that lies inside the image. This is scikit-image's
    ``structural_similarity(..., gaussian_weights=True, sigma=1.5,
    use_sample_covariance=False, data_range=255)``. Unlike Wang's MATLAB code it
    does not first shrink the images by ``round(min(h, w) / 256)``, which
    would hide the fine detail of a screenshot; so it is the stricter measure.
    """
    return _SsimReference(a, data_range).compare(b)


class _Reference:
    """SSIM references of a picture's luminance and, for colour pictures, its chroma.

    Luminance SSIM alone misses colour: at low WebP qualities the 4:2:0 chroma
    of thin red lines (arteries in an anatomy drawing) fades to grey while the
    luminance SSIM stays above 0.98. So Cb and Cr must reach the target too.
    """

    def __init__(self, pixels: Image.Image) -> None:
        import numpy as np

        self.luma = _SsimReference(_luma(pixels))
        ycc = _ycbcr(pixels)
        flat = all(float(np.ptp(ycc[..., c])) == 0.0 for c in (1, 2))  # greyscale: no chroma to keep
        self.chroma = [] if flat else [_SsimReference(ycc[..., c]) for c in (1, 2)]

    def compare(self, img: Image.Image) -> tuple[float, float]:
        ycc = _ycbcr(img) if self.chroma else None
        chroma = min((ref.compare(ycc[..., c + 1]) for c, ref in enumerate(self.chroma)), default=1.0)
        return self.luma.compare(_luma(img)), chroma


def _ycbcr(img: Image.Image):
    import numpy as np

    if img.mode == "RGBA":
        img = Image.alpha_composite(Image.new("RGBA", img.size, (255, 255, 255, 255)), img)
    return np.asarray(img.convert("RGB").convert("YCbCr"), dtype=np.float64)


def _luma(img: Image.Image):
    """Luminance as the reader shows it: transparent parts over white, BT.601 weights."""
    import numpy as np

    if img.mode == "RGBA":
        white = Image.new("RGBA", img.size, (255, 255, 255, 255))
        img = Image.alpha_composite(white, img)
    rgb = np.asarray(img.convert("RGB"), dtype=np.float64)
    return rgb[..., 0] * 0.299 + rgb[..., 1] * 0.587 + rgb[..., 2] * 0.114


# ------------------------------------------------------------------- decoding


def _open(data: bytes, name: str) -> Image.Image:
    """Open and check the header only: a decompression bomb is refused before decoding."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageTranscodeError(f"{name}: {exc}; scale it down first") from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ImageTranscodeError(f"{name}: not a picture the server can read ({exc})") from exc
    if img.format not in _RASTER:
        raise ImageTranscodeError(f"{name}: {img.format} pictures are not delivered; use PNG, JPEG or WebP")
    limit = Image.MAX_IMAGE_PIXELS
    if limit is not None and img.width * img.height > limit:
        raise ImageTranscodeError(
            f"{name}: {img.width} x {img.height} pixels is more than the {limit} the server decodes "
            "(a picture this big is damaged or a decompression bomb); scale it down first")
    return img


def _to_srgb(img: Image.Image) -> Image.Image:
    """Pixels in sRGB RGB or RGBA, upright, with nothing else attached."""
    icc = img.info.get("icc_profile")
    img = ImageOps.exif_transpose(img) or img
    if img.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        img = _sixteen_to_eight(img)
    if img.mode == "P":
        img = img.convert("RGBA" if "transparency" in img.info else "RGB")
    elif img.mode in ("1", "L", "LA", "PA", "La", "RGBa", "CMYK", "YCbCr", "LAB", "HSV", "F"):
        img = img.convert("RGBA" if img.mode in ("LA", "PA", "La", "RGBa") else "RGB")
    elif img.mode not in ("RGB", "RGBA"):
        img = img.convert("RGB")
    if icc:
        img = _icc_to_srgb(img, icc)
    if img.mode == "RGBA" and img.getextrema()[3][0] == 255:
        img = img.convert("RGB")  # an alpha channel that hides nothing costs bytes
    return img


def _sixteen_to_eight(img: Image.Image) -> Image.Image:
    # Pillow's own I;16 -> L conversion clips at 255 instead of scaling: an X-ray
    # would come out white.
    import numpy as np

    arr = np.asarray(img, dtype=np.float64)
    top = 65535.0 if arr.max() > 255 else 255.0
    return Image.fromarray(np.clip(np.rint(arr * (255.0 / top)), 0, 255).astype(np.uint8), "L")


def _icc_to_srgb(img: Image.Image, icc: bytes) -> Image.Image:
    try:
        src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        dst = ImageCms.createProfile("sRGB")
        return ImageCms.profileToProfile(img, src, dst, outputMode=img.mode) or img
    except (ImageCms.PyCMSError, OSError, ValueError):
        return img  # a broken profile: the pixels as they are beat refusing the picture


def _scaled(img: Image.Image) -> Image.Image:
    if img.width <= MAX_WIDTH:
        return img
    height = max(1, round(img.height * MAX_WIDTH / img.width))
    return img.resize((MAX_WIDTH, height), Image.Resampling.LANCZOS)


def _decode(data: bytes, name: str) -> tuple[Image.Image, Image.Image]:
    """The opened original and its sRGB, scaled pixels."""
    img = _open(data, name)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img.load()
            pixels = _scaled(_to_srgb(img))
    except Image.DecompressionBombWarning as exc:
        raise ImageTranscodeError(f"{name}: {exc}") from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise ImageTranscodeError(f"{name}: the picture is damaged and cannot be decoded ({exc})") from exc
    return img, pixels


# ------------------------------------------------------------------- encoding


def _webp(img: Image.Image, quality: int | None) -> bytes:
    # Fixed settings and no exif/icc/xmp: the bytes depend on the pixels alone.
    out = io.BytesIO()
    if quality is None:
        img.save(out, "WEBP", lossless=True, quality=_LOSSLESS_EFFORT, method=_WEBP_METHOD, exact=False)
    else:
        img.save(out, "WEBP", quality=quality, method=_WEBP_METHOD, exact=False)
    return out.getvalue()


def _decoded(data: bytes, mode: str) -> Image.Image:
    with Image.open(io.BytesIO(data)) as img:
        return img.convert(mode)


def _lowest_quality(pixels: Image.Image, ref: _Reference) -> tuple[int, bytes, tuple[float, float]] | None:
    """The lowest WebP quality whose SSIMs (luma and chroma) reach the target, or None.

    Binary search: SSIM grows with quality almost everywhere, not strictly; the
    search only ever returns a quality it measured at or above the target.
    """
    lo, hi = _MIN_QUALITY, _MAX_QUALITY
    best: tuple[int, bytes, tuple[float, float]] | None = None
    while lo <= hi:
        q = (lo + hi) // 2
        data = _webp(pixels, q)
        scores = ref.compare(_decoded(data, pixels.mode))
        if min(scores) >= SSIM_TARGET:
            best, hi = (q, data, scores), q - 1
        else:
            lo = q + 1
    return best


def transcode_for_delivery(data: bytes, *, name: str) -> DeliveredImage:
    """Return the version of the picture ``data`` that clients download.

    ``name`` is only used in error messages (say, the course-relative path).
    Raises :class:`ImageTranscodeError` for bytes that are not a raster picture,
    a damaged one, or one of more than ``PIL.Image.MAX_IMAGE_PIXELS`` pixels
    (refused from the header, before any pixel is decoded).
    """
    original_sha = hashlib.sha256(data).hexdigest()
    img, pixels = _decode(data, name)
    fmt = img.format or ""

    def result(out: bytes, mime: str, scores: tuple[float, float], quality: Quality,
               size: tuple[int, int]) -> DeliveredImage:
        return DeliveredImage(out, mime, size[0], size[1], round(scores[0], 6), quality, original_sha,
                              len(data), img.width, img.height, round(scores[1], 6))

    exact = (1.0, 1.0)
    if getattr(img, "n_frames", 1) > 1:  # animation: a still would lose the lesson's point
        return result(data, _KEEPABLE.get(fmt, "image/gif"), exact, "original", img.size)
    lossless = _webp(pixels, None)
    best: tuple[bytes, tuple[float, float], Quality] = (lossless, exact, "lossless")
    lossy = _lowest_quality(pixels, _Reference(pixels))
    if lossy is not None and len(lossy[1]) < len(lossless):
        best = (lossy[1], lossy[2], lossy[0])
    if fmt in _KEEPABLE and len(data) <= len(best[0]):
        return result(data, _KEEPABLE[fmt], exact, "original", img.size)
    return result(best[0], "image/webp", best[1], best[2], pixels.size)


# ------------------------------------------------------------------ course assets


@dataclass
class DeliveredAsset(Asset):
    """A course picture replaced by its delivery version (``sha256``, ``size``, ``mime``
    are the delivered blob's); ``original`` is the author's file, kept on the server
    for a later "Full resolution" download."""

    original: Asset | None = None
    delivered: DeliveredImage | None = field(default=None, repr=False, compare=False)

    def read_bytes(self) -> bytes:
        if self.delivered is None:
            raise BadDataError(f"delivered version of {self.path} has no bytes")
        return self.delivered.data


def _cache_get(cache_dir: Path | None, original_sha: str) -> DeliveredImage | None:
    if cache_dir is None:
        return None
    meta, blob = _cache_paths(cache_dir, original_sha)
    try:
        info = json.loads(meta.read_text(encoding="utf-8"))
        data = blob.read_bytes()
    except (OSError, ValueError):
        return None
    if hashlib.sha256(data).hexdigest() != info.get("sha256"):
        return None  # a damaged cache entry is rebuilt, never delivered
    return DeliveredImage(data, info["mime"], info["width"], info["height"], info["ssim"], info["quality"],
                          original_sha, info["original_size"], info["original_width"], info["original_height"],
                          info.get("chroma_ssim", 1.0))


def _cache_put(cache_dir: Path | None, d: DeliveredImage) -> None:
    if cache_dir is None:
        return
    meta, blob = _cache_paths(cache_dir, d.original_sha256)
    meta.parent.mkdir(parents=True, exist_ok=True)
    info = {"sha256": d.sha256, "mime": d.mime, "width": d.width, "height": d.height, "ssim": d.ssim,
            "quality": d.quality, "original_size": d.original_size, "original_width": d.original_width,
            "original_height": d.original_height, "chroma_ssim": d.chroma_ssim}
    for path, payload in ((blob, d.data), (meta, json.dumps(info).encode())):
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(payload)
        os.replace(tmp, path)  # the bytes first, then the entry naming them


def _cache_paths(cache_dir: Path, original_sha: str) -> tuple[Path, Path]:
    folder = cache_dir / f"v{TRANSCODER_VERSION}" / original_sha[:2]
    return folder / f"{original_sha}.json", folder / f"{original_sha}.bin"


def deliver_assets(assets: dict[str, Asset], *, cache_dir: Path | None = None) -> dict[str, Asset]:
    """Course assets with each picture replaced by its delivery version.

    ``assets`` is :attr:`sync.authoring.Course.assets`; the result has the same
    keys, so lesson links (``rewrite_links``) and attachment records point at the
    delivered blobs. Pictures delivered unchanged, PDFs and other files are
    returned as they were. Transcoding takes seconds per picture, so results are
    kept in ``cache_dir`` keyed by the original's hash and
    :data:`TRANSCODER_VERSION`: re-importing an unchanged course is quick (and,
    the output being deterministic, gives the same bytes either way).
    """
    out: dict[str, Asset] = {}
    for path, asset in assets.items():
        if asset.role != "image":
            out[path] = asset
            continue
        delivered = _cache_get(cache_dir, asset.sha256)
        if delivered is None:
            delivered = transcode_for_delivery(asset.read_bytes(), name=path)
            _cache_put(cache_dir, delivered)
        if not delivered.transcoded:
            out[path] = asset
            continue
        out[path] = DeliveredAsset(path=path, sha256=delivered.sha256, size=delivered.size,
                                   mime=delivered.mime, role="image", abs_path=None,
                                   original=asset, delivered=delivered)
    return out
