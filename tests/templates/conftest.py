"""Fixtures of the template tests (LibreOffice comes from tests/conftest.py)."""
import pytest


@pytest.fixture(scope="session")
def checklist():
    from corridor_plugin.core.taxonomy import load_checklist

    return load_checklist()
