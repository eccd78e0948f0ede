"""Dates as exports and logs write them: ISO, as the US or Europe do (the format that worked is tried first), or
with the month's name (syslog's "Nov 20 10:00:03", "20 Nov 2026", "November 20, 2026 10:00 AM")."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

DATE_FORMATS = ("%m/%d/%Y %I:%M %p", "%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %H:%M", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y",
                "%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y", "%d.%m.%Y %H:%M", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y",
                "%Y/%m/%d %H:%M", "%Y/%m/%d",
                "%m/%d/%Y, %I:%M:%S.%f %p", "%m/%d/%Y, %I:%M:%S %p")  # (Log Analytics' export, a browser's locale)


class DateReader:
    """Parses the export's dates, remembering the format that worked (US or European)."""

    def __init__(self, now: datetime | None = None) -> None:
        self.formats = list(DATE_FORMATS)
        self.now = now or datetime.now()  # what a date with no year is read against (see _month_name_date)

    def parse(self, value: str | None) -> datetime | None:
        if not value:
            return None
        text = value.strip().replace("T", " ", 1) if re.match(r"\d{4}-\d\d-\d\dT", value.strip()) else value.strip()
        try:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
            return parsed.replace(tzinfo=None)
        except ValueError:
            pass
        for index, fmt in enumerate(self.formats):
            try:
                parsed = datetime.strptime(text, fmt)
            except ValueError:
                continue
            if index:
                self.formats.insert(0, self.formats.pop(index))
            return parsed
        return _month_name_date(text, self.now)


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAME_DATE = re.compile(
    r"(?:[a-z]+,? +)?(?:(?P<month>[a-z]{3})[a-z]*\.? +(?P<day>[0-9]{1,2})|(?P<day_first>[0-9]{1,2})[ /-]"
    r"(?P<month_second>[a-z]{3})[a-z]*\.?)(?:[ ,/-]+(?P<year>[0-9]{4}))?(?:[ :]+(?P<hour>[0-9]{1,2}):(?P<minute>[0-9]{2})"
    r"(?::(?P<second>[0-9]{2}))?(?: ?(?P<half>[ap]m))?)?(?: +(?P<year_last>[0-9]{4}))?", re.IGNORECASE)


#: A date with no year more than this ahead of now is last year's: a log tells of the past (a clock may run ahead).
YEARLESS_AHEAD = timedelta(days=1)


def _month_name_date(text: str, now: datetime) -> datetime | None:
    """A date written with the month's name: syslog's "Nov 20 10:00:03" (whose year, which it does not write, is
    this one, or last year's for a date ahead of ``now``: "Dec 31" read in January), "Fri Nov 20 10:00:03 2026",
    "20 Nov 2026", "November 20, 2026 10:00 AM", "20/Nov/2026:10:00:03"."""
    found = _MONTH_NAME_DATE.fullmatch(" ".join(text.split()))
    if not found or (found.group("month") or found.group("month_second")).lower() not in _MONTHS:
        return None
    month = _MONTHS.index((found.group("month") or found.group("month_second")).lower()) + 1
    written_year = found.group("year") or found.group("year_last")
    year = int(written_year or now.year)
    day = int(found.group("day") or found.group("day_first"))
    hour = int(found.group("hour") or 0)
    if found.group("half"):
        hour = hour % 12 + (12 if found.group("half").lower() == "pm" else 0)
    try:
        when = datetime(year, month, day, hour, int(found.group("minute") or 0), int(found.group("second") or 0))
        if not written_year and when > now + YEARLESS_AHEAD:
            when = when.replace(year=year - 1)
        return when
    except ValueError:  # (no such day, hour or minute; or 29 February of a year that has none)
        return None
