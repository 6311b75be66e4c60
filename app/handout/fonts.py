"""The handout's embedded fonts: Atkinson Hyperlegible, with fallbacks for the scripts it lacks."""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from xml.sax.saxutils import escape

import fontpkg
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

# Atkinson Hyperlegible is what the room sees on the projector, so the handout reads the same.
# Its 1.x release covers Latin only, so any character it lacks is set in the first fallback that
# has it: Fira Sans (static regular/bold/italic files, Latin, Greek and Cyrillic), then Noto Sans,
# whose package ships only a variable font; reportlab draws that at its default instance, so
# Noto text stays regular weight. Characters none of them has (emoji) print as a blank box.
STYLES = ("Regular", "Bold", "Italic", "BoldItalic")
_WEIGHTS = {"Regular": (400, "normal"), "Bold": (700, "normal")}
_WEIGHTS |= {"Italic": (400, "italic"), "BoldItalic": (700, "italic")}


_PRINTABLE_ASCII = re.compile(r"[ -~\n]*\Z")  # letters, digits, punctuation, spaces, line breaks

PRIMARY_FAMILY = "Atkinson"
PRIMARY_REGULAR = f"{PRIMARY_FAMILY}-{STYLES[0]}"


@dataclass(frozen=True)
class Face:
    """One registered family: its reportlab font names per style and the characters it has."""

    family: str
    names: dict[str, str]
    chars: frozenset[int]

    def name(self, *, bold: bool = False, italic: bool = False) -> str:
        return self.names[STYLES[int(bold) + 2 * int(italic)]]


@dataclass(frozen=True)
class FontSet:
    primary: Face
    fallbacks: tuple[Face, ...]

    @cached_property
    def sets_printable_ascii(self) -> bool:
        return self.primary.chars.issuperset(range(ord(" "), ord("~") + 1))

    @property
    def regular(self) -> str:
        return self.primary.name()

    @property
    def bold(self) -> str:
        return self.primary.name(bold=True)

    @property
    def italic(self) -> str:
        return self.primary.name(italic=True)

    def face_for(self, char: str) -> Face:
        code = ord(char)
        for face in (self.primary, *self.fallbacks):
            if code in face.chars:
                return face
        return self.primary


def _register(family: str, package: str) -> Face:
    names: dict[str, str] = {}
    by_path: dict[str, str] = {}
    for style in STYLES:
        weight, slant = _WEIGHTS[style]
        path = str(fontpkg.path(package, weight, slant, nearest=True))
        # A variable file serves every weight; register it once, at its default instance.
        name = by_path.setdefault(path, f"{family}-{style}")
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))
        names[style] = name
    pdfmetrics.registerFontFamily(
        family,
        normal=names["Regular"],
        bold=names["Bold"],
        italic=names["Italic"],
        boldItalic=names["BoldItalic"],
    )
    font = pdfmetrics.getFont(names["Regular"])
    return Face(family, names, frozenset(font.face.charToGlyph))


@cache
def register_fonts() -> FontSet:
    """Register the handout's fonts with reportlab once per process, and say which is which."""
    return FontSet(
        primary=_register(PRIMARY_FAMILY, "atkinson-hyperlegible"),
        fallbacks=(
            _register("FiraSans", "fira-sans"),
            _register("NotoSans", "noto-sans"),
        ),
    )


def _runs(text: str, fonts: FontSet) -> Iterator[tuple[Face, str]]:
    """Split `text` into runs that one face can set; spaces stay with the run they are in."""
    face: Face | None = None
    run = ""
    for char in text:
        wanted = face if face and char.isspace() else fonts.face_for(char)
        if wanted is not face and run:
            assert face is not None
            yield face, run
            run = ""
        face = wanted
        run += char
    if run and face:
        yield face, run


def markup(text: str, *, bold: bool = False, italic: bool = False) -> str:
    """`text` as Paragraph markup: escaped, line breaks kept, other scripts in a fallback face.

    `bold`/`italic` must match the surrounding style, because a `<font face>` tag resets both.
    """
    fonts = register_fonts()
    if fonts.sets_printable_ascii and _PRINTABLE_ASCII.match(text):
        # Most text is plain ASCII, which the primary face sets whole: no character needs
        # another script's face.
        return escape(text).replace("\n", "<br/>")
    parts = []
    for face, run in _runs(text, fonts):
        safe = escape(run).replace("\n", "<br/>")
        if face is fonts.primary:
            parts.append(safe)
        else:
            parts.append(f'<font face="{face.name(bold=bold, italic=italic)}">{safe}</font>')
    return "".join(parts)
