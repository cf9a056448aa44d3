"""Finding the header of a partner sheet: in English, Russian, Mongolian, Chinese or Kazakh,
abbreviated, with units, on the first row or below a title block, or split over two header rows.
A user mapping (role → column) overrides what is detected."""
import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from ..toolbelt.i18n import tr

# Roles a column can play. Public: users name them in MAPPING.
ROLES = ("species", "vernacular", "count", "date", "site", "lat", "lon", "coordinates", "x", "y", "country",
         "observer", "basis", "uncertainty")
ROLE_ALIASES = {"abundance": "count", "individualcount": "count", "locality": "site", "scientificname": "species",
                "name": "species", "latitude": "lat", "longitude": "lon", "eventdate": "date", "coords": "coordinates",
                "easting": "x", "northing": "y", "recordedby": "observer", "basisofrecord": "basis",
                "vernacularname": "vernacular", "decimallatitude": "lat", "decimallongitude": "lon"}

HEADER_WORDS = {
    "species": ["scientific name", "scientificname", "species", "species name", "latin name", "latin", "taxon",
                "taxon name", "вид", "виды", "латинское название", "латинское", "научное название", "название вида",
                "таксон", "латынь", "зүйл", "зүйлийн нэр", "шинжлэх ухааны нэр", "латин нэр", "物种", "种名",
                "学名", "拉丁名", "物种名", "物种名称", "种类", "түр", "түр атауы", "түрдің атауы", "ғылыми атауы",
                "латынша атауы", "name", "название", "нэр", "名称", "атауы"],
    "vernacular": ["common name", "vernacular name", "vernacular", "english name", "local name", "русское название",
                   "русское", "русское имя", "монгол нэр", "монгол нэрс", "中文名", "中文名称", "俗名", "қазақша атауы",
                   "жергілікті атауы"],
    "count": ["count", "individual count", "individualcount", "number", "abundance", "individuals", "n",
              "qty", "quantity", "number of individuals", "численность", "количество", "кол во", "число особей",
              "особей", "экз", "тоо", "тоо толгой", "тоо ширхэг", "тоо хэмжээ", "数量", "个体数", "只数", "数目",
              "саны", "дарақ саны"],
    "date": ["date", "event date", "eventdate", "observation date", "survey date", "дата", "дата наблюдения",
             "дата учета", "огноо", "ажиглалтын огноо", "日期", "时间", "观测日期", "调查日期", "观察日期", "күні",
             "бақылау күні", "мерзімі", "уақыты"],
    "site": ["site", "locality", "location", "place", "site name", "place name", "место", "местонахождение",
             "местообитание", "урочище", "пункт", "участок", "локалитет", "место наблюдения", "байршил", "газар",
             "газрын нэр", "цэг", "地点", "样点", "位置", "地名", "调查地点", "观测地点", "орны", "орны атауы", "жер",
             "мекен", "орын", "мекенжайы"],
    "lat": ["lat", "latitude", "decimallatitude", "широта", "с ш", "сш", "северная широта", "өргөрөг", "纬度",
            "北纬", "ендік"],
    "lon": ["lon", "long", "lng", "longitude", "decimallongitude", "долгота", "в д", "вд", "восточная долгота",
            "уртраг", "经度", "东经", "бойлық"],
    "coordinates": ["coordinates", "coords", "coordinate", "gps", "координаты", "солбицол", "坐标", "координаттар",
                    "gps координаты", "坐标位置"],
    "x": ["x", "easting", "east"],
    "y": ["y", "northing", "north"],
    "country": ["country", "countrycode", "country code", "страна", "улс", "国家", "ел", "мемлекет"],
    "observer": ["observer", "recorded by", "recordedby", "collector", "наблюдатель", "учетчик", "исполнитель",
                 "ажиглагч", "观察者", "记录人", "调查人", "бақылаушы"],
    "basis": ["basis of record", "basisofrecord"],
    "uncertainty": ["uncertainty", "coordinateuncertaintyinmeters", "accuracy", "точность", "погрешность"],
}
_CJK = re.compile(r"[\u3400-\u9fff]")
# Lookup tables built once: exact label → role; word sequences checked in order of length.
_EXACT = {}
for _role, _words in HEADER_WORDS.items():
    for _word in _words:
        _EXACT.setdefault(_word, _role)
_BY_LENGTH = sorted(_EXACT, key=len, reverse=True)


def normalise_label(label) -> str:
    text = unicodedata.normalize("NFKC", str(label or "").replace("№", "#")).casefold().replace("ё", "е")
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]|\{[^}]*\}", " ", text)   # units: (°), [m], (шт.)
    text = re.sub(r"[,，:：].*$", "", text) if not text.startswith(("с.ш", "в.д")) else text  # "Широта, °"
    text = re.sub(r"[._/\\\-–—#№*°'\"′″%]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


# A name column qualified by its language: "Вид (лат.)" holds scientific names, "Вид (рус.)" vernacular ones.
_SCIENTIFIC_QUALIFIERS = ("лат", "latin", "lat", "scientific", "sci", "науч", "拉丁", "学名", "латин", "ғылыми")
_VERNACULAR_QUALIFIERS = ("рус", "рос", "russian", "eng", "англ", "english", "common", "local", "vernacular",
                          "монг", "mong", "mn", "каз", "қаз", "kaz", "kk", "кит", "chin", "zh", "中文", "俗名", "мест")


def _name_qualifier(label) -> Optional[str]:
    inner = " ".join(re.findall(r"[(\[]([^)\]]*)[)\]]", unicodedata.normalize("NFKC", str(label or "")).casefold()))
    words = re.findall(r"\w+", inner)
    if any(w.startswith(q) for w in words for q in _SCIENTIFIC_QUALIFIERS):
        return "species"
    if any(w.startswith(q) for w in words for q in _VERNACULAR_QUALIFIERS):
        return "vernacular"
    return None


def role_of(label) -> Optional[str]:
    key = normalise_label(label)
    if not key:
        return None
    if _EXACT.get(key) in ("species", "vernacular"):
        return _name_qualifier(label) or _EXACT[key]
    if key in _EXACT:
        return _EXACT[key]
    for word in _BY_LENGTH:
        if len(word) < 2 and not _CJK.search(word):
            continue
        if _CJK.search(word):
            if word in key:
                return _EXACT[word]
        elif key.startswith(word + " ") or key.endswith(" " + word) or f" {word} " in f" {key} " and len(word) > 3:
            return _EXACT[word]
    return None


@dataclass
class HeaderLayout:
    header_rows: List[int]              # 0-based indices of the header rows
    labels: List[str]                   # one label per column (unique)
    roles: Dict[str, int]               # role → column index
    first_data_row: int
    messages: List[str] = field(default_factory=list)


def _is_number(text: str) -> bool:
    return bool(re.fullmatch(r"\s*[-+]?\d+(?:[.,]\d+)?\s*", text or ""))


def _roles_for(labels) -> Dict[str, int]:
    roles = {}
    for index, label in enumerate(labels):
        role = role_of(label)
        if role and role not in roles:
            roles[role] = index
    return roles


def _score(roles) -> int:
    has_name = "species" in roles or "vernacular" in roles
    return len(roles) + (3 if has_name else 0)


def _two_row_labels(top, bottom):
    """Merged group headers: the top label spans the empty cells after it."""
    labels = []
    current = ""
    for index in range(max(len(top), len(bottom))):
        upper = top[index].strip() if index < len(top) else ""
        lower = bottom[index].strip() if index < len(bottom) else ""
        if upper:
            current = upper
        elif not lower:
            current = ""
        if lower and current and current != lower:
            labels.append((f"{current} / {lower}", lower))
        else:
            labels.append((lower or upper, None))
    return labels


def _unique(labels):
    seen = {}
    out = []
    for index, label in enumerate(labels):
        label = label or f"column_{index + 1}"
        if label in seen:
            seen[label] += 1
            label = f"{label}_{seen[label]}"
        else:
            seen[label] = 1
        out.append(label)
    return out


def parse_mapping(mapping) -> Dict[str, str]:
    """``species=Вид; lat=Ш`` or a JSON object or a dict → {role: column spec}. Raises ValueError."""
    if not mapping:
        return {}
    if isinstance(mapping, dict):
        items = mapping.items()
    else:
        text = str(mapping).strip()
        if text.startswith("{"):
            try:
                items = json.loads(text).items()
            except (ValueError, AttributeError) as exc:
                raise ValueError(tr("The column mapping is not valid JSON: {detail}").format(detail=exc)) from exc
        else:
            items = []
            for part in re.split(r"[;\n]", text):
                if not part.strip():
                    continue
                if "=" not in part:
                    raise ValueError(tr("Column mapping entries look like role=column; got '{part}'.").format(
                        part=part.strip()))
                role, _, column = part.partition("=")
                items.append((role, column))
    out = {}
    for role, column in items:
        key = re.sub(r"[\s_]", "", str(role).strip().lower())
        key = ROLE_ALIASES.get(key, key)
        if key not in ROLES:
            raise ValueError(tr("Unknown role '{role}' in the column mapping. Roles: {roles}").format(
                role=role, roles=", ".join(ROLES)))
        out[key] = str(column).strip()
    return out


def _column_index(spec: str, labels: List[str]) -> Optional[int]:
    wanted = normalise_label(spec)
    for index, label in enumerate(labels):
        if label == spec or normalise_label(label) == wanted:
            return index
    for index, label in enumerate(labels):  # the lower part of a two-row label
        if normalise_label(label.split(" / ")[-1]) == wanted:
            return index
    if re.fullmatch(r"[A-Za-z]{1,2}", spec):
        index = 0
        for char in spec.upper():
            index = index * 26 + (ord(char) - 64)
        return index - 1 if index - 1 < len(labels) else None
    if re.fullmatch(r"\d+", spec):
        index = int(spec) - 1
        return index if 0 <= index < len(labels) else None
    return None


def detect_header(rows: List[List[str]], mapping=None, scan_rows: int = 25, width: int = 0) -> HeaderLayout:
    """Find the header row(s). Raises ValueError (translated) when no species column is found."""
    mapping = parse_mapping(mapping)
    best = None
    limit = min(len(rows), scan_rows)
    for r in range(limit):
        row = [str(c) for c in rows[r]]
        if not any(c.strip() for c in row):
            continue
        single = _roles_for(row)
        mapped = sum(1 for spec in mapping.values() if _column_index(spec, row) is not None
                     and not re.fullmatch(r"[A-Za-z]{1,2}|\d+", spec))
        candidate = (_score(single) + 2 * mapped, [r], [c.strip() for c in row], single)
        if r + 1 < len(rows):
            below = [str(c) for c in rows[r + 1]]
            if any(c.strip() for c in below) and not any(_is_number(c) for c in below):
                pairs = _two_row_labels(row, below)
                labels = [p[0] for p in pairs]
                roles = {}
                for index, (label, lower) in enumerate(pairs):
                    role = (role_of(lower) if lower else None) or role_of(label)
                    if role and role not in roles:
                        roles[role] = index
                mapped2 = sum(1 for spec in mapping.values() if _column_index(spec, labels) is not None
                              and not re.fullmatch(r"[A-Za-z]{1,2}|\d+", spec))
                two = (_score(roles) + 2 * mapped2, [r, r + 1], labels, roles)
                if two[0] > candidate[0]:
                    candidate = two
        if best is None or candidate[0] > best[0]:
            best = candidate
    if best is None:
        raise ValueError(tr("The sheet is empty."))
    score, header_rows, labels, roles = best
    width = max([len(r) for r in rows] + [width])
    labels = _unique(list(labels) + [""] * (width - len(labels)))
    roles = dict(roles)
    for role, spec in mapping.items():
        index = _column_index(spec, labels)
        if index is None:
            raise ValueError(tr("The column mapping names '{column}' for {role}, but the sheet has no such column. "
                                "Columns: {columns}").format(column=spec, role=role, columns=", ".join(labels)))
        roles = {k: v for k, v in roles.items() if v != index}
        roles[role] = index
    if "species" not in roles and "vernacular" not in roles:
        raise ValueError(tr(
            "No species column found. Expected a header such as 'species', 'scientific name', 'вид', 'зүйл', "
            "'物种' or 'түр' in the first {n} rows; or name the column in MAPPING (e.g. species=B)."
        ).format(n=scan_rows))
    return HeaderLayout(header_rows=header_rows, labels=labels, roles=roles, first_data_row=header_rows[-1] + 1)
