"""4. Results: headline cards, charts, and the styled layers added to the map."""

from qgis.PyQt.QtWidgets import (
    QGridLayout,
    QPushButton,
)

from ...core.results_summary import results_figures
from ...toolbelt.i18n import tr
from .. import state
from ..map_layers import ORDER, result_layers, show_outputs
from ..widgets import BarChart, ButtonRow, Card
from .base_panel import BaseStepPanel


class ResultsPanel(BaseStepPanel):
    """4. Results: headline cards, charts, and the styled layers added to the map."""

    def build(self):
        cards = QGridLayout()
        self.cards = {"records": Card(tr("records")), "species": Card(tr("species")),
                      "gap_species": Card(tr("gap species")), "areas": Card(tr("protected areas"))}
        for i, card in enumerate(self.cards.values()):
            cards.addWidget(card, i // 2, i % 2)
        self.body.addLayout(cards)
        self.country_cards_layout = QGridLayout()
        self.body.addLayout(self.country_cards_layout)
        self.country_cards = {}
        self.gap_chart = BarChart(tr("Gap status by IUCN category"))
        self.protconn_chart = BarChart(tr("ProtConn by country (% of the country)"), "%")
        self.dpc_chart = BarChart(tr("Most important areas (dPC)"))
        for chart in (self.gap_chart, self.protconn_chart, self.dpc_chart):
            self.body.addWidget(chart)
        buttons = ButtonRow()
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.add_layers_button = QPushButton(tr("Add styled layers to the map"))
        self.add_layers_button.setObjectName("add_layers")
        self.add_layers_button.setStyleSheet("font-weight: bold;")
        self.add_layers_button.clicked.connect(self.add_layers)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_layers_button)
        self.body.addLayout(buttons)
        self.next_button()
        self.refresh()

    def refresh(self):
        figures = results_figures(result_layers())
        self.figures = figures
        if figures["errors"]:  # a layer that is not the output the step wrote: say which field it lacks
            self.notes_label.setText("\n".join(f"⚠ {error}" for error in figures["errors"]))
            self.notes_label.setVisible(True)
        self.cards["records"].set(figures["records"], figures["records_detail"])
        self.cards["species"].set(figures["species"])
        self.cards["gap_species"].set(figures["gap_species"], figures["gap_detail"])
        self.cards["areas"].set(figures["areas"], figures["areas_detail"])
        for card in self.country_cards.values():
            card.setParent(None)
        self.country_cards = {}
        for i, (region, values) in enumerate(sorted(figures["protconn"].items())):
            caption = tr("ProtConn {region}").format(region=region)
            if figures["protconn_d50_km"] is not None:
                caption = tr("ProtConn {region} (d50 {km:g} km)").format(region=region, km=figures["protconn_d50_km"])
            card = Card(caption, f"{values['protconn']:.1f}%",
                        tr("transboundary share {share:.0f}% · Prot {prot:.1f}%").format(
                            share=values["trans"], prot=values["prot"]))
            self.country_cards[region] = card
            self.country_cards_layout.addWidget(card, i // 2, i % 2)
        categories = figures["gap_by_category"]
        order = [c for c in ("CR", "EN", "VU", "NT", "LC", "DD") if c in categories] + sorted(
            c for c in categories if c not in ("CR", "EN", "VU", "NT", "LC", "DD"))
        self.gap_chart.set_data(order, [(tr("gap"), [categories[c].get("gap", 0) for c in order]),
                                        (tr("partial"), [categories[c].get("partial", 0) for c in order]),
                                        (tr("covered"), [categories[c].get("covered", 0) for c in order])])
        regions = sorted(figures["protconn"])
        self.protconn_chart.set_data(regions, [
            (tr("within"), [figures["protconn"][r]["protconn"] - figures["protconn"][r]["trans_points"]
                            for r in regions]),
            (tr("through foreign areas"), [figures["protconn"][r]["trans_points"] for r in regions])])
        self.dpc_chart.set_data([name for name, _ in figures["dpc"]], [("dPC", [v for _, v in figures["dpc"]])])

    def add_layers(self):
        added = show_outputs(ORDER, iface=self.iface)
        state.write("results/shown", "1" if added else "")
        if self.dock is not None:
            self.dock.update_status()
        self.task_status.done(tr("{count} layers added to the map.").format(count=len(added)))
        return added
