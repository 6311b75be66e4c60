"""A runner command as the keyboard, the menu and the audience view's control bar all offer it."""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class RunnerCommand:
    label: str
    keys: tuple[str, ...]  # the first one is the one shown on buttons
    slot: Callable[[], None]
    on_bar: bool = False  # offered as a button when the audience view has the only screen
