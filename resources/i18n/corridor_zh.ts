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
      <location filename="corridor_plugin/processing/connectivity.py" line="136" />
      <source>Transboundary connectivity (ProtConn, PC, dPC)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="139" />
      <source>Connectivity of protected areas per region and dispersal distance, with the Probability of Connectivity (Saura &amp; Pascual-Hortal 2007) and ProtConn (Saura et al. 2017, 2018); results match the Makurhini R package on its example data.

Areas inside each region are clipped, dissolved and split into parts (nodes weighted by their area in ha). Areas outside the region but within the transboundary buffer are stepping stones with weight 0: ProtConn[Trans] is the connectivity that exists only through them.

DISTANCES: median dispersal distances d50 in metres, comma-separated; p_ij = exp(-k d_ij) with p = PROBABILITY at d50. DISTANCE_TYPE: edge-to-edge or centroid (centroid of the largest part, point on surface when outside). MIN_PROBABILITY: links below it are dropped (0 = keep all above 1e-6). BARRIERS: lines; the probability of a link crossing one is multiplied by PERMEABILITY (0 = impassable). CHECKLIST: a species table whose dispersal distances (km) are added as further d50 values, named in the summary's species field.

Outputs: summary (one row per region and d50), nodes with dPC and its intra/flux/connector parts and rank, links (from_id/to_id are the pa_id of the areas, else their feature id), and transboundary clusters (components spanning more than one country). A geographic input CRS is projected to an equal-area CRS centred on the data; outputs are in that CRS.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="161" />
      <source>Regions (countries, ecoregions, study area)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="163" />
      <source>Region id field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="165" />
      <source>Country field of the protected areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="168" />
      <source>Median dispersal distances d50 (m, comma-separated)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="170" />
      <source>Link probability at d50</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="173" />
      <source>Distance between areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="174" />
      <source>Edge to edge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="174" />
      <source>Centroid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="176" />
      <source>Minimum link probability (0 = none)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="179" />
      <source>Transboundary buffer (m, 0 = none)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="182" />
      <source>Transboundary buffer around</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="183" />
      <source>The region's protected areas (nodes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="183" />
      <source>The region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="185" />
      <source>Barriers (fences, fenced railways, highways)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="188" />
      <source>Barrier permeability (multiplies p of crossing links)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="191" />
      <source>Clip areas to the region (off: whole patches, region gives only its area)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="194" />
      <source>Compute node importance (dPC)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="196" />
      <source>Species checklist (adds one d50 per published dispersal distance)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="199" />
      <source>Species name field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="202" />
      <source>Dispersal distance field (km, taken as d50)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="205" />
      <source>Connectivity summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="207" />
      <source>Connectivity nodes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="209" />
      <source>Connectivity links</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="211" />
      <source>Transboundary clusters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="224" />
      <source>The checklist has no field {field}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="243" />
      <source>DISTANCES must be positive numbers in metres separated by commas, e.g. 10000,30000.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="264" />
      <source>The protected areas layer could not be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="266" />
      <source>The regions layer could not be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="279" />
      <source>The protected areas are in a geographic CRS: working in {crs}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="286" />
      <source>Country field {field} not found: links and clusters carry no country.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="289" />
      <source>Reading protected areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="293" />
      <source>{n} protected areas have no usable polygon and were left out (feature ids: {ids}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="314" />
      <source>The regions layer has no feature.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="322" />
      <source>Region {id} has no usable polygon: skipped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="324" />
      <source>Region {id} ({n} of {total})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="329" />
      <source>Region {id} holds no protected area: its indices are 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="347" />
      <source>Could not create the output layer.</source>
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
