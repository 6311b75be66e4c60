"""Draws Seam's app icon and writes resources/icons/seam.{png,ico,icns}; run when the look changes.

Two halves in the Product and Engineering role colours, stitched together down the middle: the
seam where the two sides meet. Qt draws it (offscreen, no display needed); Pillow, which reportlab
already brings, packs the Windows .ico and the macOS .icns from the same drawing.

    .venv/bin/python tools/make_icon.py
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
sys.path.insert(0, str(ROOT))

from facilitation.roles import ROLE_COLOURS, Role  # noqa: E402

MASTER = 1024  # drawn once this large, then scaled down
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
# macOS wants up to 1024 px for Retina; Pillow picks the .icns entries from the image it is given.
ICNS_SIZES = [(16, 16), (32, 32), (64, 64), (128, 128), (256, 256), (512, 512), (1024, 1024)]


def draw(size: int = MASTER) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin = size * 0.06
    tile = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    corner = size * 0.2
    outline = QPainterPath()
    outline.addRoundedRect(tile, corner, corner)
    painter.setClipPath(outline)
    middle = size / 2
    painter.fillRect(QRectF(0, 0, middle, size), QColor(ROLE_COLOURS[Role.PRODUCT]))
    painter.fillRect(QRectF(middle, 0, size - middle, size), QColor(ROLE_COLOURS[Role.ENGINEERING]))
    _stitches(painter, size, middle, tile)
    painter.end()
    return image


def _stitches(painter: QPainter, size: int, middle: float, tile: QRectF) -> None:
    """Cross-stitches over the join: bold enough to survive being drawn at 16 px."""
    pen = QPen(QColor("white"))
    pen.setWidthF(size * 0.045)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    count = 5
    step = tile.height() / (count + 1)
    half = size * 0.09
    for index in range(1, count + 1):
        y = tile.top() + index * step
        painter.drawLine(
            QPointF(middle - half, y - half * 0.6), QPointF(middle + half, y + half * 0.6)
        )


def _pillow(image: QImage) -> Image.Image:
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = bytes(rgba.constBits())
    return Image.frombuffer("RGBA", (rgba.width(), rgba.height()), data, "raw", "RGBA", 0, 1)


def main() -> None:
    QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    master = _pillow(draw())
    # The window icon on Linux and the source the other formats come from.
    master.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS / "seam.png", optimize=True)
    master.save(ICONS / "seam.ico", sizes=ICO_SIZES)
    master.save(ICONS / "seam.icns", sizes=ICNS_SIZES)
    for name in ("seam.png", "seam.ico", "seam.icns"):
        print(f"{ICONS / name}: {(ICONS / name).stat().st_size} bytes")


if __name__ == "__main__":
    main()
