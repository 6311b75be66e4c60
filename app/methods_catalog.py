"""The built-in methods, read from resources/methods/*.toml and validated once."""

from functools import cache
from pathlib import Path

from app.paths import resources_dir
from facilitation.method import Method, parse_method

# The order sessions usually follow each other: define the problem, attack the plan, choose how
# to build it, look back.
BUILT_IN_ORDER = ("problem", "premortem", "tradeoff", "retro")


def methods_dir() -> Path:
    return resources_dir() / "methods"


@cache
def load_methods(folder: Path | None = None) -> dict[str, Method]:
    """Every method in `folder`, keyed by id; a broken file raises MethodError naming it."""
    source = folder or methods_dir()
    methods: dict[str, Method] = {}
    for path in sorted(source.glob("*.toml")):
        method = parse_method(path.read_text(encoding="utf-8"), path.name)
        methods[method.id] = method
    ordered = {k: methods[k] for k in BUILT_IN_ORDER if k in methods}
    ordered.update({k: v for k, v in methods.items() if k not in ordered})
    return ordered


def method(method_id: str) -> Method:
    try:
        return load_methods()[method_id]
    except KeyError:
        raise KeyError(f"Seam does not know the method '{method_id}'.") from None
