"""Fixtures of the connectivity tests: the Makurhini reference data and a runner that returns
the outputs of ``corridor:connectivity`` as lists of dicts."""
import pytest

REFERENCE = "reference"


@pytest.fixture(scope="session")
def reference(shared_data):
    folder = shared_data / REFERENCE
    needed = ["makurhini_habitat_nodes.gpkg", "makurhini_tmvs_region.gpkg",
              "makurhini_mexico_protected_areas.gpkg", "makurhini_mexico_regions.gpkg"]
    missing = [name for name in needed if not (folder / name).exists()]
    if missing:
        pytest.fail(f"reference data missing: {missing}")
    return folder


@pytest.fixture(scope="session")
def run_connectivity(corridor_plugin):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    class RecordingFeedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, message):  # noqa: N802
            self.warnings.append(message)
            super().pushWarning(message)

    def run(**parameters):
        params = {"OUTPUT_SUMMARY": "memory:", "OUTPUT_NODES": "memory:", "OUTPUT_LINKS": "memory:",
                  "OUTPUT_CLUSTERS": "memory:"}
        params.update(parameters)
        context = QgsProcessingContext()
        feedback = RecordingFeedback()
        result = processing.run("corridor:connectivity", params, context=context, feedback=feedback)
        tables = {}
        for key in ("OUTPUT_SUMMARY", "OUTPUT_NODES", "OUTPUT_LINKS", "OUTPUT_CLUSTERS"):
            value = result.get(key)
            if value is None:
                continue
            layer = value if not isinstance(value, str) else context.getMapLayer(value)
            rows = []
            for feature in layer.getFeatures():
                row = dict(zip(layer.fields().names(), feature.attributes()))
                row["_geometry"] = feature.geometry()
                rows.append(row)
            tables[key.replace("OUTPUT_", "").lower()] = rows
        tables["warnings"] = feedback.warnings
        return tables

    return run
