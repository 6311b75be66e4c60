"""SQLite storage for sessions, over sqlite-utils; no Qt."""

from app.storage.store import SessionSummary, StorageError, Store

__all__ = ["SessionSummary", "StorageError", "Store"]
