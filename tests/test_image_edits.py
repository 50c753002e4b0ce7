"""Crop and blur a photo (tutorclient/image_edits.py): pixels only, no widgets.

The blur must leave nothing to recognise a face by: on a photo-like picture
(1/f texture, a face with eyes, brows, mouth and hair) the detail left in the
blurred face is measured, not eyeballed.
"""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter

from sync.errors import BadDataError
from tutorclient import image_edits as ie
from tutorclient import privacy

FACE = (420, 180, 620, 430)  # left, top, right, bottom of the face in the photo below


def photo_like(width: int = 1024, height: int = 768, seed: int = 7) -> Image.Image:
    """A deterministic picture with a photo's statistics and a face in it."""
    rng = np.random.default_rng(seed)
    # 1/f noise: natural photos have this spectrum (fine detail everywhere).
    fx, fy = np.meshgrid(np.fft.fftfreq(width), np.fft.fftfreq(height))
    f = np.sqrt(fx ** 2 + fy ** 2)
    f[0, 0] = 1
    channels = []
    for base in (120, 105, 95):
        spectrum = (rng.normal(size=f.shape) + 1j * rng.normal(size=f.shape)) / f
        noise = np.real(np.fft.ifft2(spectrum))
        noise = (noise - noise.mean()) / noise.std()
        channels.append(np.clip(base + 35 * noise, 0, 255))
    img = Image.fromarray(np.stack(channels, -1).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(img)
    left, top, right, bottom = FACE
    d.ellipse((left - 10, top - 30, right + 10, top + 90), fill=(40, 28, 20))  # hair
    d.ellipse(FACE, fill=(196, 150, 118))
    cx = (left + right) // 2
    for ex in (cx - 45, cx + 45):
        d.line((ex - 28, top + 78, ex + 28, top + 72), fill=(50, 35, 25), width=7)  # brows
        d.ellipse((ex - 20, top + 92, ex + 20, top + 112), fill=(250, 250, 250))
        d.ellipse((ex - 8, top + 94, ex + 8, top + 110), fill=(30, 20, 10))
    d.line((cx, top + 110, cx - 12, top + 165, cx + 6, top + 170), fill=(150, 100, 80), width=4)
    d.arc((cx - 45, top + 175, cx + 45, top + 215), 10, 170, fill=(120, 40, 40), width=6)
    # Skin and hair texture, as a camera records it.
    arr = np.asarray(img).astype(np.int16)
    arr += rng.integers(-12, 13, size=arr.shape, dtype=np.int16)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")


def edge_energy(img: Image.Image) -> float:
    return float(np.asarray(img.convert("L").filter(ImageFilter.FIND_EDGES), np.float64).mean())


def detail_variance(img: Image.Image) -> float:
    """Variance of what a small blur removes: the fine detail features are made of."""
    grey = img.convert("L")
    high = np.asarray(grey, np.float64) - np.asarray(grey.filter(ImageFilter.GaussianBlur(2)),
                                                     np.float64)
    return float(high.var())


def feature_correlation(a: Image.Image, b: Image.Image) -> float:
    """How much of the face's layout (eyes, brows, mouth at 24x24) survives in ``b``."""
    def band(img: Image.Image) -> np.ndarray:
        small = np.asarray(img.convert("L").resize((24, 24), Image.Resampling.BOX), np.float64)
        small -= np.asarray(Image.fromarray(small.astype(np.uint8)).filter(
            ImageFilter.GaussianBlur(4)), np.float64)
        return small.ravel()
    x, y = band(a), band(b)
    return float(np.corrcoef(x, y)[0, 1])


def test_blurred_face_keeps_no_recognisable_detail():
    img = photo_like()
    out = ie.apply_edits(img, [ie.blur_rect(FACE)])
    before, after = img.crop(FACE), out.crop(FACE)
    edge_ratio = edge_energy(before) / edge_energy(after)
    detail_ratio = detail_variance(before) / detail_variance(after)
    corr = feature_correlation(before, after)
    print(f"\nface blur: edge energy /{edge_ratio:.0f}, detail variance /{detail_ratio:.0f}, "
          f"feature correlation {corr:.2f}")
    assert edge_ratio > 5  # (the edge filter's floor on smooth areas caps this near 9)
    assert detail_ratio > 100
    assert corr < 0.45  # the layout of eyes, brows and mouth is gone; a blob is left
    # Outside the rectangle nothing changed (well clear of the edge).
    assert np.array_equal(np.asarray(img.crop((0, 0, 300, 768))), np.asarray(out.crop((0, 0, 300, 768))))


def test_a_light_blur_would_fail_the_same_measure():
    # The measure is not toothless: a 3 px Gaussian blur leaves a face recognisable.
    img = photo_like()
    weak = img.crop(FACE).filter(ImageFilter.GaussianBlur(3))
    assert feature_correlation(img.crop(FACE), weak) > 0.8


def test_brush_blurs_along_the_stroke_only():
    img = photo_like()
    stroke = ie.blur_stroke([(440, 290), (600, 290)], radius=30)  # across the eyes
    out = ie.apply_edits(img, [stroke])
    eyes = (450, 270, 590, 310)
    assert detail_variance(img.crop(eyes)) / detail_variance(out.crop(eyes)) > 100
    chin = (470, 360, 570, 420)
    assert np.array_equal(np.asarray(img.crop(chin)), np.asarray(out.crop(chin)))


def test_crop_applies_last_in_whole_picture_coordinates():
    img = photo_like()
    out = ie.apply_edits(img, [ie.crop((100, 50, 500, 350)), ie.blur_rect((0, 0, 200, 200)),
                               ie.crop((10, 20, 810, 620))])
    assert out.size == (800, 600)  # the last crop wins
    # The blur was drawn on the whole picture: its edge sits at x=200, y=200 there.
    blurred = out.crop((0, 0, 180, 170))
    assert detail_variance(blurred) < detail_variance(img.crop((10, 20, 190, 190))) / 50
    with pytest.raises(BadDataError) as err:
        ie.apply_edits(img, [ie.crop((10, 10, 15, 400))])
    assert "too small" in err.value.user_message


def test_edit_is_deterministic_and_the_result_carries_no_metadata():
    img = photo_like()
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[0x9003] = "2026:03:01 10:22:00"
    src = io.BytesIO()
    img.save(src, "JPEG", quality=95, exif=exif)
    edits = [ie.blur_rect(FACE), ie.crop((300, 100, 800, 600))]
    first = ie.edit_image(src.getvalue(), edits, jpeg_quality=80)
    second = ie.edit_image(src.getvalue(), edits, jpeg_quality=80)
    assert first.data == second.data
    assert (first.width, first.height) == (500, 500) and first.mime == privacy.JPEG
    out = Image.open(io.BytesIO(first.data))
    assert not out.getexif() and "exif" not in out.info and "icc_profile" not in out.info


def test_edits_round_trip_as_plain_data():
    edits = [ie.crop((1, 2, 300, 400)), ie.blur_rect((5, 6, 70, 80)),
             ie.blur_stroke([(1, 1), (9, 9)], 12)]
    assert [ie.Edit.from_dict(e.as_dict()) for e in edits] == edits
    with pytest.raises(BadDataError):
        ie.apply_edits(photo_like(64, 64), [ie.Edit("paint")])
