"""Seed partner sheets → corridor:importsheets with DATABASE → the baseline store (both back ends)."""
import pytest
from qgis.core import QgsVectorLayer

from corridor_plugin.core.baseline import open_store

SEEDS = (("mng_dauria_survey.xlsx", "MNG", "Mongolian Academy of Sciences"),
         ("rus_daursky_cp1251.csv", "RUS", "Daursky Reserve"),
         ("chn_hulun_gb18030.csv", "CHN", "Hulun Lake Reserve"),
         ("kaz_altai_pulkovo_gk.txt", "KAZ", "Institute of Zoology Almaty"))


def _import(seeds, name, country, partner, database, tmp_path):
    import processing

    out = processing.run("corridor:importsheets", {
        "INPUT": [str(seeds / "sheets" / name)], "COUNTRY": country, "SOURCE_CRS": "EPSG:4326",
        "PARTNER": partner, "DATABASE": database,
        "OUTPUT": str(tmp_path / f"{name}.gpkg"), "REJECTED": str(tmp_path / f"{name}_rejected.gpkg")})
    occurrences = QgsVectorLayer(out["OUTPUT"], "occ", "ogr")
    rejected = QgsVectorLayer(out["REJECTED"], "rej", "ogr")
    return occurrences, rejected


def test_seed_sheets_land_in_the_baseline_once(corridor_plugin, seeds, database, tmp_path):
    expected_ids, expected_rejected = set(), 0
    for name, country, partner in SEEDS:
        occurrences, rejected = _import(seeds, name, country, partner, database, tmp_path)
        assert occurrences.featureCount() > 0
        expected_ids |= {f["occurrenceID"] for f in occurrences.getFeatures()}
        expected_rejected += rejected.featureCount()
    store = open_store(database)
    stored = store.occurrences()
    assert set(stored["occurrenceID"]) == expected_ids and len(stored) == len(expected_ids)
    assert store.count("rejected_rows") == expected_rejected
    submissions = store.submissions()
    assert sorted(submissions["file_name"]) == sorted(name for name, _, _ in SEEDS)
    assert sorted(submissions["partner"]) == sorted(partner for _, _, partner in SEEDS)
    assert set(stored["country_iso3"]) <= {"MNG", "RUS", "CHN", "KAZ"}
    before = (len(stored), store.count("rejected_rows"), len(submissions), store.count("submission_history"))
    store.close()

    _import(seeds, *SEEDS[0], database, tmp_path)  # the same workbook again: nothing added
    store = open_store(database)
    assert (store.count("occurrences"), store.count("rejected_rows"), len(store.submissions()),
            store.count("submission_history")) == before
    xlsx = store.submissions().set_index("file_name").loc["mng_dauria_survey.xlsx"]
    assert xlsx["sheet"] != "" and int(xlsx["rows_total"]) == int(xlsx["rows_accepted"]) + int(xlsx["rows_rejected"])
    store.close()


@pytest.mark.parametrize("backend", ["gpkg"])
def test_loadbaseline_takes_the_saved_importsheets_outputs(corridor_plugin, seeds, tmp_path, backend):
    import processing

    name, country, partner = SEEDS[1]
    occurrences, rejected = _import(seeds, name, country, partner, "", tmp_path)
    database = str(tmp_path / "from_layers.gpkg")
    out = processing.run("corridor:loadbaseline", {
        "DATABASE": database, "INPUT": occurrences, "REJECTED": rejected,
        "SOURCE_FILES": [str(seeds / "sheets" / name)]})
    assert out["LOADED"] == occurrences.featureCount() and out["REJECTED_LOADED"] == rejected.featureCount()
    store = open_store(database)
    import hashlib

    digest = hashlib.sha256((seeds / "sheets" / name).read_bytes()).hexdigest()
    assert store.submissions()["file_sha256"].tolist() == [digest]
    assert store.submissions()["partner"].tolist() == [partner]
    store.close()


def test_a_name_resolved_after_the_first_load_reaches_the_baseline(corridor_plugin, database, tmp_path):
    """The same sheet imported again after the user resolved a rejected name (the sheet did not change, its
    resolution did): the newly accepted rows are loaded, the submission's counts follow, nothing twice."""
    import processing

    sheet = tmp_path / "mng_typos.csv"
    sheet.write_text("species,count,date,lat,lon\n"
                     "Procapra gutturosa,12,2020-06-12,49.61,115.21\n"
                     "дзерен цагаан,5,2020-06-13,49.62,115.22\n"
                     "дзерен цагаан,3,2020-06-14,49.63,115.23\n"
                     "Grus vipio,2,2020-06-15,49.64,115.24\n", encoding="utf-8")

    def run(checklist=None):
        parameters = {"INPUT": [str(sheet)], "COUNTRY": "MNG", "PARTNER": "MAS", "DATABASE": database,
                      "OUTPUT": str(tmp_path / "occ.gpkg"), "REJECTED": str(tmp_path / "rej.gpkg")}
        if checklist:
            parameters["CHECKLIST"] = str(checklist)
        processing.run("corridor:importsheets", parameters)
        store = open_store(database)
        try:
            current = store.submissions()
            current = current[current["status"] == "current"]
            return (store.count("occurrences"), store.count("rejected_rows"), len(current),
                    int(current["rows_accepted"].iloc[0]), int(current["rows_rejected"].iloc[0]))
        finally:
            store.close()

    assert run() == (2, 2, 1, 2, 2)  # the Mongolian vernacular name is not in the checklist
    mapping = tmp_path / "names.csv"
    mapping.write_text("verbatim,scientificName\nдзерен цагаан,Procapra gutturosa\n", encoding="utf-8")
    assert run(mapping) == (4, 0, 1, 4, 0)  # both rows of the resolved name now in the baseline
    assert run(mapping) == (4, 0, 1, 4, 0)  # and the same again adds nothing
    store = open_store(database)
    try:
        history = store.query("SELECT action FROM submission_history ORDER BY fid")
        assert [row[0] for row in history][-1] != "loaded"
        assert len(set(store.occurrences()["occurrenceID"])) == 4
    finally:
        store.close()


def test_the_import_closes_the_baseline_it_loaded(corridor_plugin, seeds, tmp_path, monkeypatch):
    """No ``ResourceWarning: unclosed database`` (Python >= 3.13 warns): the store importsheets opens is
    closed after the load."""
    import gc
    import warnings

    from corridor_plugin.core.baseline.store import BaselineStore

    closed = []
    close = BaselineStore.close

    def counting_close(self):
        closed.append(self._conn is not None)
        close(self)

    monkeypatch.setattr(BaselineStore, "close", counting_close)
    database = str(tmp_path / "closed.gpkg")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        _import(seeds, *SEEDS[1], database, tmp_path)
        gc.collect()
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []
    assert closed == [True]  # one store, closed with its connection open
