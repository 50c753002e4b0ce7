"""Screenshots of lessons that use every content feature, in the real LessonBrowser.

``QT_QPA_PLATFORM=offscreen python -m tutorclient.ui.screenshots_content OUTDIR`` writes
one 1366x768 PNG per feature lesson, to compare with how GitHub shows the same file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from tutorclient import paths
from tutorclient.ui.views.reader import LessonBrowser

SHA_XRAY, SHA_ECG = "a" * 64, "b" * 64

LESSONS = {
    "tables_with_images": f"""# Postpartum haemorrhage: drugs

| Drug | Dose | Route | Picture |
|---|---|:---:|---|
| Oxytocin | 10 IU<br>IM | IM | ![Oxytocin ampoule](blob:{SHA_XRAY}) |
| Misoprostol | 800 µg | SL | |
| Ergometrine | 0.2 mg<br/>IM | IM | ![[blob:{SHA_ECG}\\|120]] |
## Common stains
- Gram stain
- Ziehl–Neelsen
""",
    "wide_table": """# Glycolysis enzymes

| Step | Enzyme | Substrate | Product | Regulation | Clinical relevance |
|---|---|---|---|---|---|
| 1 | Hexokinase / glucokinase | Glucose | Glucose-6-phosphate | Inhibited by glucose-6-phosphate | MODY type 2 (glucokinase) |
| 3 | Phosphofructokinase-1 | Fructose-6-phosphate | Fructose-1,6-bisphosphate | Activated by AMP, fructose-2,6-bisphosphate | Tarui disease (glycogen storage VII) |
| 4 | Aldolase | Fructose-1,6-bisphosphate | Dihydroxyacetone phosphate + glyceraldehyde-3-phosphate | — | Hereditary fructose intolerance (aldolase B) |
| 10 | Pyruvate kinase | Phosphoenolpyruvate | Pyruvate | Inhibited by ATP, alanine | Haemolytic anaemia |
""",
    "callouts": """# Magnesium sulfate

> [!note] Before you start
> Check the patellar reflex and the respiratory rate.

> [!tip]
> Keep calcium gluconate at the bedside.

> [!warning] Loading dose
> 4 g IV over 5–10 minutes, **then** 1 g/hour.

> [!danger] Toxicity
> Stop the infusion if the respiratory rate falls below 12/min.

> An ordinary block quote keeps a grey bar on the left.
""",
    "maths": r"""# Doses and formulas

Creatinine clearance (Cockcroft–Gault):

$$
CrCl = \frac{(140 - \text{age}) \times \text{weight}}{72 \times S_{Cr}}
$$

Keep $SpO_2 \geq 94\%$; neutrophils $> 1.5 \times 10^9/L$; the dose is $15\,\text{mg}/\text{kg}$ and
$\alpha$-agonists raise $\Delta P$. Prices such as $5 and $10 stay as written.
""",
    "footnotes_lists": """# Sepsis bundle

Give antibiotics within the hour[^surviving] and measure lactate.[^lactate]

- [x] Blood cultures
- [ ] Broad-spectrum antibiotics
- [ ] Fluids 30 mL/kg

qSOFA
: Respiratory rate ≥ 22, altered mentation, systolic BP ≤ 100.

Water is H<sub>2</sub>O and the area is 3 m<sup>2</sup>.<hr>This line follows an hr without a slash.

[^surviving]: Evans L et al. Surviving Sepsis Campaign, 2021.
[^lactate]: Repeat if the first lactate is above 2 mmol/L.
""",
}


def _picture(color: str, width: int, height: int, label: str) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    painter = QPainter(image)
    painter.drawText(10, 30, label)
    painter.end()
    return image


def main(argv: list[str] | None = None) -> int:
    out = paths.output_dir((argv or sys.argv[1:] or ["/tmp/content-shots"])[0])
    app = QApplication.instance() or QApplication([])
    images = {SHA_XRAY: _picture("#8fb3d9", 900, 600, "X-ray 900x600"),
              SHA_ECG: _picture("#d9b38f", 700, 300, "ECG 700x300")}
    for name, markdown in LESSONS.items():
        browser = LessonBrowser()
        browser.resize(1366, 768)
        browser.show()
        app.processEvents()
        browser.show_markdown(markdown, images)
        app.processEvents()
        browser.grab().save(str(out / f"{name}.png"))
        browser.close()
    print(f"wrote {len(LESSONS)} screenshots to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
