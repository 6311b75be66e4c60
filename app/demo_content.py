"""The demo story's cast and calendar: Ledgerly's Billing team, and when each session took place.

Ledgerly is a B2B invoicing product: its customers send invoices to their own clients (the payers)
and get paid through it. Sales asked for a dispute button; the Billing team first defines the
problem, then runs a pre-mortem of its plan, weighs how to build it in a trade-off matrix, and
looks back on the pilot in a joint retrospective about six weeks later. The words of each session
are in app/demo_<method>.py.
"""

from datetime import date, datetime, timedelta

from facilitation.dates import long_date
from facilitation.lifecycle import ParticipantDraft
from facilitation.roles import Role

P, E, D, X = Role.PRODUCT, Role.ENGINEERING, Role.DESIGN, Role.OTHER  # X: other (support)

TEAM = "Billing"

# The people, with the side of the seam each speaks for.
MAYA = ParticipantDraft("Maya Okafor", P)  # product manager, Billing
LENA = ParticipantDraft("Lena Fischer", P)  # product analyst
RUTH = ParticipantDraft("Ruth Adeyemi", P)  # head of product: approves the trade-off
JONAS = ParticipantDraft("Jonas Weber", E)  # tech lead
PRIYA = ParticipantDraft("Priya Raman", E)
DIEGO = ParticipantDraft("Diego Alvarez", E)
TOM = ParticipantDraft("Tom Ellison", D)
SOFIA = ParticipantDraft("Sofia Marchetti", X)  # support lead

# When each session began, counted from the start of the first one. Meetings start at different
# hours, and the retro looks back on about five weeks of pilot.
STARTS = {
    "problem": timedelta(0),
    "premortem": timedelta(days=8, hours=4),
    "tradeoff": timedelta(days=13, hours=3, minutes=30),
    "retro": timedelta(days=55, hours=5),
}
PILOT_DAY = 22  # days after the problem definition: 30 customers try self-serve disputes
METRIC_DAYS = 150  # the success metric's date, counted from the problem definition


def default_start() -> datetime:
    """Yesterday at two in the afternoon, local time: a meeting that has just been written up."""
    yesterday = datetime.now().astimezone() - timedelta(days=1)
    return yesterday.replace(hour=14, minute=0, second=0, microsecond=0)


def default_story_start() -> datetime:
    """Ten in the morning, so long ago that the story's retrospective was yesterday afternoon."""
    first = datetime.now().astimezone() - timedelta(days=1) - STARTS["retro"]
    return first.replace(hour=10, minute=0, second=0, microsecond=0)


def story_day(first: date, days: int) -> date:
    return first + timedelta(days=days)


def spelled(first: date, days: int) -> str:
    """A day of the story spelled out, e.g. 12 December 2026."""
    return long_date(story_day(first, days))
