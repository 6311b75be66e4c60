"""The PDF handout, built from a session with reportlab; no Qt."""
