"""The card list measures each card once: rows as tall as their text, a new card in sight."""

from collections.abc import Callable
from functools import partial

import pytest
from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QImage
from PySide6.QtWidgets import QListWidget, QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from app.ui.boards.cards_board import CardsBoard
from app.ui.main_window import MainWindow
from facilitation.board import add_card
from facilitation.roles import Role
from tests.ui.conftest import Keyboard
from tests.ui.on_screen import current_board
from widgets.card_list_view import CardListView, card_list_view
from widgets.lists import wrap_text

LONG = "The vendor changed their API twice and nobody on our side noticed until the pilot " * 4
K = Qt.Key
Shown = Callable[[list[str] | QStringListModel], CardListView]  # the `shown` fixture


class CountingDelegate(QStyledItemDelegate):
    """Counts the rows it is asked to measure."""

    def __init__(self) -> None:
        super().__init__()
        self.measured: list[int] = []

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        self.measured.append(index.row())
        return super().sizeHint(option, index)


def counting(view: CardListView) -> CountingDelegate:
    """A delegate that counts what it measures from now on, set on `view` after a full layout."""
    delegate = CountingDelegate()
    view.setItemDelegate(delegate)
    view.doItemsLayout()
    delegate.measured.clear()
    return delegate


@pytest.fixture
def shown(qtbot: QtBot) -> Shown:
    def make(rows: list[str] | QStringListModel) -> CardListView:
        model = rows if isinstance(rows, QStringListModel) else QStringListModel(rows)
        view = card_list_view(model, "Cards")
        view.resize(400, 300)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitExposed(view)
        view.doItemsLayout()
        return view

    return make


def rect_of(view: CardListView, row: int) -> tuple[int, int]:
    rect = view.visualRect(view.model().index(row, 0))
    return rect.top(), rect.height()


def test_rows_are_as_tall_as_their_text_and_grow_when_the_view_narrows(
    shown: Shown,
) -> None:
    view = shown(["Short", LONG, "Short again"])
    (short_top, short), (long_top, tall), (after_top, _) = (rect_of(view, r) for r in range(3))
    assert tall >= 3 * short, "the long card wraps over several lines"
    assert (long_top, after_top) == (short_top + short, long_top + tall), "rows do not overlap"

    view.resize(250, 300)
    view.doItemsLayout()  # Qt runs this after a resize
    assert rect_of(view, 1)[1] > tall


def test_a_larger_font_measures_every_row_again(shown: Shown, qtbot: QtBot) -> None:
    view = shown(["Short", LONG])
    before = [rect_of(view, row)[1] for row in range(2)]
    size = view.fontInfo().pixelSize()
    view.setStyleSheet(f"font-size: {2 * size}px")  # as the zoom keys do, through a style sheet
    qtbot.waitUntil(lambda: rect_of(view, 0)[1] > before[0])
    assert rect_of(view, 1)[1] > before[1]


def test_adding_a_card_measures_only_that_card_and_can_scroll_to_it(
    shown: Shown,
) -> None:
    view = shown([f"card {n}" for n in range(500)])
    delegate = counting(view)

    model = view.model()
    assert isinstance(model, QStringListModel)
    model.insertRows(500, 1)
    model.setData(model.index(500, 0), LONG)
    view.scrollToBottom()

    assert set(delegate.measured) == {500}
    top, height = rect_of(view, 500)
    assert height > rect_of(view, 499)[1]
    assert top >= 0 and top + height <= view.viewport().height(), "the new card is in sight"


class ItalicModel(QStringListModel):
    """Rows in italics, as hidden cards are: a new QFont object for every call, as models do."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return super().data(index, role)


def test_an_unchanged_refresh_of_italic_rows_measures_nothing(
    shown: Shown,
) -> None:
    view = shown(ItalicModel([f"card {n}" for n in range(20)]))
    delegate = counting(view)

    model = view.model()
    model.dataChanged.emit(model.index(0, 0), model.index(19, 0))
    assert delegate.measured == []


def test_an_unchanged_refresh_measures_nothing_and_an_edit_only_its_row(
    shown: Shown,
) -> None:
    view = shown([f"card {n}" for n in range(50)])
    delegate = counting(view)
    model = view.model()

    model.dataChanged.emit(model.index(0, 0), model.index(49, 0))
    assert delegate.measured == []

    before = rect_of(view, 8)
    model.setData(model.index(7, 0), LONG)
    assert delegate.measured == [7]
    assert rect_of(view, 8)[0] > before[0], "the rows below the longer card move down"


def test_removing_a_card_closes_the_gap(shown: Shown) -> None:
    view = shown(["one", LONG, "three"])
    top_of_second = rect_of(view, 1)[0]
    view.model().removeRows(1, 1)
    assert rect_of(view, 1)[0] == top_of_second
    assert not view.visualRect(view.model().index(2, 0)).isValid()


def test_points_and_rows_agree(shown: Shown) -> None:
    view = shown([LONG if n % 3 == 0 else f"card {n}" for n in range(60)])
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    for row in range(60):
        rect = view.visualRect(view.model().index(row, 0))
        if rect.intersects(view.viewport().rect()):
            assert view.indexAt(rect.center()).row() == row


def test_no_card_below_the_last(shown: Shown) -> None:
    view = shown(["one", "two"])
    top, height = rect_of(view, 1)
    assert view.indexAt(QPoint(5, top + height - 1)).row() == 1
    assert not view.indexAt(QPoint(5, top + height + 5)).isValid()


def test_keys_move_the_current_card_and_keep_it_in_sight(shown: Shown, qtbot: QtBot) -> None:
    view = shown([LONG if n % 4 == 0 else f"card {n}" for n in range(80)])
    view.setCurrentIndex(view.model().index(0, 0))

    def press(key: Qt.Key) -> None:
        qtbot.keyClick(view, key)

    def current() -> int:
        return view.currentIndex().row()

    def in_sight() -> bool:
        top, height = rect_of(view, current())
        return top >= 0 and top + height <= view.viewport().height()

    press(K.Key_Down)
    assert current() == 1
    press(K.Key_PageDown)
    assert current() > 2 and in_sight()
    press(K.Key_End)
    assert current() == 79 and in_sight()
    press(K.Key_Down)
    assert current() == 79
    press(K.Key_PageUp)
    assert current() < 79 and in_sight()
    press(K.Key_Home)
    assert current() == 0 and in_sight()


def test_a_click_selects_the_card_under_it_and_it_is_painted_selected(
    shown: Shown, qtbot: QtBot
) -> None:
    view = shown(["one", "two", "three"])
    second, third = (view.visualRect(view.model().index(row, 0)) for row in (1, 2))
    before = view.viewport().grab().toImage()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=second.center())
    assert view.currentIndex().row() == 1

    after = view.viewport().grab().toImage()

    def corner(image: QImage, rect: QRect) -> QColor:
        return QColor(image.pixel(rect.left() + 2, rect.bottom() - 2))

    assert corner(after, second) != corner(before, second), "the selected card is painted so"
    assert corner(after, third) == corner(before, third)


def test_any_wrapped_list_scrolls_to_its_last_row(qtbot: QtBot) -> None:
    rows = QListWidget()
    wrap_text(rows)
    rows.addItems([f"row {n}" for n in range(150)])
    rows.resize(400, 300)
    qtbot.addWidget(rows)
    rows.show()
    qtbot.waitExposed(rows)
    rows.addItem("the newest row")
    rows.scrollToBottom()
    last = rows.visualItemRect(rows.item(150))
    assert last.isValid() and rows.viewport().rect().contains(last)


def test_a_card_typed_on_a_board_of_hundreds_is_on_screen_at_once(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("premortem", "reasons")
    controller = window.controller
    assert controller is not None
    for n in range(300):
        controller.run(partial(add_card, phase_id="reasons", text=f"reason {n}", role=Role.PRODUCT))
    board = current_board(window, CardsBoard)
    board.entry.setFocus()

    keyboard.enter("The newest reason, typed last")

    view = board.list
    last = view.model().index(view.model().rowCount() - 1, 0)
    assert last.data() == "The newest reason, typed last"
    rect = view.visualRect(last)
    assert rect.isValid() and view.viewport().rect().contains(rect)
