"""``corridor:exportdwca``: a Darwin Core Archive of a selection of the baseline, for a GBIF IPT."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from .base import CorridorAlgorithm

LICENCE_KEYS = ("CC-BY-4.0", "CC0-1.0", "CC-BY-NC-4.0")


class ExportDwcaAlgorithm(CorridorAlgorithm):
    ALG_ID = "exportdwca"
    GROUP = "baseline"

    DATABASE = "DATABASE"
    PARTNER = "PARTNER"
    COUNTRY = "COUNTRY"
    TAXA = "TAXA"
    DATE_FROM = "DATE_FROM"
    DATE_TO = "DATE_TO"
    TITLE = "TITLE"
    PUBLISHER = "PUBLISHER"
    LICENCE = "LICENCE"
    CONTACT_NAME = "CONTACT_NAME"
    CONTACT_EMAIL = "CONTACT_EMAIL"
    SENSITIVITY = "SENSITIVITY"
    FULL_PRECISION = "FULL_PRECISION"
    OUTPUT = "OUTPUT"

    def display_name(self):
        return self.tr("Export Darwin Core Archive")

    def help_text(self):
        return self.tr(
            "Writes a Darwin Core Archive (.zip with occurrence.txt, meta.xml and eml.xml) of the baseline's "
            "occurrences, ready to upload to a GBIF IPT.\n\n"
            "DATABASE: GeoPackage file or saved PostgreSQL connection.\n"
            "PARTNER, COUNTRY, TAXA: comma-separated lists (empty = all). COUNTRY takes ISO alpha-3 or alpha-2 "
            "codes; TAXA takes scientific names or taxon groups.\n"
            "DATE_FROM, DATE_TO: YYYY-MM-DD; a record is selected when its date or date range overlaps them.\n"
            "TITLE, PUBLISHER, LICENCE, CONTACT_NAME, CONTACT_EMAIL go to eml.xml; without PUBLISHER the "
            "partners whose records are exported are named.\n"
            "SENSITIVITY: overrides of the checklist's sensitivity levels, e.g. 'Canis lupus=none; Otis "
            "tarda=high' (levels: high = 0.5° grid, medium = 0.1° grid, none).\n"
            "FULL_PRECISION: export sensitive species with exact coordinates. Off by default: records of "
            "sensitive species (checklist column sensitivity: CITES I/II, IUCN CR/EN/VU) are moved to the centre "
            "of their grid cell, coordinateUncertaintyInMeters covers the cell, locality and verbatim coordinates "
            "are withheld, and dataGeneralizations/informationWithheld say so. Either choice is written into "
            "eml.xml.\n\n"
            "countryCode is where a record lies (from its coordinates); the partner's country is "
            "partnerCountryCode in dynamicProperties. organismQuantity is a number with organismQuantityType; "
            "the abundance as written (~20, 10-15, few) is verbatimOrganismQuantity in dynamicProperties. Quality "
            "flags are in occurrenceRemarks (GBIF issue names where GBIF has one), georeferenceRemarks and "
            "identificationRemarks.\n\n"
            "Fields without a Darwin Core term (taxon group, IUCN, CITES, abundance bounds, provenance, quality "
            "flags) are written as JSON in dynamicProperties. Text cells that a spreadsheet would run as a "
            "formula (starting with =, +, -, @) get a leading apostrophe.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString(
            self.DATABASE, self.tr("Baseline database (GeoPackage file or saved PostgreSQL connection)")))
        self.addParameter(QgsProcessingParameterString(self.PARTNER, self.tr("Partners"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.COUNTRY, self.tr("Countries"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.TAXA, self.tr("Taxa (scientific names or taxon groups)"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.DATE_FROM, self.tr("From date (YYYY-MM-DD)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString(self.DATE_TO, self.tr("To date (YYYY-MM-DD)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.TITLE, self.tr("Dataset title"),
            defaultValue="Transboundary biodiversity baseline of the China–Mongolia–Russia corridor"))
        self.addParameter(QgsProcessingParameterString(
            self.PUBLISHER, self.tr("Publisher (organisation; empty: the partners of the exported records)"),
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.LICENCE, self.tr("Licence"),
                                                     options=list(LICENCE_KEYS), defaultValue=0))
        self.addParameter(QgsProcessingParameterString(self.CONTACT_NAME, self.tr("Contact name"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.CONTACT_EMAIL, self.tr("Contact e-mail"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SENSITIVITY, self.tr("Sensitivity overrides (e.g. Canis lupus=none; Otis tarda=high)"),
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.FULL_PRECISION, self.tr("Export sensitive species at full precision (recorded in the metadata)"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Darwin Core Archive"), self.tr("Darwin Core Archive (*.zip)")))
        self.addOutput(QgsProcessingOutputNumber("RECORDS", self.tr("Records exported")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self.require("pandas", self.tr("The Darwin Core export"))
        from ..core.baseline import BaselineError, open_store
        from ..core.baseline.dwca import Contact, DatasetMetadata, OccurrenceFilter, export_dwca, parse_list

        def text(name):
            return self.parameterAsString(parameters, name, context).strip()

        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not output.lower().endswith(".zip"):
            output += ".zip"
        contacts = [Contact(name=text(self.CONTACT_NAME), email=text(self.CONTACT_EMAIL),
                            organisation=text(self.PUBLISHER))] if text(self.CONTACT_NAME) or text(
            self.CONTACT_EMAIL) else []
        metadata = DatasetMetadata(title=text(self.TITLE), publisher=text(self.PUBLISHER),
                                   licence=LICENCE_KEYS[self.parameterAsEnum(parameters, self.LICENCE, context)],
                                   contacts=contacts)
        selection = OccurrenceFilter(partners=parse_list(text(self.PARTNER)), countries=parse_list(text(self.COUNTRY)),
                                     taxa=parse_list(text(self.TAXA)), date_from=text(self.DATE_FROM),
                                     date_to=text(self.DATE_TO))
        from ..core.sensitivity import policy_from_checklist
        from ..core.taxonomy import load_checklist

        full_precision = self.parameterAsBoolean(parameters, self.FULL_PRECISION, context)
        try:
            policy = policy_from_checklist(load_checklist(), text(self.SENSITIVITY), full_precision=full_precision)
        except ValueError as exc:
            self.fail(str(exc))
        if full_precision:
            feedback.pushWarning(self.tr("Full precision chosen: exact coordinates of sensitive species will leave the "
                                         "baseline in this archive."))
        try:
            store = open_store(text(self.DATABASE), create=False)
            try:
                count = export_dwca(store, output, metadata, selection, feedback, policy=policy)
            finally:
                store.close()
        except BaselineError as exc:
            self.fail(str(exc))
        if count == 0:
            feedback.reportError(self.tr("No occurrence matches the selection: the archive is empty."))
        feedback.pushInfo(self.tr("{count} records written to {path}.").format(count=count, path=output))
        return {self.OUTPUT: output, "RECORDS": count}
