"""Themes: every text colour reads on its background, every colour the stylesheet names exists,
zoom scales sizes, and colours live in the theme rather than in widgets' own stylesheets."""

import ast
import re
from pathlib import Path
from string import Template

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.ui.theme import Theme, stylesheet, theme, themes
from widgets.share_bar import ShareBar
from widgets.weight_list import WeightList

ROOT = Path(__file__).resolve().parents[2]
SHEET = ROOT / "resources" / "styles" / "seam.qss"
# (text, background) token pairs that seam.qss, or a painted widget through the palette, puts
# text on. Each must keep WCAG's 4.5:1 in every theme.
TEXT_PAIRS = [
    ("ink", "page"),
    ("ink", "surface"),
    ("ink", "header"),  # table headers, the matrix's painted header
    ("muted", "page"),
    ("muted", "surface"),  # painted secondary text on a chart's surface
    ("muted", "header"),  # the tabs that are not current
    ("muted", "accent_note"),  # the hint in the current column's header
    ("faint", "page"),  # idle phase steps, a paused timer
    ("faint", "surface"),  # placeholders, an unscored cell
    ("selection_ink", "selection"),
    ("on_primary", "primary"),
    ("warning", "page"),
    ("warning", "surface"),  # "no weight yet" in the weight list
    ("danger", "page"),
    ("strong", "page"),
    ("strong", "surface"),  # the current tab
    ("ink", "notes"),
    ("ink", "accent_note"),  # the scoring note, the current column's header
]
# A colour follows a colon, a space or a comma; an object name ("QWidget#decade") a type.
HEX_COLOUR = re.compile(r"(?<!\w)#[0-9A-Fa-f]{3}(?:[0-9A-Fa-f]{3})?(?:[0-9A-Fa-f]{2})?\b")
THEMES = sorted(themes())


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of "#RRGGBB"."""
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_contrast_formula_matches_known_values() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)


@pytest.mark.parametrize("theme_id", THEMES)
@pytest.mark.parametrize(("text", "background"), TEXT_PAIRS)
def test_text_reads_on_its_background(theme_id: str, text: str, background: str) -> None:
    colours = themes()[theme_id].colours
    ratio = contrast(colours[text], colours[background])
    assert ratio >= 4.5, f"{theme_id}: {text} on {background} is only {ratio:.2f}:1"


def tokens_in(text: str) -> set[str]:
    found = set()
    for match in Template.pattern.finditer(text):
        name = match.group("named") or match.group("braced")
        if name:
            found.add(name)
        assert match.group("invalid") is None, f"a lone $ in seam.qss near {match.start()}"
    return found


def test_the_stylesheet_names_only_colours_every_theme_has() -> None:
    used = tokens_in(SHEET.read_text(encoding="utf-8"))
    assert {"ink", "page", "warning", "accent_note"} <= used
    for chosen in themes().values():
        missing = used - set(chosen.colours)
        assert not missing, f"{chosen.id} lacks {sorted(missing)}"
        assert "$" not in stylesheet(chosen).replace("$$", "")


def test_every_theme_has_the_same_colours() -> None:
    names = [set(t.colours) for t in themes().values()]
    assert all(n == names[0] for n in names)


def test_zoom_scales_every_size() -> None:
    light = theme("light")
    assert "QLabel#prompt { font-size: 32px;" in stylesheet(light)
    doubled = stylesheet(light, 2.0)
    assert "QLabel#prompt { font-size: 64px;" in doubled
    assert "QTableWidget#rankTable { font-size: 40px; }" in doubled
    assert "QLabel#sensitivityNote { font-size: 44px; padding: 16px 24px;" in doubled


def style_literals(tree: ast.Module) -> list[tuple[int, str]]:
    """(line, text) of every string a setStyleSheet call is given, literally or by a
    module-level name."""
    constants: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            strings = [
                n.value
                for n in ast.walk(node.value)
                if isinstance(n, ast.Constant) and isinstance(n.value, str)
            ]
            # `A, B = "#…", "#…"` gives both names all the strings: enough to find a colour.
            for target in targets:
                for name in ast.walk(target):
                    if isinstance(name, ast.Name):
                        constants[name.id] = strings
    found = []
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "setStyleSheet"
        ):
            continue
        for argument in node.args:
            for part in ast.walk(argument):
                if isinstance(part, ast.Constant) and isinstance(part.value, str):
                    found.append((node.lineno, part.value))
                elif isinstance(part, ast.Name):
                    found.extend((node.lineno, text) for text in constants.get(part.id, []))
    return found


def test_no_widget_brings_its_own_colours() -> None:
    offenders = []
    for folder in ("app", "widgets"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for line, text in style_literals(tree):
                if HEX_COLOUR.search(text):
                    offenders.append(f"{path.relative_to(ROOT)}:{line}: {text!r}")
    assert not offenders, "colours belong in themes.toml:\n" + "\n".join(offenders)


def test_the_scan_finds_a_colour_in_a_style_constant() -> None:
    tree = ast.parse('STYLE = "QLabel { color: #0072B2; }"\nlabel.setStyleSheet(STYLE)\n')
    assert [t for _, t in style_literals(tree) if HEX_COLOUR.search(t)]
    tree = ast.parse('label.setStyleSheet("QLabel { border: 1px solid #ccc; }" % x)\n')
    assert [t for _, t in style_literals(tree) if HEX_COLOUR.search(t)]
    tree = ast.parse('w.setStyleSheet("QWidget#decade { font-size: 2px; }")\n')
    assert not [t for _, t in style_literals(tree) if HEX_COLOUR.search(t)]


def test_painted_widgets_get_the_themes_warning_colour(qtbot: QtBot) -> None:
    """The palette has no warning role; the stylesheet hands it over as a property, and hands
    the next theme's over when the theme changes."""
    host = QWidget()
    qtbot.addWidget(host)
    weights, bar = WeightList(parent=host), ShareBar(host)
    for theme_id in [*THEMES, THEMES[0]]:
        chosen: Theme = theme(theme_id)
        host.setStyleSheet(stylesheet(chosen))
        weights.ensurePolished()
        bar.ensurePolished()
        warning = QColor(chosen.colours["warning"])
        assert (weights.warning_colour, bar.limit_colour) == (warning, warning), theme_id


def test_a_fragile_sentence_is_marked_by_more_than_colour(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    host.setStyleSheet(stylesheet(theme("high_contrast")))
    sentence = QLabel("Fragile: one step changes the winner.", host)
    sentence.setObjectName("sensitivityNote")
    sentence.ensurePolished()
    assert not sentence.font().bold()
    sentence.setProperty("fragile", True)
    sentence.style().unpolish(sentence)
    sentence.style().polish(sentence)
    assert sentence.font().bold()
