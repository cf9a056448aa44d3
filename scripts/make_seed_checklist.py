"""Curate ``seeds/checklist/corridor_checklist.csv`` from ``../shared/data/corridor_checklist.csv``.

Curation is tidying only, cell by cell and written down here, so it can be re-run and reviewed:
- vernacular names separated uniformly by ``; `` (the source mixes ``;`` and ``/``);
- abbreviated subspecies synonyms written out (``E. h. kulan`` -> ``Equus hemionus kulan``), notes removed
  from name cells (``Бөхөн (Монгол бөхөн for S. t. mongolica)`` -> ``Бөхөн; Монгол бөхөн``);
- ``Ursus arctos (species)`` dropped from the synonyms of the Gobi bear: a brown bear in the Altai is not a
  Gobi bear, and a synonym entry would silently turn it into one;
- two added columns ``iucn_code`` / ``cites_code``: the single global IUCN category and the CITES appendix
  that applies to the corridor populations (``cites_appendix`` keeps the full text).
- an added column ``sensitivity`` (``high``, ``medium`` or empty): how far exported coordinates of the taxon
  are generalised (core.sensitivity: high → 0.5° grid, medium → 0.1° grid), after Chapman 2020 (GBIF, "Current
  Best Practices for Generalizing Sensitive Species Occurrence Data"). Rule, from the columns above: CITES
  Appendix I or IUCN CR/EN → high; CITES Appendix II or IUCN VU → medium; others none. National protection
  lists are not in the source: partners add or lower levels with their own checklist file or the export's
  overrides.
Every ``(unverified)`` mark and the ``sources`` column are kept as they are.
"""
import csv
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO.parent / "shared" / "data" / "corridor_checklist.csv"
TARGET = REPO / "seeds" / "checklist" / "corridor_checklist.csv"

# (accepted name prefix, column) -> curated cell
CELL_FIXES = {
    ("Saiga tatarica", "chinese_name"): "高鼻羚羊; 赛加羚羊",
    ("Saiga tatarica", "mongolian_name"): "Бөхөн; Монгол бөхөн",
    ("Equus hemionus", "synonyms"): "Equus onager; Equus hemionus hemionus; Equus hemionus kulan; "
                                    "Equus hemionus luteus",
    ("Ursus arctos gobiensis", "synonyms"): "",
    ("Marmota sibirica", "mongolian_name"): "Монгол тарвага",
    ("Marmota sibirica", "russian_name"): "тарбаган; сурок-тарбаган",
    ("Otis tarda", "synonyms"): "Otis tarda dybowskii; Otis tarda tarda",
    ("Camelus ferus", "russian_name"): "дикий верблюд; хавтагай; хаптагай",
    ("Camelus ferus", "mongolian_name"): "Хавтгай; Хавтгай тэмээ",
}

# Corridor populations: wolf and brown bear listings differ by country (see cites_appendix text).
CITES_CODES = {"Canis lupus": "II", "Ursus arctos gobiensis": "I", "Equus hemionus": "II",
               "Equus ferus przewalskii": "I", "Ovis ammon": "II"}

IUCN = ("EX", "EW", "CR", "EN", "VU", "NT", "LC", "DD", "NE")


def first_code(text, codes):
    for token in text.replace("(", " ").replace(";", " ").split():
        if token in codes:
            return token
    return ""


def cites_code(name, text):
    for prefix, code in CITES_CODES.items():
        if name.startswith(prefix):
            return code
    head = text.strip().split(" ")[0].strip(";,")
    return head if head in ("I", "II", "III") else ""


def sensitivity(iucn, cites):
    if cites == "I" or iucn in ("CR", "EN"):
        return "high"
    if cites == "II" or iucn == "VU":
        return "medium"
    return ""


def main():
    with open(SOURCE, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        columns = list(reader.fieldnames)
        rows = list(reader)
    out_columns = columns[:columns.index("cites_appendix") + 1] + ["iucn_code", "cites_code", "sensitivity"] + \
        columns[columns.index("cites_appendix") + 1:]
    used = set()
    for row in rows:
        name = row["scientific_name_accepted"]
        for (prefix, column), value in CELL_FIXES.items():
            if name.startswith(prefix):
                row[column] = value
                used.add((prefix, column))
        if "/" in row["chinese_name"]:
            row["chinese_name"] = "; ".join(p.strip() for p in row["chinese_name"].split("/"))
        row["iucn_code"] = first_code(row["iucn_category"], IUCN)
        row["cites_code"] = cites_code(name, row["cites_appendix"])
        row["sensitivity"] = sensitivity(row["iucn_code"], row["cites_code"])
    missing = set(CELL_FIXES) - used
    if missing:
        sys.exit(f"fixes not applied (source changed?): {sorted(missing)}")
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    with open(TARGET, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=out_columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{TARGET}: {len(rows)} taxa")


if __name__ == "__main__":
    main()
