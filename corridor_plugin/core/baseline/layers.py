"""From the layers that ``corridor:importsheets`` writes (occurrence points + rejected-rows table) back to
an :class:`ImportResult`, so that ``corridor:loadbaseline`` can load outputs saved earlier.

Submissions are rebuilt per (partner, sourceFile, sourceSheet). Their SHA-256 is that of the original
file when it is given (matched by file name), otherwise a SHA-256 of the rows' content: loading the same
layer twice then adds nothing, and an edited layer replaces its earlier load."""
import hashlib
import os

from ...toolbelt.i18n import tr
from ..schema import OCCURRENCE_FIELDS, REJECTED_FIELD_NAMES, ImportResult, Submission
from .report import BaselineError


def file_sha256(path, block=1 << 20):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(block), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _value(feature, index):
    if index < 0:
        return None
    value = feature.attribute(index)
    try:
        from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

        if isinstance(value, QVariant):
            return None if value.isNull() else value.value()
        if isinstance(value, QDateTime):
            return value.date().toString("yyyy-MM-dd") if value.isValid() else None
        if isinstance(value, QDate):
            return value.toString("yyyy-MM-dd") if value.isValid() else None
    except ImportError:
        pass
    return value


def layer_frame(layer, names, with_points=False, feedback=None):
    """A DataFrame with columns ``names`` from a layer (missing fields give empty columns); with_points
    fills decimalLatitude/Longitude from the geometry (in EPSG:4326) where the attributes are empty."""
    import pandas as pd
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    fields = layer.fields()
    indices = [fields.lookupField(name) for name in names]
    transform = None
    if with_points and layer.isSpatial() and layer.crs().isValid() and layer.crs().authid() != "EPSG:4326":
        transform = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:4326"),
                                           QgsProject.instance())
    lat_i = names.index("decimalLatitude") if with_points else -1
    lon_i = names.index("decimalLongitude") if with_points else -1
    records = []
    total = max(layer.featureCount(), 1)
    for n, feature in enumerate(layer.getFeatures()):
        row = [_value(feature, i) for i in indices]
        if with_points and (row[lat_i] is None or row[lon_i] is None):
            geometry = feature.geometry()
            if geometry is not None and not geometry.isNull() and not geometry.isEmpty():
                if transform is not None:
                    geometry.transform(transform)
                point = geometry.centroid().asPoint()
                row[lat_i], row[lon_i] = round(point.y(), 7), round(point.x(), 7)
        records.append(row)
        if feedback is not None and n % 5000 == 0:
            if feedback.isCanceled():
                raise BaselineError(tr("Cancelled while reading the layer; nothing was loaded."))
            feedback.setProgress(20.0 * n / total)
    return pd.DataFrame.from_records(records, columns=list(names))


def import_result_from_layers(occurrences_layer, rejected_layer=None, partner="", country="", source_files=(),
                              feedback=None):
    """An ImportResult from an occurrence layer and an optional rejected-rows table."""
    names = [name for name, _ in OCCURRENCE_FIELDS]
    occurrences = layer_frame(occurrences_layer, names, with_points=True, feedback=feedback)
    if occurrences.empty and (rejected_layer is None or rejected_layer.featureCount() == 0):
        raise BaselineError(tr("The occurrence layer is empty: nothing to load."))
    if occurrences["occurrenceID"].isna().any() if len(occurrences) else False:
        raise BaselineError(tr("{count} occurrences have no occurrenceID: load the output of Import partner "
                               "sheets, which gives every record a stable id.").format(
            count=int(occurrences["occurrenceID"].isna().sum())))
    if partner:
        occurrences["institutionCode"] = occurrences["institutionCode"].fillna(partner)
    if country:
        occurrences["country_iso3"] = occurrences["country_iso3"].fillna(country.upper())
    rejected = layer_frame(rejected_layer, list(REJECTED_FIELD_NAMES)) if rejected_layer is not None else None
    if rejected is None:
        import pandas as pd

        rejected = pd.DataFrame(columns=list(REJECTED_FIELD_NAMES))
    hashes = {os.path.basename(str(p)): file_sha256(p) for p in source_files or () if os.path.isfile(str(p))}
    keys = occurrences["sourceFile"].fillna("").map(lambda v: os.path.basename(str(v))), \
        occurrences["sourceSheet"].fillna("").astype(str)
    rej_keys = rejected["sourceFile"].fillna("").map(lambda v: os.path.basename(str(v))), \
        rejected["sourceSheet"].fillna("").astype(str)
    owners = occurrences["institutionCode"].fillna("").astype(str) if not partner else None
    groups = sorted(set(zip(*keys)) | set(zip(*rej_keys)))
    submissions = []
    for file_name, sheet in groups:
        mask = ((keys[0] == file_name) & (keys[1] == sheet)).to_numpy()
        rej_mask = ((rej_keys[0] == file_name) & (rej_keys[1] == sheet)).to_numpy()
        occ = occurrences[mask]
        rej = rejected[rej_mask]
        who = partner
        if not who:
            found = sorted(set(owners[mask]) - {""})
            if len(found) != 1:
                raise BaselineError(tr("Cannot tell the partner of {file} [{sheet}] (institutionCode is {found}): "
                                       "set PARTNER.").format(file=file_name, sheet=sheet,
                                                              found=", ".join(found) or tr("empty")))
            who = found[0]
        iso3 = country.upper() if country else (
            str(occ["country_iso3"].dropna().iloc[0]) if occ["country_iso3"].notna().any() else "")
        if file_name in hashes:
            sha = hashes[file_name]
        else:
            digest = hashlib.sha256()
            digest.update(occ.to_csv(index=False).encode("utf-8"))
            digest.update(rej.to_csv(index=False).encode("utf-8"))
            sha = digest.hexdigest()
        submissions.append(Submission(partner=who, country_iso3=iso3, file_name=file_name, file_sha256=sha,
                                      sheet=sheet, institution=who, rows_total=len(occ) + len(rej),
                                      rows_accepted=len(occ), rows_rejected=len(rej)))
    return ImportResult(occurrences=occurrences, rejected=rejected, submissions=submissions)
