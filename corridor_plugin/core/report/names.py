"""Species names for a reader: the Latin name with its vernacular name in the report's language."""
import csv
from typing import Dict

from ...toolbelt.paths import seeds_path

CHECKLIST_NAME_COLUMNS = ("scientific_name_accepted", "scientificName", "scientific_name")
CHECKLIST_LANGUAGE_COLUMNS = {
    "en": ("english_name", "vernacular_en", "name_en"),
    "ru": ("russian_name", "vernacular_ru", "name_ru"),
    "zh": ("chinese_name", "vernacular_zh", "name_zh"),
    "mn": ("mongolian_name", "vernacular_mn", "name_mn"),
    "kk": ("kazakh_name", "vernacular_kk", "name_kk"),
}


def species_key(name) -> str:
    """``Genus species`` (authority and case dropped): how checklist and results names are matched."""
    words = str(name or "").replace("(", " ").split()
    if len(words) >= 3 and words[2].islower() and words[2].isalpha():
        return " ".join(words[:3]).lower()
    return " ".join(words[:2]).lower()


def _first_vernacular(cell) -> str:
    text = str(cell or "").strip()
    if not text or "unverified" in text.lower():
        return ""
    for separator in (";", " / ", "/", ","):
        text = text.split(separator)[0]
    return text.split(" (")[0].strip()


def vernacular_names(language: str, checklist_path=None) -> Dict[str, str]:
    """{species key: vernacular name in ``language``} from the checklist (user file or the shipped one).

    Cells marked "unverified" in the checklist are left out rather than printed as facts.
    """
    names = {}
    paths = [checklist_path] if checklist_path else sorted(seeds_path("checklist").glob("*.csv"))
    columns = CHECKLIST_LANGUAGE_COLUMNS.get(language, ())
    for path in paths:
        try:
            with open(path, encoding="utf-8-sig", newline="") as handle:
                for row in csv.DictReader(handle):
                    latin = next((row[c] for c in CHECKLIST_NAME_COLUMNS if row.get(c)), "")
                    local = next((_first_vernacular(row[c]) for c in columns if row.get(c)), "")
                    if latin and local:
                        names.setdefault(species_key(latin), local)
        except (OSError, UnicodeDecodeError, csv.Error):
            continue
    return names


def label_species(latin, vernacular: Dict[str, str]) -> str:
    """``Latin (vernacular)``, or the Latin name alone when the checklist has none for the language."""
    if not latin:
        return "–"
    local = vernacular.get(species_key(latin))
    return f"{latin} ({local})" if local and local != latin else str(latin)
