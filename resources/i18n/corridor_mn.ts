<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mn_MN">
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
      <location filename="corridor_plugin/processing/corridors.py" line="117" />
      <source>Corridors between protected areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="120" />
      <source>Least-cost paths, normalised corridors and (optionally) pinch points between pairs of protected areas over a resistance raster, as Linkage Mapper and Circuitscape compute them.

Pairs: the links of 'Connectivity' (LINKS: from_id, to_id, probability, transboundary) kept above MIN_PROBABILITY (and only transboundary ones with TRANSBOUNDARY_ONLY); or pairs typed in PAIRS as '1-2; 3-4'; otherwise every pair of areas closer than MAX_LENGTH.
Resistance: RESISTANCE, or LANDCOVER with RESISTANCE_TABLE (class and resistance fields; classes missing from the table are impassable). Cells with no data or resistance ≤ 0 are impassable. BARRIERS (lines) are burnt into every cell they touch with their 'resistance' field or BARRIER_RESISTANCE (≤ 0: impassable). CELL_SIZE resamples the raster (0: native).
Method: cost-weighted distance from each area over the 8-neighbour cell graph (move cost = mean resistance of the two cells × step length, diagonals × √2), least-cost path and distance, normalised corridor CWD_A + CWD_B − LCD cut at WIDTH (cost units or % of the least-cost distance). Each pair is computed inside a window around both areas, widened by WINDOW_MARGIN (% of its larger side) and widened again while the areas cannot be joined inside it or the path runs along its side; the table flags corridors that still reach the window side.
CIRCUIT: effective resistance and current density (1 A from A to B) inside each corridor, solved sparse on the graph Laplacian (Circuitscape's conductances); high current = pinch point.
Outputs: least-cost paths (cost distance, path length, edge-to-edge distance, ratios, countries and barriers crossed), corridor polygons, a corridor mosaic (minimum over pairs), per-pair rasters in OUTPUT_PAIR_FOLDER, a pinch-point mosaic (maximum current) and a table of all pairs with their status.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="148" />
      <source>Area id field (empty: feature id)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="151" />
      <source>Country field (ISO alpha-3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="154" />
      <source>Links from 'Connectivity' (from_id, to_id, probability, transboundary)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="157" />
      <source>Minimum link probability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="160" />
      <source>Transboundary pairs only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="162" />
      <source>Pairs of area ids (e.g. 1-2; 3-4)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="164" />
      <source>Resistance raster</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="166" />
      <source>Land-cover raster (instead of a resistance raster)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="168" />
      <source>Resistance per land-cover class (table)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="171" />
      <source>Barrier lines (fences, railways, mines…)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="174" />
      <source>Barrier resistance (when the barrier has no 'resistance' field)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="177" />
      <source>Cell size (map units, 0 = the raster's own)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="180" />
      <source>Corridor width cut-off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="183" />
      <source>Width unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="184" />
      <source>% above the least-cost distance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="184" />
      <source>cost-distance units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="187" />
      <source>Maximum corridor length (edge-to-edge, raster map units, 0 = no limit)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="190" />
      <source>Window margin around each pair (% of its larger side)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="193" />
      <source>Circuit mode: effective resistance and pinch points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="195" />
      <source>Least-cost paths</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="197" />
      <source>Corridor polygons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="199" />
      <source>Normalised corridors (mosaic)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="201" />
      <source>Pinch points (current density)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="203" />
      <source>Corridor table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="205" />
      <source>Folder for one corridor raster per pair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="215" />
      <source>Give either a resistance raster (RESISTANCE) or a land-cover raster with a resistance table (LANDCOVER + RESISTANCE_TABLE), not both or neither.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="222" />
      <source>The raster {name} is in geographic coordinates (degrees): reproject it to a projected CRS in metres (e.g. UTM) so that cell sizes are distances.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="229" />
      <source>Cannot read the raster {name}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="235" />
      <source>A land-cover raster needs RESISTANCE_TABLE (a class field and a resistance field).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="242" />
      <source>RESISTANCE_TABLE needs a class field and a resistance field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="250" />
      <source>RESISTANCE_TABLE row {row}: class '{code}' or resistance '{value}' is not a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="255" />
      <source>RESISTANCE_TABLE is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="263" />
      <source>The protected areas layer (INPUT) cannot be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="271" />
      <source>The id field '{field}' is not in the protected areas layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="280" />
      <source>Protected area (feature {fid}) has an empty id in '{field}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="285" />
      <source>Protected area {id} has no geometry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="287" />
      <source>The id {id} occurs twice in the field '{field}': ids must be unique.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="294" />
      <source>At least two protected areas are needed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="315" />
      <source>The links layer has no field '{field}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="317" />
      <source>MIN_PROBABILITY is set but the links layer has no 'probability' field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="323" />
      <source>Link {id} has an empty from_id or to_id.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="330" />
      <source>{kept} of {total} links selected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="336" />
      <source>Cannot read the pair '{part}' in PAIRS: write pairs as 1-2; 3-4.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="352" />
      <source>{count} pairs of areas: choose pairs with LINKS or PAIRS, or lower MAX_LENGTH (at most {limit} pairs are computed automatically).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="379" />
      <source>Barrier {id}: resistance '{value}' is not a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="429" />
      <source>corridor computed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="430" />
      <source>areas farther apart than MAX_LENGTH</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="431" />
      <source>an area covers no passable cell of the raster</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="432" />
      <source>no passable route between the areas inside the window</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="433" />
      <source>a pair of an area with itself</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="434" />
      <source>the areas lie outside the raster</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="435" />
      <source>an id of the pair is not in the protected areas layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="450" />
      <source>corridors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="462" />
      <source>A pinch-point raster (OUTPUT_PINCH) needs circuit mode (CIRCUIT).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="481" />
      <source>Could not create the output layers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="485" />
      <source>Raster outputs are written as GeoTIFF: give a .tif file name, not {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="502" />
      <source>Pair {a}–{b}: an id is not in the protected areas layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="513" />
      <source>Pair {a}–{b}: not enough memory for its window; lower WINDOW_MARGIN or use a larger CELL_SIZE.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="549" />
      <source>Pair {a}–{b}: the corridor reaches the side of its window; raise WINDOW_MARGIN to see all of it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="553" />
      <source>Pair {a}–{b}: {message}.</source>
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
