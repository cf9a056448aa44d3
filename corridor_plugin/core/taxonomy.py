"""The corridor checklist and name resolution (scientific names, synonyms, vernacular names, typos).

Pure Python: no QGIS needed. Matching follows what GBIF's backbone matcher does where it applies
(authors stripped, case/whitespace normalised, 1 edit allowed for names up to 10 characters and 2
above, ties declined) and never guesses: a name that does not match goes back unresolved with
suggestions. Synonyms cannot be found by spelling similarity, so they come from the checklist.
"""
import csv
import difflib
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Set

from ..toolbelt.i18n import tr
from ..toolbelt.paths import seeds_path

LANGUAGES = ("en", "ru", "zh", "mn", "kk")
NAME_COLUMNS = {"en": "english_name", "ru": "russian_name", "zh": "chinese_name",
                "mn": "mongolian_name", "kk": "kazakh_name"}
IUCN_CODES = ("EX", "EW", "CR", "EN", "VU", "NT", "LC", "DD", "NE")
UNVERIFIED = "unverified"
# Suggestions: difflib ratio above this is worth showing to the user.
SUGGESTION_CUTOFF = 0.6


def default_checklist_path() -> Path:
    return seeds_path("checklist", "corridor_checklist.csv")


@dataclass
class Taxon:
    scientific_name: str
    authority: str = ""
    group: str = ""
    synonyms: List[str] = field(default_factory=list)
    names: Dict[str, List[str]] = field(default_factory=dict)
    iucn_category: str = ""
    iucn_raw: str = ""
    cites_appendix: str = ""
    cites_raw: str = ""
    dispersal_km: Optional[float] = None
    unverified: Set[str] = field(default_factory=set)
    sensitivity: str = ""  # "", "medium" or "high": how far exports generalise its coordinates

    @property
    def rank(self) -> str:
        return "subspecies" if len(self.scientific_name.split()) >= 3 else "species"


@dataclass
class NameMatch:
    scientific_name: Optional[str]
    kind: str  # exact, synonym, vernacular, fuzzy, unresolved
    score: float = 0.0
    suggestions: List[str] = field(default_factory=list)
    verbatim: str = ""

    @property
    def resolved(self) -> bool:
        return self.scientific_name is not None


# -- normalisation ----------------------------------------------------------------------------------
_SPACE = re.compile(r"\s+")
_DASHES = str.maketrans({"-": " ", "‐": " ", "‑": " ", "–": " ", "—": " ", "_": " "})
_STRIP_CHARS = "\"'«»“”„.,;:!?()[]{}*"
_RANK_MARKERS = {"subsp.", "ssp.", "subsp", "ssp", "var.", "var", "f.", "forma", "cf.", "cf", "aff.", "aff"}


def normalise(text) -> str:
    """Key used for exact lookups: NFC, case-folded, ё→е, dashes as spaces, outer punctuation off."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", str(text)).casefold().replace("ё", "е")
    text = text.translate(_DASHES)
    text = _SPACE.sub(" ", text).strip().strip(_STRIP_CHARS).strip()
    return text


def strip_authority(name: str) -> str:
    """``Procapra gutturosa (Pallas, 1777)`` → ``Procapra gutturosa``; keeps a trinomial, drops rank
    markers (``subsp.``). Returns the input stripped when it does not look like a Latin name."""
    text = _SPACE.sub(" ", unicodedata.normalize("NFKC", str(name))).strip()
    if text.isupper():
        text = text.lower()
    tokens = text.split(" ")
    if not tokens or not tokens[0]:
        return ""
    kept = [tokens[0][:1].upper() + tokens[0][1:].lower()]
    if not re.fullmatch(r"[A-Za-z][a-z]+", kept[0]):
        return text
    for token in tokens[1:]:
        if token.lower() in _RANK_MARKERS:
            continue
        if re.fullmatch(r"[a-z][a-z\-]+", token) and len(kept) < 3:
            kept.append(token)
        else:
            break
    return " ".join(kept)


def split_names(cell: str):
    """A checklist cell → (names, unverified). ``(unverified)`` marks are taken off the names and kept
    as a flag; parentheses give two variants (``серый (алтайский) сурок`` → with and without)."""
    text = (cell or "").strip()
    unverified = UNVERIFIED in text.lower()
    text = re.sub(r"\(\s*unverified\s*\)", "", text, flags=re.IGNORECASE)
    names = []
    for part in re.split(r"[;/]", text):
        part = _SPACE.sub(" ", part).strip(" ,")
        if not part:
            continue
        names.append(part)
    return names, unverified


def name_variants(name: str):
    out = [name]
    if "(" in name:
        without = _SPACE.sub(" ", re.sub(r"\([^)]*\)", "", name)).strip()
        joined = _SPACE.sub(" ", name.replace("(", " ").replace(")", " ")).strip()
        out += [without, joined]
    return [v for v in dict.fromkeys(out) if v]


def parse_float(text):
    try:
        return float(str(text).replace(",", ".").strip())
    except (TypeError, ValueError):
        return None


def iucn_code(text: str) -> str:
    for token in re.split(r"[\s(;,]+", text or ""):
        if token in IUCN_CODES:
            return token
    return ""


def cites_code(text: str) -> str:
    text = (text or "").strip()
    head = re.split(r"[\s(;,]+", text)[0] if text else ""
    return head if head in ("I", "II", "III") else ""


# -- edit distance --------------------------------------------------------------------------------
def bounded_edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), or
    ``limit + 1`` as soon as it is certain to exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2 = None
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        row_min = i
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if previous2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            row_min = min(row_min, value)
        if row_min > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def allowed_edits(key: str) -> int:
    """GBIF's rule: 1 edit for names up to 10 characters, 2 above (3-letter words: none)."""
    if len(key) <= 3:
        return 0
    return 1 if len(key) <= 10 else 2


# -- checklist ------------------------------------------------------------------------------------
class Checklist:
    """Accepted taxa with their synonyms and vernacular names, and a resolver over them."""

    def __init__(self, taxa=(), version: str = "", sources=()):
        self.taxa: List[Taxon] = []
        self.version = version
        self.sources = list(sources)
        self._by_name: Dict[str, Taxon] = {}
        self._keys: Dict[str, Dict[str, Set[str]]] = {"exact": {}, "synonym": {}, "vernacular": {}}
        self._mapping: Dict[str, str] = {}
        self._cache: Dict[str, NameMatch] = {}
        for taxon in taxa:
            self.add(taxon)

    # building
    def add(self, taxon: Taxon):
        """Add a taxon, or merge names and synonyms into the one of the same accepted name."""
        existing = self._by_name.get(taxon.scientific_name)
        if existing is None:
            self.taxa.append(taxon)
            self._by_name[taxon.scientific_name] = taxon
            existing = taxon
        else:
            existing.synonyms += [s for s in taxon.synonyms if s not in existing.synonyms]
            for lang, names in taxon.names.items():
                existing.names.setdefault(lang, [])
                existing.names[lang] += [n for n in names if n not in existing.names[lang]]
            for attr in ("authority", "group", "iucn_category", "iucn_raw", "cites_appendix", "cites_raw"):
                if not getattr(existing, attr) and getattr(taxon, attr):
                    setattr(existing, attr, getattr(taxon, attr))
            if existing.dispersal_km is None:
                existing.dispersal_km = taxon.dispersal_km
            if taxon.sensitivity:  # a partner's checklist file overrides the shipped level
                existing.sensitivity = taxon.sensitivity
        self._index(existing)
        self._cache.clear()

    def _index(self, taxon: Taxon):
        accepted = taxon.scientific_name
        self._keys["exact"].setdefault(normalise(accepted), set()).add(accepted)
        for synonym in taxon.synonyms:
            self._keys["synonym"].setdefault(normalise(strip_authority(synonym)), set()).add(accepted)
        for names in taxon.names.values():
            for name in names:
                for variant in name_variants(name):
                    self._keys["vernacular"].setdefault(normalise(variant), set()).add(accepted)

    def add_mapping(self, verbatim: str, scientific_name: str):
        """A user's decision: ``verbatim`` means ``scientific_name`` (added as a bare taxon if new)."""
        accepted = strip_authority(scientific_name)
        target = self.resolve(accepted)
        if target.kind in ("exact", "synonym"):
            accepted = target.scientific_name
        elif accepted not in self._by_name:
            self.add(Taxon(scientific_name=accepted))
        self._mapping[normalise(verbatim)] = accepted
        self._cache.clear()

    # lookups
    def get(self, scientific_name: str) -> Optional[Taxon]:
        taxon = self._by_name.get(scientific_name)
        if taxon is None and scientific_name:
            match = self._keys["exact"].get(normalise(strip_authority(scientific_name)))
            if match and len(match) == 1:
                taxon = self._by_name[next(iter(match))]
        return taxon

    def vernacular(self, scientific_name: str, language: str = "en") -> str:
        taxon = self.get(scientific_name)
        if taxon is None:
            return ""
        names = taxon.names.get(language) or []
        return names[0] if names else ""

    def __len__(self):
        return len(self.taxa)

    def resolve(self, name) -> NameMatch:
        """Resolve a name as written in a sheet. Cached per distinct string."""
        verbatim = "" if name is None else str(name)
        cached = self._cache.get(verbatim)
        if cached is None:
            cached = self._resolve(verbatim)
            self._cache[verbatim] = cached
        return cached

    def _resolve(self, verbatim: str) -> NameMatch:
        key = normalise(verbatim)
        if not key:
            return NameMatch(None, "unresolved", 0.0, [], verbatim)
        if key in self._mapping:
            return NameMatch(self._mapping[key], "exact", 1.0, [], verbatim)
        latin_key = normalise(strip_authority(verbatim))
        for kind, candidates in (("exact", {key, latin_key}), ("synonym", {key, latin_key}),
                                 ("vernacular", {key})):
            found = set()
            for candidate in candidates:
                found |= self._keys[kind].get(candidate, set())
            if len(found) == 1:
                return NameMatch(next(iter(found)), kind, 1.0, [], verbatim)
            if len(found) > 1:  # ambiguous vernacular name: do not guess
                return NameMatch(None, "unresolved", 0.0, sorted(found), verbatim)
        return self._fuzzy(verbatim, latin_key if re.search(r"[a-z]", latin_key) else key)

    def _fuzzy(self, verbatim: str, key: str) -> NameMatch:
        limit = allowed_edits(key)
        best = {}
        for kind in ("exact", "synonym", "vernacular"):
            for candidate, accepted in self._keys[kind].items():
                if limit == 0:
                    break
                distance = bounded_edit_distance(key, candidate, limit)
                if distance <= limit:
                    for name in accepted:
                        best[name] = min(best.get(name, limit + 1), distance)
        if best:
            lowest = min(best.values())
            winners = sorted(name for name, d in best.items() if d == lowest)
            if len(winners) == 1:
                score = 1.0 - lowest / max(len(key), 1)
                return NameMatch(winners[0], "fuzzy", round(score, 3), [], verbatim)
            return NameMatch(None, "unresolved", 0.0, winners[:5], verbatim)
        return NameMatch(None, "unresolved", 0.0, self.suggest(key), verbatim)

    def suggest(self, key: str, limit: int = 3) -> List[str]:
        """Accepted names whose names look most like ``key`` (for the rejected table)."""
        scored = {}
        for kind in ("exact", "synonym", "vernacular"):
            for candidate, accepted in self._keys[kind].items():
                ratio = difflib.SequenceMatcher(None, key, candidate).ratio()
                if ratio >= SUGGESTION_CUTOFF:
                    for name in accepted:
                        scored[name] = max(scored.get(name, 0.0), ratio)
        return [name for name, _ in sorted(scored.items(), key=lambda item: (-item[1], item[0]))[:limit]]


# -- reading files --------------------------------------------------------------------------------
_CHECKLIST_NAME_COLUMNS = ("scientific_name_accepted", "scientific_name", "scientificname")
_MAPPING_FROM = ("verbatim", "verbatimidentification", "name", "verbatim_name")
_MAPPING_TO = ("scientificname", "scientific_name", "accepted", "scientific_name_accepted")


def _read_rows(path: Path):
    raw = Path(path).read_bytes()
    for encoding in ("utf-8-sig", "utf-16", "gb18030", "cp1251"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ValueError(tr("Cannot read the checklist file {path}: unknown text encoding.").format(path=path))
    sample = text[:4096]
    delimiter = max((",", ";", "\t"), key=sample.split("\n")[0].count)
    reader = csv.reader(text.splitlines(), delimiter=delimiter)
    rows = [row for row in reader if any(cell.strip() for cell in row)]
    return raw, rows


def _taxon_from_row(row: Dict[str, str]) -> Optional[Taxon]:
    full = next((row[c] for c in _CHECKLIST_NAME_COLUMNS if row.get(c)), "").strip()
    if not full:
        return None
    unverified = set()
    for column, value in row.items():
        if value and UNVERIFIED in value.lower():
            unverified.add(column)
    name = strip_authority(full)
    authority = full[len(name):].strip() if full.startswith(name) else row.get("authority", "")
    if row.get("authority"):
        authority = row["authority"].strip()
    if (row.get("authority_verified") or "").strip().lower() == UNVERIFIED:
        unverified.add("authority")
    names = {}
    for language in LANGUAGES:
        cell = row.get(NAME_COLUMNS[language]) or row.get(f"name_{language}") or ""
        parts, _ = split_names(cell)
        if parts:
            names[language] = parts
    synonyms, _ = split_names((row.get("synonyms") or "").replace(",", ";"))
    iucn_raw = (row.get("iucn_category") or "").strip()
    cites_raw = (row.get("cites_appendix") or "").strip()
    return Taxon(
        scientific_name=name,
        authority=authority,
        group=(row.get("group") or "").strip(),
        synonyms=[s for s in synonyms if s],
        names=names,
        iucn_category=(row.get("iucn_code") or "").strip() or iucn_code(iucn_raw),
        iucn_raw=iucn_raw,
        cites_appendix=(row.get("cites_code") or "").strip() or cites_code(cites_raw),
        cites_raw=cites_raw,
        dispersal_km=parse_float(row.get("dispersal_km")) if row.get("dispersal_km") else None,
        unverified=unverified,
        sensitivity=(row.get("sensitivity") or "").strip().lower(),
    )


def _load_into(checklist: Checklist, path: Path):
    raw, rows = _read_rows(path)
    if not rows:
        raise ValueError(tr("The checklist file {path} is empty.").format(path=path))
    header = [normalise(cell).replace(" ", "_") for cell in rows[0]]
    compact = [h.replace("_", "") for h in header]
    if any(h in _CHECKLIST_NAME_COLUMNS for h in header) and len(header) > 2:
        for cells in rows[1:]:
            taxon = _taxon_from_row(dict(zip(header, [c.strip() for c in cells])))
            if taxon is not None:
                checklist.add(taxon)
        return raw
    source_col = next((i for i, h in enumerate(compact) if h in [m.replace("_", "") for m in _MAPPING_FROM]), None)
    target_col = next((i for i, h in enumerate(compact) if h in [m.replace("_", "") for m in _MAPPING_TO]), None)
    body = rows[1:]
    if source_col is None or target_col is None:
        if len(rows[0]) != 2:
            raise ValueError(tr(
                "The file {path} is neither a checklist (column scientific_name_accepted) nor a name "
                "mapping (two columns: verbatim, scientificName).").format(path=path))
        source_col, target_col, body = 0, 1, rows  # headerless two-column mapping
    for cells in body:
        if len(cells) > max(source_col, target_col) and cells[source_col].strip() and cells[target_col].strip():
            checklist.add_mapping(cells[source_col].strip(), cells[target_col].strip())
    return raw


def load_checklist(path=None, extra_paths=()) -> Checklist:
    """The checklist at ``path`` (default: the shipped corridor checklist) plus the user's files:
    further checklists with the same columns, or two-column mappings ``verbatim,scientificName``.
    Raises ValueError with a translated message when a file cannot be used."""
    paths = [Path(path) if path else default_checklist_path()] + [Path(p) for p in extra_paths if p]
    checklist = Checklist()
    digest = hashlib.sha256()
    for current in paths:
        if not current.is_file():
            raise ValueError(tr("Checklist file not found: {path}").format(path=current))
        digest.update(_load_into(checklist, current))
        checklist.sources.append(str(current))
    checklist.version = digest.hexdigest()[:12]
    return checklist
