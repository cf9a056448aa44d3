"""Abundance as partners write it: ``12``, ``~20``, ``>100``, ``10-15``, ``few``/``many`` in five
languages, ``+`` (present) and ``0`` (a true absence).

Darwin Core: an exact whole count goes to ``individualCount``; anything else to ``organismQuantity``
+ ``organismQuantityType``. ``abundanceMin``/``abundanceMax`` give numeric bounds where known.
Never raises.
"""
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Optional

INDIVIDUALS = "individuals"
ABUNDANCE_CLASS = "abundance class"

_FEW = {"few", "a few", "several", "some", "rare", "single", "singles", "несколько", "мало", "единично",
        "единичные", "редко", "немного", "цөөн", "цөөхөн", "ховор", "少", "少数", "少量", "稀少", "几只",
        "бірнеше", "аз", "сирек"}
_MANY = {"many", "numerous", "lots", "abundant", "common", "много", "многочисленно", "многочисленный",
         "обычно", "обычный", "массово", "олон", "элбэг", "许多", "很多", "大量", "多", "众多", "көп",
         "өте көп", "мол"}
_PRESENT = {"+", "x", "х", "✓", "✔", "present", "yes", "y", "seen", "есть", "да", "отмечен", "отмечено",
            "присутствует", "байгаа", "байна", "тийм", "有", "是", "见到", "бар", "иә"}
_ABSENT = {"0", "absent", "none", "not seen", "нет", "не отмечен", "не обнаружен", "отсутствует", "байхгүй",
           "үгүй", "无", "没有", "未见", "жоқ"}
_APPROX = r"(?:~|≈|ca\.?|c\.|approx\.?|about|около|примерно|прибл\.?|ок\.|орчим|ойролцоогоор|约|大约|шамамен)"
_MORE = r"(?:>|≥|>=|more than|over|more|более|больше|свыше|не менее|гаруй|илүү|超过|多于|大于|астам|артық)"
_LESS = r"(?:<|≤|<=|less than|under|менее|меньше|до|бага|少于|小于|кем)"
_NUM = r"(\d+(?:[.,]\d+)?)"


@dataclass
class ParsedAbundance:
    status: str = "present"                # present / absent
    individual_count: Optional[int] = None
    quantity: str = ""                      # organismQuantity
    quantity_type: str = ""                 # organismQuantityType
    minimum: Optional[float] = None
    maximum: Optional[float] = None
    error: str = ""                         # "", ABUNDANCE_INVALID (negative, nonsense)


# GBIF stores individualCount as a 32-bit integer; a larger count is a typing error, not a survey.
MAX_ABUNDANCE = 2**31 - 1


def _num(token: str) -> float:
    value = float(token.replace(",", "."))
    if not math.isfinite(value) or value > MAX_ABUNDANCE:
        raise ValueError(token)  # parse_abundance turns it into ABUNDANCE_INVALID
    return value


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def parse_abundance(text) -> ParsedAbundance:
    try:
        return _parse(text)
    except Exception:  # noqa: BLE001 - never raise on user input
        return ParsedAbundance(error="ABUNDANCE_INVALID")


def _parse(text):
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return ParsedAbundance()  # a listed species without a count: present
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        text = _fmt(text)
    cleaned = unicodedata.normalize("NFKC", str(text)).strip().lower()
    cleaned = re.sub(r"\s+", " ", cleaned).replace("–", "-").replace("—", "-").replace("−", "-")
    cleaned = re.sub(r"\s*(?:ind\.?|inds\.?|individuals|экз\.?|особ(?:ей|и|ь)?|ос\.|шт\.?|只|头|个|бодь|толгой|"
                     r"дана|бас)$", "", cleaned).strip()
    if not cleaned:
        return ParsedAbundance()
    if cleaned in _ABSENT or re.fullmatch(r"0+(?:[.,]0+)?", cleaned):
        return ParsedAbundance(status="absent", individual_count=0, quantity="0", quantity_type=INDIVIDUALS,
                               minimum=0.0, maximum=0.0)
    if cleaned in _PRESENT:
        return ParsedAbundance(quantity="present", quantity_type=ABUNDANCE_CLASS, minimum=1.0)
    if cleaned in _FEW:
        return ParsedAbundance(quantity="few", quantity_type=ABUNDANCE_CLASS, minimum=1.0)
    if cleaned in _MANY:
        return ParsedAbundance(quantity="many", quantity_type=ABUNDANCE_CLASS, minimum=1.0)
    if re.fullmatch(r"-\s*\d+(?:[.,]\d+)?", cleaned):
        return ParsedAbundance(error="ABUNDANCE_INVALID")
    m = re.fullmatch(_NUM, cleaned)
    if m:
        value = _num(m[1])
        if value.is_integer():
            return ParsedAbundance(individual_count=int(value), quantity=_fmt(value), quantity_type=INDIVIDUALS,
                                   minimum=value, maximum=value)
        return ParsedAbundance(quantity=_fmt(value), quantity_type=INDIVIDUALS, minimum=value, maximum=value)
    m = re.fullmatch(r"(?:от\s*)?" + _NUM + r"\s*(?:-|\.\.|…|to|до|至|~)\s*" + _NUM, cleaned)
    if m:
        low, high = sorted((_num(m[1]), _num(m[2])))
        return ParsedAbundance(quantity=f"{_fmt(low)}-{_fmt(high)}", quantity_type=INDIVIDUALS,
                               minimum=low, maximum=high)
    m = re.fullmatch(_APPROX + r"\s*" + _NUM + r"|" + _NUM + r"\s*(?:\?|~|左右|орчим)", cleaned)
    if m:
        value = _num(m[1] or m[2])
        return ParsedAbundance(quantity=f"~{_fmt(value)}", quantity_type=INDIVIDUALS, minimum=value, maximum=value)
    m = re.fullmatch(_MORE + r"\s*" + _NUM + r"|" + _NUM + r"\s*(?:\+|以上|и более|гаруй|астам)", cleaned)
    if m:
        value = _num(m[1] or m[2])
        return ParsedAbundance(quantity=f">{_fmt(value)}", quantity_type=INDIVIDUALS, minimum=value)
    m = re.fullmatch(_LESS + r"\s*" + _NUM + r"|" + _NUM + r"\s*以下", cleaned)
    if m:
        value = _num(m[1] or m[2])
        if value <= 1:  # "fewer than one" animal of a presence record: not a count, a typo (found by hypothesis)
            return ParsedAbundance(error="ABUNDANCE_INVALID")
        return ParsedAbundance(quantity=f"<{_fmt(value)}", quantity_type=INDIVIDUALS, minimum=1.0, maximum=value)
    return ParsedAbundance(error="ABUNDANCE_INVALID")
