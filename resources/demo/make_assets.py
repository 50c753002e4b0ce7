"""Regenerate the demo course pictures (PNG, Pillow) and the pocket card (PDF, Qt).

Run from the repository root:  .venv/bin/python resources/demo/make_assets.py
The outputs are committed; re-run only after changing a drawing. Pictures use
Pillow's built-in font so they come out the same on every machine, are saved
as small palette PNGs (< 60 KB, trainees download them over 2G), and every
colour carries a text label too, for colour-blind readers.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
COURSES = HERE / "courses"
W, H = 800, 500
INK = (33, 33, 33)
GREY = (97, 97, 97)
PAPER = (255, 255, 255)
RED, ORANGE, YELLOW, GREEN, BLUE = (198, 40, 40), (239, 108, 0), (249, 168, 37), (46, 125, 50), (21, 101, 192)
DEMO = "DEMO MATERIAL - NOT CLINICAL GUIDANCE"


def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.load_default(size=size)


def canvas(title: str) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    img = Image.new("RGB", (W, H), PAPER)
    draw = ImageDraw.Draw(img)
    draw.text((W // 2, 28), title, font=font(30), fill=INK, anchor="mm")
    draw.text((W // 2, H - 16), DEMO, font=font(14), fill=GREY, anchor="mm")
    return img, draw


def box(draw: ImageDraw.ImageDraw, xy: tuple[int, int, int, int], fill: tuple[int, int, int],
        lines: list[str], *, text_fill: tuple[int, int, int] = PAPER, size: int = 20) -> None:
    draw.rounded_rectangle(xy, radius=12, fill=fill)
    x0, y0, x1, y1 = xy
    step = size + 6
    top = (y0 + y1) // 2 - step * (len(lines) - 1) // 2
    for i, line in enumerate(lines):
        draw.text(((x0 + x1) // 2, top + i * step), line, font=font(size if i else size + 4),
                  fill=text_fill, anchor="mm")


def save(img: Image.Image, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    img.quantize(colors=48, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        path, optimize=True)
    print(f"{path.relative_to(HERE)}: {path.stat().st_size // 1024} KB")


def abcde_flow(path: Path) -> None:
    img, draw = canvas("The ABCDE approach")
    steps = [("A", "Airway", "open? noisy?"), ("B", "Breathing", "rate, effort, SpO2"),
             ("C", "Circulation", "pulse, CRT, bleeding"), ("D", "Disability", "AVPU, glucose"),
             ("E", "Exposure", "look all over, keep warm")]
    colours = [RED, ORANGE, (173, 120, 0), GREEN, BLUE]
    x, y0, y1, w, gap = 20, 90, 300, 136, 20
    for i, ((letter, name, hint), colour) in enumerate(zip(steps, colours)):
        left = x + i * (w + gap)
        draw.rounded_rectangle((left, y0, left + w, y1), radius=14, fill=colour)
        draw.text((left + w // 2, y0 + 55), letter, font=font(64), fill=PAPER, anchor="mm")
        draw.text((left + w // 2, y0 + 130), name, font=font(20), fill=PAPER, anchor="mm")
        draw.multiline_text((left + w // 2, y0 + 170), hint.replace(", ", ",\n"), font=font(15),
                            fill=PAPER, anchor="mm", align="center")
        if i < len(steps) - 1:
            ax = left + w + 2
            draw.polygon([(ax, 185), (ax + gap - 4, 195), (ax, 205)], fill=INK)
    draw.line((W // 2, y1 + 10, W // 2, 340), fill=INK, width=3)
    box(draw, (90, 340, 710, 450), (245, 245, 245), [
        "Problem found? Treat it before moving on.",
        "Reassess from A after every intervention",
        "or any change. Call for help early.",
    ], text_fill=INK, size=19)
    save(img, path)


def triage_colours(path: Path) -> None:
    img, draw = canvas("Example triage categories")
    rows = [(RED, "RED - emergency", "seen immediately", "e.g. obstructed airway, fitting, shock"),
            (ORANGE, "ORANGE - very urgent", "within 10 minutes", "e.g. severe pain, fast breathing"),
            (YELLOW, "YELLOW - urgent", "within 1 hour", "e.g. moderate pain, stable fracture"),
            (GREEN, "GREEN - routine", "within 4 hours", "e.g. minor wound, walking, talking")]
    top, height = 62, 92
    for i, (colour, name, target, example) in enumerate(rows):
        y = top + i * (height + 8)
        text = INK if colour == YELLOW else PAPER
        draw.rounded_rectangle((30, y, 770, y + height), radius=10, fill=colour)
        draw.text((52, y + 28), name, font=font(26), fill=text, anchor="lm")
        draw.text((748, y + 28), target, font=font(22), fill=text, anchor="rm")
        draw.text((52, y + 66), example, font=font(17), fill=text, anchor="lm")
    draw.text((W // 2, H - 38), "Target times are examples; follow your local triage tool.",
              font=font(16), fill=GREY, anchor="mm")
    save(img, path)


def sbar(path: Path) -> None:
    img, draw = canvas("SBAR handover")
    rows = [("S", "Situation", "Who, where, and what is happening now"),
            ("B", "Background", "Relevant history, treatment so far"),
            ("A", "Assessment", "ABCDE findings, what you think is wrong"),
            ("R", "Recommendation", "What you need, by when; read back")]
    for i, (letter, name, hint) in enumerate(rows):
        y = 62 + i * 100
        draw.rounded_rectangle((30, y, 130, y + 88), radius=10, fill=BLUE)
        draw.text((80, y + 44), letter, font=font(54), fill=PAPER, anchor="mm")
        draw.text((155, y + 26), name, font=font(26), fill=INK, anchor="lm")
        draw.text((155, y + 62), hint, font=font(19), fill=GREY, anchor="lm")
    save(img, path)


def blood_loss_chart(path: Path) -> None:
    img, draw = canvas("Blood loss after birth: thresholds")
    x0, x1, y = 70, 730, 250
    scale = (x1 - x0) / 2500
    bands = [(0, 500, (200, 230, 201), "expected"), (500, 1000, YELLOW, "PPH"),
             (1000, 1500, ORANGE, "severe PPH"), (1500, 2500, RED, "major, life-threatening")]
    for low, high, colour, label in bands:
        a, b = x0 + low * scale, x0 + high * scale
        draw.rectangle((a, y - 50, b, y + 50), fill=colour)
        draw.text(((a + b) / 2, y - 80), label, font=font(18), fill=INK, anchor="mm")
    for ml in range(0, 2501, 500):
        x = x0 + ml * scale
        draw.line((x, y + 50, x, y + 64), fill=INK, width=2)
        draw.text((x, y + 80), f"{ml} mL", font=font(17), fill=INK, anchor="mm")
    notes = ["Visual estimates usually UNDER-estimate loss: measure (drape, weigh pads).",
             "Act on the woman's signs as well as the volume: shock index = HR / systolic BP.",
             "Shock index 1.0 or more: treat as severe bleeding and call for help."]
    for i, note in enumerate(notes):
        draw.text((W // 2, 370 + i * 30), note, font=font(17), fill=INK, anchor="mm")
    save(img, path)


def four_ts(path: Path) -> None:
    img, draw = canvas("Causes of PPH: the 4 Ts")
    cells = [(BLUE, ["TONE", "soft, poorly contracted uterus", "most common cause"]),
             (RED, ["TRAUMA", "tears, haematoma, rupture,", "uterine inversion"]),
             (GREEN, ["TISSUE", "retained placenta, membranes", "or clots"]),
             ((106, 27, 154), ["THROMBIN", "clotting problems: pre-eclampsia,", "abruption, sepsis, anticoagulants"])]
    for i, (colour, lines) in enumerate(cells):
        col, row = i % 2, i // 2
        x, y = 30 + col * 375, 62 + row * 205
        box(draw, (x, y, x + 365, y + 195), colour, lines, size=19)
    save(img, path)


def pocket_card(path: Path) -> None:
    """One A6 page of vector text (small, searchable, readable by screen readers)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QMarginsF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    writer = QPdfWriter(str(path))
    writer.setTitle("Triage pocket card (demo material)")
    writer.setCreator("TutorClient demo content")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A6), QPageLayout.Orientation.Portrait,
                                     QMarginsF(6, 6, 6, 6), QPageLayout.Unit.Millimeter))
    painter = QPainter(writer)
    width = writer.width()
    y = 0.0

    def text(line: str, size: float, *, bold: bool = False, colour: str = "#212121", height: float = 1.6) -> None:
        nonlocal y
        f = QFont("DejaVu Sans")
        f.setPointSizeF(size)
        f.setBold(bold)
        painter.setFont(f)
        painter.setPen(QColor(colour))
        h = size * height * 300 / 72
        painter.drawText(QRectF(0, y, width, h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
        y += h

    text("DEMO MATERIAL - NOT CLINICAL GUIDANCE", 7, bold=True, colour="#c62828")
    text("Triage pocket card", 13, bold=True)
    text("Primary survey: treat problems as you find them", 8, bold=True)
    for line in ["A  Airway: talking? noisy? obstructed? Protect the C-spine if injured",
                 "B  Breathing: rate, effort, SpO2, both sides moving?",
                 "C  Circulation: pulse, cap refill > 2 s, skin, bleeding - control it",
                 "D  Disability: AVPU, pupils, check glucose",
                 "E  Exposure: look all over, then keep warm"]:
        text(line, 6.5)
    y += 20
    text("Example categories (use your local tool)", 8, bold=True)
    for colour, line in [("#c62828", "RED  emergency: seen immediately"),
                         ("#ef6c00", "ORANGE  very urgent: within 10 minutes"),
                         ("#a07000", "YELLOW  urgent: within 1 hour"),
                         ("#2e7d32", "GREEN  routine: within 4 hours")]:
        text(line, 7, bold=True, colour=colour)
    y += 20
    text("Re-triage whenever the patient changes", 7)
    y += 20
    text("Danger signs in a child: see at once", 8, bold=True)
    for line in ["Obstructed or absent breathing, severe respiratory distress",
                 "Central cyanosis; cold hands with slow cap refill and weak fast pulse",
                 "Coma, convulsions or unusual sleepiness",
                 "Severe dehydration: lethargy, sunken eyes, very slow skin pinch"]:
        text(line, 6.5)
    y += 20
    text("Handover with SBAR", 8, bold=True)
    for line in ["S  Situation   B  Background", "A  Assessment   R  Recommendation, then read back"]:
        text(line, 6.5)
    painter.end()
    del app
    # Pin the PDF dates and random IDs (same length, so the xref offsets stay valid): re-running
    # the script then gives the same bytes, so a re-import uploads nothing new.
    data = path.read_bytes()
    data = re.sub(rb"\(D:\d{14}", b"(D:20250101000000", data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", b"2025-01-01T00:00:00", data)
    data = re.sub(rb"uuid:[0-9a-f-]{36}", b"uuid:00000000-0000-0000-0000-000000000000", data)
    data = re.sub(rb"/ID \[\s*<[0-9a-fA-F]+>\s*<[0-9a-fA-F]+>\s*\]",
                  lambda m: b"/ID " + re.sub(rb"[0-9a-fA-F]", b"0", m[0][4:]), data)
    path.write_bytes(data)
    print(f"{path.relative_to(HERE)}: {path.stat().st_size // 1024} KB")


def main() -> None:
    triage = COURSES / "emergency-triage"
    pph = COURSES / "postpartum-haemorrhage"
    abcde_flow(triage / "01-primary-survey" / "images" / "abcde-flow.png")
    triage_colours(triage / "02-triage-in-practice" / "images" / "triage-colours.png")
    sbar(triage / "02-triage-in-practice" / "images" / "sbar.png")
    blood_loss_chart(pph / "01-recognition" / "images" / "blood-loss-chart.png")
    four_ts(pph / "01-recognition" / "images" / "four-ts.png")
    pocket_card(triage / "02-triage-in-practice" / "triage-pocket-card.pdf")


if __name__ == "__main__":
    main()
