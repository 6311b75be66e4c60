"""Every keyboard shortcut in one table: the runner binds them, F1 and the README list them."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Shortcut:
    keys: str
    action: str
    where: str


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("F1", "Show or hide all shortcuts", "Everywhere"),
    Shortcut("Ctrl+N", "New session from the selected method", "Home"),
    Shortcut("Enter", "Resume the selected session", "Home"),
    Shortcut("Delete", "Delete the selected session (asks first)", "Home"),
    Shortcut("Ctrl+Enter", "Start the session", "Setup"),
    Shortcut("Ctrl+H", "Back to the home screen", "Setup, runner, summary"),
    Shortcut("Space", "Pause or resume the timer (when not typing)", "Runner"),
    Shortcut("Ctrl+Space", "Pause or resume the timer", "Runner"),
    Shortcut("Ctrl+T / Ctrl+Shift+T", "Give the phase one / two more minutes", "Runner"),
    Shortcut("Ctrl+Page Down / Alt+Right", "Next phase (finishes after the last)", "Runner"),
    Shortcut("Ctrl+Page Up / Alt+Left", "Previous phase", "Runner"),
    Shortcut("Ctrl+K", "Skip this phase", "Runner"),
    Shortcut("Ctrl+Shift+N", "Show or hide the facilitator notes", "Runner"),
    Shortcut("Enter", "Add the typed card, theme or action", "Boards"),
    Shortcut("Ctrl+1 … Ctrl+4", "Tag as Product, Engineering, Design, Other", "Cards"),
    Shortcut("Ctrl+L", "Next lens category for the card", "Cards"),
    Shortcut("Down / Up", "Move between the entry line and the list", "Boards"),
    Shortcut("F2", "Edit the selected card or theme", "Boards"),
    Shortcut("Delete", "Delete the selected card, theme or action", "Boards"),
    Shortcut("R / D", "Mark the selected card read / duplicate", "Read-out"),
    Shortcut("1 … 9, 0", "Put the selected card in theme 1–9; 0 takes it out", "Cluster"),
    Shortcut("Ctrl+G", "Name a new theme for the selected cards", "Cluster"),
    Shortcut("+ / −, or a digit", "Add or remove a dot, or type the tally", "Votes"),
    Shortcut("L then 1–5, I then 1–5", "Set likelihood, then impact", "Size risks"),
    Shortcut("1 / 2 / 3", "Choose Go / Go with conditions / Rework", "Verdict"),
    Shortcut("Ctrl+E", "Export the PDF handout", "Summary"),
)
