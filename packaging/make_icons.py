#!/usr/bin/env python3
"""Render the app icon (resources/officeplanner.svg) for the installers, at build time.

    python packaging/make_icons.py            # -> packaging/build/officeplanner.{ico,icns}
    python packaging/make_icons.py --out DIR

Why at build time and not committed: the SVG is the one source, so a changed logo can
never leave a stale .ico/.icns behind in git. Qt's own SVG renderer (QSvgRenderer, on
the offscreen platform, so no display is needed) draws each size from the vector -
a 16 px icon drawn at 16 px, not a 1024 px one shrunk - exactly as the app draws the
icon in its window; Pillow (the ``package`` extra) packs the PNGs into the Windows
.ico and the macOS .icns (it writes ICNS on every platform, so no ``iconutil``).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "officeplanner.svg"
OUT = ROOT / "packaging" / "build"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
#: Windows Explorer shows at most 256 px from an .ico.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: The sizes an .icns holds (16..512 and their @2x, up to 1024).
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_pngs(svg: Path, out: Path, sizes: tuple[int, ...] = SIZES) -> dict[int, Path]:
    """``size -> PNG`` rendered by QSvgRenderer into a transparent, antialiased image."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # kept alive
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    out.mkdir(parents=True, exist_ok=True)
    pngs: dict[int, Path] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        path = out / f"officeplanner_{size}.png"
        if not image.save(str(path)):  # the format from the .png suffix
            raise SystemExit(f"could not write {path}")
        pngs[size] = path
    return pngs


def write_ico(pngs: dict[int, Path], target: Path) -> None:
    """A multi-size .ico from the rendered PNGs (each size its own rendering)."""
    from PIL import Image

    images = [Image.open(pngs[s]).convert("RGBA") for s in ICO_SIZES]
    largest = images[-1]
    largest.save(
        target,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=images[:-1],
    )


def write_icns(pngs: dict[int, Path], target: Path) -> None:
    """A .icns with every size macOS asks for, from the rendered PNGs."""
    from PIL import Image

    images = [Image.open(pngs[s]).convert("RGBA") for s in ICNS_SIZES]
    images[-1].save(target, format="ICNS", append_images=images[:-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--svg", type=Path, default=SVG, help="the icon's SVG source")
    parser.add_argument("--out", type=Path, default=OUT, help="where the icons are written")
    args = parser.parse_args(argv)
    pngs = render_pngs(args.svg, args.out / "icons")
    ico = args.out / "officeplanner.ico"
    icns = args.out / "officeplanner.icns"
    write_ico(pngs, ico)
    write_icns(pngs, icns)
    for path in (*pngs.values(), ico, icns):
        print(
            f"{path.relative_to(args.out) if path.is_relative_to(args.out) else path}"
            f"  {path.stat().st_size:,} bytes"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
