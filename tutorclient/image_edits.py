"""Hiding what identifies a patient in a photo: crop, and blur by rectangle or brush.

The edit dialog (``tutorclient/ui/views/image_editor.py``) only collects a list
of :class:`Edit` operations in the image's own pixel coordinates; the pixels
are changed here, with Pillow and no Qt, so the result is the same on every
machine and testable without widgets.

Blurs are applied first, all together through one mask, then the last crop.
Every coordinate refers to the whole (uncropped) picture, so undoing a step
is dropping it from the list. A blur pixelates and then smooths, with a block
size relative to the picture: a face covered by it keeps no features that could
be recognised (``tests/test_image_edits.py`` measures the detail left).

The result is encoded again by :func:`tutorclient.privacy.prepare_image`, so
it carries no metadata, as when a photo is first added.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from sync.errors import BadDataError

from . import privacy

if TYPE_CHECKING:
    from PIL import Image

CROP, BLUR_RECT, BLUR_STROKE = "crop", "blur_rect", "blur_stroke"
KINDS = (CROP, BLUR_RECT, BLUR_STROKE)
#: The smallest crop kept, per side: anything smaller is a slip of the mouse.
MIN_CROP = 16
#: Quality of the in-between JPEG a picture is edited from; the final one uses the
#: size the trainee chose, so the edit costs no visible second compression.
PREVIEW_QUALITY = 95

Box = tuple[int, int, int, int]  # left, top, right, bottom; right and bottom exclusive


@dataclass(frozen=True)
class Edit:
    """One step: a crop box, a blurred rectangle, or a brush stroke (points and radius)."""

    kind: str
    box: Box | None = None
    points: tuple[tuple[int, int], ...] = ()
    radius: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "box": list(self.box) if self.box else None,
                "points": [list(p) for p in self.points], "radius": self.radius}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Edit:
        box = data.get("box")
        return cls(str(data["kind"]), tuple(int(v) for v in box) if box else None,  # type: ignore[arg-type]
                   tuple((int(x), int(y)) for x, y in data.get("points") or ()),
                   int(data.get("radius") or 0))


def crop(box: Box) -> Edit:
    return Edit(CROP, box=box)


def blur_rect(box: Box) -> Edit:
    return Edit(BLUR_RECT, box=box)


def blur_stroke(points: Iterable[tuple[int, int]], radius: int) -> Edit:
    return Edit(BLUR_STROKE, points=tuple(points), radius=radius)


def block_size(width: int, height: int) -> int:
    """Side of a blur's pixel blocks: 1/24 of the longest side, never under 8 px.

    A face that fills a fifth of a picture's width is then about five blocks
    across, too few to recognise anyone, and the smoothing (as wide as a block)
    hides the block edges, which would otherwise outline the face.
    """
    return max(8, round(max(width, height) / 24))


def _clamp(box: Box, width: int, height: int) -> Box | None:
    left, top, right, bottom = box
    left, right = sorted((max(0, min(width, left)), max(0, min(width, right))))
    top, bottom = sorted((max(0, min(height, top)), max(0, min(height, bottom))))
    return (left, top, right, bottom) if right > left and bottom > top else None


def crop_box(edits: Sequence[Edit], width: int, height: int) -> Box | None:
    """The crop that applies (the last one), inside the picture; None when there is none."""
    crops = [e for e in edits if e.kind == CROP and e.box]
    if not crops:
        return None
    box = _clamp(crops[-1].box, width, height)  # type: ignore[arg-type]
    if box is None or box[2] - box[0] < MIN_CROP or box[3] - box[1] < MIN_CROP:
        raise BadDataError(f"crop {crops[-1].box} too small", user_message=(
            f"The crop is too small. Draw a box at least {MIN_CROP} pixels wide and high."))
    return box


def _obscured(img: Image.Image) -> Image.Image:
    """The whole picture pixelated and smoothed: what a blurred area shows."""
    from PIL import Image, ImageFilter

    block = block_size(img.width, img.height)
    small = img.resize((max(1, img.width // block), max(1, img.height // block)),
                       Image.Resampling.BOX)
    blocky = small.resize(img.size, Image.Resampling.NEAREST)
    return blocky.filter(ImageFilter.GaussianBlur(radius=block))


def _blur_mask(edits: Sequence[Edit], size: tuple[int, int]) -> Image.Image | None:
    from PIL import Image, ImageDraw

    blurs = [e for e in edits if e.kind in (BLUR_RECT, BLUR_STROKE)]
    if not blurs:
        return None
    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    for e in blurs:
        if e.kind == BLUR_RECT and e.box:
            box = _clamp(e.box, *size)
            if box:
                draw.rectangle((box[0], box[1], box[2] - 1, box[3] - 1), fill=255)
        elif e.points and e.radius > 0:
            r = e.radius
            if len(e.points) > 1:
                draw.line(list(e.points), fill=255, width=2 * r, joint="curve")
            for x, y in e.points:  # round ends and joins, and a single dab
                draw.ellipse((x - r, y - r, x + r, y + r), fill=255)
    return mask


def apply_edits(img: Image.Image, edits: Sequence[Edit]) -> Image.Image:
    """The picture with every blur applied, then cropped; ``img`` is not changed."""
    from PIL import Image

    unknown = sorted({e.kind for e in edits} - set(KINDS))
    if unknown:
        raise BadDataError(f"unknown image edits {unknown}")
    box = crop_box(edits, img.width, img.height)
    out = img.copy()
    mask = _blur_mask(edits, img.size)
    if mask is not None:
        out = Image.composite(_obscured(out), out, mask)
    return out.crop(box) if box else out


def _decode(data: bytes) -> Image.Image:
    from PIL import Image

    try:
        img = Image.open(io.BytesIO(data))
        img.load()
    except Exception as exc:  # our own prepared bytes: unreadable means damaged
        raise BadDataError(f"cannot decode picture: {exc}",
                           user_message="This picture could not be opened for editing.") from exc
    return img


def edit_image(data: bytes, edits: Sequence[Edit], *, jpeg_quality: int = 80) -> privacy.PreparedImage:
    """Apply ``edits`` to an image's bytes; the result is cleaned and encoded as when added."""
    img = _decode(data)
    edited = apply_edits(img, edits)
    lossless = io.BytesIO()
    edited.save(lossless, format="PNG")  # no second lossy step before the final encode
    prepared = privacy.prepare_image(lossless.getvalue(), max_side=max(16, *edited.size),
                                     jpeg_quality=jpeg_quality)
    return privacy.PreparedImage(prepared.data, prepared.mime, prepared.width, prepared.height,
                                 len(data))


@dataclass(frozen=True)
class EditorImages:
    """What the edit dialog shows: the picture, and the same picture wholly blurred (the
    dialog paints that one inside each blur shape, so the preview is the real result)."""

    picture: bytes
    obscured: bytes
    width: int
    height: int


def editor_images(data: bytes) -> EditorImages:
    """The dialog's two images from a picture's bytes (run on a lane, not the UI thread)."""
    img = _decode(data)
    out = io.BytesIO()
    _obscured(img.convert("RGB")).save(out, format="JPEG", quality=90)
    return EditorImages(data, out.getvalue(), img.width, img.height)
