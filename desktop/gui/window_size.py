"""The size a window opens at: what its content wants, within the screen it opens on."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

FRAME = 40  # pixels the window manager adds outside a window: its title bar, its borders


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """`width` x `height`, or the free area of the window's screen where that is smaller.

    A 1366 x 768 laptop, or 1920 x 1080 at 150 %, leaves about 1366 x 728 or 1280 x 680
    beside the taskbar; Qt opens a window at the size asked even when it is taller, with
    its bottom (the buttons, the status bar) off the screen.
    """
    screen = window.screen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, free.width())
        height = min(height, free.height() - FRAME)
    window.resize(width, height)
