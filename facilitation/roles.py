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

# One palette for screen and paper: Okabe–Ito hues (told apart by colour-blind viewers), darkened
# so a white letter on them keeps at least 4.5:1 contrast. Always shown with the role's letter.
ROLE_COLOURS: dict[Role, str] = {
    Role.PRODUCT: "#0066A0",
    Role.ENGINEERING: "#A84B00",
    Role.DESIGN: "#00785A",
    Role.OTHER: "#555555",
}

ROLE_ORDER: tuple[Role, ...] = (Role.PRODUCT, Role.ENGINEERING, Role.DESIGN, Role.OTHER)


def parse_role(value: str) -> Role:
    """The role for a stored or typed value; unknown values become Other rather than failing."""
    try:
        return Role(value.strip().lower())
    except ValueError:
        return Role.OTHER
