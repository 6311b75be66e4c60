"""What every method's handout gives the writer: its title line, its date and its flowables."""

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable


@dataclass(frozen=True)
class Handout:
    method_name: str
    title: str
    date: date
    story: list[Flowable]
    footer: str = ""  # the line at the foot of every page; method name and date when empty
