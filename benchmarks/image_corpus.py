"""A corpus of real-world-like course pictures for the image benchmark, made on demand.

``images(seed)`` yields ``CorpusImage`` entries: the encoded bytes of a picture as
an author would put it in a course, with its category. Everything synthetic is
drawn from a seeded generator, so the corpus need not be committed and the same
seed gives the same pictures (for one Pillow and numpy version):

* screenshots: application windows with menus, side bars, tables and text, PNG;
* diagrams: flowcharts, anatomy-like line drawings and charts, flat colours, PNG;
* photos: photo-like scenes (fractal textures, soft light, sensor noise), camera JPEG;
* scans: text pages slightly rotated on noisy paper, JPEG or greyscale PNG;
* histology: H&E-stained-like tissue (pink stroma, purple nuclei), JPEG or PNG;
* xray: greyscale radiograph-like pictures, smooth with fine texture, 8 and 16 bit PNG.

Real photographs are added from packages that ship them (scikit-image's
``skimage/data``, matplotlib's ``sample_data``), found in ``sys.path`` or in the
folders of ``TUTORCLIENT_SAMPLE_SITE`` (a site-packages path list). They are not
copied into the repository; when absent they are left out and ``missing`` says so.

``python -m benchmarks.image_corpus OUT_DIR`` writes the corpus to files.
"""

from __future__ import annotations

import io
import math
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SEED = 20250301
WORDS = ("patient airway breathing circulation dose oxytocin misoprostol haemorrhage triage fluid "
         "pressure saturation oxygen infusion cannula assessment referral wound fracture splint "
         "antibiotic tetanus malaria sepsis lactate glucose ketamine analgesia monitoring chart "
         "the of and to in with for at by on is as be are this that from").split()

#: (package, folder inside it, file, category) of real photographs shipped in packages.
REAL = [
    ("skimage", "data", "astronaut.png", "photos"), ("skimage", "data", "chelsea.png", "photos"),
    ("skimage", "data", "coffee.png", "photos"), ("skimage", "data", "rocket.jpg", "photos"),
    ("skimage", "data", "motorcycle_left.png", "photos"), ("skimage", "data", "camera.png", "photos"),
    ("skimage", "data", "hubble_deep_field.jpg", "photos"), ("skimage", "data", "retina.jpg", "photos"),
    ("skimage", "data", "ihc.png", "histology"), ("skimage", "data", "cell.png", "histology"),
    ("skimage", "data", "page.png", "scans"), ("skimage", "data", "text.png", "scans"),
    ("skimage", "data", "phantom.png", "xray"), ("skimage", "data", "moon.png", "photos"),
    ("matplotlib", "mpl-data/sample_data", "grace_hopper.jpg", "photos"),
]


@dataclass(frozen=True)
class CorpusImage:
    name: str
    category: str
    data: bytes
    real: bool = False


def _font(size: int, kind: str = "DejaVuSans") -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / f"{kind}.ttf"), size)


def _encode(img: Image.Image, fmt: str, **params) -> bytes:
    out = io.BytesIO()
    img.save(out, fmt, **params)
    return out.getvalue()


def _sentence(rng: np.random.Generator, n: int) -> str:
    return " ".join(WORDS[i] for i in rng.integers(0, len(WORDS), n)).capitalize()


def _fractal(rng: np.random.Generator, w: int, h: int, octaves: int = 6, base: int = 4) -> np.ndarray:
    """Value noise summed over octaves, in 0..1: the texture of skin, tissue, foliage."""
    acc = np.zeros((h, w), np.float32)
    amp, total = 1.0, 0.0
    for o in range(octaves):
        cells = base * 2 ** o
        grid = rng.random((max(2, cells * h // w + 1), cells + 1)).astype(np.float32)
        layer = Image.fromarray(grid, "F").resize((w, h), Image.Resampling.BICUBIC)
        acc += amp * np.asarray(layer)
        total += amp
        amp *= 0.55
    acc /= total
    return (acc - acc.min()) / max(1e-6, float(acc.max() - acc.min()))


def _u8(arr: np.ndarray) -> np.ndarray:
    return np.clip(np.rint(arr), 0, 255).astype(np.uint8)


# ------------------------------------------------------------------ categories


def screenshot(rng: np.random.Generator, i: int) -> CorpusImage:
    w, h = [(1280, 800), (1366, 768), (1920, 1080), (1600, 900), (2560, 1440)][i % 5]
    scale = w / 1366
    img = Image.new("RGB", (w, h), (246, 247, 249))
    d = ImageDraw.Draw(img)
    accent = tuple(int(c) for c in rng.integers(30, 200, 3))
    bar = int(34 * scale)
    d.rectangle([0, 0, w, bar], fill=accent)
    d.text((12, bar // 4), "TutorClient - " + _sentence(rng, 3), font=_font(int(15 * scale), "DejaVuSans-Bold"),
           fill="white")
    side = int(w * 0.22)
    d.rectangle([0, bar, side, h], fill=(232, 235, 240))
    small, body = _font(int(13 * scale)), _font(int(15 * scale), "DejaVuSerif" if i % 3 == 0 else "DejaVuSans")
    y = bar + 10
    while y < h - 30:
        if rng.random() < 0.15:
            d.rounded_rectangle([8, y - 3, side - 8, y + int(22 * scale)], 4, fill=(210, 220, 240))
        d.text((18, y), _sentence(rng, int(rng.integers(2, 5))), font=small, fill=(40, 40, 50))
        y += int(28 * scale)
    x0, y = side + int(40 * scale), bar + int(30 * scale)
    d.text((x0, y), _sentence(rng, 5), font=_font(int(24 * scale), "DejaVuSans-Bold"), fill=(20, 20, 30))
    y += int(50 * scale)
    line = int(24 * scale)
    while y < h - 40:
        kind = rng.random()
        if kind < 0.12 and y < h - 260 * scale:  # a table
            cols, rows = int(rng.integers(3, 6)), int(rng.integers(3, 7))
            cw = (w - x0 - 60) // cols
            for r in range(rows):
                for c in range(cols):
                    box = [x0 + c * cw, y, x0 + (c + 1) * cw, y + line + 6]
                    d.rectangle(box, fill=(225, 230, 238) if r == 0 else "white", outline=(180, 185, 195))
                    d.text((box[0] + 6, y + 3), _sentence(rng, 2)[: cw // int(9 * scale)], font=small,
                           fill=(30, 30, 30))
                y += line + 6
            y += line
        elif kind < 0.2 and y < h - 300 * scale:  # an embedded photo
            ph = int(rng.integers(120, 240) * scale)
            tex = _fractal(rng, int(ph * 1.5), ph, 5)
            rgb = np.stack([tex * 200 + 30, tex * 150 + 50, tex * 120 + 60], -1)
            img.paste(Image.fromarray(_u8(rgb)), (x0, y))
            y += ph + line
        elif kind < 0.28:  # buttons
            for b in range(int(rng.integers(2, 5))):
                bx = x0 + b * int(130 * scale)
                d.rounded_rectangle([bx, y, bx + int(118 * scale), y + int(30 * scale)], 6,
                                    fill=accent if b == 0 else (255, 255, 255), outline=(150, 150, 160))
                d.text((bx + 12, y + 6), _sentence(rng, 1)[:10], font=small, fill="white" if b == 0 else "black")
            y += int(50 * scale)
        else:
            d.text((x0, y), _sentence(rng, int(rng.integers(8, 14))), font=body, fill=(25, 25, 25))
            y += line + 4
    return CorpusImage(f"screenshot-{i:02d}.png", "screenshots", _encode(img, "PNG", optimize=False))


def _arrow(d: ImageDraw.ImageDraw, a: tuple[int, int], b: tuple[int, int], width: int, fill) -> None:
    d.line([a, b], fill=fill, width=width)
    ang = math.atan2(b[1] - a[1], b[0] - a[0])
    size = width * 5
    left = (b[0] - size * math.cos(ang - 0.4), b[1] - size * math.sin(ang - 0.4))
    right = (b[0] - size * math.cos(ang + 0.4), b[1] - size * math.sin(ang + 0.4))
    d.polygon([b, left, right], fill=fill)


def diagram(rng: np.random.Generator, i: int) -> CorpusImage:
    w = int(rng.integers(8, 25)) * 100
    h = int(w * rng.uniform(0.55, 0.9))
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    s = w / 1000
    font = _font(max(10, int(18 * s)))
    palette = [(66, 133, 244), (219, 68, 55), (244, 180, 0), (15, 157, 88), (171, 71, 188)]
    kind = i % 3
    if kind == 0:  # flowchart
        nodes = []
        for r in range(3):
            for c in range(int(rng.integers(2, 4))):
                cx, cy = int((c + 0.7) * w / 3.5), int((r + 0.5) * h / 3)
                box = [cx - int(120 * s), cy - int(40 * s), cx + int(120 * s), cy + int(40 * s)]
                fill = palette[int(rng.integers(0, 5))] + (0,)
                d.rounded_rectangle(box, int(12 * s), fill=tuple(v // 3 + 170 for v in fill[:3]),
                                    outline=fill[:3], width=max(2, int(3 * s)))
                d.text((box[0] + int(12 * s), cy - int(10 * s)), _sentence(rng, 2)[:18], font=font, fill="black")
                nodes.append((cx, cy))
        for a, b in zip(nodes, nodes[1:]):
            _arrow(d, (a[0], a[1] + int(40 * s)), (b[0], b[1] - int(40 * s)), max(2, int(3 * s)), (60, 60, 60))
    elif kind == 1:  # anatomy-like line drawing with labels
        cx, cy = w // 2, h // 2
        for k in range(int(rng.integers(6, 12))):
            rx, ry = rng.uniform(0.1, 0.4) * w, rng.uniform(0.1, 0.4) * h
            ox, oy = rng.uniform(-0.1, 0.1) * w, rng.uniform(-0.1, 0.1) * h
            colour = (200, 80, 80) if k % 3 == 0 else (40, 40, 40)
            d.ellipse([cx + ox - rx, cy + oy - ry, cx + ox + rx, cy + oy + ry], outline=colour,
                      width=max(2, int(2 * s)), fill=(250, 228, 220) if k == 0 else None)
        for k in range(int(rng.integers(5, 9))):
            px, py = int(cx + rng.uniform(-0.25, 0.25) * w), int(cy + rng.uniform(-0.25, 0.25) * h)
            lx = int(w * 0.04) if px < cx else int(w * 0.78)
            d.line([(px, py), (lx + (int(w * 0.18) if px < cx else 0), py)], fill="black", width=1)
            d.text((lx, py - int(10 * s)), _sentence(rng, 1), font=font, fill="black")
    else:  # chart
        left, bottom = int(80 * s), h - int(70 * s)
        d.line([(left, int(30 * s)), (left, bottom), (w - int(30 * s), bottom)], fill="black", width=2)
        for t in range(6):
            ty = bottom - t * (bottom - int(40 * s)) // 5
            d.line([(left, ty), (w - int(30 * s), ty)], fill=(225, 225, 225))
            d.text((int(10 * s), ty - int(9 * s)), str(t * 20), font=font, fill="black")
        n = int(rng.integers(5, 12))
        bw = (w - left - int(60 * s)) // n
        for k in range(n):
            val = rng.uniform(0.1, 1.0) * (bottom - int(40 * s))
            d.rectangle([left + k * bw + 6, bottom - val, left + (k + 1) * bw - 6, bottom],
                        fill=palette[k % 5])
        pts = [(left + int((k + 0.5) * bw), int(bottom - rng.uniform(0.2, 0.9) * (bottom - 40 * s)))
               for k in range(n)]
        d.line(pts, fill=(30, 30, 30), width=max(2, int(3 * s)), joint="curve")
        d.text((left + 10, int(8 * s)), _sentence(rng, 4), font=font, fill="black")
    return CorpusImage(f"diagram-{i:02d}.png", "diagrams", _encode(img, "PNG"))


def photo(rng: np.random.Generator, i: int) -> CorpusImage:
    w = int(rng.integers(20, 31)) * 100
    h = int(w * (0.75 if i % 2 else 0.667))
    sky = np.linspace(0, 1, h, dtype=np.float32)[:, None] * np.ones((1, w), np.float32)
    tex = _fractal(rng, w, h, 7, base=3)
    fine = _fractal(rng, w, h, 3, base=int(w // 20))
    hue = rng.uniform(0.4, 1.0, 3)
    base = np.stack([(0.35 + 0.5 * tex) * hue[c] + 0.25 * sky * (c == 2) for c in range(3)], -1)
    # soft blobs: out-of-focus objects
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    for _ in range(int(rng.integers(3, 8))):
        cx, cy, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0.05, 0.25) * w
        blob = np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * r * r))[..., None]
        base = base * (1 - 0.6 * blob) + 0.6 * blob * rng.uniform(0.2, 1.0, 3)
    base = base * 235 + (fine[..., None] - 0.5) * 30 + rng.normal(0, 3.5, (h, w, 1)).astype(np.float32)
    img = Image.fromarray(_u8(base)).filter(ImageFilter.GaussianBlur(0.6))
    return CorpusImage(f"photo-{i:02d}.jpg", "photos", _encode(img, "JPEG", quality=int(rng.integers(90, 97))))


def scan(rng: np.random.Generator, i: int) -> CorpusImage:
    w, h = 1654, 2339  # A4 at 200 dpi
    page = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(page)
    y = 140
    d.text((140, y), _sentence(rng, 5), font=_font(46, "DejaVuSerif-Bold"), fill=0)
    y += 110
    font = _font(30, "DejaVuSerif")
    while y < h - 180:
        if rng.random() < 0.08:
            y += 40
            continue
        d.text((140, y), _sentence(rng, int(rng.integers(9, 13))), font=font, fill=int(rng.integers(0, 40)))
        y += 44
    page = page.rotate(float(rng.uniform(-1.8, 1.8)), resample=Image.Resampling.BICUBIC, fillcolor=255)
    paper = 235 + 18 * _fractal(rng, w, h, 5, base=4) + rng.normal(0, 4, (h, w))
    arr = np.asarray(page, np.float32) / 255.0 * paper
    img = Image.fromarray(_u8(arr)).filter(ImageFilter.GaussianBlur(0.7))
    if i % 3 == 2:
        return CorpusImage(f"scan-{i:02d}.png", "scans", _encode(img, "PNG"))
    rgb = Image.merge("RGB", [img, img, img.point(lambda v: max(0, v - 8))])  # yellowed paper
    return CorpusImage(f"scan-{i:02d}.jpg", "scans", _encode(rgb, "JPEG", quality=int(rng.integers(70, 88))))


def histology(rng: np.random.Generator, i: int) -> CorpusImage:
    w = int(rng.integers(16, 25)) * 100
    h = int(w * 0.75)
    stroma = _fractal(rng, w, h, 6, base=6)
    rgb = np.stack([235 - 40 * stroma, 170 - 90 * stroma, 200 - 60 * stroma], -1)
    img = Image.fromarray(_u8(rgb))
    d = ImageDraw.Draw(img)
    n = int(w * h / 2500)
    xs, ys = rng.uniform(0, w, n), rng.uniform(0, h, n)
    rs = rng.uniform(4, 13, n) * w / 2000
    for x, y, r in zip(xs, ys, rs):
        shade = int(rng.integers(0, 60))
        d.ellipse([x - r, y - r * 0.75, x + r, y + r * 0.75], fill=(90 + shade, 40 + shade, 140 + shade // 2))
    img = img.filter(ImageFilter.GaussianBlur(1.2))
    noisy = np.asarray(img, np.float32) + rng.normal(0, 2.5, (h, w, 1))
    img = Image.fromarray(_u8(noisy))
    if i % 2:
        return CorpusImage(f"histology-{i:02d}.png", "histology", _encode(img, "PNG"))
    return CorpusImage(f"histology-{i:02d}.jpg", "histology", _encode(img, "JPEG", quality=92))


def xray(rng: np.random.Generator, i: int) -> CorpusImage:
    w = int(rng.integers(15, 26)) * 100
    h = int(w * 1.2)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    body = np.exp(-(((xx - w / 2) / (0.36 * w)) ** 6))  # soft tissue column
    bone = np.zeros((h, w), np.float32)
    for k in range(int(rng.integers(4, 9))):  # ribs/long bones: bright elongated bands
        cy, cx = rng.uniform(0.15, 0.85) * h, rng.uniform(0.3, 0.7) * w
        a, b, t = rng.uniform(0.15, 0.35) * w, rng.uniform(0.015, 0.04) * h, rng.uniform(-0.5, 0.5)
        u = (xx - cx) * math.cos(t) + (yy - cy) * math.sin(t)
        v = -(xx - cx) * math.sin(t) + (yy - cy) * math.cos(t)
        bone = np.maximum(bone, np.exp(-((u / a) ** 2 + (v / b) ** 2) ** 2))
    trabecular = _fractal(rng, w, h, 3, base=int(w // 12))
    val = 0.08 + 0.45 * body + 0.4 * bone * (0.8 + 0.2 * trabecular) + rng.normal(0, 0.006, (h, w))
    val = np.clip(val, 0, 1)
    if i % 2:
        img = Image.fromarray(np.rint(val * 65535).astype(np.uint16))  # 16-bit, as exported from PACS
        return CorpusImage(f"xray-{i:02d}-16bit.png", "xray", _encode(img, "PNG"))
    return CorpusImage(f"xray-{i:02d}.png", "xray", _encode(Image.fromarray(_u8(val * 255)), "PNG"))


#: (category generator, how many): 87 synthetic pictures.
GENERATORS = [(screenshot, 22), (diagram, 18), (photo, 14), (scan, 12), (histology, 11), (xray, 10)]


def _sample_sites() -> list[Path]:
    extra = [Path(p) for p in os.environ.get("TUTORCLIENT_SAMPLE_SITE", "").split(os.pathsep) if p]
    return extra + [Path(p) for p in sys.path if p]


def real_images() -> tuple[list[CorpusImage], list[str]]:
    """Photographs shipped inside installed packages, and the names not found."""
    found, missing = [], []
    sites = _sample_sites()
    for package, folder, filename, category in REAL:
        path = next((s / package / folder / filename for s in sites
                     if (s / package / folder / filename).is_file()), None)
        if path is None:
            missing.append(f"{package}/{folder}/{filename}")
            continue
        found.append(CorpusImage(f"{package}-{filename}", category, path.read_bytes(), real=True))
    return found, missing


def images(seed: int = SEED) -> Iterator[CorpusImage]:
    """The synthetic corpus, generated one picture at a time (same seed, same pictures)."""
    for gen, count in GENERATORS:
        for i in range(count):
            rng = np.random.default_rng([seed, GENERATORS.index((gen, count)), i])
            yield gen(rng, i)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "image-corpus")
    out.mkdir(parents=True, exist_ok=True)
    reals, missing = real_images()
    for item in [*images(), *reals]:
        (out / item.name).write_bytes(item.data)
        print(f"{item.category:12} {item.name:32} {len(item.data) / 1024:8.0f} KB")
    for name in missing:
        print(f"missing (package not installed): {name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
