"""The PDF handout, built from a session with reportlab; no Qt."""

from app.handout.writer import write_handout

__all__ = ["write_handout"]
