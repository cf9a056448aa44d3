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
      <location filename="corridor_plugin/core/report.py" line="255" />
      <source>Not computed: no {what} was given to the report.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="292" />
      <source>Transboundary action plan: protected areas, gaps and connectivity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="293" />
      <source>Corridor {version} · {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="317" />
      <source>Study area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="320" />
      <source>layer with features</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="327" />
      <source>The study area spans longitude {west:.2f}° to {east:.2f}° and latitude {south:.2f}° to {north:.2f}° (WGS 84).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="332" />
      <source>Countries: {countries}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="334" />
      <source>Baseline database: {database}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="338" />
      <source>Data sources per partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="341" />
      <source>occurrence layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="344" />
      <source>unknown partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="359" />
      <source>{records} records of {species} species from {partners} partners.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="362" />
      <source>Partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="362" />
      <source>Country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="362" />
      <source>Records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="362" />
      <source>Years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="365" />
      <source>Protected areas and records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="368" />
      <source>protected-area or occurrence layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="371" />
      <source>{count} protected areas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="373" />
      <source>{count} occurrence records.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="379" />
      <source>Area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="379" />
      <source>Threatened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="380" />
      <source>CITES species</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="385" />
      <source>Gap species</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="388" />
      <source>gap-analysis species table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="396" />
      <source>{gap} species have no protected part of their range (gap), {partial} are below their representation target (partial), {covered} meet it (covered).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="409" />
      <source>Species</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="409" />
      <source>IUCN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="409" />
      <source>CITES</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="409" />
      <source>Range km²</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="409" />
      <source>Protected %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="409" />
      <source>Target %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="410" />
      <source>Shortfall (points)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="410" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="412" />
      <source>{shown} of {total} species shown; the HTML report lists them all.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="419" />
      <source>Gap grid: priority cells</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="422" />
      <source>gap grid layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="424" />
      <source>{cells} grid cells; colour shows the priority score (summed target shortfall weighted by threat, over the unprotected part of the cell).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="429" />
      <source>Richness</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="432" />
      <source>Connectivity per country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="435" />
      <source>connectivity summary table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="438" />
      <source>Region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="438" />
      <source>d50 (km)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="438" />
      <source>Prot %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="438" />
      <source>ProtConn %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="438" />
      <source>Transboundary share %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="439" />
      <source>RelConn %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="439" />
      <source>ECA (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="443" />
      <source>ProtConn is the percentage of the region covered by protected and connected land; the transboundary share is the part of ProtConn that exists only through protected areas abroad (ProtConn[Trans] / ProtConn).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="449" />
      <source>Most important areas for connectivity (dPC)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="452" />
      <source>connectivity nodes layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="454" />
      <source>Areas ranked by dPC, the loss of connectivity if the area were lost, split into its intra, flux and connector parts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="458" />
      <source>dPC</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="458" />
      <source>intra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="458" />
      <source>flux</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="459" />
      <source>connector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="464" />
      <source>Strongest links</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="467" />
      <source>connectivity links layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="469" />
      <source>Links between protected areas ranked by importance (dPC where computed, otherwise by probability).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="473" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="473" />
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="473" />
      <source>Countries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="473" />
      <source>Distance (m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="473" />
      <source>Probability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="474" />
      <source>Transboundary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="477" />
      <source>Corridors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="480" />
      <source>corridor layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="481" />
      <source>{count} least-cost corridors between protected areas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="486" />
      <source>Survey-gap priorities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="489" />
      <source>survey-gap layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="492" />
      <source>Cells with few or old records relative to their neighbours and to the species expected there: where to survey next.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="496" />
      <source>Rank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="496" />
      <source>Cell</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="496" />
      <source>Expected species</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="497" />
      <source>Last record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="497" />
      <source>Priority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="500" />
      <source>Methods</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="501" />
      <source>Representation targets (Rodrigues et al. 2004, Nature 428:640): 100% of the range below 1,000 km², 10% above 250,000 km², interpolated linearly on log range size in between.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="503" />
      <source>Range metrics (IUCN criterion B): extent of occurrence = area of the minimum convex polygon of the records; area of occupancy = occupied 2 × 2 km cells × 4 km².</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="505" />
      <source>Connectivity (Saura &amp; Pascual-Hortal 2007; Saura et al. 2017, 2018): p_ij = exp(−k·d_ij) with k = −ln(0.5)/d50; PCnum = Σ_i Σ_j a_i·a_j·p*_ij with p* the maximum-product path probability; ECA = √PCnum; ProtConn = 100·ECA / A_L; dPC_k = 100·(PC − PC_k)/PC.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="508" />
      <source>Corridors: cost-weighted distance over the 8-neighbour grid, normalised corridor = CWD_A + CWD_B − LCD_AB (as Linkage Mapper); pinch points from circuit theory (as Circuitscape).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="510" />
      <source>Occurrences: partner sheets harmonised to Darwin Core; names matched to the corridor checklist; rejected rows are listed with their reason and never silently dropped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="519" />
      <source>not given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="523" />
      <source>Data appendix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="524" />
      <source>Inputs of this report. Corridor {version}, report language {language}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="526" />
      <source>Input</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="526" />
      <source>Layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="526" />
      <source>Features</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="526" />
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="567" />
      <source>Top {shown} of {total}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="642" />
      <source>gap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="642" />
      <source>partial</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="642" />
      <source>covered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="649" />
      <source>yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/core/report.py" line="649" />
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
      <location filename="corridor_plugin/gui/dock.py" line="77" />
      <source>Corridor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="86" />
      <source>Transboundary biodiversity baseline, gaps and connectivity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="110" />
      <source>Version {version} · database: {database} · {count} results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="111" />
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="166" />
      <source>All tools of this step (Processing)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="175" />
      <source>No Corridor algorithm is available for this step yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="181" />
      <source>Open…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="242" />
      <source>{alg_id} is not installed in this version of Corridor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="250" />
      <source>Failed: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="255" />
      <source>Done: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="260" />
      <source>Cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="274" />
      <source>Next: {step} ▸</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="291" />
      <source>Partner sheets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="293" />
      <source>Drop sheets here or add them; set the partner and country of each file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="299" />
      <source>Result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="300" />
      <source>Columns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="302" />
      <source>Only for sheets whose headers were not recognised: the column of each role, e.g. species=B; date=Дата; lat=Ш; lon=Д</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="308" />
      <source>Partner or institution (institutionCode of the records): double-click to type it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="315" />
      <source>Add files…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="317" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="319" />
      <source>Import sheets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="330" />
      <source>Baseline database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="332" />
      <source>GeoPackage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="333" />
      <source>PostGIS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="341" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="345" />
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="348" />
      <source>Connection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="349" />
      <source>Load imported sheets into the baseline database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="353" />
      <source>Your own checklist with the columns of the corridor checklist (optional): used for names, dispersal presets and the report.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="355" />
      <source>Extra checklist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="367" />
      <source>Rejected rows of the selected file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="375" />
      <source>Unknown names: pick the right species (or type it) and save; the next import uses your choices.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="384" />
      <source>Save names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="386" />
      <source>Save and re-import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="425" />
      <source>not imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="448" />
      <source>{accepted} ✔ · {rejected} ✖</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="457" />
      <source>Double-click to choose the partner's country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="495" />
      <source>Add partner sheets first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="526" />
      <source>failed: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="529" />
      <source>importing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="531" />
      <source>Import {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="544" />
      <source>imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="544" />
      <source>imported, check rejected rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="563" />
      <source>Merge the imported occurrences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="578" />
      <source>Row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="578" />
      <source>Problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="578" />
      <source>Name as written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="578" />
      <source>Resolve as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="597" />
      <source>accepted name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="598" />
      <source>Ranked suggestions from the checklist; or type the accepted name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="619" />
      <source>Pick a name for at least one rejected row first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="623" />
      <source>{count} names saved to your mapping.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="629" />
      <source>Your name mapping: {count} names ({file})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="679" />
      <source>{path} is not a checklist (no scientific_name_accepted column).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="717" />
      <source>Protected areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="722" />
      <source>Layer in the project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="726" />
      <source>or WDPA files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="731" />
      <source>Clip to region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="737" />
      <source>Cleaning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="755" />
      <source>Prepare areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="758" />
      <source>Overlay records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="764" />
      <source>What each cleaning step removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="785" />
      <source>Pick a protected-area layer or WDPA files first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="806" />
      <source>Import sheets (step 1) and prepare protected areas first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="821" />
      <source>Step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="821" />
      <source>Removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="829" />
      <source>{count} clean protected areas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="831" />
      <source>Overlay done: {count} areas with per-area figures.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="832" />
      <source>Not prepared yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="858" />
      <source>or a drawn study area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="862" />
      <source>Gap analysis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="870" />
      <source>Range cell size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="874" />
      <source>Connectivity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="879" />
      <source>Custom distances</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="882" />
      <source>{group} ({count} species with a published distance)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="885" />
      <source>Dispersal preset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="887" />
      <source>Median dispersal distances d50 in km, comma-separated.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="893" />
      <source>Probability at d50</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="898" />
      <source>Transboundary buffer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="903" />
      <source>Barriers (fences, railways)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="908" />
      <source>Barrier permeability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="924" />
      <source>Resistance raster</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="929" />
      <source>Corridor width (above least cost)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="942" />
      <source>Run analyses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="985" />
      <source>Analyses finished.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1007" />
      <source>Gap analysis skipped: import sheets and prepare protected areas first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1019" />
      <source>Gap analysis done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1027" />
      <source>Connectivity skipped: prepare protected areas first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1047" />
      <source>Connectivity done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1056" />
      <source>Corridors skipped: they need protected areas and a resistance raster.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1065" />
      <source>Corridors done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1071" />
      <source>Occurrences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1073" />
      <source>Protected areas with records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1074" />
      <source>Gap grid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1075" />
      <source>Survey gaps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1076" />
      <source>Connectivity nodes (dPC)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1077" />
      <source>Connectivity links</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1115" />
      <source>records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1115" />
      <source>species</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1116" />
      <source>gap species</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1116" />
      <source>protected areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1123" />
      <source>Gap status by IUCN category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1124" />
      <source>ProtConn by country (% of the country)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1125" />
      <source>Most important areas (dPC)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1129" />
      <source>Refresh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1131" />
      <source>Add styled layers to the map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1153" />
      <source>ProtConn {region}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1155" />
      <source>ProtConn {region} (d50 {km:g} km)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1157" />
      <source>transboundary share {share:.0f}% · Prot {prot:.1f}%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1169" />
      <source>within</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1171" />
      <source>through foreign areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1176" />
      <source>Corridor results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1195" />
      <source>{count} layers added to the map.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1214" />
      <source>from {count} partners</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1221" />
      <source>in {count} countries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1227" />
      <source>{partial} partial · {covered} covered of {total}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels.py" line="1324" />
      <source>Report written: {path}</source>
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
      <location filename="corridor_plugin/gui/tasks.py" line="95" />
      <source>The tool {alg_id} is not installed. Update the Corridor plugin.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="109" />
      <source>'{name}' stopped because of an unexpected error ({error}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="118" />
      <source>'{name}' did not finish.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="137" />
      <source>{name} finished in {seconds:.1f} s.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="143" />
      <source>{name} was cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="148" />
      <source>'{name}' failed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="152" />
      <source>{message} (details in the log, tab Corridor)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/widgets.py" line="70" />
      <source>Not computed yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/widgets.py" line="177" />
      <source>Cancel</source>
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
      <location filename="corridor_plugin/processing/report.py" line="63" />
      <source>Transboundary action-plan report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="66" />
      <source>Writes the action-plan report as HTML and as PDF from a QGIS print layout (the layout is also saved as a .qpt template beside the PDF, to edit in QGIS): study area, data sources per partner, map of protected areas and records, gap species, gap grid, connectivity per country with the transboundary share, top areas and links by dPC, corridors, survey-gap priorities, methods and a data appendix.

Every result layer is optional: a section whose input is missing says it was not computed.
DATABASE: baseline GeoPackage or PostGIS connection name; its occurrences are used when no OCCURRENCES layer is given.
LANGUAGE: en, zh, ru, mn or kk (default: the QGIS language). Species names are printed in Latin with the vernacular name of that language from the checklist (CHECKLIST, or the shipped one).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="84" />
      <source>Baseline database (GeoPackage or PostGIS connection)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="88" />
      <source>Gap analysis: species table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="89" />
      <source>Gap analysis: grid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="90" />
      <source>Connectivity: summary table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="91" />
      <source>Connectivity: nodes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="92" />
      <source>Connectivity: links</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="102" />
      <source>Report language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="105" />
      <source>Checklist for vernacular names (CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="107" />
      <source>Line under the title (e.g. working group, meeting, date)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="109" />
      <source>Report (HTML)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="109" />
      <source>HTML files (*.html)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="111" />
      <source>Report (PDF)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="111" />
      <source>PDF files (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="112" />
      <source>Report layout template (.qpt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="120" />
      <source>No occurrences table could be read from {database}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="130" />
      <source>Report in {language} from: {inputs}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="134" />
      <source>No translation for '{language}' is installed: the report headings stay in English.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="144" />
      <source>Could not write the HTML report {path}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="151" />
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
  <context>
    <name>ReportPanel</name>
    <message>
      <location filename="corridor_plugin/gui/report_panel.ui" line="0" />
      <source>Report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/report_panel.ui" line="0" />
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/report_panel.ui" line="0" />
      <source>Under the title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/report_panel.ui" line="0" />
      <source>e.g. Dauria working group, 2026</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/report_panel.ui" line="0" />
      <source>Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/report_panel.ui" line="0" />
      <source>PDF from a QGIS print layout (besides HTML)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/report_panel.ui" line="0" />
      <source>Results that go into the report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/report_panel.ui" line="0" />
      <source>Open the report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="corridor_plugin/gui/report_panel.ui" line="0" />
      <source>Write the report</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
