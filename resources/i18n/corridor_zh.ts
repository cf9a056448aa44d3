<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>Corridor</name>
    <message>
      <location filename="corridor_plugin/core/borders.py" line="21" />
      <source>Unknown border scale '{scale}': use 50m or 110m.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/borders.py" line="24" />
      <source>The country borders file is missing or unreadable: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/borders.py" line="34" />
      <source>The borders layer has no ISO 3166-1 alpha-3 field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/borders.py" line="49" />
      <source>No border in the shipped borders for: {codes}. Available: {available}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="85" />
      <source>Target '{text}' is not a number (write 0.3 or 30%).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="89" />
      <source>Target '{text}' is outside 0–1 (write 0.3 or 30%).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="101" />
      <source>Target entry '{entry}' needs the form name=share.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="105" />
      <source>Target entry '{entry}' has no name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="362" />
      <source>No present occurrence and no range polygon: nothing to analyse.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="379" />
      <source>Study area is large: protected shares use {sub}×{sub} pixels per cell.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="442" />
      <source>The range of {name} is too small for the grid or empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="531" />
      <source>The gap grid would have {n} cells: choose a larger cell size.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="216" />
      <source>fewer than 3 distinct points ({n})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="221" />
      <source>all points on one line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="226" />
      <source>hull lies entirely outside land</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="570" />
      <source>EOO below AOO: AOO used for B1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="593" />
      <source>The occurrence layer has no scientificName field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="596" />
      <source>The occurrence layer has neither point geometry nor decimalLatitude and decimalLongitude fields.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="50" />
      <source>Workflow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="52" />
      <source>From partner species sheets to a transboundary action plan, step by step. Every step is also a Processing algorithm (Processing Toolbox ▸ Corridor).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="87" />
      <source>No Corridor algorithm is available for this step yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="99" />
      <source>Run…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="121" />
      <source>Corridor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="130" />
      <source>Transboundary biodiversity baseline, gaps and connectivity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="131" />
      <source>Version {version} · no baseline database open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="19" />
      <source>Partners and sheets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="20" />
      <source>Import partner species sheets, check rejected rows, load the baseline database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="22" />
      <source>Protected areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="23" />
      <source>Load WDPA or national layers, clean them, overlay the occurrences.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="25" />
      <source>Analyses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="26" />
      <source>Gap analysis, range metrics, transboundary connectivity and corridors.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="28" />
      <source>Results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="29" />
      <source>Headline figures, charts and the styled result layers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="31" />
      <source>Report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="32" />
      <source>Write the transboundary action-plan report (HTML and PDF).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/plugin.py" line="39" />
      <source>Corridor panel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/plugin.py" line="42" />
      <source>Show or hide the Corridor workflow panel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/_gap_common.py" line="83" />
      <source>absence records (occurrenceStatus = absent)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/_gap_common.py" line="84" />
      <source>no scientificName</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/_gap_common.py" line="85" />
      <source>missing or invalid coordinates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/_gap_common.py" line="106" />
      <source>The occurrence layer could not be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="16" />
      <source>1 · Partner sheets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="17" />
      <source>2 · Baseline database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="18" />
      <source>3 · Protected areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="19" />
      <source>4 · Gap analysis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="20" />
      <source>5 · Connectivity and corridors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="21" />
      <source>6 · Reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="22" />
      <source>Tools</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="25" />
      <source>Country borders of the corridor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="28" />
      <source>Writes the admin-0 borders of China, Mongolia, Russia and Kazakhstan shipped with Corridor (Natural Earth, public domain, EPSG:4326) for use as study regions.

COUNTRIES: comma-separated ISO 3166-1 alpha-3 codes (default CHN,MNG,RUS,KAZ).
SCALE: 1:50m (detailed) or 1:110m (coarse). The 1:50m outlines of neighbouring countries do not share vertices: snap with about 0.001° before border work.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="37" />
      <source>Countries (ISO alpha-3, comma-separated)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="40" />
      <source>Scale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="40" />
      <source>1:50m</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="40" />
      <source>1:110m</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="42" />
      <source>Country borders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="54" />
      <source>Could not create the output layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="66" />
      <source>Gap analysis (species representation in protected areas)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="69" />
      <source>Which species the protected-area network misses, where, and where to survey next.

Ranges: occupied cells of a RESOLUTION km equal-area grid (default 10 km), or your range polygons (RANGES, one layer, species in RANGE_FIELD; species without a polygon fall back to their cells). Protected areas are merged (overlaps count once) and rasterised at RESOLUTION/10.

Targets (Rodrigues et al. 2004, Nature 428:640): 100% of ranges under 1,000 km², 10% of ranges over 250,000 km², linear on log10(range) between (55% at 15,811 km²). TARGET_CAP (km², 0 = none) caps the target area of very wide ranges. TARGETS overrides, e.g. 'Panthera uncia=0.5; EN=60%; CR=100%': a species name or an IUCN category, '=' and a share (0–1 or percent), entries separated by ';'. TARGETS_TABLE does the same from a table with a 'name' and a 'target' field. A species override wins over a category override.

Status: gap (nothing protected), partial (protected share below target), covered.

Gap grid (GRID_SHAPE square or hexagon, GRID_SIZE km; hexagons have the area of the square): richness, threatened (CR/EN/VU) richness, gap and partial richness, share inside protected areas, records, partners, and priority = Σ species weight × shortfall × (1 − protected share of the cell), weight = 1 + Red List Index weight (LC 1, NT 2, VU 3, EN 4, CR 5).

Survey gaps: per cell, species expected there (their range; with occupied cells, their convex hull) without a record from the last RECENT_YEARS years of the data, weighted as above, times the sampling deficit m/(m + r) (r recent records in the cell, m the mean of its neighbours). Ranked, best first.

CRS: an equal-area CRS for all grids (default: Lambert azimuthal equal-area centred on the records). STUDY_AREA: only grid cells touching these polygons are written (the grid otherwise covers the records' and ranges' bounding box).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="94" />
      <source>Occurrences (with scientificName)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="99" />
      <source>Range polygons (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="101" />
      <source>Species field of the range polygons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="104" />
      <source>Range cell size (km)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="107" />
      <source>Target overrides (name=share; …)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="109" />
      <source>Target overrides table (fields name, target)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="112" />
      <source>Cap on the target area (km², 0 = none)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="115" />
      <source>Gap grid cells</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="115" />
      <source>Square</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="115" />
      <source>Hexagon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="118" />
      <source>Gap grid cell size (km)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="121" />
      <source>Recent records: last N years of the data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="124" />
      <source>Equal-area CRS (default: LAEA centred on the records)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="126" />
      <source>Study area (optional: keep grid cells that touch it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="129" />
      <source>Species representation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="131" />
      <source>Gap grid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="133" />
      <source>Survey gaps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="143" />
      <source>The targets table needs a 'name' field and a 'target' field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="183" />
      <source>The protected-area layer could not be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="190" />
      <source>{count} records left out: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="195" />
      <source>The CRS must be projected and equal-area, not geographic.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="207" />
      <source>Choose the species field of the range polygons (RANGE_FIELD).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="209" />
      <source>With no occurrence, choose an equal-area CRS (CRS).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="223" />
      <source>No present occurrence with valid coordinates and no range polygon.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="226" />
      <source>{n} protected areas, {s} species.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="250" />
      <source>The study area has no polygon.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="270" />
      <source>occupied cells {km} km</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="273" />
      <source>range polygons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/provider.py" line="30" />
      <source>Corridor algorithm module '{name}' not loaded: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/provider.py" line="48" />
      <source>Corridor transboundary biodiversity tools {version}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="43" />
      <source>Range metrics (EOO, AOO, IUCN criterion B)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="46" />
      <source>Extent of occurrence (EOO) and area of occupancy (AOO) of every species, with the IUCN criterion B1/B2 threshold each meets.

EOO: area of the convex hull of the species' distinct present records, in a Lambert azimuthal equal-area projection (WGS 84 ellipsoid) centred on that species' records (records on both sides of the antimeridian are handled). Fewer than 3 distinct points, or all on one line: EOO is empty and eoo_note says why. Optionally clipped to land (the shipped Natural Earth borders or your own land layer). When EOO is smaller than AOO, B1 uses AOO (IUCN guidelines 4.9).

AOO: occupied cells of a square grid (CELL_SIZE km, IUCN: 2 km) × cell area, in a study-wide equal-area projection centred on all records. GRID_SEARCH = 1 keeps the grid origin fixed; N &gt; 1 tries N × N origins shifted by CELL_SIZE / N and keeps each species' minimum (allowed by the IUCN guidelines); aoo_grid states which. CRS sets another equal-area CRS for the grid.

Thresholds: EOO &lt; 100 km² CR, &lt; 5,000 EN, &lt; 20,000 VU; AOO &lt; 10 km² CR, &lt; 500 EN, &lt; 2,000 VU. Meeting a threshold is only the first condition of criterion B.

Records with occurrenceStatus 'absent' are ignored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="67" />
      <source>AOO cell size (km)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="70" />
      <source>Grid origins per axis (1 = fixed origin)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="73" />
      <source>Clip EOO hulls to land</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="75" />
      <source>Land polygons (default: shipped country borders)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="78" />
      <source>Equal-area CRS of the AOO grid (default: LAEA centred on the records)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="81" />
      <source>Range metrics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="83" />
      <source>EOO hulls</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="85" />
      <source>AOO cells</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="91" />
      <source>Reading occurrences…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="100" />
      <source>No present occurrence with valid coordinates in the input.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="112" />
      <source>Computing EOO and AOO of {n} species…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="122" />
      <source>fixed origin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="122" />
      <source>minimum over {n} origins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/deps.py" line="26" />
      <source>This tool</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/deps.py" line="28" />
      <source>{feature} needs the Python package '{package}', which is not installed. Install: {hint}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CorridorDockContents</name>
    <message>
      <location filename="corridor_plugin/gui/dock.ui" line="0" />
      <source>Corridor</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
