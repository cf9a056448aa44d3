"""Coordinates as partners write them: decimal (point or comma), degrees-minutes(-seconds) in any
common notation, hemisphere letters in Latin, Cyrillic, Chinese, Mongolian and Kazakh, one cell or two,
and projected coordinates (Pulkovo 1942 Gauss–Krüger with the zone number prefixed to the easting).

Parsers never raise: they return a :class:`ParsedCoordinate` whose ``error`` names what is wrong.
"""
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Optional

# Hemisphere words, longest first so ``北纬`` wins over ``北``. Value: (axis, sign).
_HEMISPHERES = [
    # Chinese (simplified and traditional)
    ("北纬", "lat", 1), ("南纬", "lat", -1), ("东经", "lon", 1), ("西经", "lon", -1),
    ("北緯", "lat", 1), ("南緯", "lat", -1), ("東經", "lon", 1), ("西經", "lon", -1),
    # Mongolian: хойд өргөрөг (northern latitude), зүүн уртраг (eastern longitude)
    ("хойд өргөрөг", "lat", 1), ("өмнөд өргөрөг", "lat", -1), ("зүүн уртраг", "lon", 1),
    ("баруун уртраг", "lon", -1), ("х.ө.", "lat", 1), ("з.у.", "lon", 1), ("хө", "lat", 1), ("зу", "lon", 1),
    # Kazakh: солтүстік ендік, шығыс бойлық
    ("солтүстік ендік", "lat", 1), ("оңтүстік ендік", "lat", -1), ("шығыс бойлық", "lon", 1),
    ("батыс бойлық", "lon", -1), ("с.е.", "lat", 1), ("ш.б.", "lon", 1),
    # Russian: северной широты, восточной долготы and abbreviations
    ("с.ш.", "lat", 1), ("ю.ш.", "lat", -1), ("в.д.", "lon", 1), ("з.д.", "lon", -1),
    ("с. ш.", "lat", 1), ("ю. ш.", "lat", -1), ("в. д.", "lon", 1), ("з. д.", "lon", -1),
    ("сш", "lat", 1), ("юш", "lat", -1), ("вд", "lon", 1), ("зд", "lon", -1),
    ("северной широты", "lat", 1), ("восточной долготы", "lon", 1),
    ("north", "lat", 1), ("south", "lat", -1), ("east", "lon", 1), ("west", "lon", -1),
    # single letters, Latin and Cyrillic (С север, Ю юг, В восток, З запад)
    ("n", "lat", 1), ("s", "lat", -1), ("e", "lon", 1), ("w", "lon", -1),
    ("с", "lat", 1), ("ю", "lat", -1), ("в", "lon", 1), ("з", "lon", -1),
    ("北", "lat", 1), ("南", "lat", -1), ("东", "lon", 1), ("西", "lon", -1),
]
_HEMI_LOOKUP = {word: (axis, sign) for word, axis, sign in _HEMISPHERES}
_HEMI_PATTERN = re.compile(
    "(?<![a-zа-яёөүұқғңһәі])(" + "|".join(re.escape(w) for w, _, _ in
                                           sorted(_HEMISPHERES, key=lambda h: -len(h[0])))
    + ")(?![a-zа-яёөүұқғңһәі])")
_NUMBER = re.compile(r"[-−]?\d+(?:[.,]\d+)?")


def _word_key(text: str) -> str:
    return re.sub(r"[\s.]", "", text)


# Hemisphere words looked up without spaces and dots ("с. ш." = "с.ш." = "сш").
_HEMI_KEYS = {_word_key(word): (axis, sign) for word, axis, sign in _HEMISPHERES}
# Symbols that end a degree / minute / second component.
_DEG = "°º˚度"
_MIN = "'′’‘´`分"
_SEC = "\"″”“秒"
_NOT_MARK = re.compile(r"[^\s" + re.escape(_DEG + _MIN + _SEC) + r":+;]")
# Runs of anything that is not a number, a mark or a separator: the candidate hemisphere words.
_WORDS = re.compile("[^0-9" + re.escape(_DEG + _MIN + _SEC) + ",;:+\\-]+")


@dataclass
class ParsedCoordinate:
    value: Optional[float] = None
    axis: Optional[str] = None        # "lat" / "lon" when a hemisphere word says so
    decimals: Optional[int] = None    # decimal places of a decimal value (precision)
    precision_deg: Optional[float] = None  # size of the last written digit, in degrees
    notation: str = ""                # decimal, dm, dms
    error: str = ""                   # "" or a reason code

    @property
    def ok(self):
        return self.value is not None and not self.error


def _clean(text) -> str:
    text = unicodedata.normalize("NFKC", str(text)).strip().lower()
    # typographic doubles: two single quotes make a second mark
    return text.replace("''", '"').replace("′′", '"').replace("−", "-").replace("–", "-")


def _to_float(token: str) -> float:
    return float(token.replace(",", ".").replace("−", "-"))


def parse_coordinate(text, axis: Optional[str] = None) -> ParsedCoordinate:
    """One coordinate: ``50.0603``, ``50,0603``, ``50°03'37" N``, ``50 03 37N``, ``50°03.6'``,
    ``С 50°03′37″``, ``北纬50°03′37″``, ``-115.5``. ``axis`` ("lat"/"lon") is what the column holds; a
    hemisphere word in the cell wins and is reported back."""
    try:
        return _parse_coordinate(text, axis)
    except Exception:  # noqa: BLE001 - a parser for user input must never raise
        return ParsedCoordinate(error="COORDINATE_INVALID")


def _parse_coordinate(text, axis):
    if text is None:
        return ParsedCoordinate(error="COORDINATE_MISSING")
    if isinstance(text, (int, float)):
        if isinstance(text, float) and math.isnan(text):
            return ParsedCoordinate(error="COORDINATE_MISSING")
        value = float(text)
        return ParsedCoordinate(value=value, axis=axis, decimals=_decimals_of(repr(value)),
                                precision_deg=10.0 ** -_decimals_of(repr(value)), notation="decimal")
    cleaned = _clean(text)
    if not cleaned:
        return ParsedCoordinate(error="COORDINATE_MISSING")
    fast = _FAST_DMS.match(cleaned)
    if fast:  # the commonest notation, 50°03'37.2" N, without the general machinery
        parsed = _fast_dms(fast)
        if parsed is not None:
            return parsed
    sign = 1
    found_axis = None
    hemis = []
    for run in _WORDS.finditer(cleaned):
        key = _word_key(run.group(0))
        if key:
            if key not in _HEMI_KEYS:
                return ParsedCoordinate(error="COORDINATE_INVALID")
            hemis.append((run.start(), run.end(), key))
    if len(hemis) > 1:
        return ParsedCoordinate(error="COORDINATE_INVALID")
    if hemis:
        start, end, key = hemis[0]
        found_axis, sign = _HEMI_KEYS[key]
        before, after = cleaned[:start], cleaned[end:]
        if _NUMBER.search(before) and _NUMBER.search(after):
            return ParsedCoordinate(error="COORDINATE_INVALID")  # a hemisphere belongs at an end
        cleaned = before + " " + after
    # what is left may hold only numbers, separators and degree/minute/second marks
    rest = _NUMBER.sub(" ", cleaned)
    if _NOT_MARK.search(rest):
        return ParsedCoordinate(error="COORDINATE_INVALID")
    numbers = list(_NUMBER.finditer(cleaned))
    if not numbers or len(numbers) > 3:
        return ParsedCoordinate(error="COORDINATE_INVALID" if numbers else "COORDINATE_MISSING")
    parts = [m.group(0) for m in numbers]
    negative = parts[0].startswith("-")
    if negative and found_axis:
        return ParsedCoordinate(error="COORDINATE_INVALID")  # "-50 S" is contradictory
    if any(p.startswith("-") for p in parts[1:]):
        return ParsedCoordinate(error="COORDINATE_INVALID")
    parts = [p.lstrip("-") for p in parts]
    # with marks, a lone value may be minutes ("03'") only if a degree came first; keep it simple:
    values = [_to_float(p) for p in parts]
    if len(values) >= 2 and any("." in p or "," in p for p in parts[:-1]):
        return ParsedCoordinate(error="COORDINATE_INVALID")  # only the last component may be fractional
    degrees = values[0]
    minutes = values[1] if len(values) > 1 else 0.0
    seconds = values[2] if len(values) > 2 else 0.0
    if minutes >= 60 or seconds >= 60:
        return ParsedCoordinate(error="COORDINATE_INVALID")
    value = degrees + minutes / 60.0 + seconds / 3600.0
    if negative or sign < 0:
        value = -value
    last = parts[-1]
    decimals = _decimals_of(last)
    unit = (1.0, 1 / 60.0, 1 / 3600.0)[len(values) - 1]
    notation = ("decimal", "dm", "dms")[len(values) - 1]
    return ParsedCoordinate(value=value, axis=found_axis or axis, decimals=decimals if len(values) == 1 else None,
                            precision_deg=unit * 10.0 ** -decimals, notation=notation)


_FAST_DMS = re.compile(r"^(\d{1,3})°\s*(\d{1,2})'\s*(?:(\d{1,2}(?:[.,]\d+)?)\"\s*)?([^\d]*)$")


def _fast_dms(match) -> Optional[ParsedCoordinate]:
    word = _word_key(match.group(4))
    axis, sign = None, 1
    if word:
        if word not in _HEMI_KEYS:
            return None
        axis, sign = _HEMI_KEYS[word]
    minutes = int(match.group(2))
    seconds_text = match.group(3)
    seconds = _to_float(seconds_text) if seconds_text else 0.0
    if minutes >= 60 or seconds >= 60:
        return ParsedCoordinate(error="COORDINATE_INVALID")
    value = sign * (int(match.group(1)) + minutes / 60.0 + seconds / 3600.0)
    if seconds_text:
        return ParsedCoordinate(value=value, axis=axis, precision_deg=10.0 ** -_decimals_of(seconds_text) / 3600.0,
                                notation="dms")
    return ParsedCoordinate(value=value, axis=axis, precision_deg=1 / 60.0, notation="dm")


def _decimals_of(token: str) -> int:
    token = token.replace(",", ".")
    if "e" in token.lower():
        return 6
    return len(token.split(".", 1)[1]) if "." in token else 0


def split_pair(text):
    """A cell holding both coordinates → (first, second) strings, or None when it cannot be split.
    ``50.06, 115.3`` · ``50,06; 115,3`` · ``50°03'37"N 115°20'10"E`` · ``北纬50.1° 东经115.3°``."""
    try:
        cleaned = _clean(text)
    except Exception:  # noqa: BLE001
        return None
    if not cleaned:
        return None
    hemis = list(_HEMI_PATTERN.finditer(cleaned))
    if len(hemis) == 2:
        first, second = hemis
        # hemisphere after the numbers ("50 N, 115 E") or before ("N 50, E 115")
        before_first = cleaned[:first.start()]
        if _NUMBER.search(before_first):
            return cleaned[:first.end()].strip(" ,;/"), cleaned[first.end():].strip(" ,;/")
        return cleaned[:second.start()].strip(" ,;/"), cleaned[second.start():].strip(" ,;/")
    for separator in (";", "/", "|", ", ", "\t"):
        if separator in cleaned:
            pieces = [p for p in cleaned.split(separator) if p.strip()]
            if len(pieces) == 2:
                return pieces[0].strip(), pieces[1].strip()
    numbers = list(_NUMBER.finditer(cleaned))
    if len(numbers) == 2:
        return numbers[0].group(0), numbers[1].group(0)
    if len(numbers) in (4, 6):
        # marks present: split after half the components
        half = numbers[len(numbers) // 2 - 1].end()
        tail = re.match(r"[\s" + re.escape(_DEG + _MIN + _SEC) + r"]*", cleaned[half:])
        cut = half + (tail.end() if tail else 0)
        return cleaned[:cut].strip(" ,;"), cleaned[cut:].strip(" ,;")
    if "," in cleaned and cleaned.count(",") == 1:  # "50.06,115.3"
        a, b = cleaned.split(",")
        if "." in a and "." in b:
            return a, b
    return None


def valid_lat(value) -> bool:
    return value is not None and -90.0 <= value <= 90.0


def valid_lon(value) -> bool:
    return value is not None and -180.0 <= value <= 180.0


# -- Pulkovo 1942 Gauss–Krüger ------------------------------------------------------------------
GK_PULKOVO_FIRST_EPSG = 28404  # zone 4
GK_PULKOVO_LAST_EPSG = 28432   # zone 32


def gk_zone_of_epsg(epsg: int) -> Optional[int]:
    """Zone of a Pulkovo 1942 / Gauss–Krüger zone CRS (EPSG:28404–28432, with zone prefix)."""
    if GK_PULKOVO_FIRST_EPSG <= epsg <= GK_PULKOVO_LAST_EPSG:
        return epsg - 28400
    return None


def gk_zone_prefix(easting: float) -> Optional[int]:
    """Zone number carried in front of a GK easting (``20403402`` → 20), or None without a prefix.
    Eastings inside a 6° zone stay within 0–1,000,000 m once the zone prefix is removed."""
    if easting is None or not math.isfinite(easting) or easting < 1_000_000:
        return None
    zone = int(easting // 1_000_000)
    return zone if 1 <= zone <= 60 else None


def looks_like_gk_pair(a: float, b: float):
    """If (a, b) are a GK northing/easting in either order, return (easting, northing, zone); else None.
    Northings in the corridor (35–56°N) are 3.8–6.3 million metres; prefixed eastings are 1e6–6e7."""
    for easting, northing in ((a, b), (b, a)):
        zone = gk_zone_prefix(easting)
        if zone and 3_000_000 <= northing <= 8_000_000 and 13 <= zone <= 23 and easting >= 10_000_000:
            return easting, northing, zone
    return None
