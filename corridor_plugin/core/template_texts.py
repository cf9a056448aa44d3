"""What the partner data-sheet template says, in English; the other languages come from the catalogues.

These texts are content written into the partner's workbook in the partner's language whatever the
language of the QGIS interface. They are marked with ``sheet_text`` and kept in the plugin's catalogues
(``resources/i18n/corridor_<lang>.ts``) under their own context, ``CorridorSheet``: :func:`texts_for` gives
them in one language through ``toolbelt.i18n.translate``, the same catalogues and lookup as every other
string. Mongolian and Kazakh are written in Cyrillic script, as used in both countries' offices.
Placeholders (``{country}``, ``{crs}``, ``{min}``, ``{max}``, ``{few}``, ``{many}``, ``{data_sheet}``)
are filled by ``core.templates``.

Keys of ``headers``/``help``/``rules``: species, count, date, site, latitude, longitude, easting,
northing, uncertainty, recorded_by.
"""
from collections.abc import Mapping

from ..toolbelt.i18n import SHEET_CONTEXT, has_catalogue, sheet_text, tr, translate

LANGUAGES = ("en", "zh", "ru", "mn", "kk")

ENGLISH = {
    "sheet_data": sheet_text("Data"),
    "sheet_instructions": sheet_text("Instructions"),
    "title": sheet_text("Corridor species data sheet: instructions"),
    "intro": sheet_text(
        "Record one observation per row on the sheet “{data_sheet}”, starting on row 3. The first header row "
        "is in your language; the second gives the international Darwin Core term. Do not change, move or "
        "delete the two header rows, do not add columns and do not rename the sheets: the coordinator's "
        "software reads the file by them. Cells with a drop-down list or a range check refuse values that "
        "cannot be right."),
    "meta": {
        "partner": sheet_text("Partner"),
        "country": sheet_text("Country"),
        "language": sheet_text("Language"),
        "template_version": sheet_text("Template version"),
        "checklist_version": sheet_text("Checklist version"),
        "crs": sheet_text("Coordinate reference system"),
        "created": sheet_text("Created"),
    },
    "table": {
        "column": sheet_text("Column"),
        "term": sheet_text("Darwin Core term"),
        "meaning": sheet_text("What to write"),
    },
    "headers": {
        "species": sheet_text("Species"),
        "count": sheet_text("Number of individuals"),
        "date": sheet_text("Date"),
        "site": sheet_text("Site"),
        "latitude": sheet_text("Latitude"),
        "longitude": sheet_text("Longitude"),
        "easting": sheet_text("Easting (x)"),
        "northing": sheet_text("Northing (y)"),
        "uncertainty": sheet_text("Location uncertainty (m)"),
        "recorded_by": sheet_text("Observer(s)"),
    },
    "help": {
        "species": sheet_text(
            "Choose the species from the drop-down list (Latin name — name in your language). A species that "
            "is not on the list may be typed in with its Latin name; the coordinator will check it."),
        "count": sheet_text(
            "Number of individuals seen: a whole number, 0 or more. Write 0 when the species was looked for "
            "and not found. For ranges and uncertain counts see below."),
        "date": sheet_text(
            "Date of the observation: a real date, not in the future, as YYYY-MM-DD (for example 2024-06-12)."),
        "site": sheet_text(
            "Name of the place. When a list is offered, choose the site from it so that it matches the "
            "project's site gazetteer."),
        "latitude": sheet_text(
            "Latitude in decimal degrees, WGS 84, north positive (for example 49.6512). Accepted: {min} to "
            "{max}."),
        "longitude": sheet_text(
            "Longitude in decimal degrees, WGS 84, east positive (for example 117.3345). Accepted: {min} to "
            "{max}."),
        "easting": sheet_text("Easting (x) in {crs}, in metres, as a plain number. Accepted: {min} to {max}."),
        "northing": sheet_text("Northing (y) in {crs}, in metres, as a plain number. Accepted: {min} to {max}."),
        "uncertainty": sheet_text(
            "How far the true place may be from the coordinates, in metres (0 or more). Leave empty if unknown."),
        "recorded_by": sheet_text("Name(s) of the observer(s); separate several names with | ."),
    },
    "sections": [
        (
            sheet_text("Recording absence"),
            sheet_text(
                "If a species was looked for and not found, write a row with the number 0. An empty number "
                "cell does not mean absence: it means that the number was not recorded."),
        ),
        (
            sheet_text("Ranges and uncertain counts"),
            sheet_text(
                "When the exact number is not known, write one of: a range with a hyphen (10-15), an "
                "approximate number with a tilde (~20), a minimum with a greater-than sign (>100), the word "
                "“{few}” or “{many}”, or + when the species was present but not counted. Do not add words such "
                "as “about” or units."),
        ),
        (
            sheet_text("Dates"),
            sheet_text(
                "Only complete dates are accepted. If only the month or the year of an observation is known, "
                "do not invent a day: send those observations to the coordinator separately, with the month or "
                "year as known."),
        ),
        (
            sheet_text("Coordinates"),
            sheet_text(
                "Coordinates are in {crs}. Write them as plain numbers with a decimal point. Degrees, minutes "
                "and seconds must be converted: 50°03′37″ = 50 + 3/60 + 37/3600 = 50.0603. Four decimals of a "
                "degree are about 10 m. Rows without coordinates are placed by their site name."),
        ),
        (
            sheet_text("Projected coordinates"),
            sheet_text(
                "Write easting and northing exactly as on your maps, in metres, including the zone number at "
                "the start of the easting if your coordinate system uses one (for example 20403402)."),
        ),
        (
            sheet_text("Species not in the list"),
            sheet_text(
                "The list holds the species of the corridor checklist (version {checklist_version}). If you "
                "observed another species, type its Latin name; the sheet will warn you, but the row is kept "
                "and checked by the coordinator. Vernacular names not yet checked against a source are not "
                "shown in the list."),
        ),
        (
            sheet_text("Sending the sheet"),
            sheet_text(
                "Save the workbook as .xlsx and send this file to the coordinator. Do not copy the data into "
                "another file: the file properties identify your template. You may add as many rows as you "
                "need."),
        ),
    ],
    "rules": {
        "species": (
            sheet_text("Species"),
            sheet_text("Choose a species from the list, or type its Latin name."),
        ),
        "count": (
            sheet_text("Number of individuals"),
            sheet_text("A whole number 0 or more, a range (10-15), ~20, >100, {few}, {many} or +."),
        ),
        "date": (
            sheet_text("Date"),
            sheet_text("A date between 1800-01-01 and today, as YYYY-MM-DD."),
        ),
        "site": (
            sheet_text("Site"),
            sheet_text("Choose a site from the list."),
        ),
        "latitude": (
            sheet_text("Latitude"),
            sheet_text("Decimal degrees between {min} and {max}."),
        ),
        "longitude": (
            sheet_text("Longitude"),
            sheet_text("Decimal degrees between {min} and {max}."),
        ),
        "easting": (
            sheet_text("Easting"),
            sheet_text("Metres between {min} and {max}."),
        ),
        "northing": (
            sheet_text("Northing"),
            sheet_text("Metres between {min} and {max}."),
        ),
        "uncertainty": (
            sheet_text("Location uncertainty"),
            sheet_text("Metres, 0 or more."),
        ),
        "recorded_by": (
            sheet_text("Observer(s)"),
            sheet_text("Name(s) of the observer(s)."),
        ),
    },
    "words": {
        "few": sheet_text("few"),
        "many": sheet_text("many"),
    },
    "countries": {
        "CHN": sheet_text("China"),
        "MNG": sheet_text("Mongolia"),
        "RUS": sheet_text("Russia"),
        "KAZ": sheet_text("Kazakhstan"),
    },
}


def _translated(value, language):
    if isinstance(value, str):
        return translate(language, value, SHEET_CONTEXT)
    if isinstance(value, dict):
        return {key: _translated(item, language) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_translated(item, language) for item in value)
    raise TypeError(value)


def texts_for(language: str) -> dict:
    """The template's texts in ``language``; ValueError for a language without a catalogue (a template
    half in English would be sent to a partner who cannot read it)."""
    if language not in LANGUAGES:
        raise ValueError(tr("Unknown language '{language}': use one of {languages}.").format(
            language=language, languages=", ".join(LANGUAGES)))
    if not has_catalogue(language):
        raise ValueError(tr("The translations for '{language}' are not installed (resources/i18n/"
                            "corridor_{language}.qm): run 'make translations'.").format(language=language))
    return _translated(ENGLISH, language)


class _Texts(Mapping):
    """{language: texts}, translated when asked for."""

    def __getitem__(self, language):
        if language not in LANGUAGES:
            raise KeyError(language)
        return texts_for(language)

    def __iter__(self):
        return iter(LANGUAGES)

    def __len__(self):
        return len(LANGUAGES)


TEXTS = _Texts()
