"""Small pieces of the problem-definition handout: a drawn tick box for the statement checklist.

The embedded fonts have no check-mark glyph, so the box and its tick are drawn.
"""

from reportlab.graphics.shapes import Drawing, PolyLine, Rect

from app.handout.chart import empty_drawing
from app.handout.styles import INK, MUTED

BOX = 9.0


def tick_box(ticked: bool) -> Drawing:
    """A small square, ticked or empty (drawn lighter; the line beside it says "not ticked")."""
    drawing = empty_drawing(BOX + 2, BOX + 2)
    drawing.add(
        Rect(1, 1, BOX, BOX, fillColor=None, strokeColor=INK if ticked else MUTED, strokeWidth=0.8)
    )
    if ticked:
        points = [2.8, 5.6, 4.9, 3.2, 9.0, 9.2]
        drawing.add(PolyLine(points, strokeColor=INK, strokeWidth=1.4))
    return drawing
