"""Filled partner templates for the template tests and the benchmark: valid rows whose every value is
known, and invalid rows with the reason the importer must give."""
import datetime as dt
import random

from corridor_plugin.core import templates

# (country, a point well inside it: lon, lat, a named site) — Dauria, Khan Khentii, Dalai Lake, Altai
COUNTRY_POINTS = {
    "RUS": (116.5, 50.6, "Daursky"),
    "MNG": (108.9, 48.9, "Khan Khentii"),
    "CHN": (117.5, 48.9, "Dalai Lake"),
    "KAZ": (83.9, 49.4, "Katon-Karagay"),
}


def template_spec(checklist, country="MNG", language="en", partner="Test Academy", sites=None, crs=None):
    """A TemplateSpec as corridor:sheettemplate builds it (QGIS needed for the coordinate ranges)."""
    from qgis.core import QgsCoordinateReferenceSystem

    crs = crs or QgsCoordinateReferenceSystem("EPSG:4326")
    x_range, y_range = templates.coordinate_ranges(country, crs)
    return templates.TemplateSpec(
        country=country, partner=partner, language=language, species=templates.species_entries(checklist, language),
        sites=list(sites or []), crs_authid=crs.authid(), crs_description=crs.userFriendlyIdentifier(),
        geographic=crs.isGeographic(), x_range=x_range, y_range=y_range, checklist_version=checklist.version)


def valid_rows(spec, n=12, seed=1, today=None):
    """Rows a careful partner writes: species from the drop-down, exact and uncertain counts, real past
    dates, coordinates with up to 6 decimals near the country's point. Each row is a dict by column key."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    lon, lat, site = COUNTRY_POINTS[spec.country]
    counts = [0, 1, 7, 23, 150, "10-15", "~20", ">100", "+"]
    rows = []
    for i in range(n):
        entry = spec.species[(i * 7 + seed) % len(spec.species)]
        rows.append({
            "species": entry.label,
            "count": counts[i % len(counts)],
            "date": today - dt.timedelta(days=(30 + 97 * i) % 60000),  # within 164 years, after 1800
            "site": spec.sites[i % len(spec.sites)] if spec.sites else f"{site} {i + 1}",
            "latitude": round(lat + rng.uniform(-0.3, 0.3), 6),
            "longitude": round(lon + rng.uniform(-0.3, 0.3), 6),
            "uncertainty": [None, 10, 250.5][i % 3],
            "recorded_by": ["A. Batbayar", "И. Петров | Л. Ким", "王伟"][i % 3],
        })
    return rows


def invalid_rows(spec, today=None):
    """(row, expected reason code): a future date, a negative count, latitude 95."""
    today = today or dt.date.today()
    lon, lat, site = COUNTRY_POINTS[spec.country]
    base = {"species": spec.species[0].label, "count": 3, "date": today - dt.timedelta(days=10), "site": site,
            "latitude": lat, "longitude": lon, "uncertainty": None, "recorded_by": "X"}
    return [
        (dict(base, date=today + dt.timedelta(days=40)), "DATE_FUTURE"),
        (dict(base, count=-4), "ABUNDANCE_INVALID"),
        (dict(base, latitude=95.0), "COORDINATE_OUT_OF_RANGE"),
    ]


def fill_template(path, spec, rows):
    """Write the template with ``rows`` filled in (as a partner's spreadsheet program stores them:
    numbers as numbers, dates as date serials with the date format)."""
    workbook, columns = templates.build_workbook(spec)
    data = workbook.sheets[0]
    for r, row in enumerate(rows, start=templates.HEADER_ROWS):
        for key, value in row.items():
            if key in columns and value is not None:
                data.write(r, columns[key], value)
    workbook.save(str(path))
    return path
