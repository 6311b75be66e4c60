"""A benchmark's figure, the baseline measured beside it, its budget, and the printed table."""

import json
import math
import os
import platform
import statistics
import sys
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path


@dataclass(frozen=True)
class Result:
    """One figure. `limit` caps the figure itself; `ratio_limit` caps figure / baseline.

    The machine's speed varies from run to run, so where a baseline exists the ratio is the
    figure that carries over between machines; an absolute limit is kept where the issue sets one.
    """

    name: str
    value: float
    unit: str
    baseline: float | None = None
    baseline_label: str = ""
    limit: float | None = None
    ratio_limit: float | None = None
    note: str = ""
    # Where the two were timed in pairs, the median of each pair's ratio: a change in the
    # machine's load between pairs disturbs it less than the ratio of the two medians.
    paired_ratio: float | None = None

    @property
    def ratio(self) -> float | None:
        if self.paired_ratio is not None:
            return self.paired_ratio
        return self.value / self.baseline if self.baseline else None

    @property
    def holds(self) -> bool | None:
        """True or False against the budget; None when no budget is set."""
        checks = []
        if self.limit is not None:
            checks.append(self.value <= self.limit)
        if self.ratio_limit is not None and self.ratio is not None:
            checks.append(self.ratio <= self.ratio_limit)
        return all(checks) if checks else None

    def budget_text(self) -> str:
        parts = []
        if self.limit is not None:
            parts.append(f"≤ {_number(self.limit)} {self.unit}")
        if self.ratio_limit is not None:
            parts.append(f"≤ {self.ratio_limit:g}× baseline")
        return ", ".join(parts) or "reported"


def _number(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def median(values: list[float]) -> float:
    return statistics.median(values)


def paired_ratio(values: list[float], baselines: list[float]) -> float:
    """The median of value / baseline over pairs timed one right after the other."""
    return statistics.median(v / b for v, b in zip(values, baselines, strict=True))


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile: the smallest sample at or above `share` of them."""
    ordered = sorted(values)
    rank = max(1, math.ceil(round(share * len(ordered), 9)))
    return ordered[rank - 1]


def table(results: list[Result]) -> str:
    header = ("benchmark", "Seam", "baseline", "ratio", "budget", "holds")
    rows = []
    for r in results:
        seam = f"{_number(r.value)} {r.unit}"
        base = f"{_number(r.baseline)} {r.unit} ({r.baseline_label})" if r.baseline else "–"
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "–"
        holds = {True: "yes", False: "NO", None: "–"}[r.holds]
        rows.append((r.name, seam, base, ratio, r.budget_text(), holds))
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    rule = "  ".join("-" * w for w in widths)
    head = "  ".join(cell.ljust(w) for cell, w in zip(header, widths, strict=True))
    notes = [f"- {r.name}: {r.note}" for r in results if r.note]
    return "\n".join([head, rule, *lines, *(["", *notes] if notes else [])])


def write_json(results: list[Result], path: Path, seconds: float) -> None:
    document = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "seconds": round(seconds, 1),
        "machine": {
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "qt_platform": os.environ.get("QT_QPA_PLATFORM", ""),
        },
        "results": [
            {**asdict(r), "ratio": r.ratio, "holds": r.holds, "budget": r.budget_text()}
            for r in results
        ],
    }
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
