"""Every keyboard shortcut in one table: the runner binds them, F1 and the README list them."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Shortcut:
    keys: str
    action: str
    where: str


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("F1", "Show or hide all shortcuts", "Everywhere"),
    Shortcut("F5", "Present: audience view on the projector, console here", "Runner"),
    Shortcut("Esc / Shift+F5", "Stop presenting", "Presenting"),
    Shortcut("F6", "Show or hide the buttons under the audience view", "Presenting, one screen"),
    Shortcut("F7", "Next theme: light, dark, high contrast", "Everywhere"),
    Shortcut("F8", "Use the next screen as the projector (remembered)", "Everywhere"),
    Shortcut("Ctrl+= / Ctrl+− / Ctrl+0", "Zoom in, out, back to normal (per screen)", "Everywhere"),
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
    Shortcut("Ctrl+Shift+R", "Reveal the cards written in silence, shuffled", "Runner"),
    Shortcut("M", "Chime at zero on or off (remembered)", "Runner"),
    Shortcut("Ctrl+Shift+A", "Auto-advance at zero on or off (off unless chosen)", "Runner"),
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
    Shortcut("Ctrl+Shift+L", "Show or hide the parking lot", "Runner (problem definition)"),
    Shortcut("Type a count, then Tab", "Enter how many people showed each value", "Polls"),
    Shortcut("Ctrl+R", "Clear the counts for a re-vote (asks first)", "Polls"),
    Shortcut("Alt+1 … Alt+9", "Choose the column new cards go to", "Column cards"),
    Shortcut("Ctrl+Left / Ctrl+Right", "Previous / next column for new cards", "Column cards"),
    Shortcut("1 … 9", "Move the selected card to that column", "Column cards"),
    Shortcut(
        "Ctrl+Shift+P", "Change the set of columns (Start/Stop/Continue, 4Ls…)", "Column cards"
    ),
    Shortcut(
        "D / P / N, then M / K / L / S",
        "Done, partly, not done; more, keep, less, stop",
        "Last time's actions",
    ),
    Shortcut("H / P / N", "A linked risk happened, partly, did not happen", "Last time's actions"),
    Shortcut("Enter", "Add a why; in the theme list, 1 … n sets the seam", "Why-chains"),
    Shortcut("Ctrl+Up / Ctrl+Down", "Previous / next theme", "Why-chains"),
    Shortcut("1 … n, 0", "Give the selected item that label; 0 takes it off", "Classify, scope"),
    Shortcut("Alt+1 … Alt+9", "Tick or untick a checklist item", "Problem statement"),
    Shortcut("Ctrl+M", "Start the statement from the most-voted draft", "Converge"),
    Shortcut(
        "Enter / F2, Esc", "Into the selected record's form; back to the list", "Records, options"
    ),
    Shortcut("Ctrl+B", "Make the selected option the Pugh baseline", "Options"),
    Shortcut(
        "Arrows, then 1–5 (0 clears)",
        "Rank the selected item for a side or for the room",
        "Trade-off sliders",
    ),
    Shortcut("1–5, + / − (0 clears)", "Weight the selected criterion", "Criteria, sensitivity"),
    Shortcut(
        "Arrows, then 1–5 (0 clears)",
        "Score the selected cell for the side now scoring",
        "Score the options",
    ),
    Shortcut(
        "S, or Ctrl+1 / Ctrl+2",
        "Switch the scoring side, or choose Product / Engineering",
        "Score the options",
    ),
    Shortcut(
        "P, then D", "Pugh view on or off; make the selected option the datum", "Score the options"
    ),
    Shortcut("Ctrl+Tab / Ctrl+Shift+Tab", "Next / previous option", "Scope, risk check"),
    Shortcut("1 … 9, Enter, 0", "Choose that option; 0 takes the choice back", "Decide and record"),
    Shortcut(
        "E then 1–4, I then 1–4",
        "Place an assumption by evidence, then importance",
        "Assumption map",
    ),
    Shortcut(
        "D / V / F", "Tag desirable / viable / feasible (again takes it off)", "Assumption map"
    ),
    Shortcut("T", "Write how to test the selected leap of faith", "Assumption map"),
    Shortcut("Ctrl+E", "Export the PDF handout", "Summary"),
)
