"""First and last day covered by a Darwin Core ``eventDate`` (``2020-06-12``, ``2020-06``, ``2020``,
``2020-06-01/2020-06-15``, ``2020-06-12T08:30``), so that date filters and summaries can use plain
ISO day strings that sort and compare correctly."""
import calendar
import re

_PART = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?\s*$")


def _bounds(part: str):
    match = _PART.match(part or "")
    if not match:
        return None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    if month is not None and not 1 <= month <= 12:
        return None
    if month is None:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    last = calendar.monthrange(year, month)[1]
    if day is None:
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    if not 1 <= day <= last:
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    return iso, iso


def event_date_bounds(event_date):
    """``(first_day, last_day)`` as ISO strings, or ``(None, None)`` when the value is not a date.

    >>> event_date_bounds("2020-02")
    ('2020-02-01', '2020-02-29')
    >>> event_date_bounds("2019-06-20/2019-07")
    ('2019-06-20', '2019-07-31')
    """
    if not isinstance(event_date, str) or not event_date.strip():
        return None, None
    if "/" in event_date:
        first, _, last = event_date.partition("/")
        start, end = _bounds(first), _bounds(last)
        if start is None or end is None:
            return None, None
        return start[0], end[1]
    bounds = _bounds(event_date)
    return bounds if bounds else (None, None)


def bounds_columns(series):
    """Two lists (first days, last days) for a pandas Series of eventDate strings; each distinct
    value is parsed once (a million records carry a few thousand distinct dates)."""
    uniques = {value: event_date_bounds(value) for value in series.dropna().unique()}
    starts = series.map(lambda v: uniques.get(v, (None, None))[0] if isinstance(v, str) else None)
    ends = series.map(lambda v: uniques.get(v, (None, None))[1] if isinstance(v, str) else None)
    return starts, ends
