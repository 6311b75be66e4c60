"""Seam's domain: methods, session state, timeboxes and scoring, with no Qt, storage or files."""
