"""Baseline fixtures: a real PostgreSQL + PostGIS 3 server for the session, and a fresh database
(GeoPackage file or PostGIS database) per test, so that every store test runs on both back ends."""
import itertools

import pytest

from tests.builders.postgis_server import start_postgis_server

_counter = itertools.count()


@pytest.fixture(scope="session")
def postgis_server():
    try:
        server = start_postgis_server()
    except Exception as exc:  # noqa: BLE001 - any start failure must fail the PostGIS tests, loudly
        pytest.fail(f"The PostgreSQL/PostGIS test server could not start, so the PostGIS tests cannot run: {exc}",
                    pytrace=False)
    yield server
    server.stop()


@pytest.fixture(params=["gpkg", "postgis"])
def database(request, tmp_path):
    """A new, empty baseline: a GeoPackage path or a postgres:// URI of a fresh PostGIS database."""
    if request.param == "gpkg":
        yield str(tmp_path / "baseline.gpkg")
        return
    server = request.getfixturevalue("postgis_server")
    name = f"baseline_{next(_counter)}"
    yield server.create_database(name)
    server.drop_database(name)


@pytest.fixture
def postgis_database(postgis_server):
    name = f"baseline_pg_{next(_counter)}"
    yield postgis_server.create_database(name)
    postgis_server.drop_database(name)
