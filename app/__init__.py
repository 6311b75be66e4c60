"""Seam, the application: composition root, command line, screens, storage and handout."""

__version__ = "0.1.0"
