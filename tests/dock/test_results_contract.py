"""The results step names a result file that lacks a field of its output's schema (issue 19), and still
shows the figures of the other files."""
from corridor_plugin.gui import state
from corridor_plugin.gui.steps import WORKFLOW_STEPS
from tests.builders import report as build
from tests.dock.test_dock import write_layer

STEP = {step.key: step for step in WORKFLOW_STEPS}


def test_results_step_names_the_field_a_result_file_lacks(dock, tmp_path):
    species = build.memory_layer("None", "gap_species", [("scientificName", "s"), ("status", "s")],
                                 [(None, name, status) for name, *_, status in build.SPECIES])
    state.set_output("gap_species", write_layer(species, tmp_path / "gap_species.gpkg"))
    state.set_output("occurrences", write_layer(build.occurrences(), tmp_path / "occurrences.gpkg"))
    panel = dock.open_step(STEP["results"])
    notes = panel.notes_label.text()
    assert panel.notes_label.isVisibleTo(panel) and "gap_species" in notes and "'iucnCategory'" in notes
    assert "corridor:gapanalysis OUTPUT_SPECIES" in notes
    assert panel.cards["gap_species"].value() == "–"           # no figure from the file that breaks its contract
    assert panel.cards["records"].value() == str(build.occurrences().featureCount())
