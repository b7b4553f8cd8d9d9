"""Calendar arithmetic on TIMEX3 values: weeks, quarters, seasons, and shifting a value by
a number of units ("a year earlier" than 1989-Q3 is 1988-Q3) at the value's own granularity.
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
UNIT_DAYS = {"D": 1, "W": 7}

_WEEK = re.compile(r"(\d{4})-W(\d\d)(-WE)?")
_VALUE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?|-Q([1-4])|-H([12])|-W(\d\d)|-(SP|SU|FA|WI))?(?=$|T)")


def day(d: date) -> str:
    return d.isoformat()


def month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def week(d: date) -> str:
    """The ISO week holding a day: 1998-W08."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) + n
    return total // 12, total % 12 + 1


def add_days(d: date, n: int) -> date | None:
    try:
        return d + timedelta(days=n)
    except OverflowError:
        return None


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def start_of(value: str) -> date | None:
    """The first day a TIMEX3 date value covers, for comparing it with a reference day."""
    m = _VALUE.match(value)
    if not m:
        return None
    y = int(m.group(1))
    if m.group(2):
        return safe_date(y, int(m.group(2)), int(m.group(3) or 1))
    if m.group(4):
        return safe_date(y, 3 * int(m.group(4)) - 2, 1)
    if m.group(5):
        return safe_date(y, 1 if m.group(5) == "1" else 7, 1)
    if m.group(6):
        try:
            return date.fromisocalendar(y, int(m.group(6)), 1)
        except ValueError:
            return None
    if m.group(7):
        return safe_date(y, SEASON_START[m.group(7)], 1)
    return safe_date(y, 1, 1)


# A value that places something on the calendar: digits, then months, weeks, quarters,
# halves, seasons or a time ("2009-Q3", "2000-06-04T10:00"), with no X or _REF in it.
_SPECIFIED = re.compile(r"\d{2,4}(?:-(?:\d\d|Q\d|H\d|W\d\d|SP|SU|FA|WI))*(?:-\d\d)?(?:T.*)?$")


def placed(value: str) -> bool:
    """Whether a value places an event on the calendar (not "XXXX-06", "PAST_REF")."""
    return "X" not in value and not value.endswith("_REF") and bool(_SPECIFIED.match(value))


@functools.lru_cache(maxsize=4096)  # a timeline sorts thousands of items over a few hundred values
def chronological(value: str) -> tuple[str, str]:
    """A sort key putting TIMEX3 date values in time order: by first day ("2009-Q3" with July,
    not after December; a decade "199" with 1990), the coarser value first on the same day."""
    start = start_of(value)
    return (start.isoformat() if start else value.ljust(4, "0"), value)


def end_of(value: str) -> date | None:
    """The last day a TIMEX3 date value covers (a year, half, quarter, month or day)."""
    m = _VALUE.fullmatch(value)
    start = start_of(value)
    if not m or start is None or m.group(6) or m.group(7):
        return None
    if m.group(3):
        return start
    months = 1 if m.group(2) else 3 if m.group(4) else 6 if m.group(5) else 12
    following = safe_date(*add_months(start.year, start.month, months), 1)
    # The calendar's last month has no month after it to count back from.
    return add_days(following, -1) if following else date.max


def shift(value: str, unit: str, n: int) -> str | None:
    """`value` moved by n units (Y, Q, M, W, D), keeping the finer of the two granularities
    where that makes sense: a year before 1989-Q3 is 1988-Q3, a year before a day is a year.
    """
    m = _VALUE.match(value)
    if not m:
        return None
    y = int(m.group(1))
    if unit == "Y":
        if m.group(3) or m.group(6):  # a day or a week: a year away is just a year
            return f"{y + n:04d}"
        return f"{y + n:04d}" + value[4 : len(m.group(0))]
    if unit == "Q":
        if m.group(4):
            yy, mm = add_months(y, 3 * int(m.group(4)) - 2, 3 * n)
            return f"{yy:04d}-Q{(mm - 1) // 3 + 1}"
        if m.group(2):
            yy, mm = add_months(y, int(m.group(2)), 3 * n)
            return f"{yy:04d}-Q{(mm - 1) // 3 + 1}"
        return None
    if unit == "M":
        if m.group(2):
            yy, mm = add_months(y, int(m.group(2)), n)
            return month(yy, mm)
        return None
    if unit in UNIT_DAYS:
        start = start_of(value)
        if start is None or not (m.group(3) or m.group(6)):
            return None
        moved = add_days(start, n * UNIT_DAYS[unit])
        if moved is None:
            return None
        return day(moved) if m.group(3) and unit == "D" else (week(moved) if unit == "W" else day(moved))
    return None


def month_of_week(value: str) -> str | None:
    """The month a week or weekend value lies in ("2006-W04" is 2006-01), or None when it
    spans two months or is no week."""
    m = _WEEK.fullmatch(value)
    if not m:
        return None
    try:
        first = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 6 if m.group(3) else 1)
    except ValueError:
        return None
    last = add_days(first, 1 if m.group(3) else 6)
    if last is None or (first.year, first.month) != (last.year, last.month):
        return None
    return month(first.year, first.month)


def weekday_near(ref: date, weekday: int, direction: int) -> date | None:
    """The given weekday (0 = Monday) nearest `ref` looking back (-1) or ahead (+1),
    counting `ref` itself: "Friday" in a Friday's paper is that day."""
    diff = (weekday - ref.weekday()) % 7
    return add_days(ref, diff if direction > 0 else -((ref.weekday() - weekday) % 7))


# A date value written out to the day, month or year ("2000-06-04", "2000-06", "2000").
FULL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def span(value: str) -> tuple[date, date]:
    """First and last day a date value covers."""
    m = FULL_DATE.match(value)
    assert m
    y = int(m.group(1))
    if not m.group(2):
        return date(y, 1, 1), date(y, 12, 31)
    mo = int(m.group(2))
    if not m.group(3):
        nxt = date(y + (mo == 12), mo % 12 + 1, 1)
        return date(y, mo, 1), date.fromordinal(nxt.toordinal() - 1)
    d = date(y, mo, int(m.group(3)))
    return d, d
