"""List views that wrap long text instead of scrolling sideways (a projector has no mouse)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListView


def wrap_text(view: QListView) -> None:
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    # Lay rows out a batch at a time: with thousands of word-wrapped cards, measuring every row
    # on each insert would cost far more than a frame.
    view.setLayoutMode(QListView.LayoutMode.Batched)
    view.setBatchSize(100)
