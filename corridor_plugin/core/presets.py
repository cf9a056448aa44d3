"""Defaults the dock offers: dispersal distances per species group from the checklist."""
import csv
import statistics

from ..toolbelt.paths import seeds_path


def _taxa(checklist_path=None):
    """(group, dispersal_km, scientific name) of each checklist taxon.

    Uses ``core.taxonomy.load_checklist`` (the importer's reader) when it is there, else reads the CSV."""
    try:
        from .taxonomy import load_checklist

        checklist = load_checklist(checklist_path)
        return [(t.group, t.dispersal_km, t.scientific_name) for t in checklist.taxa]
    except (ImportError, ValueError, OSError):
        pass
    paths = [checklist_path] if checklist_path else sorted(seeds_path("checklist").glob("*.csv"))
    taxa = []
    for path in paths:
        try:
            with open(path, encoding="utf-8-sig", newline="") as handle:
                for row in csv.DictReader(handle):
                    try:
                        km = float(row.get("dispersal_km") or "")
                    except ValueError:
                        km = None
                    taxa.append(((row.get("group") or "").strip(), km,
                                 (row.get("scientific_name_accepted") or row.get("scientificName") or "").strip()))
        except (OSError, UnicodeDecodeError, csv.Error):
            continue
    return taxa


def dispersal_presets(checklist_path=None):
    """{group: sorted distinct published dispersal distances (km)} for the groups that have any.

    Groups such as "small mammal / plague host" are folded into their first part ("small mammal")."""
    presets = {}
    for group, km, _ in _taxa(checklist_path):
        if km is None or km <= 0 or not group:
            continue
        presets.setdefault(group.split("/")[0].strip(), set()).add(km)
    return {group: sorted(values) for group, values in sorted(presets.items())}


def preset_distances(values, count=3):
    """A short list of d50 values (km) spanning a group's published distances: min, median, max."""
    if not values:
        return []
    picks = sorted({min(values), statistics.median(values), max(values)})
    return [round(v, 1) for v in picks][:count]
