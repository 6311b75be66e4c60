"""The one place that knows where Seam reads its resources and writes its data."""

import os
import sys
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

APP_NAME = "Seam"
DB_FILENAME = "seam.sqlite3"


def resources_dir() -> Path:
    """Read-only resources: beside the code, or inside the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def data_dir(override: str | Path | None = None) -> Path:
    """Where sessions live: --data-dir, then SEAM_DATA_DIR, then the user's data folder."""
    chosen = override or os.environ.get("SEAM_DATA_DIR")
    return Path(chosen) if chosen else Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path(data_override: str | Path | None = None) -> Path:
    return data_dir(data_override) / DB_FILENAME


def config_dir() -> Path:
    """Settings (window geometry, zoom, theme); follows SEAM_DATA_DIR so tests stay isolated."""
    override = os.environ.get("SEAM_DATA_DIR")
    if override:
        return Path(override) / "config"
    return Path(user_config_dir(APP_NAME, appauthor=False))
