"""Draw the TutorClient icon: ``python installer/make_icons.py`` writes installer/icons/.

An open book on a teal rounded square, with a small green sync arc: simple
shapes that stay legible at 16 px. Writes the SVG (the source, for Linux
desktops), a 256 px PNG, and the Windows ``.ico`` and macOS ``.icns`` made from
it with Pillow. The outputs are committed, so a build never needs to run this.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "icons"
SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <rect x="8" y="8" width="240" height="240" rx="48" fill="#0f766e"/>
  <path d="M40 76 Q84 60 124 80 V196 Q84 176 40 192 Z" fill="#ffffff"/>
  <path d="M216 76 Q172 60 132 80 V196 Q172 176 216 192 Z" fill="#e6f4f1"/>
  <path d="M64 104 H104 M64 128 H104 M64 152 H96" stroke="#0f766e" stroke-width="8"
        stroke-linecap="round"/>
  <path d="M152 112 A32 32 0 1 1 150 150" fill="none" stroke="#16a34a" stroke-width="12"
        stroke-linecap="round"/>
  <path d="M138 96 L158 108 L140 124 Z" fill="#16a34a"/>
</svg>
"""


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    OUT.mkdir(exist_ok=True)
    (OUT / "tutorclient.svg").write_text(SVG, encoding="utf-8")
    _app = QGuiApplication(sys.argv[:1])
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(SVG.encode())).render(painter, QRectF(0, 0, 256, 256))
    painter.end()
    png = OUT / "tutorclient.png"
    image.save(str(png))
    from PIL import Image

    with Image.open(png) as icon:
        icon.save(OUT / "tutorclient.ico", sizes=[(16, 16), (32, 32), (48, 48), (256, 256)])
        icon.save(OUT / "tutorclient.icns")
    for path in sorted(OUT.iterdir()):
        print(f"{path.stat().st_size:>7} {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
