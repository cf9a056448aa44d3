"""Synthetic ImportResults for the baseline tests and benchmark: occurrences shaped like those of
``corridor:importsheets`` (Darwin Core fields, stable occurrenceIDs, provenance) with realistic values:
corridor species, points in Dauria or the Altai, full and partial dates, exact and ranged abundance."""
import hashlib
import json

import numpy as np
import pandas as pd

from corridor_plugin.core.schema import (
    ISO3_TO_ISO2,
    OCCURRENCE_FIELD_NAMES,
    REJECTED_FIELD_NAMES,
    ImportResult,
    Submission,
)
from corridor_plugin.toolbelt.qgis_compat import make_field

# scientificName, vernacular (en), taxonGroup, IUCN, CITES
SPECIES = (
    ("Procapra gutturosa", "Mongolian gazelle", "large mammal", "LC", ""),
    ("Antigone vipio", "White-naped crane", "bird", "VU", "I"),
    ("Ichthyaetus relictus", "Relict gull", "bird", "VU", "I"),
    ("Panthera uncia", "Snow leopard", "large mammal", "VU", "I"),
    ("Equus hemionus", "Asiatic wild ass", "large mammal", "NT", "II"),
    ("Ovis ammon", "Argali", "large mammal", "NT", "II"),
    ("Otis tarda", "Great bustard", "bird", "VU", "II"),
    ("Grus japonensis", "Red-crowned crane", "bird", "VU", "I"),
    ("Vulpes corsac", "Corsac fox", "small mammal", "LC", ""),
    ("Marmota sibirica", "Tarbagan marmot", "small mammal", "EN", ""),
    ("Otocolobus manul", "Pallas's cat", "small mammal", "LC", "II"),
    ("Falco cherrug", "Saker falcon", "bird", "EN", "II"),
)

# (lat min, lat max, lon min, lon max) of the partner's survey region
REGIONS = {
    "MNG": (47.5, 50.0, 113.0, 117.0),   # eastern Mongolian steppe, Mongol Daguur
    "RUS": (49.8, 50.8, 115.0, 117.5),   # Daursky
    "CHN": (48.0, 49.5, 116.5, 118.5),   # Dalai Lake / Hulun Lake
    "KAZ": (48.5, 50.0, 84.5, 87.5),     # Altai
}


def make_occurrences(n, partner="Mongolian Academy of Sciences", country="MNG", file_name="mng_survey_2023.xlsx",
                     sheet="Sheet1", seed=0, first_row=3, years=(2015, 2024)):
    """``n`` occurrences of one sheet; deterministic for a given seed."""
    rng = np.random.default_rng(seed)
    species_index = rng.integers(0, len(SPECIES), n)
    lat0, lat1, lon0, lon1 = REGIONS[country]
    lat = np.round(rng.uniform(lat0, lat1, n), 6)
    lon = np.round(rng.uniform(lon0, lon1, n), 6)
    year = rng.integers(years[0], years[1] + 1, n)
    month = rng.integers(4, 11, n)
    day = rng.integers(1, 29, n)
    precision = rng.random(n)
    rows = np.arange(first_row, first_row + n)
    event_date = np.where(
        precision < 0.85,
        [f"{y:04d}-{m:02d}-{d:02d}" for y, m, d in zip(year, month, day)],
        np.where(precision < 0.95, [f"{y:04d}-{m:02d}" for y, m in zip(year, month)],
                 [f"{y:04d}-{m:02d}-01/{y:04d}-{m:02d}-15" for y, m in zip(year, month)]))
    verbatim_date = [f"{d:02d}.{m:02d}.{y:04d}" for y, m, d in zip(year, month, day)]
    count = rng.integers(1, 300, n)
    ranged = rng.random(n) < 0.1
    absent = rng.random(n) < 0.02
    quantity = np.where(ranged, [f"{c}-{c + 5}" for c in count], count.astype(str))
    names = np.array([s[0] for s in SPECIES], dtype=object)[species_index]
    code = "".join(w[0] for w in partner.split()).upper()
    frame = pd.DataFrame({
        "occurrenceID": [f"urn:corridor:{code}:{file_name}:{sheet}:{r}" for r in rows],
        "basisOfRecord": "HumanObservation",
        "occurrenceStatus": np.where(absent, "absent", "present"),
        "scientificName": names,
        "verbatimIdentification": names,
        "vernacularName": np.array([s[1] for s in SPECIES], dtype=object)[species_index],
        "taxonRank": "species",
        "taxonGroup": np.array([s[2] for s in SPECIES], dtype=object)[species_index],
        "iucnCategory": np.array([s[3] for s in SPECIES], dtype=object)[species_index],
        "citesAppendix": np.array([s[4] for s in SPECIES], dtype=object)[species_index],
        "individualCount": pd.array(np.where(ranged | absent, -1, count), dtype="Int64"),
        "organismQuantity": np.where(absent, "0", quantity),
        "organismQuantityType": "individuals",
        "abundanceMin": np.where(absent, 0.0, count.astype(float)),
        "abundanceMax": np.where(absent, 0.0, np.where(ranged, count + 5.0, count.astype(float))),
        "eventDate": event_date,
        "verbatimEventDate": verbatim_date,
        "year": pd.array(year, dtype="Int64"),
        "locality": [f"Transect {r % 40 + 1}" for r in rows],
        "verbatimLocality": [f"Маршрут {r % 40 + 1}" for r in rows],
        "decimalLatitude": lat,
        "decimalLongitude": lon,
        "verbatimCoordinates": [f"{a:.6f} {b:.6f}" for a, b in zip(lat, lon)],
        "verbatimSRS": "EPSG:4326",
        "geodeticDatum": "EPSG:4326",
        "coordinateUncertaintyInMeters": np.where(rng.random(n) < 0.5, 30.0, np.nan),
        "countryCode": ISO3_TO_ISO2[country],
        "country_iso3": country,
        "institutionCode": partner,
        "recordedBy": np.where(rng.random(n) < 0.5, "B. Batbayar", "N. Ivanova"),
        "sourceFile": file_name,
        "sourceSheet": sheet,
        "sourceRow": pd.array(rows, dtype="Int64"),
        "issues": np.where(rng.random(n) < 0.05, "COORDINATE_ROUNDED", ""),
    })
    frame.loc[frame["individualCount"] == -1, "individualCount"] = pd.NA
    return frame[list(OCCURRENCE_FIELD_NAMES)]


def make_rejected(k, file_name="mng_survey_2023.xlsx", sheet="Sheet1", first_row=10_000):
    return pd.DataFrame({
        "sourceFile": file_name,
        "sourceSheet": sheet,
        "sourceRow": pd.array(range(first_row, first_row + k), dtype="Int64"),
        "reasonCode": ["NAME_UNRESOLVED" if i % 2 == 0 else "COORDINATE_INVALID" for i in range(k)],
        "reason": ["Species name not in the checklist" if i % 2 == 0 else "Latitude outside -90..90"
                   for i in range(k)],
        "suggestions": ["Procapra gutturosa;Procapra przewalskii" if i % 2 == 0 else "" for i in range(k)],
        "cells": [json.dumps({"вид": f"дзерен?{i}", "шир": "95.1", "дата": "12.06.2020"}, ensure_ascii=False)
                  for i in range(k)],
    })[list(REJECTED_FIELD_NAMES)]


def content_sha256(occurrences, rejected):
    """Stands in for the SHA-256 of the partner's file: changes whenever the rows change."""
    digest = hashlib.sha256()
    digest.update(pd.util.hash_pandas_object(occurrences.astype(str), index=False).values.tobytes())
    digest.update(pd.util.hash_pandas_object(rejected.astype(str), index=False).values.tobytes())
    return digest.hexdigest()


def make_submission(occurrences, rejected, partner, country, file_name, sheet="Sheet1", sha256=None):
    return Submission(partner=partner, country_iso3=country, file_name=file_name,
                      file_sha256=sha256 or content_sha256(occurrences, rejected), sheet=sheet, institution=partner,
                      rows_total=len(occurrences) + len(rejected), rows_accepted=len(occurrences),
                      rows_rejected=len(rejected), received="2024-03-01T09:00:00+00:00", plugin_version="test",
                      user="tester")


def make_import_result(n=200, partner="Mongolian Academy of Sciences", country="MNG",
                       file_name="mng_survey_2023.xlsx", sheet="Sheet1", seed=0, rejected=5):
    occurrences = make_occurrences(n, partner, country, file_name, sheet, seed)
    rejected_rows = make_rejected(rejected, file_name, sheet)
    return ImportResult(occurrences=occurrences, rejected=rejected_rows,
                        submissions=[make_submission(occurrences, rejected_rows, partner, country, file_name, sheet)])


def result_of(occurrences, rejected, partner, country, file_name, sheet="Sheet1", sha256=None):
    return ImportResult(occurrences=occurrences, rejected=rejected,
                        submissions=[make_submission(occurrences, rejected, partner, country, file_name, sheet,
                                                     sha256)])


def _memory_layer(frame, fields_spec, uri, name):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    kinds = {"string": QVariant.String, "integer": QVariant.Int, "double": QVariant.Double}
    layer = QgsVectorLayer(uri, name, "memory")
    layer.dataProvider().addAttributes([make_field(n, kinds.get(k, QVariant.String)) for n, k in fields_spec])
    layer.updateFields()
    names = [n for n, _ in fields_spec]
    features = []
    for record in frame.astype(object).where(frame.notna(), None).to_dict("records"):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([record.get(n) for n in names])
        if uri.startswith("Point") and record.get("decimalLatitude") is not None:
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(record["decimalLongitude"],
                                                                   record["decimalLatitude"])))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def occurrence_layer(frame, name="occurrences"):
    """A point memory layer shaped like importsheets' OUTPUT."""
    from corridor_plugin.core.schema import OCCURRENCE_FIELDS

    return _memory_layer(frame, OCCURRENCE_FIELDS, "Point?crs=EPSG:4326", name)


def rejected_layer(frame, name="rejected"):
    """A table (no geometry) shaped like importsheets' REJECTED."""
    from corridor_plugin.core.schema import REJECTED_FIELDS

    return _memory_layer(frame, REJECTED_FIELDS, "None", name)
