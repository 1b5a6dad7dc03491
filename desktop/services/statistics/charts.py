"""The report's charts as PNG images, drawn with Pillow.

Word needs pictures; drawing them here (not with Qt) keeps the services and the CLI free
of the GUI toolkit, so `coopdesk-cli report` works on a server. The app's Statistics page
draws the same figures live with Qt Charts.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import cache

from PIL import Image, ImageDraw, ImageFont

# A font with accented letters and « »: the first one the system has (Linux, Windows, macOS).
FONT_FILES = (
    "DejaVuSans.ttf",
    "segoeui.ttf",
    "arial.ttf",
    "Arial.ttf",
    "LiberationSans-Regular.ttf",
    "Helvetica.ttc",
)
BAR = (46, 94, 140)
GRID = (220, 224, 230)
TEXT = (33, 37, 41)
WIDTH = 1600


@cache
def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for name in FONT_FILES:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _fit(draw: ImageDraw.ImageDraw, text: str, width: int, size: int) -> str:
    """Cut a label with … so it stays inside `width` pixels."""
    if draw.textlength(text, font=font(size)) <= width:
        return text
    while text and draw.textlength(text + "…", font=font(size)) > width:
        text = text[:-1]
    return text + "…"


def _scale_top(largest: float) -> float:
    """A round top for the axis: 1, 2, 5, 10, 20, 50 ... at or above the largest value."""
    top = 1.0
    while top < largest:
        for factor in (2, 2.5, 2):
            top *= factor
            if top >= largest:
                break
    return top


def horizontal_bars(
    title: str, labels: Sequence[str], values: Sequence[float], value_texts: Sequence[str]
) -> bytes:
    """One bar per label, longest labels on the left: kinds, organs, authorities."""
    row, top_margin, label_width = 54, 90, 640
    height = top_margin + row * max(1, len(labels)) + 30
    image = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    draw.text((20, 20), title, font=font(34), fill=TEXT)
    left, right = label_width + 30, WIDTH - 140
    top = _scale_top(max(values, default=0) or 1)
    for i, (label, value, text) in enumerate(zip(labels, values, value_texts, strict=True)):
        y = top_margin + i * row
        draw.text((20, y + 10), _fit(draw, label, label_width, 30), font=font(30), fill=TEXT)
        end = left + (right - left) * (value / top)
        draw.rectangle((left, y + 6, max(left + 2, end), y + row - 8), fill=BAR)
        draw.text((end + 12, y + 10), text, font=font(30), fill=TEXT)
    draw.line((left, top_margin - 6, left, height - 24), fill=GRID, width=3)
    return _png(image)


def vertical_bars(
    title: str, labels: Sequence[str], values: Sequence[float], value_texts: Sequence[str]
) -> bytes:
    """One column per label, in order: months, day ranges, shares."""
    height, top_margin, bottom = 720, 110, 120
    image = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    draw.text((20, 20), title, font=font(34), fill=TEXT)
    left, right = 110, WIDTH - 40
    base = height - bottom
    top = _scale_top(max(values, default=0) or 1)
    for step in range(5):
        value = top * step / 4
        y = base - (base - top_margin) * step / 4
        draw.line((left, y, right, y), fill=GRID, width=2)
        draw.text((20, y - 14), f"{value:g}", font=font(22), fill=TEXT)
    count = max(1, len(labels))
    slot = (right - left) / count
    for i, (label, value, text) in enumerate(zip(labels, values, value_texts, strict=True)):
        x = left + i * slot
        y = base - (base - top_margin) * (value / top)
        draw.rectangle((x + slot * 0.18, y, x + slot * 0.82, base), fill=BAR)
        center = x + slot / 2
        draw.text((center, y - 10), text, font=font(30), fill=TEXT, anchor="md")
        lines = "\n".join(_fit(draw, line, int(slot) - 8, 26) for line in label.split("\n"))
        draw.multiline_text(
            (center, base + 14), lines, font=font(26), fill=TEXT, anchor="ma", align="center"
        )
    return _png(image)
