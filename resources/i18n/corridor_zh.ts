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
      <location filename="corridor_plugin/core/report.py" line="252" />
      <source>Not computed: no {what} was given to the report.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="288" />
      <source>Transboundary action plan: protected areas, gaps and connectivity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="289" />
      <source>Corridor {version} · {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="311" />
      <source>Study area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="314" />
      <source>layer with features</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="321" />
      <source>The study area spans longitude {west:.2f}° to {east:.2f}° and latitude {south:.2f}° to {north:.2f}° (WGS 84).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="326" />
      <source>Countries: {countries}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="328" />
      <source>Baseline database: {database}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="332" />
      <source>Data sources per partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="335" />
      <source>occurrence layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="338" />
      <source>unknown partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="353" />
      <source>{records} records of {species} species from {partners} partners.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="356" />
      <source>Partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="356" />
      <source>Country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="356" />
      <source>Records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="356" />
      <source>Years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="359" />
      <source>Protected areas and records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="362" />
      <source>protected-area or occurrence layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="365" />
      <source>{count} protected areas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="367" />
      <source>{count} occurrence records.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="372" />
      <source>Gap species</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="375" />
      <source>gap-analysis species table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="383" />
      <source>{gap} species have no protected part of their range (gap), {partial} are below their representation target (partial), {covered} meet it (covered).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="386" />
      <source>Species</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="386" />
      <source>IUCN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="386" />
      <source>CITES</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="386" />
      <source>Range km²</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="386" />
      <source>Protected %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="386" />
      <source>Target %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="387" />
      <source>Shortfall</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="387" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="392" />
      <source>{shown} of {total} species shown; the HTML report lists them all.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="401" />
      <source>Gap grid: priority cells</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="404" />
      <source>gap grid layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="406" />
      <source>{cells} grid cells; colour shows the priority score (summed target shortfall weighted by threat, over the unprotected part of the cell).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="411" />
      <source>Richness</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="414" />
      <source>Connectivity per country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="417" />
      <source>connectivity summary table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="420" />
      <source>Region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="420" />
      <source>d50 (km)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="420" />
      <source>Prot %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="420" />
      <source>ProtConn %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="420" />
      <source>Transboundary share %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="421" />
      <source>RelConn %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="421" />
      <source>ECA (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="425" />
      <source>ProtConn is the percentage of the region covered by protected and connected land; the transboundary share is the part of ProtConn that exists only through protected areas abroad (ProtConn[Trans] / ProtConn).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="431" />
      <source>Most important areas for connectivity (dPC)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="434" />
      <source>connectivity nodes layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="436" />
      <source>Areas ranked by dPC, the loss of connectivity if the area were lost, split into its intra, flux and connector parts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="440" />
      <source>Area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="440" />
      <source>dPC</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="440" />
      <source>intra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="440" />
      <source>flux</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="441" />
      <source>connector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="446" />
      <source>Strongest links</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="449" />
      <source>connectivity links layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="451" />
      <source>Links between protected areas ranked by importance (dPC where computed, otherwise by probability).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="455" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="455" />
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="455" />
      <source>Countries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="455" />
      <source>Distance (m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="455" />
      <source>Probability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="456" />
      <source>Transboundary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="459" />
      <source>Corridors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="462" />
      <source>corridor layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="463" />
      <source>{count} least-cost corridors between protected areas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="468" />
      <source>Survey-gap priorities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="471" />
      <source>survey-gap layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="474" />
      <source>Cells with few or old records relative to their neighbours and to the species expected there: where to survey next.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="478" />
      <source>Rank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="478" />
      <source>Cell</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="478" />
      <source>Expected species</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="479" />
      <source>Last record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="479" />
      <source>Priority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="482" />
      <source>Methods</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="483" />
      <source>Representation targets (Rodrigues et al. 2004, Nature 428:640): 100% of the range below 1,000 km², 10% above 250,000 km², interpolated linearly on log range size in between.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="485" />
      <source>Range metrics (IUCN criterion B): extent of occurrence = area of the minimum convex polygon of the records; area of occupancy = occupied 2 × 2 km cells × 4 km².</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="487" />
      <source>Connectivity (Saura &amp; Pascual-Hortal 2007; Saura et al. 2017, 2018): p_ij = exp(−k·d_ij) with k = −ln(0.5)/d50; PCnum = Σ_i Σ_j a_i·a_j·p*_ij with p* the maximum-product path probability; ECA = √PCnum; ProtConn = 100·ECA / A_L; dPC_k = 100·(PC − PC_k)/PC.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="490" />
      <source>Corridors: cost-weighted distance over the 8-neighbour grid, normalised corridor = CWD_A + CWD_B − LCD_AB (as Linkage Mapper); pinch points from circuit theory (as Circuitscape).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="492" />
      <source>Occurrences: partner sheets harmonised to Darwin Core; names matched to the corridor checklist; rejected rows are listed with their reason and never silently dropped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="501" />
      <source>not given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="505" />
      <source>Data appendix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="506" />
      <source>Inputs of this report. Corridor {version}, report language {language}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="508" />
      <source>Input</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="508" />
      <source>Layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="508" />
      <source>Features</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="508" />
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="522" />
      <source>Top {shown} of {total}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="597" />
      <source>gap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="597" />
      <source>partial</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="597" />
      <source>covered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="604" />
      <source>yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="604" />
      <source>no</source>
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
      <location filename="corridor_plugin/gui/tasks.py" line="85" />
      <source>The tool {alg_id} is not installed. Update the Corridor plugin.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="99" />
      <source>'{name}' stopped because of an unexpected error ({error}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="108" />
      <source>'{name}' did not finish.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="123" />
      <source>{name} finished in {seconds:.1f} s.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="129" />
      <source>{name} was cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="134" />
      <source>'{name}' failed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="138" />
      <source>{message} (details in the log, tab Corridor)</source>
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
      <location filename="corridor_plugin/processing/report.py" line="62" />
      <source>Transboundary action-plan report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="65" />
      <source>Writes the action-plan report as HTML and as PDF from a QGIS print layout (the layout is also saved as a .qpt template beside the PDF, to edit in QGIS): study area, data sources per partner, map of protected areas and records, gap species, gap grid, connectivity per country with the transboundary share, top areas and links by dPC, corridors, survey-gap priorities, methods and a data appendix.

Every result layer is optional: a section whose input is missing says it was not computed.
DATABASE: baseline GeoPackage or PostGIS connection name; its occurrences are used when no OCCURRENCES layer is given.
LANGUAGE: en, zh, ru, mn or kk (default: the QGIS language). Species names are printed in Latin with the vernacular name of that language from the checklist (CHECKLIST, or the shipped one).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="83" />
      <source>Baseline database (GeoPackage or PostGIS connection)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="86" />
      <source>Occurrences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="87" />
      <source>Gap analysis: species table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="88" />
      <source>Gap analysis: grid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="89" />
      <source>Connectivity: summary table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="90" />
      <source>Connectivity: nodes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="91" />
      <source>Connectivity: links</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="93" />
      <source>Survey gaps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="101" />
      <source>Report language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="104" />
      <source>Checklist for vernacular names (CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="106" />
      <source>Report (HTML)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="106" />
      <source>HTML files (*.html)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="108" />
      <source>Report (PDF)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="108" />
      <source>PDF files (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="109" />
      <source>Report layout template (.qpt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="117" />
      <source>No occurrences table could be read from {database}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="127" />
      <source>Report in {language} from: {inputs}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="131" />
      <source>No translation for '{language}' is installed: the report headings stay in English.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="140" />
      <source>Could not write the HTML report {path}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="147" />
      <source>Could not write the PDF report {path}.</source>
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
