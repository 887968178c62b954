"""The app icon in every hicolor size, drawn from our SVG with Qt (no other tool needed)."""

from __future__ import annotations

import os
import shutil
import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "acupressure-desktop.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_icons(target: Path, app_id: str) -> None:
    """Write ``<size>x<size>/apps/<app_id>.png`` for each size and ``scalable/apps/<app_id>.svg``."""
    for size in ICON_SIZES:
        folder = target / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{app_id}.png").write_bytes(render_png(size))
    scalable = target / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy(SOURCE, scalable / f"{app_id}.svg")


def render_png(size: int) -> bytes:
    """The icon as PNG bytes at ``size`` pixels."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: PLC0415
    from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    del app
    return bytes(data.data())


def write_ico(target: Path, sizes: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256)) -> None:
    """A Windows .ico holding one PNG per size (the format Windows Vista and later read)."""
    images = [render_png(size) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, image in zip(sizes, images, strict=True):
        edge = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    target.write_bytes(header + entries + b"".join(images))


def write_iconset(folder: Path) -> None:
    """A macOS .iconset folder; ``iconutil -c icns`` turns it into the .icns the .app needs."""
    folder.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 128, 256, 512):
        (folder / f"icon_{size}x{size}.png").write_bytes(render_png(size))
        (folder / f"icon_{size}x{size}@2x.png").write_bytes(render_png(size * 2))
