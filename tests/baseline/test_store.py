"""The baseline store on both back ends (GeoPackage and a real PostGIS): what goes in comes back out,
idempotent reloads, corrected files, cross-partner duplicates, faults and concurrent loads."""
import math
import sqlite3
import threading

import numpy as np
import pandas as pd
import pytest
from qgis.core import QgsFeedback

from corridor_plugin.core.baseline import (
    SCHEMA_VERSION,
    BaselineError,
    ConnectionLost,
    LoadCanceled,
    open_store,
)
from corridor_plugin.core.baseline.store import haversine_m
from corridor_plugin.core.schema import OCCURRENCE_FIELD_NAMES, REJECTED_FIELD_NAMES
from corridor_plugin.toolbelt.qgis_compat import make_field
from tests.builders.baseline import make_import_result, make_occurrences, make_rejected, result_of

MAS = "Mongolian Academy of Sciences"
DAURSKY = "Daursky Reserve"


def plain(frame, columns):
    """Rows as tuples of plain Python values with None for every kind of missing value."""
    out = frame.reindex(columns=list(columns)).astype(object)
    out = out.where(pd.notna(out), None)
    rows = []
    for record in out.itertuples(index=False, name=None):
        rows.append(tuple(float(v) if isinstance(v, (float, np.floating)) else
                          int(v) if isinstance(v, (np.integer,)) else v for v in record))
    return rows


def snapshot(store):
    """Every row of every baseline table (and the GeoPackage R-tree), to prove that nothing changed."""
    state = {}
    for table in ("occurrences", "rejected_rows", "submissions", "submission_history", "taxa",
                  "occurrence_duplicates", "corridor_meta"):
        rows = store.query(f"SELECT * FROM {table}")
        state[table] = sorted(tuple("" if v is None else str(v) for v in row) for row in rows)
    if store.kind == "gpkg":
        state["rtree"] = sorted(store.query("SELECT * FROM rtree_occurrences_geom"))
        state["schema"] = sorted(store.query("SELECT type, name, sql FROM sqlite_master"))
    else:
        state["schema"] = sorted(store.query("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = ?",
                                             ("corridor",)))
    return state


class CancelAfter(QgsFeedback):
    def __init__(self, calls):
        super().__init__()
        self.calls = calls
        self.progress_calls = 0

    def setProgress(self, value):  # noqa: N802 - QgsFeedback API
        super().setProgress(value)
        self.progress_calls += 1
        if self.progress_calls == self.calls:
            self.cancel()


class CrashAfter(QgsFeedback):
    """Raises in the middle of a load, like a bug or a killed worker would."""

    def __init__(self, calls, action=None):
        super().__init__()
        self.calls = calls
        self.progress_calls = 0
        self.action = action

    def setProgress(self, value):  # noqa: N802
        super().setProgress(value)
        self.progress_calls += 1
        if self.progress_calls == self.calls:
            if self.action:
                self.action()
            else:
                raise RuntimeError("simulated crash in the middle of the load")


def test_load_keeps_every_field_and_the_geometry(database):
    result = make_import_result(300, seed=1, rejected=7)
    store = open_store(database)
    report = store.load(result)
    assert [s.status for s in report.submissions] == ["loaded"]
    assert report.rows_loaded == 300 and report.rejected_loaded == 7 and report.rows_already_present == 0

    stored = store.occurrences()
    assert plain(stored, OCCURRENCE_FIELD_NAMES) == plain(result.occurrences, OCCURRENCE_FIELD_NAMES)
    assert set(stored["partner"]) == {MAS}
    # eventDateStart/End: first and last day of partial dates and ranges
    by_date = dict(zip(stored["eventDate"], zip(stored["eventDateStart"], stored["eventDateEnd"])))
    for date, (start, end) in by_date.items():
        if "/" in date:
            assert (start, end) == (date[:10], date[11:21])
        elif len(date) == 7:
            assert start == date + "-01" and end[:7] == date and end[8:] in ("28", "29", "30", "31")
        else:
            assert start == end == date
    assert plain(store.rejected_rows(), REJECTED_FIELD_NAMES) == plain(result.rejected, REJECTED_FIELD_NAMES)

    layer = store.occurrences_layer()
    assert layer.isValid() and layer.crs().authid() == "EPSG:4326"
    assert layer.featureCount() == 300
    expected = result.occurrences.set_index("occurrenceID")
    for feature in layer.getFeatures():
        point = feature.geometry().asPoint()
        row = expected.loc[feature["occurrenceID"]]
        assert point.x() == pytest.approx(row["decimalLongitude"], abs=1e-9)
        assert point.y() == pytest.approx(row["decimalLatitude"], abs=1e-9)

    submissions = store.submissions()
    assert len(submissions) == 1
    sub = submissions.iloc[0]
    assert (sub["partner"], sub["country_iso3"], sub["file_name"], sub["sheet"]) == (
        MAS, "MNG", "mng_survey_2023.xlsx", "Sheet1")
    assert sub["file_sha256"] == result.submissions[0].file_sha256
    assert (int(sub["rows_total"]), int(sub["rows_accepted"]), int(sub["rows_rejected"]), int(sub["rows_loaded"])) == (
        307, 300, 7, 300)
    assert sub["status"] == "current" and sub["user_name"] == "tester"
    taxa = store.taxa()
    assert sorted(taxa["scientificName"]) == sorted(result.occurrences["scientificName"].unique())
    assert store.schema_version() == SCHEMA_VERSION
    store.close()


def test_reloading_the_same_file_adds_nothing(database):
    result = make_import_result(250, seed=2)
    store = open_store(database)
    store.load(result)
    before = snapshot(store)
    again = store.load(result)
    assert [s.status for s in again.submissions] == ["unchanged"]
    assert again.rows_loaded == 0 and again.rows_already_present == 250
    assert snapshot(store) == before

    # the same records under another file name / checksum (a re-export): still nothing added
    renamed = result_of(result.occurrences, result.rejected, MAS, "MNG", "copy_of_survey.xlsx",
                        sha256="f" * 64)
    third = store.load(renamed)
    assert [s.status for s in third.submissions] == ["unchanged"]
    assert snapshot(store) == before
    store.close()


def test_a_corrected_file_replaces_its_earlier_submission_and_keeps_history(database):
    first = make_import_result(200, seed=3, rejected=4)
    store = open_store(database)
    store.load(first)
    corrected_occ = first.occurrences.iloc[20:].copy()            # 20 rows withdrawn by the partner
    corrected_occ.loc[corrected_occ.index[0], "scientificName"] = "Otis tarda"  # one identification fixed
    corrected_rej = make_rejected(2)
    corrected = result_of(corrected_occ, corrected_rej, MAS, "MNG", "mng_survey_2023.xlsx")
    report = store.load(corrected)
    sub = report.submissions[0]
    assert sub.status == "replaced" and sub.replaced_submission_id == 1 and sub.rows_loaded == 180

    assert plain(store.occurrences(), OCCURRENCE_FIELD_NAMES) == plain(corrected_occ, OCCURRENCE_FIELD_NAMES)
    assert plain(store.rejected_rows(), REJECTED_FIELD_NAMES) == plain(corrected_rej, REJECTED_FIELD_NAMES)
    submissions = store.submissions()
    assert list(submissions["status"]) == ["superseded", "current"]
    assert int(submissions.iloc[0]["superseded_by"]) == int(submissions.iloc[1]["fid"])
    assert int(submissions.iloc[0]["rows_loaded"]) == 200  # the old counts stay on record
    history = store.submission_history()
    assert list(history["action"]) == ["loaded", "superseded", "replaced"]
    assert list(history["file_sha256"]) == [first.submissions[0].file_sha256, first.submissions[0].file_sha256,
                                           corrected.submissions[0].file_sha256]
    assert int(history.iloc[1]["related_submission_id"]) == int(submissions.iloc[1]["fid"])
    if store.kind == "gpkg":
        assert store.query("SELECT COUNT(*) FROM rtree_occurrences_geom")[0][0] == 180
    store.close()


def _one(occurrence_id, partner, name, date, lat, lon, file_name):
    frame = make_occurrences(1, partner=partner, file_name=file_name)
    frame["occurrenceID"] = occurrence_id
    frame["institutionCode"] = partner
    frame["scientificName"] = name
    frame["eventDate"] = date
    frame["decimalLatitude"] = lat
    frame["decimalLongitude"] = lon
    return frame


def test_cross_partner_duplicates_are_linked_not_deleted(database):
    lat, lon = 49.95, 116.2
    metre = 1 / 111195.0  # degrees of latitude per metre on the mean sphere
    mas = pd.concat([
        _one("mas-1", MAS, "Procapra gutturosa", "2021-06-12", lat, lon, "mas.xlsx"),
        _one("mas-2", MAS, "Antigone vipio", "2021-06-12", lat, lon, "mas.xlsx"),
        _one("mas-3", MAS, "Procapra gutturosa", "2021-06-12", lat + 30 * metre, lon, "mas.xlsx"),
    ], ignore_index=True)
    rus = pd.concat([
        _one("rus-1", DAURSKY, "Procapra gutturosa", "2021-06-12", lat + 50 * metre, lon, "rus.csv"),   # 50 m
        _one("rus-2", DAURSKY, "Procapra gutturosa", "2021-06-12", lat + 150 * metre, lon, "rus.csv"),  # 150 m
        _one("rus-3", DAURSKY, "Antigone vipio", "2021-06-13", lat, lon, "rus.csv"),                     # other day
        _one("rus-4", DAURSKY, "Otis tarda", "2021-06-12", lat, lon, "rus.csv"),                         # other taxon
    ], ignore_index=True)
    store = open_store(database)
    store.load(result_of(mas, make_rejected(0), MAS, "MNG", "mas.xlsx"))
    report = store.load(result_of(rus, make_rejected(0), DAURSKY, "RUS", "rus.csv"), duplicate_tolerance_m=100)
    links = store.duplicates()
    # rus-1 is 50 m from mas-1 and 20 m from mas-3; mas-1 and mas-3 (same partner) are not linked
    assert sorted(zip(links["occurrenceID"], links["duplicate_of"])) == [("rus-1", "mas-1"), ("rus-1", "mas-3")]
    expected = {"mas-1": haversine_m(lat + 50 * metre, lon, lat, lon),
                "mas-3": haversine_m(lat + 50 * metre, lon, lat + 30 * metre, lon)}
    for other, distance in zip(links["duplicate_of"], links["distance_m"]):
        assert distance == pytest.approx(float(expected[other]), abs=0.01)
    assert float(expected["mas-1"]) == pytest.approx(50.0, abs=0.1)
    assert report.duplicates_linked == 2
    assert store.count("occurrences") == 7  # linked, none deleted
    store.close()


def test_cancel_mid_load_leaves_the_database_as_it_was(database):
    store = open_store(database)
    store.load(make_import_result(100, seed=4))
    before = snapshot(store)
    store.chunk_size = 50
    store.index_rebuild_rows = 500  # through the drop-and-rebuild-indexes path
    feedback = CancelAfter(3)
    with pytest.raises(LoadCanceled):
        store.load(make_import_result(1000, partner=DAURSKY, country="RUS", file_name="rus.csv", seed=5),
                   feedback)
    assert feedback.progress_calls >= 3
    assert snapshot(store) == before
    store.close()
    assert snapshot(open_store(database)) == before


def test_crash_mid_replacement_keeps_the_earlier_submission(database):
    """The harder case: a corrected file has already deleted the old rows when the crash comes."""
    first = make_import_result(600, seed=6)
    store = open_store(database)
    store.load(first)
    before = snapshot(store)
    store.chunk_size = 100
    corrected = result_of(first.occurrences.iloc[1:], first.rejected, MAS, "MNG", "mng_survey_2023.xlsx")
    with pytest.raises(RuntimeError, match="simulated crash"):
        store.load(corrected, CrashAfter(4))
    assert snapshot(store) == before
    store.close()
    reopened = open_store(database)
    assert snapshot(reopened) == before
    assert reopened.load(corrected).submissions[0].status == "replaced"  # and the store still works
    assert reopened.count("occurrences") == 599
    reopened.close()


def test_dropped_postgis_connection_mid_load_leaves_the_database_as_it_was(postgis_database):
    import psycopg2

    store = open_store(postgis_database)
    store.load(make_import_result(100, seed=7))
    before = snapshot(store)
    store.chunk_size = 100
    store.index_rebuild_rows = 1000  # through the big-load path (table locked, indexes dropped)
    pid = store.backend_pid()
    admin = psycopg2.connect(postgis_database)
    admin.autocommit = True

    def terminate():
        with admin.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(%s)", (pid,))
            assert cursor.fetchone()[0] is True

    with pytest.raises(ConnectionLost) as error:
        store.load(make_import_result(2000, partner=DAURSKY, country="RUS", file_name="rus.csv", seed=8),
                   CrashAfter(5, action=terminate))
    assert "rolled back" in str(error.value)
    admin.close()
    assert snapshot(store) == before  # the store reconnects by itself
    report = store.load(make_import_result(2000, partner=DAURSKY, country="RUS", file_name="rus.csv", seed=8))
    assert report.rows_loaded == 2000
    store.close()


def test_two_partners_loading_at_once_both_land_complete(database):
    open_store(database).close()  # schema in place; then two sessions load side by side
    results = [make_import_result(3000, partner=MAS, country="MNG", file_name="mng.xlsx", seed=9, rejected=3),
               make_import_result(3000, partner=DAURSKY, country="RUS", file_name="rus.csv", seed=10, rejected=6)]
    errors, reports = [], [None, None]
    barrier = threading.Barrier(2)

    def work(i):
        try:
            store = open_store(database)
            store.chunk_size = 250
            store.index_rebuild_rows = 1000
            barrier.wait(timeout=30)
            reports[i] = store.load(results[i])
            store.close()
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    assert [r.rows_loaded for r in reports] == [3000, 3000]
    store = open_store(database)
    stored = store.occurrences()
    expected = pd.concat([r.occurrences for r in results], ignore_index=True)
    assert sorted(plain(stored, OCCURRENCE_FIELD_NAMES)) == sorted(plain(expected, OCCURRENCE_FIELD_NAMES))
    assert store.count("rejected_rows") == 9
    assert sorted(store.submissions()["partner"]) == sorted([MAS, DAURSKY])
    # the big-load path dropped and rebuilt the secondary indexes
    if store.kind == "gpkg":
        names = {r[0] for r in store.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert store.query("SELECT COUNT(*) FROM rtree_occurrences_geom")[0][0] == 6000
    else:
        names = {r[0] for r in store.query("SELECT indexname FROM pg_indexes WHERE schemaname = 'corridor'")}
        assert "occurrences_geom_gist" in names
    assert {"occurrences_taxon_date_idx", "occurrences_date_idx", "occurrences_partner_idx"} <= names
    store.close()


def test_schema_is_versioned_and_indexed(database):
    store = open_store(database)
    assert store.schema_version() == SCHEMA_VERSION
    store.close()
    store = open_store(database)  # reopening migrates nothing
    assert store.query("SELECT value FROM corridor_meta WHERE key = ?", ("schema_version",)) == [
        (str(SCHEMA_VERSION),)]
    if store.kind == "gpkg":
        names = {r[0] for r in store.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert store.query("SELECT extension_name FROM gpkg_extensions WHERE table_name = 'occurrences'") == [
            ("gpkg_rtree_index",)]
    else:
        names = {r[0] for r in store.query("SELECT indexname FROM pg_indexes WHERE schemaname = 'corridor'")}
        assert "occurrences_geom_gist" in names
    assert {"occurrences_occurrenceid_uq", "occurrences_taxon_date_idx", "occurrences_date_idx",
            "occurrences_partner_idx"} <= names
    # a database from a newer Corridor is refused, not damaged
    store.query("SELECT 1")
    cursor = store.connection.cursor()
    cursor.execute(store.sql("UPDATE corridor_meta SET value = ? WHERE key = ?"), (str(SCHEMA_VERSION + 1),
                                                                                   "schema_version"))
    store.connection.commit()
    store.close()
    with pytest.raises(BaselineError, match="newer Corridor"):
        open_store(database)


def test_write_table_round_trip_and_protected_names(database, qgis_app):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    store = open_store(database)
    frame = pd.DataFrame({"species": ["Ovis ammon", "Panthera uncia"], "records": [12, 3], "share": [0.5, 1.0]})
    assert store.write_table("gap_species", frame) == 2
    back = store.read_table("gap_species")
    assert plain(back, ["species", "records", "share"]) == [("Ovis ammon", 12, 0.5), ("Panthera uncia", 3, 1.0)]

    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "corridors", "memory")
    layer.dataProvider().addAttributes([make_field("name", QVariant.String), make_field("cost", QVariant.Double)])
    layer.updateFields()
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt("Polygon ((115 49, 116 49, 116 50, 115 50, 115 49))"))
    feature.setAttributes(["Dauria link", 12.5])
    layer.dataProvider().addFeatures([feature])
    assert store.write_table("corridor_paths", layer) == 1
    assert store.write_table("corridor_paths", layer) == 1  # replaces, does not append
    read = store.table_layer("corridor_paths")
    assert read.isValid() and read.featureCount() == 1
    got = next(read.getFeatures())
    assert got["name"] == "Dauria link" and got["cost"] == 12.5
    assert got.geometry().area() == pytest.approx(1.0)
    listed = store.query("SELECT name, rows FROM result_tables ORDER BY name")
    assert [tuple(r) for r in listed] == [("corridor_paths", 1), ("gap_species", 2)]
    for bad in ("occurrences", "x; DROP TABLE taxa", "Gap"):
        with pytest.raises(BaselineError):
            store.write_table(bad, frame)
    store.close()


def test_geopackage_passes_gdal_validation(tmp_path):
    from osgeo_utils.samples import validate_gpkg

    path = str(tmp_path / "baseline.gpkg")
    store = open_store(path)
    store.load(make_import_result(50, seed=11))
    store.close()
    validate_gpkg.check(path)  # raises on any violation of the GeoPackage specification
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47


def test_haversine_reference_distance():
    # one degree of latitude on the 6371008.8 m sphere: pi * R / 180
    assert float(haversine_m(49.0, 116.0, 50.0, 116.0)) == pytest.approx(math.pi * 6371008.8 / 180, rel=1e-12)


def test_occurrences_without_id_are_refused_before_anything_is_written(tmp_path):
    store = open_store(str(tmp_path / "b.gpkg"))
    result = make_import_result(10, seed=12)
    result.occurrences.loc[3, "occurrenceID"] = None
    with pytest.raises(BaselineError, match="no occurrenceID"):
        store.load(result)
    assert store.count("occurrences") == 0 and store.count("submissions") == 0


def test_unknown_database_names_give_a_clear_message(tmp_path):
    with pytest.raises(BaselineError, match="neither a GeoPackage"):
        open_store(str(tmp_path / "baseline.sqlite"))
    with pytest.raises(BaselineError, match="No baseline database"):
        open_store("")


def test_protected_areas_sites_and_expected_submissions(database, qgis_app):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    store = open_store(database)
    # Daursky in UTM 50N (EPSG:32650), as a national layer might come; stored as MultiPolygon in EPSG:4326
    layer = QgsVectorLayer("Polygon?crs=EPSG:32650", "pa", "memory")
    layer.dataProvider().addAttributes([make_field("NAME", QVariant.String), make_field("IUCN_CAT", QVariant.String),
                                        make_field("STATUS_YR", QVariant.Int)])
    layer.updateFields()
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt(
        "Polygon ((500000 5580000, 540000 5580000, 540000 5620000, 500000 5620000, 500000 5580000))"))
    feature.setAttributes(["Daursky", "Ia", 1987])
    layer.dataProvider().addFeatures([feature])
    assert store.add_features("protected_areas", layer) == 1
    read = store.table_layer("protected_areas")
    got = next(read.getFeatures())
    assert (got["name"], got["iucn_cat"], got["status_yr"]) == ("Daursky", "Ia", 1987)
    assert got.geometry().isMultipart() and read.crs().authid() == "EPSG:4326"
    box = got.geometry().boundingBox()
    assert box.xMinimum() == pytest.approx(117.0, abs=1e-6)  # easting 500000 is the zone's meridian, 117°E
    assert box.yMinimum() == pytest.approx(50.37, abs=0.01)
    if store.kind == "gpkg":
        assert store.query("SELECT COUNT(*) FROM rtree_protected_areas_geom")[0][0] == 1

    sites = pd.DataFrame({"name": ["Torey lakes"], "country_iso3": ["RUS"], "site_type": ["lake"]})
    assert store.add_features("sites", sites) == 1
    store.add_expected_submission("Daursky Reserve", "RUS", "2025", "2025-12-01")
    expected = store.expected_submissions()
    assert plain(expected, ["partner", "country_iso3", "period", "due_date"]) == [
        ("Daursky Reserve", "RUS", "2025", "2025-12-01")]
    with pytest.raises(BaselineError):
        store.add_features("occurrences", sites)
    store.close()


def test_big_load_over_existing_records_skips_the_ids_already_present(database):
    store = open_store(database)
    first = make_occurrences(1000, partner=MAS, file_name="all.xlsx", seed=13)
    store.load(result_of(first.iloc[:100], make_rejected(0), MAS, "MNG", "part.xlsx"))
    store.index_rebuild_rows = 500  # the big-load path: indexes dropped, ids filtered before the copy
    report = store.load(result_of(first, make_rejected(0), MAS, "MNG", "all.xlsx"))
    assert (report.rows_loaded, report.rows_already_present) == (900, 100)
    assert plain(store.occurrences(), OCCURRENCE_FIELD_NAMES) == plain(first, OCCURRENCE_FIELD_NAMES)
    import psycopg2

    with pytest.raises((sqlite3.IntegrityError, psycopg2.IntegrityError)):  # the unique index is back
        cursor = store.connection.cursor()
        if store.kind == "gpkg":
            cursor.execute("BEGIN")
        cursor.execute(store.sql('INSERT INTO occurrences ("occurrenceID") VALUES (?)'),
                       (first["occurrenceID"].iloc[0],))
    store._rollback_quietly()
    store.close()


KILL_SCRIPT = """
import os, sys
sys.path.insert(0, {repo!r})
from corridor_plugin.core.baseline import open_store
from tests.builders.baseline import make_import_result


class KillAfter:
    calls = 0

    def isCanceled(self):
        return False

    def setProgress(self, value):
        KillAfter.calls += 1
        if KillAfter.calls == 4:
            os._exit(17)  # the process dies on the spot: no rollback, no cleanup


store = open_store({database!r})
store.chunk_size = 100
store.index_rebuild_rows = 500  # big-load path: indexes dropped, rows copied straight into the table
store.load(make_import_result(1500, partner="Daursky Reserve", country="RUS", file_name="rus.csv", seed=14),
           KillAfter())
"""


def test_killed_process_mid_load_leaves_the_database_as_it_was(database):
    """A real crash: the loading process is killed half-way (SQLite's journal, PostgreSQL's abort of the
    open transaction); the next session sees the database as it was."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    repo = str(Path(__file__).resolve().parents[2])
    store = open_store(database)
    store.load(make_import_result(100, seed=15))
    before = snapshot(store)
    store.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    completed = subprocess.run([sys.executable, "-c", KILL_SCRIPT.format(repo=repo, database=database)],
                               capture_output=True, text=True, timeout=120, env=env)
    assert completed.returncode == 17, completed.stderr
    reopened = open_store(database)
    assert snapshot(reopened) == before
    assert reopened.load(make_import_result(1500, partner="Daursky Reserve", country="RUS", file_name="rus.csv",
                                            seed=14)).rows_loaded == 1500
    reopened.close()


def test_migrations_apply_in_order_and_a_failed_one_changes_nothing(database, monkeypatch):
    from corridor_plugin.core.baseline import tables

    open_store(database).close()

    def add_note(backend, cursor):
        cursor.execute("ALTER TABLE taxa ADD COLUMN note text")

    def broken(backend, cursor):
        cursor.execute("ALTER TABLE taxa ADD COLUMN half_done text")
        raise RuntimeError("migration 3 failed half-way")

    monkeypatch.setattr(tables, "MIGRATIONS", tables.MIGRATIONS + ((2, add_note),))
    monkeypatch.setattr(tables, "SCHEMA_VERSION", 2)
    store = open_store(database)
    assert store.schema_version() == 2
    store.query("SELECT note FROM taxa")  # the new column exists
    store.close()

    monkeypatch.setattr(tables, "MIGRATIONS", tables.MIGRATIONS + ((3, broken),))
    monkeypatch.setattr(tables, "SCHEMA_VERSION", 3)
    with pytest.raises(RuntimeError, match="half-way"):
        open_store(database)
    monkeypatch.setattr(tables, "MIGRATIONS", tables.MIGRATIONS[:-1])
    monkeypatch.setattr(tables, "SCHEMA_VERSION", 2)
    store = open_store(database)
    assert store.schema_version() == 2
    import psycopg2

    with pytest.raises((sqlite3.OperationalError, psycopg2.errors.UndefinedColumn)):  # no half-done column
        store.query("SELECT half_done FROM taxa")
    store.close()


def test_geopackage_spatial_index_packed_on_first_load_and_extended_after(tmp_path):
    """The first load packs the empty R-tree (core.rtree); later loads insert through SQLite. Either way
    SQLite's rtreecheck passes, the index holds one box per point as SQLite rounds it, and box queries
    agree with the coordinates."""
    from corridor_plugin.core.rtree import round_down, round_up

    store = open_store(str(tmp_path / "baseline.gpkg"))
    store.load(make_import_result(3000, partner=MAS, country="MNG", file_name="first.xlsx", seed=1))
    assert store.query("SELECT rtreecheck('rtree_occurrences_geom')")[0][0] == "ok"
    nodes = store.query("SELECT COUNT(*) FROM rtree_occurrences_geom_node")[0][0]
    assert nodes == 59 + 2 + 1  # packed: ceil(3000 / 51) full leaves, 2 nodes above them, the root
    store.load(make_import_result(2000, partner=DAURSKY, country="RUS", file_name="second.xlsx", seed=2))
    assert store.query("SELECT rtreecheck('rtree_occurrences_geom')")[0][0] == "ok"
    points = np.array(store.query('SELECT fid, "decimalLongitude", "decimalLatitude" FROM occurrences ORDER BY fid'))
    index = np.array(store.query("SELECT id, minx, maxx, miny, maxy FROM rtree_occurrences_geom ORDER BY id"))
    assert len(points) == len(index) == 5000
    assert np.array_equal(points[:, 0], index[:, 0])
    assert np.array_equal(round_down(points[:, 1]), index[:, 1]) and np.array_equal(round_up(points[:, 1]), index[:, 2])
    assert np.array_equal(round_down(points[:, 2]), index[:, 3]) and np.array_equal(round_up(points[:, 2]), index[:, 4])
    for x0, y0, x1, y1 in ((100, 42, 110, 48), (115, 49, 118, 51), (87, 45, 120, 53)):
        found = {row[0] for row in store.query("SELECT id FROM rtree_occurrences_geom WHERE minx <= ? AND maxx >= ? "
                                               "AND miny <= ? AND maxy >= ?", (x1, x0, y1, y0))}
        inside = (points[:, 1] >= x0) & (points[:, 1] <= x1) & (points[:, 2] >= y0) & (points[:, 2] <= y1)
        assert found == set(points[inside, 0].astype(int).tolist())
    store.close()
