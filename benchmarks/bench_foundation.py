"""Plugin start-up cost: Corridor's provider loading, against QGIS's own native provider reload."""
from qgis.core import QgsApplication


def run(bench):
    with bench.section("foundation: provider start-up"):
        from corridor_plugin.processing.provider import CorridorProvider

        native = QgsApplication.processingRegistry().providerById("native")

        def load_corridor():
            provider = CorridorProvider()
            provider.loadAlgorithms()
            return provider

        bench.compare("Corridor provider loadAlgorithms()", load_corridor, native.refreshAlgorithms,
                      "native provider refreshAlgorithms()")
