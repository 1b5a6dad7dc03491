"""Render every icon file the installers need from the one source, resources/icons/coopdesk.svg.

    .venv/bin/pip install pillow        # build-time tool only, not a runtime dependency
    .venv/bin/python packaging/render_icons.py

Writes (and overwrites):

- resources/icons/hicolor/NxN/apps/org.coopdesk.CooperationDesk.png for the freedesktop
  sizes (16 ... 512) and resources/icons/hicolor/scalable/apps/org.coopdesk.CooperationDesk.svg
- packaging/windows/coopdesk.ico (16, 20, 24, 32, 40, 48, 64, 128, 256)
- packaging/macos/coopdesk.icns (16 ... 1024, with the @2x variants)
- resources/icons/hicolor/SOURCE.sha256: the SVG's hash, so a test can tell that the renders
  are stale after an edit of the SVG.

The SVG is rendered by Qt's own SVG renderer (PySide6 is already installed), so the same
script works on Linux, Windows and macOS without librsvg or ImageMagick. `--check` renders
nothing and exits 1 when the renders are missing or older than the SVG.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "coopdesk.svg"
APP_ID = "org.coopdesk.CooperationDesk"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
STAMP = HICOLOR / "SOURCE.sha256"
ICO = ROOT / "packaging" / "windows" / "coopdesk.ico"
ICNS = ROOT / "packaging" / "macos" / "coopdesk.icns"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def source_hash() -> str:
    return hashlib.sha256(SVG.read_bytes()).hexdigest()


def png_path(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(size: int):
    """The SVG as a size x size RGBA Pillow image, antialiased, transparent background."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice, QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not an SVG that Qt can render")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    rendered = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")
    # Un-premultiplying rounds the colour of nearly transparent edge pixels to nonsense
    # (alpha 1 becomes pure blue): make those fully transparent.
    alpha = rendered.getchannel("A").point(lambda a: 0 if a < 3 else 255)
    clean = Image.new("RGBA", rendered.size, (0, 0, 0, 0))
    clean.paste(rendered, mask=alpha)
    return clean


def stale() -> list[str]:
    problems = [
        str(p.relative_to(ROOT)) + " is missing"
        for p in [*(png_path(s) for s in PNG_SIZES), ICO, ICNS, STAMP]
        if not p.exists()
    ]
    if STAMP.exists() and STAMP.read_text().split()[0] != source_hash():
        problems.append("the renders are older than coopdesk.svg")
    return problems


def main(argv: list[str]) -> int:
    if "--check" in argv:
        problems = stale()
        for problem in problems:
            print(problem)
        if problems:
            print("run: python packaging/render_icons.py")
        return 1 if problems else 0

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (kept alive)
    images: dict[int, Image.Image] = {}
    for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES}):
        images[size] = render(size)
        if size in PNG_SIZES:
            png_path(size).parent.mkdir(parents=True, exist_ok=True)
            images[size].save(png_path(size), format="PNG", optimize=True)
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)

    # Pillow writes each size we hand it (instead of scaling the largest one down).
    ICO.parent.mkdir(parents=True, exist_ok=True)
    images[256].save(
        ICO,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != 256],
    )
    ICNS.parent.mkdir(parents=True, exist_ok=True)
    images[1024].save(
        ICNS, format="ICNS", append_images=[images[s] for s in ICNS_SIZES if s != 1024]
    )
    STAMP.write_text(f"{source_hash()}  coopdesk.svg\n")
    for path in [*(png_path(s) for s in PNG_SIZES), scalable, ICO, ICNS]:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
