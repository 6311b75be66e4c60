"""What the benchmarks of one run share: the repository, a scratch folder, the environment."""

import os
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Context:
    work: Path  # scratch folder, deleted after the run
    root: Path = ROOT
    env: dict[str, str] = field(default_factory=dict)
    sessions_db: Path | None = None  # 1,000 stored sessions, made by the startup benchmark

    def __post_init__(self) -> None:
        # Offscreen unless told otherwise, and settings written to the scratch folder only.
        self.env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "SEAM_DATA_DIR": str(self.work / "data"),
        }
