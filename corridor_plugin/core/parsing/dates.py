"""Dates as partners write them, kept at the precision written (``2020``, ``2020-06``, ``2020-06-12``)
and as ISO 8601 ranges (``2020-06-12/2020-06-15``).

Understood: ``12.06.2020``, ``12/06/2020``, ``12-06-2020``, ``2020-06-12``, ``2020/06/12``, ``12.VI.2020``,
``2020年6月12日``, ``2020年6月``, ``June 2020``, ``12 June 2020``, ``июнь 2020``, ``12 июня 2020``,
``маусым 2020`` (kk), ``2020 оны 6 сар`` (mn), Excel serial numbers, a year alone, and ranges of any
of these (``12-15.06.2020``, ``12.06.2020 - 15.06.2020``, ``июнь-июль 2020``, ``2019-2020``).
Numeric day/month order is day-first unless a column shows otherwise (:func:`infer_day_first`).
Never raises; python-dateutil is not used (it fills missing parts with today's date).
"""
import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Optional

MIN_YEAR = 1800
EXCEL_EPOCH = _dt.date(1899, 12, 30)
# Excel serials accepted: 1900-01-01 … 2100-01-01
EXCEL_MIN, EXCEL_MAX = 2, 73051

_MONTH_WORDS = {
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
    # Russian: nominative, genitive, abbreviations
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7, "август": 8,
    "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
    "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9, "сент": 9, "окт": 10,
    "ноя": 11, "нояб": 11, "дек": 12,
    # Kazakh
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6, "шілде": 7, "тамыз": 8,
    "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
    # Mongolian ordinal month names
    "нэгдүгээр": 1, "хоёрдугаар": 2, "гуравдугаар": 3, "дөрөвдүгээр": 4, "тавдугаар": 5, "зургадугаар": 6,
    "долдугаар": 7, "наймдугаар": 8, "есдүгээр": 9, "аравдугаар": 10, "арван нэгдүгээр": 11,
    "арван хоёрдугаар": 12,
}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
          "xi": 11, "xii": 12}
_MONTH_RE = "|".join(sorted((re.escape(w) for w in _MONTH_WORDS), key=len, reverse=True))
_ROMAN_RE = "xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i"


@dataclass
class ParsedDate:
    iso: str = ""          # 2020-06-12, 2020-06, 2020 or a range a/b
    start: Optional[_dt.date] = None
    end: Optional[_dt.date] = None
    year: Optional[int] = None
    error: str = ""        # "", DATE_MISSING, DATE_INVALID, DATE_FUTURE, DATE_TOO_OLD

    @property
    def ok(self):
        return bool(self.iso) and not self.error


@dataclass
class _Point:
    year: int
    month: Optional[int] = None
    day: Optional[int] = None

    def iso(self):
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def first_day(self):
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self):
        if self.day:
            return _dt.date(self.year, self.month, self.day)
        if self.month:
            following = _dt.date(self.year + (self.month == 12), self.month % 12 + 1, 1)
            return following - _dt.timedelta(days=1)
        return _dt.date(self.year, 12, 31)


def _clean(text) -> str:
    text = unicodedata.normalize("NFKC", str(text)).strip().lower().replace("ё", "е")
    text = re.sub(r"\s+", " ", text)
    return text.replace("–", "-").replace("—", "-").replace("−", "-")


def _year(token: str) -> int:
    year = int(token)
    if len(token) == 2:  # two-digit years: 00–(this year) → 2000s, else 1900s
        year += 2000 if year <= _dt.date.today().year % 100 else 1900
    return year


def _make(year, month=None, day=None) -> Optional[_Point]:
    try:
        if month is not None and not 1 <= month <= 12:
            return None
        if day is not None:
            _dt.date(year, month, day)
        elif year < 1 or year > 9999:
            return None
        return _Point(year, month, day)
    except (ValueError, TypeError):
        return None


_PATTERNS = []  # (regex, builder(match, day_first) -> _Point | None)


def _pattern(regex):
    def register(builder):
        _PATTERNS.append((re.compile("^" + regex + "$"), builder))
        return builder
    return register


@_pattern(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?")
def _iso(m, _):
    return _make(int(m[1]), int(m[2]), int(m[3]))


@_pattern(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?: \d{1,2}:\d{2}(?::\d{2})?)?")
def _ymd_slash(m, _):
    return _make(int(m[1]), int(m[2]), int(m[3]))


@_pattern(r"(\d{4})-(\d{1,2})")
def _iso_month(m, _):
    return _make(int(m[1]), int(m[2]))


@_pattern(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?: \d{1,2}:\d{2}(?::\d{2})?)?")
def _dmy(m, day_first):
    a, b, year = int(m[1]), int(m[2]), _year(m[3])
    day, month = (a, b) if day_first else (b, a)
    return _make(year, month, day)


@_pattern(r"(\d{1,2})[./](\d{4})")
def _month_year(m, _):
    return _make(int(m[2]), int(m[1]))


@_pattern(r"(\d{1,2})\s*[./ ]\s*(" + _ROMAN_RE + r")\s*[./ ]\s*(\d{4})")
def _roman(m, _):
    return _make(int(m[3]), _ROMAN[m[2]], int(m[1]))


@_pattern(r"(" + _ROMAN_RE + r")\s*[./ ]\s*(\d{4})")
def _roman_month(m, _):
    return _make(int(m[2]), _ROMAN[m[1]])


@_pattern(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?")
def _zh_day(m, _):
    return _make(int(m[1]), int(m[2]), int(m[3]))


@_pattern(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:份)?")
def _zh_month(m, _):
    return _make(int(m[1]), int(m[2]))


@_pattern(r"(\d{4})\s*年")
def _zh_year(m, _):
    return _make(int(m[1]))


@_pattern(r"(\d{4})\s*(?:он[ыо]?|он)?\s*(\d{1,2})\s*(?:-?р)?\s*сар(?:ын)?\s*(\d{1,2})(?:\s*[-ны]*)?")
def _mn_day(m, _):
    return _make(int(m[1]), int(m[2]), int(m[3]))


@_pattern(r"(\d{4})\s*(?:он[ыо]?)?\s*(\d{1,2})\s*(?:-?р)?\s*сар(?:ын)?")
def _mn_month(m, _):
    return _make(int(m[1]), int(m[2]))


@_pattern(r"(\d{1,2})\s*(?:-?го)?\s*(" + _MONTH_RE + r")\.?,?\s*(\d{4})\s*(?:г\.?|года|ж\.?|жыл)?")
def _day_word_year(m, _):
    return _make(int(m[3]), _MONTH_WORDS[m[2]], int(m[1]))


@_pattern(r"(" + _MONTH_RE + r")\.?\s+(\d{1,2}),?\s+(\d{4})")
def _word_day_year(m, _):
    return _make(int(m[3]), _MONTH_WORDS[m[1]], int(m[2]))


@_pattern(r"(" + _MONTH_RE + r")\.?,?\s*(\d{4})\s*(?:г\.?|года|ж\.?|жыл)?")
def _word_year(m, _):
    return _make(int(m[2]), _MONTH_WORDS[m[1]])


@_pattern(r"(\d{4})\s*(?:г\.?|года|ж\.?|жыл|year)?")
def _year_only(m, _):
    return _make(int(m[1]))


@_pattern(r"(\d{4})\s*(?:он[ыо]?\s*)?(" + _MONTH_RE + r")(?:\s*сар)?")
def _year_word(m, _):
    return _make(int(m[1]), _MONTH_WORDS[m[2]])


def _single(text: str, day_first: bool) -> Optional[_Point]:
    for regex, builder in _PATTERNS:
        match = regex.match(text)
        if match:
            point = builder(match, day_first)
            if point is not None:
                return point
    return None


_RANGE_SPLIT = re.compile(r"\s*(?:/|\s-\s|\s-|-\s|\.\.|…|~|至|到|по|to|until)\s*")


def _range(text: str, day_first: bool):
    """Two points, or None."""
    # 12-15.06.2020, 12.-15.06.2020
    m = re.match(r"^(\d{1,2})\.?\s*-\s*(\d{1,2})([./-])(\d{1,2})\3(\d{4})$", text)
    if m:
        month, year = int(m[4]), int(m[5])
        return _make(year, month, int(m[1])), _make(year, month, int(m[2]))
    # 12.06-15.07.2020
    m = re.match(r"^(\d{1,2})[./](\d{1,2})\s*-\s*(\d{1,2})[./](\d{1,2})[./](\d{4})$", text)
    if m:
        year = int(m[5])
        return _make(year, int(m[2]), int(m[1])), _make(year, int(m[4]), int(m[3]))
    # июнь-июль 2020, june-july 2020
    m = re.match(r"^(" + _MONTH_RE + r")\s*-\s*(" + _MONTH_RE + r")\s+(\d{4})", text)
    if m:
        year = int(m[3])
        return _make(year, _MONTH_WORDS[m[1]]), _make(year, _MONTH_WORDS[m[2]])
    # 2020年6月12日至15日 / 2020年6月12-15日
    m = re.match(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?\s*(?:至|到|-)\s*(\d{1,2})\s*[日号]$", text)
    if m:
        year, month = int(m[1]), int(m[2])
        return _make(year, month, int(m[3])), _make(year, month, int(m[4]))
    # 2019-2020
    m = re.match(r"^(\d{4})\s*-\s*(\d{4})$", text)
    if m:
        return _make(int(m[1])), _make(int(m[2]))
    # two full dates: ISO a/b, or "12.06.2020 - 15.06.2020"
    pieces = [p for p in _RANGE_SPLIT.split(text) if p]
    if len(pieces) == 2:
        a, b = _single(pieces[0], day_first), _single(pieces[1], day_first)
        if a and b:
            return a, b
    m = re.match(r"^(\d{4}-\d{1,2}-\d{1,2})-(\d{4}-\d{1,2}-\d{1,2})$", text)
    if m:
        return _single(m[1], day_first), _single(m[2], day_first)
    return None


def parse_excel_serial(value: float) -> Optional[_dt.date]:
    if EXCEL_MIN <= value <= EXCEL_MAX:
        return EXCEL_EPOCH + _dt.timedelta(days=int(value))
    return None


def parse_date(text, day_first: bool = True, today: Optional[_dt.date] = None,
               excel_serials: bool = True) -> ParsedDate:
    """Parse one date cell. Never raises."""
    try:
        return _parse_date(text, day_first, today or _dt.date.today(), excel_serials)
    except Exception:  # noqa: BLE001 - never raise on user input
        return ParsedDate(error="DATE_INVALID")


def _check(start: _dt.date, end: _dt.date, iso: str, today: _dt.date) -> ParsedDate:
    if end < start:
        return ParsedDate(error="DATE_INVALID")
    if end > today:
        return ParsedDate(iso=iso, start=start, end=end, year=start.year, error="DATE_FUTURE")
    if start.year < MIN_YEAR:
        return ParsedDate(iso=iso, start=start, end=end, year=start.year, error="DATE_TOO_OLD")
    return ParsedDate(iso=iso, start=start, end=end, year=start.year if start.year == end.year else None)


def _parse_date(text, day_first, today, excel_serials):
    if text is None:
        return ParsedDate(error="DATE_MISSING")
    if isinstance(text, (_dt.date, _dt.datetime)):
        day = text.date() if isinstance(text, _dt.datetime) else text
        return _check(day, day, day.isoformat(), today)
    cleaned = _clean(text)
    if not cleaned or cleaned in ("nan", "none", "-", "?"):
        return ParsedDate(error="DATE_MISSING")
    if excel_serials and re.fullmatch(r"\d{5}(?:\.\d+)?", cleaned):
        day = parse_excel_serial(float(cleaned))
        if day is None:
            return ParsedDate(error="DATE_INVALID")
        return _check(day, day, day.isoformat(), today)
    cleaned = cleaned.rstrip(".").strip()
    point = _single(cleaned, day_first)
    if point is not None:
        return _check(point.first_day(), point.last_day(), point.iso(), today)
    pair = _range(cleaned, day_first)
    if pair and pair[0] and pair[1]:
        a, b = pair
        if a.iso() == b.iso():
            return _check(a.first_day(), a.last_day(), a.iso(), today)
        return _check(a.first_day(), b.last_day(), f"{a.iso()}/{b.iso()}", today)
    return ParsedDate(error="DATE_INVALID")


_NUMERIC_DMY = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})\b")


def infer_day_first(values: Iterable, default: bool = True) -> bool:
    """Day-first unless a value of the column can only be month-first (``06/13/2020``) and none can
    only be day-first."""
    day_only = month_only = False
    for value in values:
        match = _NUMERIC_DMY.match(str(value)) if value is not None else None
        if not match:
            continue
        a, b = int(match[1]), int(match[2])
        if a > 12 >= b:
            day_only = True
        elif b > 12 >= a:
            month_only = True
        if day_only:
            break
    if month_only and not day_only:
        return False
    return default
