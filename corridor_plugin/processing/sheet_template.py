"""``corridor:sheettemplate``: an XLSX data-sheet template for one partner (see ``core.templates``)."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core.borders import CORRIDOR_COUNTRIES
from ..core.template_texts import LANGUAGES, texts_for
from .base import CorridorAlgorithm


class SheetTemplateAlgorithm(CorridorAlgorithm):
    ALG_ID = "sheettemplate"
    GROUP = "sheets"

    COUNTRY = "COUNTRY"
    PARTNER = "PARTNER"
    LANGUAGE = "LANGUAGE"
    CHECKLIST = "CHECKLIST"
    TAXON_GROUPS = "TAXON_GROUPS"
    COUNTRY_SPECIES_ONLY = "COUNTRY_SPECIES_ONLY"
    SITES = "SITES"
    SITE_FIELD = "SITE_FIELD"
    SOURCE_CRS = "SOURCE_CRS"
    OUTPUT = "OUTPUT"

    def display_name(self):
        return self.tr("Partner data-sheet template")

    def help_text(self):
        return self.tr(
            "Writes an XLSX workbook for one partner that is hard to fill in wrongly: a data sheet with headers "
            "in the partner's language and the Darwin Core term beneath, a species drop-down from the checklist "
            "(Latin name and vernacular name), checks on dates (a real date, not in the future), numbers of "
            "individuals (whole number 0 or more, a range, ~n, >n, few/many or +), coordinates (within the "
            "country, in decimal degrees or in the chosen projected CRS) and sites (drop-down from the "
            "gazetteer); an instructions sheet in the partner's language; a hidden lists sheet. Workbook "
            "properties name the partner, country, template and checklist versions, so that "
            "corridor:importsheets recognises the template and reads its columns without guessing.\n\n"
            "COUNTRY: ISO 3166-1 alpha-3 (CHN, MNG, RUS, KAZ).\n"
            "LANGUAGE: en, zh, ru, mn or kk.\n"
            "CHECKLIST: optional extra checklist file (same columns as the shipped one, or a name mapping).\n"
            "TAXON_GROUPS: optional comma-separated groups (e.g. bird, large mammal); a group also takes its "
            "sub-groups.\n"
            "COUNTRY_SPECIES_ONLY: keep only species whose checklist row lists the country in a 'countries' "
            "column.\n"
            "SITES: optional site gazetteer layer; SITE_FIELD: its name field (guessed when empty).\n"
            "SOURCE_CRS: the CRS partners record coordinates in (EPSG:4326 gives latitude/longitude columns, "
            "a projected CRS gives easting/northing columns).")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString(
            self.COUNTRY, self.tr("Partner's country (ISO alpha-3: CHN, MNG, RUS, KAZ)"), defaultValue="MNG"))
        self.addParameter(QgsProcessingParameterString(self.PARTNER, self.tr("Partner / institution")))
        self.addParameter(QgsProcessingParameterString(
            self.LANGUAGE, self.tr("Language of the sheet (en, zh, ru, mn, kk)"), defaultValue="en"))
        self.addParameter(QgsProcessingParameterFile(
            self.CHECKLIST, self.tr("Extra checklist file"), optional=True, fileFilter="CSV (*.csv *.txt)"))
        self.addParameter(QgsProcessingParameterString(
            self.TAXON_GROUPS, self.tr("Taxon groups (comma-separated; empty: all)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.COUNTRY_SPECIES_ONLY, self.tr("Only species expected in the country (checklist column 'countries')"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.SITES, self.tr("Site gazetteer"), optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.SITE_FIELD, self.tr("Site name field"), parentLayerParameterName=self.SITES, optional=True,
            type=QgsProcessingParameterField.DataType.String))
        self.addParameter(QgsProcessingParameterCrs(
            self.SOURCE_CRS, self.tr("Coordinate reference system of the partner's coordinates"),
            defaultValue="EPSG:4326", optional=True))  # optional: qgis_process/processing.run may omit it
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Template workbook"), fileFilter=self.tr("Excel workbook (*.xlsx)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..core import templates
        from ..core.taxonomy import default_checklist_path, load_checklist

        country = self.parameterAsString(parameters, self.COUNTRY, context).strip().upper()
        if country not in CORRIDOR_COUNTRIES:
            self.fail(self.tr("Unknown country '{code}': use one of {codes}.").format(
                code=country, codes=", ".join(CORRIDOR_COUNTRIES)))
        partner = self.parameterAsString(parameters, self.PARTNER, context).strip()
        if not partner:
            self.fail(self.tr("Name the partner: the template carries it in its properties."))
        language = self.parameterAsString(parameters, self.LANGUAGE, context).strip().lower()
        if language not in LANGUAGES:
            self.fail(self.tr("Unknown language '{language}': use one of {languages}.").format(
                language=language, languages=", ".join(LANGUAGES)))
        try:
            texts_for(language)  # the language's catalogue is installed: no half-English template
        except ValueError as exc:
            self.fail(str(exc))
        extra = self.parameterAsFile(parameters, self.CHECKLIST, context)
        try:
            checklist = load_checklist(None, [extra] if extra else [])
        except ValueError as exc:
            self.fail(str(exc))
        feedback.setProgress(20)

        groups = templates.split_groups(self.parameterAsString(parameters, self.TAXON_GROUPS, context))
        only = None
        if self.parameterAsBoolean(parameters, self.COUNTRY_SPECIES_ONLY, context):
            only = templates.expected_species([default_checklist_path(), extra], country)
            if only is None:
                self.fail(self.tr(
                    "No checklist file says where species occur: add a column 'countries' (ISO alpha-3 codes) "
                    "to the extra checklist, or switch off 'Only species expected in the country'."))
        try:
            species = templates.species_entries(checklist, language, groups, only)
        except ValueError:
            available = sorted({t.group for t in checklist.taxa if t.group})
            self.fail(self.tr("Unknown taxon group in '{groups}'. The checklist has: {available}").format(
                groups=", ".join(groups), available=", ".join(available)))
        if not species:
            self.fail(self.tr("No species of the checklist is left after the taxon-group and country filters."))

        sites = []
        layer = self.parameterAsVectorLayer(parameters, self.SITES, context)
        if layer is not None:
            field_name = self.parameterAsString(parameters, self.SITE_FIELD, context)
            try:
                sites = templates.site_names(layer, field_name)
            except ValueError as exc:
                self.fail(self.tr("The site gazetteer cannot be used: {error}").format(error=str(exc)))
            if not sites:
                feedback.pushWarning(self.tr("The site gazetteer has no site names; the site column stays free text."))
        feedback.setProgress(50)

        crs = self.parameterAsCrs(parameters, self.SOURCE_CRS, context)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem("EPSG:4326")
        try:
            x_range, y_range = templates.coordinate_ranges(country, crs)
        except ValueError as exc:
            self.fail(str(exc))
        spec = templates.TemplateSpec(
            country=country, partner=partner, language=language, species=species, sites=sites,
            crs_authid=crs.authid() or crs.toWkt(), crs_description=crs.userFriendlyIdentifier(),
            geographic=crs.isGeographic(), x_range=x_range, y_range=y_range, checklist_version=checklist.version)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not output.lower().endswith(".xlsx"):
            output += ".xlsx"
        try:
            templates.write_template(output, spec)
        except OSError as exc:
            self.fail(self.tr("Could not write the template {path}: {error}").format(path=output, error=str(exc)))
        feedback.setProgress(100)
        feedback.pushInfo(self.tr("Template for {partner} ({country}, {language}): {n} species, {s} sites.").format(
            partner=partner, country=country, language=language, n=len(species), s=len(sites)))
        return {self.OUTPUT: output}
