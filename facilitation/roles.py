"""The role tags every participant, card, score and poll carries."""

from enum import StrEnum


class Role(StrEnum):
    """Which side of the seam a voice comes from; stored by value."""

    PRODUCT = "product"
    ENGINEERING = "engineering"
    DESIGN = "design"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def letter(self) -> str:
        """One letter for tight spaces; always shown beside a colour, never instead of it."""
        return _LABELS[self][0]


_LABELS = {
    Role.PRODUCT: "Product",
    Role.ENGINEERING: "Engineering",
    Role.DESIGN: "Design",
    Role.OTHER: "Other",
}

ROLE_ORDER: tuple[Role, ...] = (Role.PRODUCT, Role.ENGINEERING, Role.DESIGN, Role.OTHER)


def parse_role(value: str) -> Role:
    """The role for a stored or typed value; unknown values become Other rather than failing."""
    try:
        return Role(value.strip().lower())
    except ValueError:
        return Role.OTHER
