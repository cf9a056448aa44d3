<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
  <context>
    <name>Corridor</name>
    <message>
      <location filename="corridor_plugin/core/baseline/__init__.py" line="39" />
      <source>No baseline database given: choose a GeoPackage file or a saved PostgreSQL connection.</source>
      <translation>Бастапқы деректер базасы көрсетілмеген: GeoPackage файлын немесе сақталған PostgreSQL қосылымын таңдаңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="145" />
      <source>'{value}' is not a date in the form YYYY-MM-DD.</source>
      <translation>«{value}» ЖЖЖЖ-АА-КК пішіміндегі күн емес.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="250" />
      <source>Unknown licence '{licence}': use one of {known}.</source>
      <translation>Белгісіз лицензия «{licence}»: мыналардың бірін пайдаланыңыз: {known}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="331" />
      <source>A Darwin Core Archive needs a dataset title.</source>
      <translation>Darwin Core Archive үшін деректер жинағының атауы қажет.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="340" />
      <source>{n} records of sensitive species generalised (coordinates to grid-cell centres, locality withheld).</source>
      <translation>Сезімтал түрлердің {n} жазбасы жалпыланды (координаттар тор ұяшықтарының орталығына ауыстырылды, орны жасырылды).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="343" />
      <source>Full precision chosen: sensitive species are exported with exact coordinates; the archive's metadata say so.</source>
      <translation>Толық дәлдік таңдалды: сезімтал түрлер нақты координаттарымен экспортталады; бұл мұрағаттың метадеректерінде көрсетілген.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="349" />
      <source>Corridor baseline database</source>
      <translation>Corridor бастапқы деректер базасы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="372" />
      <source>Cannot write the archive '{path}': {error}</source>
      <translation>«{path}» архивін жазу мүмкін емес: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="114" />
      <source>'{path}' is neither a GeoPackage (.gpkg) nor a saved PostgreSQL connection name.</source>
      <translation>«{path}» GeoPackage (.gpkg) файлы да, сақталған PostgreSQL қосылымының атауы да емес.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="117" />
      <source>The folder of the GeoPackage '{path}' does not exist.</source>
      <translation>«{path}» GeoPackage файлының қалтасы жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="122" />
      <source>'{path}' is not a GeoPackage: the file is not an SQLite database.</source>
      <translation>«{path}» GeoPackage емес: бұл файл SQLite дерекқоры емес.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="126" />
      <source>The baseline database '{path}' does not exist.</source>
      <translation>«{path}» базалық дерекқоры жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="137" />
      <source>Cannot open the GeoPackage '{path}': {error}</source>
      <translation>«{path}» GeoPackage файлын ашу мүмкін емес: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="161" />
      <source>GeoPackage error in '{path}': {error}</source>
      <translation>«{path}» ішіндегі GeoPackage қатесі: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="332" />
      <source>Cannot open the occurrences of '{path}' as a layer.</source>
      <translation>«{path}» кездесулерін қабат ретінде ашу мүмкін емес.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/layers.py" line="69" />
      <source>Cancelled while reading the layer; nothing was loaded.</source>
      <translation>Қабатты оқу кезінде тоқтатылды; ештеңе жүктелмеді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/layers.py" line="80" />
      <source>The occurrence layer is empty: nothing to load.</source>
      <translation>Кездесулер қабаты бос: жүктейтін ештеңе жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/layers.py" line="82" />
      <source>{count} occurrences have no occurrenceID: load the output of Import partner sheets, which gives every record a stable id.</source>
      <translation>occurrenceID жоқ кездесулер: {count}. «Серіктес парақтарын импорттау» нәтижесін жүктеңіз, ол әр жазбаға тұрақты идентификатор береді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/layers.py" line="111" />
      <source>Cannot tell the partner of {file} [{sheet}] (institutionCode is {found}): set PARTNER.</source>
      <translation>{file} [{sheet}] серіктесін анықтау мүмкін емес (institutionCode: {found}): PARTNER мәнін орнатыңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/layers.py" line="113" />
      <source>empty</source>
      <translation>бос</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="49" />
      <source>No saved PostgreSQL connection called '{name}' in QGIS (Browser ▸ PostgreSQL ▸ New Connection).</source>
      <translation>QGIS ішінде «{name}» деп аталатын сақталған PostgreSQL қосылымы жоқ (Браузер ▸ PostgreSQL ▸ Жаңа қосылым).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="72" />
      <source>The authentication configuration '{id}' of connection '{name}' cannot be read (is the QGIS master password set?).</source>
      <translation>«{name}» қосылымының «{id}» аутентификация конфигурациясын оқу мүмкін емес (QGIS басты құпиясөзі орнатылған ба?).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="98" />
      <source>The PostGIS baseline</source>
      <translation>PostGIS бастапқы деректер базасы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="113" />
      <source>Cannot connect to the PostGIS baseline '{name}': {error}</source>
      <translation>«{name}» PostGIS бастапқы деректер базасына қосылу мүмкін емес: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="127" />
      <source>The database '{name}' has no PostGIS extension and this user may not create it: ask the administrator to run CREATE EXTENSION postgis.</source>
      <translation>«{name}» дерекқорында PostGIS кеңейтімі жоқ және бұл пайдаланушы оны құра алмайды: әкімшіден CREATE EXTENSION postgis орындауын сұраңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="179" />
      <source>The connection to the PostGIS baseline '{name}' was lost; the submission being loaded was rolled back. ({error})</source>
      <translation>«{name}» PostGIS бастапқы деректер базасымен байланыс үзілді; жүктеліп жатқан тапсыру кері қайтарылды. ({error})</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="183" />
      <source>PostGIS error in '{name}': {error}</source>
      <translation>«{name}» ішіндегі PostGIS қатесі: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="324" />
      <source>Cannot open the occurrences of '{name}' as a layer.</source>
      <translation>«{name}» кездесулерін қабат ретінде ашу мүмкін емес.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="44" />
      <source>'{name}' is not a valid result table name: use lowercase letters, digits and underscores, starting with a letter.</source>
      <translation>«{name}» — нәтиже кестесінің жарамсыз атауы: әріптен басталатын кіші латын әріптерін, цифрларды және астыңғы сызықты пайдаланыңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="47" />
      <source>'{name}' is a table of the baseline itself and cannot be overwritten by a result.</source>
      <translation>«{name}» — бастапқы деректер базасының өз кестесі, оны нәтижемен қайта жазуға болмайды.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="62" />
      <source>Loading was cancelled; the submission in progress was rolled back.</source>
      <translation>Жүктеу тоқтатылды; орындалып жатқан тапсыру кері қайтарылды.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="186" />
      <source>'{name}' is not a Corridor baseline database (it has no baseline tables): choose the baseline, or load sheets into it first.</source>
      <translation>«{name}» Corridor базалық дерекқоры емес (онда базалық кестелер жоқ): базалық дерекқорды таңдаңыз немесе алдымен оған кестелерді жүктеңіз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="213" />
      <source>This baseline database was written by a newer Corridor (schema version {found}, this Corridor knows {known}). Update the plugin.</source>
      <translation>Бұл бастапқы деректер базасын Corridor-дың жаңарақ нұсқасы жазған (схема нұсқасы {found}, осы Corridor білетіні {known}). Плагинді жаңартыңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="323" />
      <source>'{table}' does not take features; use one of {tables}.</source>
      <translation>«{table}» кестесі нысандарды қабылдамайды; мына кестелердің бірін пайдаланыңыз: {tables}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="392" />
      <source>{file} [{sheet}] from {partner}: {status}, {rows} occurrences added, {present} already present, {rejected} rejected rows, {dups} duplicates linked</source>
      <translation>{file} [{sheet}], серіктес {partner}: {status}, қосылған кездесулер: {rows}, бұрыннан бар: {present}, қабылданбаған жолдар: {rejected}, байланыстырылған қайталанулар: {dups}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="644" />
      <source>Some occurrences of {file} have no occurrenceID; nothing was loaded. Import the sheet with Import partner sheets, which gives every record a stable id.</source>
      <translation>{file} файлының кейбір кездесулерінде occurrenceID жоқ; ештеңе жүктелмеді. Парақты «Серіктес парақтарын импорттау» арқылы импорттаңыз, ол әр жазбаға тұрақты идентификатор береді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="728" />
      <source>{count} rows belong to no submission of the import (their sourceFile/sourceSheet match no file and sheet); nothing was loaded.</source>
      <translation>Импорттың ешбір тапсыруына жатпайтын жолдар: {count} (олардың sourceFile/sourceSheet мәні ешбір файл мен параққа сәйкес келмейді); ештеңе жүктелмеді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="762" />
      <source>The import has rejected rows but no occurrences and no submission: give the partner so the rejected rows can be recorded.</source>
      <translation>Импортта қабылданбаған жолдар бар, бірақ кездесулер де, тапсыру да жоқ: қабылданбаған жолдарды тіркеу үшін серіктесті көрсетіңіз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="85" />
      <source>Baseline database summary</source>
      <translation>Бастапқы деректер базасының жиынтығы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="86" />
      <source>Partner</source>
      <translation>Серіктес</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="86" />
      <source>Country</source>
      <translation>Ел</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="86" />
      <source>Taxon group</source>
      <translation>Таксондық топ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="86" />
      <source>Year</source>
      <translation>Жыл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="86" />
      <source>Records</source>
      <translation>Жазбалар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="86" />
      <source>Species</source>
      <translation>Түрлер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="87" />
      <source>First date</source>
      <translation>Алғашқы күн</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="87" />
      <source>Last date</source>
      <translation>Соңғы күн</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="87" />
      <source>With coordinates</source>
      <translation>Координаталары бар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="87" />
      <source>Share with coordinates</source>
      <translation>Координаталары барлардың үлесі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="99" />
      <source>{records} records in {groups} groups.</source>
      <translation>Жазбалар: {records}, топтар: {groups}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="100" />
      <source>Records per year and partner</source>
      <translation>Жылдар мен серіктестер бойынша жазбалар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="102" />
      <source>Per partner, country, taxon group and year</source>
      <translation>Серіктес, ел, таксондық топ және жыл бойынша</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/borders.py" line="21" />
      <source>Unknown border scale '{scale}': use 50m or 110m.</source>
      <translation>Белгісіз шекара масштабы «{scale}»: 50m немесе 110m пайдаланыңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/borders.py" line="24" />
      <source>The country borders file is missing or unreadable: {path}</source>
      <translation>Ел шекаралары файлы жоқ немесе оқылмайды: {path}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/borders.py" line="34" />
      <source>The borders layer has no ISO 3166-1 alpha-3 field.</source>
      <translation>Шекаралар қабатында ISO 3166-1 alpha-3 өрісі жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/borders.py" line="49" />
      <source>No border in the shipped borders for: {codes}. Available: {available}</source>
      <translation>Жеткізілетін шекараларда мыналар үшін шекара жоқ: {codes}. Қолжетімдісі: {available}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="95" />
      <source>Target '{text}' is not a number (write 0.3 or 30%).</source>
      <translation>«{text}» мақсатты мәні сан емес (0.3 немесе 30% деп жазыңыз).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="99" />
      <source>Target '{text}' is outside 0–1 (write 0.3 or 30%).</source>
      <translation>«{text}» мақсатты мәні 0–1 аралығынан тыс (0.3 немесе 30% деп жазыңыз).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="111" />
      <source>Target entry '{entry}' needs the form name=share.</source>
      <translation>«{entry}» мақсат жазбасы атау=үлес түрінде болуы керек.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="115" />
      <source>Target entry '{entry}' has no name.</source>
      <translation>«{entry}» мақсат жазбасында атау жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="384" />
      <source>No present occurrence and no range polygon: nothing to analyse.</source>
      <translation>«Бар» мәртебелі кездесу де, ареал полигоны да жоқ: талдайтын ештеңе жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="401" />
      <source>Study area is large: protected shares use {sub}×{sub} pixels per cell.</source>
      <translation>Зерттеу аумағы үлкен: қорғалатын үлестер бір ұяшыққа {sub}×{sub} пиксель бойынша есептеледі.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="474" />
      <source>The range of {name} is too small for the grid or empty.</source>
      <translation>{name} ареалы тор үшін тым кіші немесе бос.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="564" />
      <source>The gap grid would have {n} cells: choose a larger cell size.</source>
      <translation>Олқылықтар торында {n} ұяшық болар еді: ұяшықтың үлкенірек өлшемін таңдаңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="695" />
      <source>{records}% of the records lie inside protected areas, which cover {area}% of the analysed cells.</source>
      <translation>Жазбалардың {records}% қорғалатын аумақтардың ішінде жатыр, ал олар талданған ұяшықтардың {area}% алып жатыр.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="698" />
      <source>Sampling is concentrated inside protected areas: protected shares of ranges built from records are overstated.</source>
      <translation>Іріктеу қорғалатын аумақтардың ішінде шоғырланған: жазбалардан құрылған ареалдардың қорғалған үлесі асыра көрсетілген.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="177" />
      <source>The column mapping is not valid JSON: {detail}</source>
      <translation>Бағандарды сәйкестендіру жарамды JSON емес: {detail}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="184" />
      <source>Column mapping entries look like role=column; got '{part}'.</source>
      <translation>Бағандарды сәйкестендіру жазбалары рөл=баған түрінде болады; алынғаны: «{part}».</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="193" />
      <source>Unknown role '{role}' in the column mapping. Roles: {roles}</source>
      <translation>Бағандарды сәйкестендірудегі белгісіз рөл «{role}». Рөлдер: {roles}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="249" />
      <source>The sheet is empty.</source>
      <translation>Парақ бос.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="257" />
      <source>The column mapping names '{column}' for {role}, but the sheet has no such column. Columns: {columns}</source>
      <translation>Бағандарды сәйкестендіру {role} үшін «{column}» бағанын көрсетеді, бірақ парақта ондай баған жоқ. Бағандар: {columns}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="262" />
      <source>No species column found. Expected a header such as 'species', 'scientific name', 'вид', 'зүйл', '物种' or 'түр' in the first {n} rows; or name the column in MAPPING (e.g. species=B).</source>
      <translation>Түр бағаны табылмады. Алғашқы {n} жолда 'species', 'scientific name', 'вид', 'зүйл', '物种' немесе 'түр' сияқты тақырып күтілген еді; немесе бағанды MAPPING ішінде көрсетіңіз (мысалы, species=B).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/name_resolution.py" line="100" />
      <source>{path} is not a checklist (no scientific_name_accepted column).</source>
      <translation>{path} түрлер тізімі емес (scientific_name_accepted бағаны жоқ).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/overlay.py" line="788" />
      <source>{path}: written without a spatial index (not a plain point layer, or the index could not be built); QGIS can add one in Layer Properties ▸ Source.</source>
      <translation>{path}: кеңістіктік индекссіз жазылды (қарапайым нүктелік қабат емес немесе индексті құру мүмкін болмады); QGIS-те Қабат қасиеттері ▸ Дереккөз бөлімінде қосуға болады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="193" />
      <source>The layer {name} could not be opened.</source>
      <translation>{name} қабатын ашу мүмкін болмады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="195" />
      <source>The layer {name} has no point or polygon geometry: protected areas need outlines (or points with a reported area).</source>
      <translation>{name} қабатында нүктелік немесе полигондық геометрия жоқ: қорғалатын аумақтар үшін контурлар (немесе ауданы көрсетілген нүктелер) қажет.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="198" />
      <source>The layer {name} has no (or an unknown) coordinate reference system: set its CRS first.</source>
      <translation>{name} қабатында координаталар жүйесі жоқ (немесе белгісіз): алдымен оның координаталар жүйесін орнатыңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="203" />
      <source>The layer {name} is neither WDPA (legacy or 2025 schema) nor mapped: give at least the name field of a national layer.</source>
      <translation>{name} қабаты WDPA да (ескі немесе 2025 схемасы), сәйкестендірілген қабат та емес: ұлттық қабаттың кем дегенде атау өрісін көрсетіңіз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="217" />
      <source>no geometry</source>
      <translation>геометрия жоқ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="235" />
      <source>same pa_id already read from another layer</source>
      <translation>дәл осы pa_id басқа қабаттан оқылған</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="253" />
      <source>status '{status}' is not Designated, Inscribed or Established</source>
      <translation>«{status}» мәртебесі Designated, Inscribed немесе Established емес</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="257" />
      <source>UNESCO-MAB Biosphere Reserve (not a protected area designation, overlaps national sites)</source>
      <translation>ЮНЕСКО-МАБ биосфералық резерваты (қорғалатын аумақ санаты емес, ұлттық нысандармен қабаттасады)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="260" />
      <source>OECM (other effective area-based conservation measure)</source>
      <translation>OECM (аумақтық сақтаудың басқа тиімді шарасы)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="263" />
      <source>marine site</source>
      <translation>теңіз нысаны</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="267" />
      <source>STATUS_YR 0 (not reported) set to null</source>
      <translation>STATUS_YR 0 (көрсетілмеген) null мәніне ауыстырылды</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="274" />
      <source>point-only site (buffering switched off)</source>
      <translation>тек нүкте түріндегі нысан (буферлеу өшірулі)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="277" />
      <source>point-only site without a reported area (REP_AREA)</source>
      <translation>ауданы (REP_AREA) көрсетілмеген тек нүкте түріндегі нысан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="282" />
      <source>point-only site buffered to a circle of {area} km²</source>
      <translation>нүкте түріндегі нысан ауданы {area} км² шеңберге буферленді</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="293" />
      <source>split at the antimeridian (180°)</source>
      <translation>антимеридиан (180°) бойынша бөлінді</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="302" />
      <source>invalid geometry ({error}), repair switched off</source>
      <translation>жарамсыз геометрия ({error}), түзету өшірулі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="307" />
      <source>invalid geometry ({error}) could not be repaired</source>
      <translation>жарамсыз геометрияны ({error}) түзету мүмкін болмады</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="311" />
      <source>invalid geometry repaired ({error})</source>
      <translation>жарамсыз геометрия түзетілді ({error})</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="323" />
      <source>outside the study region</source>
      <translation>зерттеу өңірінен тыс</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="328" />
      <source>only touches the study region</source>
      <translation>зерттеу өңіріне тек жанасады</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="331" />
      <source>clipped to the study region</source>
      <translation>зерттеу өңірі бойынша қиылды</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="384" />
      <source>only {share}% of the outline lies in its country {iso3}: check the country code or the outline; connectivity by country counts the area where it lies</source>
      <translation>контурдың тек {share}% өз елі {iso3} ішінде жатыр: ел кодын немесе контурды тексеріңіз; елдер бойынша байланыстылық аумақты өзі жатқан жерде есептейді</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="476" />
      <source>wholly inside higher-precedence areas: {ids}</source>
      <translation>толығымен басымдығы жоғары аумақтардың ішінде: {ids}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="481" />
      <source>overlap with {ids} erased (precedence: IUCN category, then year)</source>
      <translation>{ids} аумақтарымен қабаттасу алынып тасталды (басымдық: IUCN санаты, содан кейін жыл)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="507" />
      <source>dissolved into {pa_id}</source>
      <translation>{pa_id} ішіне біріктірілді</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="532" />
      <source>Unknown area CRS: {crs}</source>
      <translation>Аудан үшін белгісіз координаталар жүйесі: {crs}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="225" />
      <source>fewer than 3 distinct points ({n})</source>
      <translation>3-тен аз әртүрлі нүкте ({n})</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="230" />
      <source>all points on one line</source>
      <translation>барлық нүктелер бір түзудің бойында</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="235" />
      <source>hull lies entirely outside land</source>
      <translation>қабықша толығымен құрлықтан тыс</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="421" />
      <source>Size class for a regional assessment, not a Red List category.</source>
      <translation>Аймақтық бағалауға арналған өлшем класы, Қызыл тізім санаты емес.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="423" />
      <source>Data insufficient: {n} distinct records, fewer than {minimum} ({source}).</source>
      <translation>Деректер жеткіліксіз: {n} әртүрлі жазба, {minimum} санынан аз ({source}).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="597" />
      <source>EOO below AOO: AOO used for B1</source>
      <translation>EOO AOO-дан кіші: B1 үшін AOO пайдаланылды</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="621" />
      <source>The occurrence layer has no scientificName field.</source>
      <translation>Кездесулер қабатында scientificName өрісі жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="624" />
      <source>The occurrence layer has neither point geometry nor decimalLatitude and decimalLongitude fields.</source>
      <translation>Кездесулер қабатында нүктелік геометрия да, decimalLatitude және decimalLongitude өрістері де жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="184" />
      <source>The file {name} is empty.</source>
      <translation>{name} файлы бос.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="186" />
      <source>The file {name} is a workbook saved with a text extension: rename it to .xlsx, .xls or .ods.</source>
      <translation>{name} файлы — мәтіндік кеңейтіммен сақталған жұмыс кітабы: оның атын .xlsx, .xls немесе .ods деп өзгертіңіз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="192" />
      <source>The file {name} is not a table: it holds binary data, not text (expected CSV, TSV, XLSX, XLS or ODS).</source>
      <translation>{name} файлы кесте емес: онда мәтін емес, екілік деректер бар (CSV, TSV, XLSX, XLS немесе ODS күтілген).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="326" />
      <source>The workbook {name} is password-protected (encrypted). Open it in a spreadsheet program and save it again without a password.</source>
      <translation>{name} жұмыс кітабы құпиясөзбен қорғалған (шифрланған). Оны электрондық кесте бағдарламасында ашып, құпиясөзсіз қайта сақтаңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="330" />
      <source>The workbook {name} is damaged or not a {kind} file.</source>
      <translation>{name} жұмыс кітабы зақымдалған немесе {kind} файлы емес.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="345" />
      <source>The workbook {name} cannot be read ({detail}).</source>
      <translation>{name} жұмыс кітабын оқу мүмкін емес ({detail}).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="348" />
      <source>The workbook {name} cannot be read.</source>
      <translation>{name} жұмыс кітабын оқу мүмкін емес.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="352" />
      <source>The workbook {name} has no sheet '{sheet}'. Sheets: {sheets}</source>
      <translation>{name} жұмыс кітабында «{sheet}» парағы жоқ. Парақтар: {sheets}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="372" />
      <source>The workbook {name} has no sheet with data.</source>
      <translation>{name} жұмыс кітабында деректері бар парақ жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="379" />
      <source>The file {name} is larger than Corridor reads ({limit} MiB, unpacked for workbooks): split it into several files.</source>
      <translation>{name} файлы Corridor оқи алатын көлемнен үлкен ({limit} МиБ, жұмыс кітаптары үшін — ашылған түрде): оны бірнеше файлға бөліңіз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="418" />
      <source>The workbook {name} has data beyond column {limit} (cell {cell}), which the spreadsheet reader cannot see: move the data to the first {limit} columns or save the sheet as CSV.</source>
      <translation>{name} жұмыс кітабында {limit}-бағаннан кейін деректер бар ({cell} ұяшығы), кесте оқу құралы оларды көрмейді: деректерді алғашқы {limit} бағанға ауыстырыңыз немесе парақты CSV ретінде сақтаңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="431" />
      <source>File not found: {path}</source>
      <translation>Файл табылмады: {path}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/builder.py" line="84" />
      <source>Transboundary action plan: protected areas, gaps and connectivity</source>
      <translation>Трансшекаралық іс-қимыл жоспары: қорғалатын аумақтар, олқылықтар және байланыстылық</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/builder.py" line="85" />
      <source>Corridor {version} · {date}</source>
      <translation>Corridor {version} · {date}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings.py" line="197" />
      <source>#</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings.py" line="197" />
      <source>Action</source>
      <translation>Әрекет</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings.py" line="197" />
      <source>Where</source>
      <translation>Қай жерде</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings.py" line="197" />
      <source>Evidence</source>
      <translation>Дәлел</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings.py" line="197" />
      <source>Analysis</source>
      <translation>Талдау</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="16" />
      <source>The baseline holds {records} records of {species} species from {partners} partners in {countries}.</source>
      <translation>Базалық дерекқорда {countries} елдеріндегі {partners} серіктестен {species} түр туралы {records} жазба бар.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="28" />
      <source>{gap} of {total} species have no protected part of their range and {partial} are below their representation target.</source>
      <translation>{total} түрдің {gap} түрінің ареалында қорғалған бөлік жоқ, ал {partial} түр өкілдік мақсатынан төмен.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="31" />
      <source>Threatened species among them: {names}.</source>
      <translation>Олардың ішіндегі жойылып бара жатқан түрлер: {names}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="37" />
      <source>For {n} of {total} species the range is only their known occupied area (cells with records), not a range map: their protected shares say where they were recorded, not how much of their range is protected.</source>
      <translation>{total} түрдің {n} түрі үшін ареал тек белгілі мекендейтін аумақ (жазбалары бар ұяшықтар), ареал картасы емес: олардың қорғалған үлесі ареалдың қанша бөлігі қорғалғанын емес, қай жерде тіркелгенін көрсетеді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="54" />
      <source>{region}: {prot}% protected, {protconn}% protected and connected</source>
      <translation>{region}: {prot}% қорғалған, {protconn}% қорғалған және байланысқан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="58" />
      <source> ({trans}% of it only through areas across the border)</source>
      <translation> (оның {trans}% тек шекараның арғы жағындағы аумақтар арқылы)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="61" />
      <source>, from {n} protected areas only</source>
      <translation>, тек {n} қорғалатын аумақ бойынша</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="65" />
      <source> at a median dispersal distance of {km} km</source>
      <translation> (таралудың медианалық қашықтығы {km} км)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="66" />
      <source>Connectivity per country{distance}: {parts}.</source>
      <translation>Елдер бойынша байланыстылық{distance}: {parts}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="74" />
      <source>{n} links cross a border; the strongest joins {a} and {b} ({countries}, {km} km apart, probability {p}).</source>
      <translation>{n} байланыс шекараны кесіп өтеді; ең күштісі {a} мен {b} аумақтарын қосады ({countries}, арақашықтығы {km} км, ықтималдық {p}).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="82" />
      <source>Areas whose loss would cost most connectivity: {areas}.</source>
      <translation>Жоғалса байланыстылықты ең көп азайтатын аумақтар: {areas}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="83" />
      <source>{name} (dPC {dpc}%)</source>
      <translation>{name} (dPC {dpc}%)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="86" />
      <source>Survey first at {place}.</source>
      <translation>Алдымен зерттеу керек жер: {place}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="90" />
      <source>{n} corridors were drawn, {crossing} of them across a barrier (fence, railway).</source>
      <translation>{n} дәліз салынды, олардың {crossing} кедергіні (қоршау, теміржол) кесіп өтеді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="93" />
      <source>They rest on a demonstration resistance raster: they show the method, not where animals move.</source>
      <translation>Олар демонстрациялық кедергі растрына негізделген: жануарлардың қозғалатын жерін емес, әдісті көрсетеді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="111" />
      <source>No result layer was given: there is nothing to summarise yet.</source>
      <translation>Нәтиже қабаттары берілмеген: әзірге қорытындылайтын ештеңе жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="120" />
      <source>{protected}% of its range protected, target {target}%</source>
      <translation>ареалының {protected}% қорғалған, мақсат {target}%</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="123" />
      <source> (records only: range not mapped)</source>
      <translation> (тек жазбалар: ареал картаға түсірілмеген)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="125" />
      <source>Protect more of the range of {species}{category}</source>
      <translation>{species}{category} ареалының үлкенірек бөлігін қорғау</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="128" />
      <source>Gap analysis</source>
      <translation>Олқылықтарды талдау</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="135" />
      <source>probability {p} at {km} km</source>
      <translation>ықтималдық {p}, қашықтық {km} км</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="140" />
      <source>; crosses {barriers}</source>
      <translation>; {barriers} кесіп өтеді</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="142" />
      <source>; crosses a barrier</source>
      <translation>; кедергіні кесіп өтеді</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="143" />
      <source>Connectivity</source>
      <translation>Байланыстылық</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="143" />
      <source>Corridors</source>
      <translation>Дәліздер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="145" />
      <source>Secure the link between {a} and {b}</source>
      <translation>{a} мен {b} арасындағы байланысты қамтамасыз ету</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="152" />
      <source>Keep and strengthen {area}</source>
      <translation>{area} сақтау және нығайту</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="154" />
      <source>dPC {dpc}%: connectivity lost if the area were lost</source>
      <translation>dPC {dpc}%: аумақ жоғалса жоғалатын байланыстылық</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="155" />
      <source>Connectivity (dPC)</source>
      <translation>Байланыстылық (dPC)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="158" />
      <source>{n} expected species without a recent record</source>
      <translation>соңғы жазбасы жоқ {n} күтілетін түр</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="160" />
      <source>; last record {year}</source>
      <translation>; соңғы жазба {year}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="161" />
      <source>Survey this cell</source>
      <translation>Осы ұяшықты зерттеу</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="161" />
      <source>Survey gaps</source>
      <translation>Зерттеу олқылықтары</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="177" />
      <source>unknown partner</source>
      <translation>белгісіз серіктес</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="181" />
      <source>{n} of {total} species have fewer than {minimum} records (too few for range size classes): {names}.</source>
      <translation>{total} түрдің {n} түрінде {minimum} жазбадан аз (ареал өлшемінің кластары үшін тым аз): {names}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="186" />
      <source>Records per partner: {partners}.</source>
      <translation>Серіктестер бойынша жазбалар: {partners}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="194" />
      <source>Ranges: {mapped} species from range maps, {only} from records only (known occupied area).</source>
      <translation>Ареалдар: {mapped} түр ареал карталарынан, {only} тек жазбалардан (белгілі мекендейтін аумақ).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="211" />
      <source>Connectivity of {regions} rests on fewer than {n} protected areas each: read it as an indication for those areas, not as a national figure.</source>
      <translation>{regions} байланыстылығы әрқайсысында {n} қорғалатын аумақтан аз аумаққа негізделген: оны ұлттық көрсеткіш емес, сол аумақтарға арналған бағдар ретінде оқыңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="216" />
      <source>{n} protected areas lie mostly outside the country of their code: {areas}.</source>
      <translation>{n} қорғалатын аумақтың басым бөлігі өз коды көрсететін елден тыс жатыр: {areas}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="229" />
      <source>Corridors were computed on a demonstration resistance raster: they show the method, not where animals move. A real study derives resistance from land cover.</source>
      <translation>Дәліздер демонстрациялық кедергі растры бойынша есептелген: олар жануарлардың қозғалатын жерін емес, әдісті көрсетеді. Нақты зерттеуде кедергі жер жамылғысынан алынады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="232" />
      <source>This report was translated by machine and has not been reviewed by a native speaker; the English report is the reference.</source>
      <translation>Бұл есеп машиналық аудармамен жасалған және оны ана тілінде сөйлейтін адам тексермеген; ағылшын тіліндегі есеп эталон болып табылады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="234" />
      <source>Range size classes (criterion B) are for a regional assessment, not Red List categories.</source>
      <translation>Ареал өлшемінің кластары (B критерийі) аймақтық бағалауға арналған, Қызыл тізім санаттары емес.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="68" />
      <source>yes</source>
      <translation>иә</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="68" />
      <source>no</source>
      <translation>жоқ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="88" />
      <source>gap</source>
      <translation>олқылық</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="88" />
      <source>partial</source>
      <translation>ішінара</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="88" />
      <source>covered</source>
      <translation>қамтылған</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="90" />
      <source>gap (records only)</source>
      <translation>олқылық (тек жазбалар)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="90" />
      <source>partial (records only)</source>
      <translation>ішінара (тек жазбалар)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="91" />
      <source>covered (records only)</source>
      <translation>қамтылған (тек жазбалар)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="36" />
      <source>Protected areas</source>
      <translation>Қорғалатын аумақтар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="39" />
      <source>Occurrences</source>
      <translation>Кездесулер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="42" />
      <source>Gap analysis: species table</source>
      <translation>Олқылықтарды талдау: түрлер кестесі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="46" />
      <source>Gap analysis: grid</source>
      <translation>Олқылықтарды талдау: тор</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="49" />
      <source>Connectivity: summary table</source>
      <translation>Байланыстылық: жиынтық кесте</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="53" />
      <source>Connectivity: nodes</source>
      <translation>Байланыстылық: түйіндер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="56" />
      <source>Connectivity: links</source>
      <translation>Байланыстылық: байланыстар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="73" />
      <source>{input}: the layer '{layer}' has no field '{field}'. The report reads the {output} output of Corridor by its field names: give that output, or rename the field.</source>
      <translation>{input}: «{layer}» қабатында «{field}» өрісі жоқ. Есеп Corridor-дың {output} шығысын өріс атаулары бойынша оқиды: сол шығысты беріңіз немесе өрістің атын өзгертіңіз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/maps.py" line="56" />
      <source>Gap priority</source>
      <translation>Олқылық басымдығы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/maps.py" line="56" />
      <source>Protected areas by dPC</source>
      <translation>dPC бойынша қорғалатын аумақтар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/maps.py" line="57" />
      <source>Links (probability)</source>
      <translation>Байланыстар (ықтималдық)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/model.py" line="44" />
      <source>Not computed: no {what} was given to the report.</source>
      <translation>Есептелмеді: есепке кіріс деректері берілмеген ({what}).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="16" />
      <source>What the data say</source>
      <translation>Деректер не айтады</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="23" />
      <source>No action can be derived yet: give the report the gap-analysis, connectivity or survey-gap results.</source>
      <translation>Әзірге әрекет шығару мүмкін емес: есепке олқылықтарды талдау, байланыстылық немесе зерттеу олқылықтарының нәтижелерін беріңіз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="26" />
      <source>Recommended actions</source>
      <translation>Ұсынылатын әрекеттер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="26" />
      <source>Ranked: threatened species short of protection first, then transboundary links to secure, areas whose loss would cost most connectivity, and cells to survey; within each, by the score of the analysis named in the last column.</source>
      <translation>Реті: алдымен қорғауы жеткіліксіз жойылып бара жатқан түрлер, содан кейін сақтау керек трансшекаралық байланыстар, жоғалса байланыстылықты ең көп азайтатын аумақтар және зерттелетін ұяшықтар; әр топ ішінде соңғы бағанда аталған талдаудың ұпайы бойынша.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="32" />
      <source>Limitations</source>
      <translation>Шектеулер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="35" />
      <source>Study area</source>
      <translation>Зерттеу аумағы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="38" />
      <source>layer with features</source>
      <translation>нысандары бар қабат</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="45" />
      <source>The study area spans longitude {west:.2f}° to {east:.2f}° and latitude {south:.2f}° to {north:.2f}° (WGS 84).</source>
      <translation>Зерттеу аумағы бойлық бойынша {west:.2f}° – {east:.2f}° және ендік бойынша {south:.2f}° – {north:.2f}° аралығын қамтиды (WGS 84).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="50" />
      <source>Countries: {countries}.</source>
      <translation>Елдер: {countries}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="52" />
      <source>Baseline database: {database}</source>
      <translation>Бастапқы деректер базасы: {database}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="56" />
      <source>Data sources per partner</source>
      <translation>Серіктестер бойынша деректер көздері</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="58" />
      <source>occurrence layer</source>
      <translation>кездесулер қабаты</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="77" />
      <source>{records} records of {species} species from {partners} partners.</source>
      <translation>Жазбалар: {records}, түрлер: {species}, серіктестер: {partners}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="80" />
      <source>Years</source>
      <translation>Жылдар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="83" />
      <source>Protected areas and records</source>
      <translation>Қорғалатын аумақтар мен жазбалар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="86" />
      <source>protected-area or occurrence layer</source>
      <translation>қорғалатын аумақтар немесе кездесулер қабаты</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="89" />
      <source>{count} protected areas.</source>
      <translation>Қорғалатын аумақтар: {count}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="91" />
      <source>{count} occurrence records.</source>
      <translation>Кездесу жазбалары: {count}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="98" />
      <source>Area</source>
      <translation>Аумақ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="98" />
      <source>Threatened</source>
      <translation>Қауіп төнген түрлер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="99" />
      <source>CITES species</source>
      <translation>CITES түрлері</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="104" />
      <source>Methods</source>
      <translation>Әдістер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="105" />
      <source>Representation targets (Rodrigues et al. 2004, Nature 428:640): 100% of the range below 1,000 km², 10% above 250,000 km², interpolated linearly on log range size in between.</source>
      <translation>Өкілдік мақсаттары (Rodrigues et al. 2004, Nature 428:640): ауданы 1 000 км²-ден кіші ареалдың 100%-ы, 250 000 км²-ден үлкен ареалдың 10%-ы, арасында — ареал өлшемінің логарифмі бойынша сызықтық интерполяция.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="107" />
      <source>Range metrics (IUCN criterion B): extent of occurrence = area of the minimum convex polygon of the records; area of occupancy = occupied 2 × 2 km cells × 4 km².</source>
      <translation>Ареал көрсеткіштері (IUCN B критерийі): таралу аумағы (EOO) = жазбалардың ең кіші дөңес көпбұрышының ауданы; мекендеу ауданы (AOO) = мекендейтін 2 × 2 км ұяшықтар саны × 4 км².</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="109" />
      <source>Connectivity (Saura &amp; Pascual-Hortal 2007; Saura et al. 2017, 2018): p_ij = exp(−k·d_ij) with k = −ln(0.5)/d50; PCnum = Σ_i Σ_j a_i·a_j·p*_ij with p* the maximum-product path probability; ECA = √PCnum; ProtConn = 100·ECA / A_L; dPC_k = 100·(PC − PC_k)/PC.</source>
      <translation>Байланыстылық (Saura &amp; Pascual-Hortal 2007; Saura et al. 2017, 2018): p_ij = exp(−k·d_ij), мұндағы k = −ln(0.5)/d50; PCnum = Σ_i Σ_j a_i·a_j·p*_ij, мұндағы p* — көбейтіндісі ең үлкен жолдың ықтималдығы; ECA = √PCnum; ProtConn = 100·ECA / A_L; dPC_k = 100·(PC − PC_k)/PC.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="112" />
      <source>Corridors: cost-weighted distance over the 8-neighbour grid, normalised corridor = CWD_A + CWD_B − LCD_AB (as Linkage Mapper); pinch points from circuit theory (as Circuitscape).</source>
      <translation>Дәліздер: 8 көршілі тор бойынша шығынмен өлшенген қашықтық, нормаланған дәліз = CWD_A + CWD_B − LCD_AB (Linkage Mapper-дегідей); тар жерлер (pinch points) электр тізбектері теориясы бойынша (Circuitscape-тегідей).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="114" />
      <source>Occurrences: partner sheets harmonised to Darwin Core; names matched to the corridor checklist; rejected rows are listed with their reason and never silently dropped.</source>
      <translation>Кездесулер: серіктес парақтары Darwin Core стандартына келтірілген; атаулар дәліздің түрлер тізімімен салыстырылған; қабылданбаған жолдар себебімен бірге тізімделеді және ешқашан үнсіз алынып тасталмайды.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="123" />
      <source>not given</source>
      <translation>көрсетілмеген</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="126" />
      <source>Data appendix</source>
      <translation>Деректер қосымшасы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="127" />
      <source>Inputs of this report. Corridor {version}, report language {language}.</source>
      <translation>Осы есептің кіріс деректері. Corridor {version}, есеп тілі: {language}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="129" />
      <source>Input</source>
      <translation>Кіріс</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="129" />
      <source>Layer</source>
      <translation>Қабат</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="129" />
      <source>Features</source>
      <translation>Нысандар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="129" />
      <source>Source</source>
      <translation>Дереккөз</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/places.py" line="56" />
      <source>{coordinates}, in {area}</source>
      <translation>{coordinates}, {area} ішінде</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/places.py" line="63" />
      <source>{coordinates}, {km} km from {area}</source>
      <translation>{coordinates}, {area} аумағынан {km} км</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="18" />
      <source>Gap species</source>
      <translation>Олқылық түрлер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="20" />
      <source>gap-analysis species table</source>
      <translation>олқылықтарды талдаудың түрлер кестесі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="27" />
      <source>{gap} species have no protected part of their range (gap), {partial} are below their representation target (partial), {covered} meet it (covered).</source>
      <translation>Ареалының қорғалатын бөлігі жоқ түрлер (олқылық): {gap}; өкілдік мақсатынан төмен (ішінара): {partial}; мақсатқа жеткен (қамтылған): {covered}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="32" />
      <source>{n} species have no range map: their area is the known occupied area (grid cells holding records) and their status ends in '(records only)'. Surveys inside protected areas make such ranges look protected.</source>
      <translation>{n} түрдің ареал картасы жоқ: олардың аумағы — белгілі мекендейтін аумақ (жазбалары бар тор ұяшықтары), ал күйі «(records only)» деп аяқталады. Қорғалатын аумақтардағы зерттеулер мұндай ареалдарды қорғалған сияқты көрсетеді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="46" />
      <source>IUCN</source>
      <translation>IUCN</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="46" />
      <source>CITES</source>
      <translation>CITES</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="47" />
      <source>Protected %</source>
      <translation>Қорғалатын, %</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="47" />
      <source>Target %</source>
      <translation>Мақсат, %</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="47" />
      <source>Shortfall (points)</source>
      <translation>Тапшылық (пайыздық тармақ)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="47" />
      <source>Status</source>
      <translation>Мәртебе</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="50" />
      <source>{shown} of {total} species shown; the HTML report lists them all.</source>
      <translation>Көрсетілген түрлер: {shown} / {total}; HTML есепте барлығы тізімделген.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="59" />
      <source>Range km²</source>
      <translation>Ареал, км²</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="61" />
      <source>Known occupied area km²</source>
      <translation>Белгілі мекендейтін аумақ, км²</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="62" />
      <source>Range or known occupied area km²</source>
      <translation>Ареал немесе белгілі мекендейтін аумақ, км²</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="65" />
      <source>Gap grid: priority cells</source>
      <translation>Олқылықтар торы: басым ұяшықтар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="68" />
      <source>gap grid layer</source>
      <translation>олқылықтар торының қабаты</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="69" />
      <source>{cells} grid cells; colour shows the priority score (summed target shortfall weighted by threat, over the unprotected part of the cell).</source>
      <translation>Тор ұяшықтары: {cells}; түс басымдық балын көрсетеді (ұяшықтың қорғалмайтын бөлігі бойынша қауіп деңгейімен өлшенген мақсатқа дейінгі тапшылықтың қосындысы).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="74" />
      <source>Cell</source>
      <translation>Ұяшық</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="74" />
      <source>Richness</source>
      <translation>Түрлік байлық</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="77" />
      <source>Connectivity per country</source>
      <translation>Елдер бойынша байланыстылық</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="79" />
      <source>connectivity summary table</source>
      <translation>байланыстылықтың жиынтық кестесі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="86" />
      <source>Region</source>
      <translation>Өңір</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="86" />
      <source>Areas</source>
      <translation>Аумақтар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="86" />
      <source>d50 (km)</source>
      <translation>d50 (км)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="86" />
      <source>Prot %</source>
      <translation>Қорғ. %</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="86" />
      <source>ProtConn %</source>
      <translation>ProtConn %</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="87" />
      <source>Transboundary share %</source>
      <translation>Трансшекаралық үлес %</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="87" />
      <source>RelConn %</source>
      <translation>RelConn %</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="87" />
      <source>ECA (ha)</source>
      <translation>ECA (га)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="92" />
      <source>ProtConn is the percentage of the region covered by protected and connected land; the transboundary share is the part of ProtConn that exists only through protected areas abroad (ProtConn[Trans] / ProtConn).</source>
      <translation>ProtConn — өңірдің қорғалатын және байланысқан жерлермен қамтылған пайызы; трансшекаралық үлес — ProtConn-ның тек шетелдегі қорғалатын аумақтар арқылы болатын бөлігі (ProtConn[Trans] / ProtConn).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="95" />
      <source>Areas are counted in the country where they lie.</source>
      <translation>Аумақтар өздері орналасқан елде есептеледі.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="98" />
      <source>{regions}: fewer than {n} protected areas each; their ProtConn describes those areas, not the whole country's network.</source>
      <translation>{regions}: әрқайсысында {n} қорғалатын аумақтан аз; олардың ProtConn көрсеткіші бүкіл елдің желісін емес, сол аумақтарды сипаттайды.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="103" />
      <source>Most important areas for connectivity (dPC)</source>
      <translation>Байланыстылық үшін ең маңызды аумақтар (dPC)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="105" />
      <source>connectivity nodes layer</source>
      <translation>байланыстылық түйіндерінің қабаты</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="106" />
      <source>Areas ranked by dPC, the loss of connectivity if the area were lost, split into its intra, flux and connector parts.</source>
      <translation>dPC бойынша ранжирленген аумақтар — аумақ жоғалған жағдайдағы байланыстылықтың жоғалуы, intra, flux және connector бөліктеріне бөлінген.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="110" />
      <source>dPC</source>
      <translation>dPC</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="110" />
      <source>intra</source>
      <translation>intra</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="110" />
      <source>flux</source>
      <translation>flux</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="111" />
      <source>connector</source>
      <translation>connector</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="116" />
      <source>Strongest links</source>
      <translation>Ең күшті байланыстар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="118" />
      <source>connectivity links layer</source>
      <translation>байланыстар қабаты</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="119" />
      <source>Links between protected areas ranked by importance (dPC where computed, otherwise by probability).</source>
      <translation>Қорғалатын аумақтар арасындағы маңыздылығы бойынша ранжирленген байланыстар (есептелген болса dPC бойынша, әйтпесе ықтималдық бойынша).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="124" />
      <source>From</source>
      <translation>Қайдан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="124" />
      <source>To</source>
      <translation>Қайда</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="124" />
      <source>Countries</source>
      <translation>Елдер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="124" />
      <source>Distance (m)</source>
      <translation>Қашықтық (м)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="124" />
      <source>Probability</source>
      <translation>Ықтималдық</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="125" />
      <source>Transboundary</source>
      <translation>Трансшекаралық</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="131" />
      <source>corridor layer</source>
      <translation>дәліздер қабаты</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="133" />
      <source>{count} least-cost corridors between protected areas.</source>
      <translation>Қорғалатын аумақтар арасындағы ең аз шығынды дәліздер: {count}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="136" />
      <source>Demonstration: these corridors were computed on a demonstration resistance raster. They show the method, not where animals move.</source>
      <translation>Демонстрация: бұл дәліздер демонстрациялық кедергі растры бойынша есептелген. Олар жануарлардың қозғалатын жерін емес, әдісті көрсетеді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="142" />
      <source>Cost distance</source>
      <translation>Құн қашықтығы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="142" />
      <source>Barriers crossed</source>
      <translation>Кесіп өтетін кедергілер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="149" />
      <source>Survey-gap priorities</source>
      <translation>Зерттеу олқылықтарының басымдықтары</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="152" />
      <source>survey-gap layer</source>
      <translation>зерттеу олқылықтарының қабаты</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="153" />
      <source>Cells with few or old records relative to their neighbours and to the species expected there: where to survey next.</source>
      <translation>Көршілес ұяшықтармен және онда күтілетін түрлермен салыстырғанда жазбалары аз немесе ескі ұяшықтар: келесі зерттеуді қайда жүргізу керек.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="154" />
      <source>Each cell is given by its centre and the nearest protected area.</source>
      <translation>Әр ұяшық өз ортасымен және ең жақын қорғалатын аумақпен берілген.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="161" />
      <source>Rank</source>
      <translation>Ранг</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="161" />
      <source>Location</source>
      <translation>Орналасуы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="161" />
      <source>Expected species</source>
      <translation>Күтілетін түрлер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="162" />
      <source>Last record</source>
      <translation>Соңғы жазба</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="162" />
      <source>Priority</source>
      <translation>Басымдық</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="221" />
      <source>Top {shown} of {total}.</source>
      <translation>Алғашқы {shown} / {total}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/results_summary.py" line="30" />
      <source>from {count} partners</source>
      <translation>серіктестер: {count}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/results_summary.py" line="36" />
      <source>in {count} countries</source>
      <translation>елдер: {count}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/results_summary.py" line="44" />
      <source>{partial} partial · {covered} covered of {total}</source>
      <translation>ішінара: {partial} · қамтылған: {covered} / {total}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sensitivity.py" line="59" />
      <source>Sensitivity overrides look like 'Scientific name=high' (levels: high, medium, none); got '{part}'.</source>
      <translation>Сезімталдықты қайта анықтау 'Ғылыми атауы=high' түрінде жазылады (деңгейлер: high, medium, none); алынғаны «{part}».</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="62" />
      <source>The row holds bytes that no known text encoding reads (UTF-8, Windows-1251, GB18030): save the sheet again as UTF-8.</source>
      <translation>Жолда ешбір белгілі кодтау (UTF-8, Windows-1251, GB18030) оқи алмайтын байттар бар: кестені UTF-8 түрінде қайта сақтаңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="64" />
      <source>A cell is longer than 32,767 characters (the spreadsheet limit); the cell is shortened in this report.</source>
      <translation>Ұяшық 32 767 таңбадан ұзын (электрондық кестелер шегі); бұл есепте ұяшық қысқартылды.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="66" />
      <source>Projected coordinates far outside the area where the coordinate reference system is used (wrong CRS, swapped columns or a typing error).</source>
      <translation>Проекциялық координаттар координаттар жүйесі қолданылатын аймақтан тым алыс (қате жүйе, бағандар ауысқан немесе қате терілген).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="68" />
      <source>Not a record (a total, a repeated header or a note row).</source>
      <translation>Жазба емес (жиынтық, қайталанған тақырып немесе ескертпе жолы).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="69" />
      <source>No species name.</source>
      <translation>Түр атауы жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="70" />
      <source>Species name not found in the checklist; add it to a mapping file to import it.</source>
      <translation>Түр атауы түрлер тізімінде табылмады; импорттау үшін оны сәйкестендіру файлына қосыңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="71" />
      <source>Species name matches several taxa of the checklist; map it explicitly.</source>
      <translation>Түр атауы түрлер тізіміндегі бірнеше таксонға сәйкес келеді; оны нақты сәйкестендіріңіз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="72" />
      <source>No date.</source>
      <translation>Күні жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="73" />
      <source>Date not understood or impossible.</source>
      <translation>Күні түсініксіз немесе мүмкін емес.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="74" />
      <source>Date in the future.</source>
      <translation>Күні болашақта.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="75" />
      <source>Date before 1800.</source>
      <translation>Күні 1800 жылдан ерте.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="76" />
      <source>Coordinates not understood (or only one of latitude/longitude).</source>
      <translation>Координаталар түсініксіз (немесе ендік/бойлықтың біреуі ғана берілген).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="77" />
      <source>Impossible coordinates (latitude beyond ±90° or longitude beyond ±180°, also after trying them swapped).</source>
      <translation>Мүмкін емес координаталар (ендік ±90°-тан тыс немесе бойлық ±180°-тан тыс, орындарын ауыстырғаннан кейін де).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="79" />
      <source>No coordinates and no site to locate the record.</source>
      <translation>Координаталар да, жазбаның орнын анықтайтын орын да жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="80" />
      <source>No coordinates, and the site is not in the site gazetteer.</source>
      <translation>Координаталар жоқ, ал орын орындар анықтамалығында жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="81" />
      <source>Abundance not understood, negative or implausibly large.</source>
      <translation>Саны түсініксіз, теріс немесе сенгісіз үлкен.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="102" />
      <source>The point lies outside the country given for the record.</source>
      <translation>Нүкте жазбада көрсетілген елден тыс жатыр.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="103" />
      <source>No country given: taken from where the point lies.</source>
      <translation>Ел көрсетілмеген: нүктенің орнынан алынды.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="104" />
      <source>Latitude and longitude were presumed swapped and exchanged.</source>
      <translation>Ендік пен бойлық ауысып кеткен деп есептеліп, орындары ауыстырылды.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="105" />
      <source>The latitude's sign was presumed wrong and changed.</source>
      <translation>Ендік таңбасы қате деп есептеліп, өзгертілді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="106" />
      <source>The longitude's sign was presumed wrong and changed.</source>
      <translation>Бойлық таңбасы қате деп есептеліп, өзгертілді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="107" />
      <source>Coordinates rounded to 6 decimals.</source>
      <translation>Координаттар үтірден кейін 6 таңбаға дейін дөңгелектелді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="108" />
      <source>Coordinates transformed to WGS 84.</source>
      <translation>Координаттар WGS 84 жүйесіне түрлендірілді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="109" />
      <source>Coordinates written to 0.01° (about 1 km) or coarser.</source>
      <translation>Координаттар 0,01° (шамамен 1 км) немесе одан да дөрекі дәлдікпен жазылған.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="110" />
      <source>No datum shift to WGS 84 was available; the position may be off by about 100 m.</source>
      <translation>WGS 84 жүйесіне датум ауысуы жоқ; орны шамамен 100 м ауытқуы мүмкін.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="112" />
      <source>Latitude or longitude is zero.</source>
      <translation>Ендік немесе бойлық нөлге тең.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="113" />
      <source>The species name matched the checklist only approximately.</source>
      <translation>Түр атауы тізіммен тек шамамен сәйкес келді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="114" />
      <source>The species name is a synonym of the checklist's accepted name.</source>
      <translation>Түр атауы тізімдегі қабылданған атаудың синонимі.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="115" />
      <source>The species was identified by its vernacular name.</source>
      <translation>Түр жергілікті атауы бойынша анықталды.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="116" />
      <source>Position taken from the site gazetteer.</source>
      <translation>Орны жерлер анықтамалығынан алынды.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="117" />
      <source>Gauss–Krüger zone read from the easting's prefix.</source>
      <translation>Гаусс–Крюгер аймағы шығыс координатасының префиксінен оқылды.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="118" />
      <source>The date is a range, not a day.</source>
      <translation>Күн — бір күн емес, кезең.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="119" />
      <source>NUL characters were removed from the row's text.</source>
      <translation>Жол мәтінінен NUL таңбалары жойылды.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="120" />
      <source>The row was in another text encoding than the rest of the file; check its text.</source>
      <translation>Жол файлдың қалған бөлігінен басқа кодтауда болды; мәтінін тексеріңіз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="121" />
      <source>Within 10 km of a country capital (often a default position).</source>
      <translation>Ел астанасынан 10 км шегінде (көбінесе әдепкі орын).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="122" />
      <source>Within 1 km of a country's centroid (often a default position).</source>
      <translation>Ел центроидынан 1 км шегінде (көбінесе әдепкі орын).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="123" />
      <source>Within 1 km of a province's centroid (often a default position).</source>
      <translation>Облыс центроидынан 1 км шегінде (көбінесе әдепкі орын).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="124" />
      <source>At a museum, zoo, herbarium or academy (a specimen's place of keeping?).</source>
      <translation>Мұражай, хайуанат бағы, гербарий немесе академия орнында (үлгі сақталатын жер ме?).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="125" />
      <source>At GBIF's headquarters in Copenhagen (a known default position).</source>
      <translation>Копенгагендегі GBIF штаб-пәтерінде (белгілі әдепкі орын).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="126" />
      <source>Latitude equals longitude (a typing error?).</source>
      <translation>Ендік бойлыққа тең (қате терілген бе?).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="127" />
      <source>In the sea, for a species that lives on land or in fresh water.</source>
      <translation>Құрлықта немесе тұщы суда тіршілік ететін түр үшін — теңізде.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="128" />
      <source>Coordinates are whole degrees (precision about 100 km).</source>
      <translation>Координаттар — бүтін градустар (дәлдігі шамамен 100 км).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="129" />
      <source>Coordinates are whole minutes (precision about 2 km).</source>
      <translation>Координаттар — бүтін минуттар (дәлдігі шамамен 2 км).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="130" />
      <source>Far from the species' other records (more than Q75 + 5 × IQR of their mean distances and more than 100 km).</source>
      <translation>Түрдің басқа жазбаларынан алыс (олардың орташа қашықтықтарының Q75 + 5 × IQR мәнінен және 100 км-ден артық).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="132" />
      <source>The same species, date and position as an earlier record of the same partner.</source>
      <translation>Сол серіктестің бұрынғы жазбасымен түрі, күні және орны бірдей.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="133" />
      <source>The same species and date within the duplicate distance of another partner's record.</source>
      <translation>Басқа серіктес жазбасымен түрі мен күні бірдей және қайталану қашықтығы шегінде.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="178" />
      <source>The site gazetteer layer cannot be opened.</source>
      <translation>Орындар анықтамалығының қабатын ашу мүмкін емес.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="187" />
      <source>The site gazetteer has no text field with site names.</source>
      <translation>Орындар анықтамалығында орын атаулары бар мәтіндік өріс жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="366" />
      <source>{where}: the sheet is empty.</source>
      <translation>{where}: парақ бос.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="397" />
      <source>{where}: header on row {rows}; columns: {columns}</source>
      <translation>{where}: тақырып {rows} жолында; бағандар: {columns}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="400" />
      <source>{where}: {n} blank rows skipped.</source>
      <translation>{where}: өткізіп жіберілген бос жолдар: {n}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="425" />
      <source>{where}: {n} rows are in another text encoding than the rest of the file; they were read as such and flagged {flag}.</source>
      <translation>{where}: {n} жол файлдың қалған бөлігінен басқа кодтауда; олар сол кодтаумен оқылып, {flag} деп белгіленді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="477" />
      <source>{where}: dates read month-first (a value like 06/13/2020 was found).</source>
      <translation>{where}: күндер алдымен ай түрінде оқылды (06/13/2020 сияқты мән табылды).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="540" />
      <source>{where}: no column '{column}' for the country.</source>
      <translation>{where}: ел үшін «{column}» бағаны жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="784" />
      <source>{where}: PROJ has no datum shift from {crs} to WGS 84 for this area; positions may be off by about 100 m (flag DATUM_SHIFT_UNAVAILABLE).</source>
      <translation>{where}: PROJ-та бұл аумақ үшін {crs} жүйесінен WGS 84 жүйесіне датум ауысуы жоқ; орындар шамамен 100 м-ге ығысуы мүмкін (DATUM_SHIFT_UNAVAILABLE белгісі).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="813" />
      <source>{where}: {n} rows hold Pulkovo 1942 Gauss–Krüger coordinates; the zone was read from the easting prefix.</source>
      <translation>{where}: Пулково 1942 Гаусс–Крюгер координаталары бар жолдар: {n}; аймақ шығыс координатасының префиксі бойынша анықталды.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="877" />
      <source>{file}: Corridor template with coordinates in {crs}.</source>
      <translation>{file}: координаталары {crs} жүйесіндегі Corridor үлгісі.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="899" />
      <source>Unknown country '{country}': use CHN, MNG, RUS or KAZ.</source>
      <translation>Белгісіз ел «{country}»: CHN, MNG, RUS немесе KAZ пайдаланыңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="909" />
      <source>Unknown coordinate reference system: {crs}</source>
      <translation>Белгісіз координаталар жүйесі: {crs}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="946" />
      <source>{file}{sheet}: {total} rows, {accepted} accepted, {rejected} rejected</source>
      <translation>{file}{sheet}: жолдар: {total}, қабылданды: {accepted}, қабылданбады: {rejected}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="953" />
      <source>No sheet could be imported.</source>
      <translation>Ешбір парақты импорттау мүмкін болмады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="418" />
      <source>Submission timeline</source>
      <translation>Тапсыру кестесі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="418" />
      <source>today</source>
      <translation>бүгін</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="418" />
      <source>As of</source>
      <translation>Күйі бойынша</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="419" />
      <source>received</source>
      <translation>алынды</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="419" />
      <source>late</source>
      <translation>кешікті</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="419" />
      <source>missing</source>
      <translation>жоқ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="419" />
      <source>pending</source>
      <translation>күтілуде</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="420" />
      <source>unscheduled</source>
      <translation>жоспардан тыс</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="421" />
      <source>Period</source>
      <translation>Кезең</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="421" />
      <source>Due date</source>
      <translation>Мерзімі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="422" />
      <source>Submissions</source>
      <translation>Тапсырулар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="422" />
      <source>Last received</source>
      <translation>Соңғы алынғаны</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="422" />
      <source>Days late</source>
      <translation>Кешіккен күндер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="472" />
      <source>The expected submissions table cannot be read: {error}</source>
      <translation>Күтілетін тапсырулар кестесін оқу мүмкін емес: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/taxonomy.py" line="332" />
      <source>Cannot read the checklist file {path}: unknown text encoding.</source>
      <translation>{path} түрлер тізімі файлын оқу мүмкін емес: мәтін кодтауы белгісіз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/taxonomy.py" line="382" />
      <source>The checklist file {path} is empty.</source>
      <translation>{path} түрлер тізімі файлы бос.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/taxonomy.py" line="396" />
      <source>The file {path} is neither a checklist (column scientific_name_accepted) nor a name mapping (two columns: verbatim, scientificName).</source>
      <translation>{path} файлы түрлер тізімі де (scientific_name_accepted бағаны), атауларды сәйкестендіру де (екі баған: verbatim, scientificName) емес.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/taxonomy.py" line="415" />
      <source>Checklist file not found: {path}</source>
      <translation>Түрлер тізімі файлы табылмады: {path}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="200" />
      <source>Unknown language '{language}': use one of {languages}.</source>
      <translation>Белгісіз тіл «{language}»: мыналардың бірін пайдаланыңыз: {languages}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="203" />
      <source>The translations for '{language}' are not installed (resources/i18n/corridor_{language}.qm): run 'make translations'.</source>
      <translation>«{language}» тілінің аудармалары орнатылмаған (resources/i18n/corridor_{language}.qm): «make translations» іске қосыңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="41" />
      <source>Done: its results are on the map.</source>
      <translation>Дайын: нәтижелер картада.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="51" />
      <source>Workflow</source>
      <translation>Жұмыс тәртібі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="54" />
      <source>From partner species sheets to a transboundary action plan, step by step. Every step is also a Processing algorithm (Processing Toolbox ▸ Corridor).</source>
      <translation>Серіктестердің түрлер парақтарынан трансшекаралық іс-қимыл жоспарына дейін, қадам-қадаммен. Әр қадам Processing алгоритмі ретінде де қолжетімді (Processing құралдар тақтасы ▸ Corridor).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="84" />
      <source>Corridor</source>
      <translation>Corridor</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="96" />
      <source>Transboundary biodiversity baseline, gaps and connectivity</source>
      <translation>Биоалуантүрліліктің трансшекаралық бастапқы деректері, олқылықтар және байланыстылық</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="121" />
      <source>Version {version} · database: {database} · {count} results</source>
      <translation>Нұсқа {version} · дерекқор: {database} · нәтижелер: {count}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="122" />
      <source>none</source>
      <translation>жоқ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="26" />
      <source>Connectivity nodes (dPC)</source>
      <translation>Байланыстылық түйіндері (dPC)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="27" />
      <source>Connectivity links</source>
      <translation>Байланыстар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="29" />
      <source>Protected areas with records</source>
      <translation>Жазбалары бар қорғалатын аумақтар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="31" />
      <source>Gap grid</source>
      <translation>Олқылықтар торы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="32" />
      <source>Corridor zones (cost above the least cost)</source>
      <translation>Дәліз аймақтары (ең аз құннан артық құн)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="36" />
      <source>Corridor results</source>
      <translation>Corridor нәтижелері</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="108" />
      <source>Country borders</source>
      <translation>Мемлекеттік шекаралар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="51" />
      <source>or a drawn study area</source>
      <translation>немесе сызылған зерттеу аумағы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="62" />
      <source>km</source>
      <translation>км</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="63" />
      <source>Range cell size</source>
      <translation>Ареал ұяшығының өлшемі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="68" />
      <source>Gap grid cell size</source>
      <translation>Олқылықтар торының ұяшық өлшемі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="78" />
      <source>Custom distances</source>
      <translation>Өз қашықтықтарыңыз</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="81" />
      <source>{group} ({count} species with a published distance)</source>
      <translation>{group} (жарияланған қашықтығы бар түрлер: {count})</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="84" />
      <source>Dispersal preset</source>
      <translation>Таралудың алдын ала баптауы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="86" />
      <source>Median dispersal distances d50 in km, comma-separated.</source>
      <translation>Таралудың медиандық қашықтықтары d50, км, үтір арқылы.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="88" />
      <source>d50: the distance at which half of the animals that leave an area reach another; from the species' published dispersal distances.</source>
      <translation>d50: аумақтан шыққан жануарлардың жартысы басқа аумаққа жететін қашықтық; түрлердің жарияланған таралу қашықтықтарынан.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="94" />
      <source>Probability at d50</source>
      <translation>d50 кезіндегі ықтималдық</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="99" />
      <source>Transboundary buffer</source>
      <translation>Трансшекаралық буфер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="101" />
      <source>Lines</source>
      <translation>Сызықтар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="102" />
      <source>Barriers (fences, railways)</source>
      <translation>Кедергілер (қоршаулар, темір жолдар)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="107" />
      <source>Barrier permeability</source>
      <translation>Кедергілердің өткізгіштігі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="108" />
      <source>Permeability: the share of animals that still cross a barrier (0 = none, 1 = the barrier does not matter).</source>
      <translation>Өткізгіштік: кедергіден бәрібір өтетін жануарлар үлесі (0 = ешкім, 1 = кедергі әсер етпейді).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="110" />
      <source>ProtConn: the share of a country that is protected and connected; dPC: how much connectivity would be lost without an area.</source>
      <translation>ProtConn: елдің қорғалатын және байланысқан үлесі; dPC: аумақсыз байланыстың қаншасы жоғалады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="124" />
      <source>Rasters</source>
      <translation>Растрлар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="125" />
      <source>Resistance raster</source>
      <translation>Кедергі растры</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="126" />
      <source>Resistance: the cost for an animal to cross each cell (1 = easy); a demonstration raster gives demonstration corridors.</source>
      <translation>Кедергі: жануардың әр ұяшықтан өту құны (1 = оңай); демонстрациялық растр демонстрациялық дәліздер береді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="135" />
      <source>Corridor width (cost units above the least cost)</source>
      <translation>Дәліз ені (ең аз құннан артық құн бірліктері)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="141" />
      <source>Largest width (cost units, 0 = no cap)</source>
      <translation>Ең үлкен ені (құн бірліктері, 0 = шектеусіз)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="142" />
      <source>Corridor width: how much more than the cheapest path a route may cost and still belong to the corridor, in the resistance raster's cost units.</source>
      <translation>Дәліз ені: бағыт ең арзан жолдан қаншалықты қымбат бола тұра дәлізге жататыны, кедергі растрының құн бірліктерімен.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="144" />
      <source>Transboundary links only</source>
      <translation>Тек трансшекаралық байланыстар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="147" />
      <source>Pinch points (circuit theory)</source>
      <translation>Тар жерлер (электр тізбегі теориясы)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="164" />
      <source>Run analyses</source>
      <translation>Талдауды іске қосу</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="216" />
      <source>Analyses finished.</source>
      <translation>Талдау аяқталды.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="239" />
      <source>Gap analysis skipped: import sheets and prepare protected areas first.</source>
      <translation>Олқылықтарды талдау өткізіп жіберілді: алдымен парақтарды импорттап, қорғалатын аумақтарды дайындаңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="252" />
      <source>Gap analysis done.</source>
      <translation>Олқылықтарды талдау орындалды.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="260" />
      <source>Connectivity skipped: prepare protected areas first.</source>
      <translation>Байланыстылық өткізіп жіберілді: алдымен қорғалатын аумақтарды дайындаңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="280" />
      <source>Connectivity done.</source>
      <translation>Байланыстылық есептелді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="289" />
      <source>Corridors skipped: they need protected areas and a resistance raster.</source>
      <translation>Дәліздер өткізіп жіберілді: оларға қорғалатын аумақтар мен кедергі растры қажет.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="307" />
      <source>Corridors done.</source>
      <translation>Дәліздер салынды.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="323" />
      <source>large mammal</source>
      <translation>ірі сүтқоректілер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="323" />
      <source>small mammal</source>
      <translation>ұсақ сүтқоректілер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="323" />
      <source>bird</source>
      <translation>құстар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="324" />
      <source>fish</source>
      <translation>балықтар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="324" />
      <source>reptile</source>
      <translation>бауырымен жорғалаушылар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="324" />
      <source>amphibian</source>
      <translation>қосмекенділер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="325" />
      <source>invertebrate</source>
      <translation>омыртқасыздар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="325" />
      <source>plant</source>
      <translation>өсімдіктер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="226" />
      <source>All tools of this step (Processing)</source>
      <translation>Осы қадамның барлық құралдары (Processing)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="235" />
      <source>No Corridor algorithm is available for this step yet.</source>
      <translation>Бұл қадам үшін әзірге Corridor алгоритмі жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="241" />
      <source>Open…</source>
      <translation>Ашу…</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="311" />
      <source>{alg_id} is not installed in this version of Corridor.</source>
      <translation>{alg_id} Corridor-дың бұл нұсқасында орнатылмаған.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="320" />
      <source>Failed: {message}</source>
      <translation>Сәтсіз: {message}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="326" />
      <source>Done: {name}</source>
      <translation>Дайын: {name}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="332" />
      <source>Cancelled.</source>
      <translation>Тоқтатылды.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="362" />
      <source>Next: {step} ▸</source>
      <translation>Келесі: {step} ▸</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="32" />
      <source>Layer in the project</source>
      <translation>Жобадағы қабат</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="36" />
      <source>or WDPA files</source>
      <translation>немесе WDPA файлдары</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="41" />
      <source>Clip to region</source>
      <translation>Өңір бойынша қию</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="48" />
      <source>National layer: fields</source>
      <translation>Ұлттық қабат: өрістер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="53" />
      <source>Name</source>
      <translation>Атауы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="53" />
      <source>Country (ISO3)</source>
      <translation>Ел (ISO3)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="54" />
      <source>Designation</source>
      <translation>Мәртебе түрі (designation)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="54" />
      <source>IUCN category</source>
      <translation>IUCN санаты</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="55" />
      <source>Status year</source>
      <translation>Мәртебе берілген жыл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="69" />
      <source>Cleaning</source>
      <translation>Тазалау</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="87" />
      <source>Prepare areas</source>
      <translation>Аумақтарды дайындау</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="90" />
      <source>Overlay records</source>
      <translation>Жазбаларды қабаттастыру</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="96" />
      <source>What each cleaning step removed</source>
      <translation>Тазалаудың әр қадамы нені алып тастады</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="122" />
      <source>Pick a protected-area layer or WDPA files first.</source>
      <translation>Алдымен қорғалатын аумақтар қабатын немесе WDPA файлдарын таңдаңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="146" />
      <source>Import sheets (step 1) and prepare protected areas first.</source>
      <translation>Алдымен парақтарды импорттаңыз (1-қадам) және қорғалатын аумақтарды дайындаңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="167" />
      <source>Step</source>
      <translation>Қадам</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="167" />
      <source>Sites</source>
      <translation>Нысандар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="179" />
      <source>{count} clean protected areas.</source>
      <translation>Тазаланған қорғалатын аумақтар: {count}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="181" />
      <source>No site was removed or changed.</source>
      <translation>Ешбір нысан алынып тасталмады немесе өзгертілмеді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="183" />
      <source>Overlay done: {count} areas with per-area figures.</source>
      <translation>Қабаттастыру орындалды: көрсеткіштері бар аумақтар: {count}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="184" />
      <source>Not prepared yet.</source>
      <translation>Әлі дайындалмаған.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="191" />
      <source>reading</source>
      <translation>оқу</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="191" />
      <source>duplicate sites</source>
      <translation>қайталанатын нысандар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="191" />
      <source>status (not designated)</source>
      <translation>мәртебе (белгіленбеген)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="192" />
      <source>UNESCO-MAB biosphere reserves</source>
      <translation>ЮНЕСКО-МАБ биосфералық резерваттары</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="192" />
      <source>OECMs (not protected areas)</source>
      <translation>OECM (қорғалатын аумақ емес)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="193" />
      <source>marine sites</source>
      <translation>теңіз нысандары</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="193" />
      <source>status year</source>
      <translation>мәртебе жылы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="193" />
      <source>point-only sites</source>
      <translation>тек нүктелі нысандар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="194" />
      <source>antimeridian</source>
      <translation>антимеридиан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="194" />
      <source>geometry repair</source>
      <translation>геометрияны түзету</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="194" />
      <source>study region</source>
      <translation>зерттеу аймағы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="195" />
      <source>overlapping areas</source>
      <translation>қабаттасатын аумақтар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="195" />
      <source>outline outside its country</source>
      <translation>контуры өз елінен тыс</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="200" />
      <source>removed</source>
      <translation>жойылды</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="200" />
      <source>changed</source>
      <translation>өзгертілді</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="200" />
      <source>merged</source>
      <translation>біріктірілді</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="200" />
      <source>flagged</source>
      <translation>белгіленді</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.py" line="80" />
      <source>Report written: {path}</source>
      <translation>Есеп жазылды: {path}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.py" line="90" />
      <source>No program opened the report. It is here: {path}</source>
      <translation>Есепті ешбір бағдарлама ашпады. Ол мұнда: {path}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.py" line="99" />
      <source>Gap analysis: species</source>
      <translation>Олқылықтарды талдау: түрлер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.py" line="100" />
      <source>Connectivity by country</source>
      <translation>Елдер бойынша байланыс</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="21" />
      <source>records</source>
      <translation>жазба</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="21" />
      <source>species</source>
      <translation>түр</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="22" />
      <source>gap species</source>
      <translation>олқылық түр</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="22" />
      <source>protected areas</source>
      <translation>қорғалатын аумақ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="29" />
      <source>Gap status by IUCN category</source>
      <translation>IUCN санаттары бойынша олқылық мәртебесі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="30" />
      <source>ProtConn by country (% of the country)</source>
      <translation>Елдер бойынша ProtConn (ел аумағының %)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="31" />
      <source>Most important areas (dPC)</source>
      <translation>Ең маңызды аумақтар (dPC)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="35" />
      <source>Refresh</source>
      <translation>Жаңарту</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="37" />
      <source>Add styled layers to the map</source>
      <translation>Қабаттарды картаға қосу</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="62" />
      <source>ProtConn {region}</source>
      <translation>ProtConn {region}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="64" />
      <source>ProtConn {region} (d50 {km:g} km)</source>
      <translation>ProtConn {region} (d50 {km:g} км)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="66" />
      <source>transboundary share {share:.0f}% · Prot {prot:.1f}%</source>
      <translation>трансшекаралық үлес {share:.0f}% · Prot {prot:.1f}%</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="78" />
      <source>within</source>
      <translation>ішінде</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="80" />
      <source>through foreign areas</source>
      <translation>шетелдік аумақтар арқылы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="88" />
      <source>{count} layers added to the map.</source>
      <translation>Картаға қосылған қабаттар: {count}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="48" />
      <source>from the coordinates</source>
      <translation>координаттар бойынша</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="68" />
      <source>Partner sheets</source>
      <translation>Серіктес парақтары</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="70" />
      <source>Drop sheets here or add them; set the partner and country of each file.</source>
      <translation>Парақтарды осында сүйреп әкеліңіз немесе қосыңыз; әр файлдың серіктесі мен елін көрсетіңіз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="76" />
      <source>Result</source>
      <translation>Нәтиже</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="77" />
      <source>Columns</source>
      <translation>Бағандар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="79" />
      <source>Only for sheets whose headers were not recognised: the column of each role, e.g. species=B; date=Дата; lat=Ш; lon=Д</source>
      <translation>Тақырыптары танылмаған парақтар үшін ғана: әр рөлдің бағаны, мысалы species=B; date=Дата; lat=Ш; lon=Д</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="85" />
      <source>Partner or institution (institutionCode of the records): double-click to type it</source>
      <translation>Серіктес немесе мекеме (жазбалардың institutionCode мәні): енгізу үшін екі рет шертіңіз</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="93" />
      <source>Add files…</source>
      <translation>Файлдар қосу…</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="95" />
      <source>Remove</source>
      <translation>Жою</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="97" />
      <source>Import sheets</source>
      <translation>Парақтарды импорттау</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="109" />
      <source>Baseline database</source>
      <translation>Бастапқы деректер базасы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="111" />
      <source>GeoPackage</source>
      <translation>GeoPackage</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="112" />
      <source>PostGIS</source>
      <translation>PostGIS</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="120" />
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="124" />
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="127" />
      <source>Connection</source>
      <translation>Қосылым</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="128" />
      <source>Load imported sheets into the baseline database</source>
      <translation>Импортталған парақтарды бастапқы деректер базасына жүктеу</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="132" />
      <source>Your own checklist with the columns of the corridor checklist (optional): used for names, dispersal presets and the report.</source>
      <translation>Дәліздің түрлер тізімінің бағандары бар өз түрлер тізіміңіз (міндетті емес): атаулар, таралу алдын ала баптаулары және есеп үшін пайдаланылады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="134" />
      <source>Extra checklist</source>
      <translation>Қосымша түрлер тізімі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="149" />
      <source>Rejected rows of the selected file</source>
      <translation>Таңдалған файлдың қабылданбаған жолдары</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="157" />
      <source>Unknown names: pick the right species (or type it) and save; the next import uses your choices.</source>
      <translation>Белгісіз атаулар: дұрыс түрді таңдаңыз (немесе енгізіңіз) және сақтаңыз; келесі импорт сіздің таңдауыңызды пайдаланады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="166" />
      <source>Save names</source>
      <translation>Атауларды сақтау</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="168" />
      <source>Save and re-import</source>
      <translation>Сақтау және қайта импорттау</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="183" />
      <source>Selected sheet</source>
      <translation>Таңдалған кесте</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="190" />
      <source>Coordinate system of the sheet's coordinates: WGS 84 (EPSG:4326), CGCS2000 (EPSG:4490) or Pulkovo 1942 Gauss–Krüger (EPSG:28415–28420).</source>
      <translation>Кесте координаттарының жүйесі: WGS 84 (EPSG:4326), CGCS2000 (EPSG:4490) немесе Пулково 1942 Гаусс–Крюгер (EPSG:28415–28420).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="192" />
      <source>Coordinates</source>
      <translation>Координаттар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="196" />
      <source>Points or polygons with a name field: rows that give only a site name are placed at that site.</source>
      <translation>Атау өрісі бар нүктелер немесе көпбұрыштар: тек орын атауы бар жолдар сол орынға қойылады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="198" />
      <source>Site list</source>
      <translation>Орындар тізімі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="232" />
      <source>Submissions by partner</source>
      <translation>Серіктестер бойынша тапсырулар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="237" />
      <source>Expected submissions (partner, country, period, due_date); empty: the table of the baseline database</source>
      <translation>Күтілетін тапсырулар (partner, country, period, due_date); бос болса — бастапқы деректер базасының кестесі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="239" />
      <source>Expected</source>
      <translation>Күтілетін</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="244" />
      <source>Check submissions</source>
      <translation>Тапсыруларды тексеру</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="248" />
      <source>Periods per partner</source>
      <translation>Серіктестер бойынша кезеңдер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="249" />
      <source>Check the submissions of the baseline database</source>
      <translation>Бастапқы деректер базасындағы тапсыруларды тексеру</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="262" />
      <source>Choose the baseline database first.</source>
      <translation>Алдымен бастапқы деректер базасын таңдаңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="344" />
      <source>{accepted} ✔ · {rejected} ✖</source>
      <translation>{accepted} ✔ · {rejected} ✖</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="353" />
      <source>Double-click to choose the partner's country</source>
      <translation>Серіктестің елін таңдау үшін екі рет шертіңіз</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="391" />
      <source>Add partner sheets first.</source>
      <translation>Алдымен серіктес парақтарын қосыңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="431" />
      <source>Import {file}</source>
      <translation>{file} импорттау</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="465" />
      <source>Merge the imported occurrences</source>
      <translation>Импортталған кездесулерді біріктіру</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="480" />
      <source>Row</source>
      <translation>Жол</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="480" />
      <source>Problem</source>
      <translation>Мәселе</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="480" />
      <source>Name as written</source>
      <translation>Жазылған атау</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="480" />
      <source>Resolve as</source>
      <translation>Мынаған сәйкестендіру</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="505" />
      <source>accepted name</source>
      <translation>қабылданған атау</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="506" />
      <source>Ranked suggestions first, then every name of the checklist. A name that is not in the checklist is only added after you confirm it.</source>
      <translation>Алдымен реттелген ұсыныстар, содан кейін тізімнің барлық атаулары. Тізімде жоқ атау тек сіз растағаннан кейін қосылады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="549" />
      <source>Names not in the checklist</source>
      <translation>Тізімде жоқ атаулар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="550" />
      <source>These names are not in the checklist and would be added as new taxa:

{names}

Add them? (No: keep those rows rejected.)</source>
      <translation>Бұл атаулар тізімде жоқ, олар жаңа таксондар ретінде қосылады:

{names}

Қосу керек пе? (Жоқ: бұл жолдар қабылданбаған күйінде қалады.)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="558" />
      <source>Pick a name for at least one rejected row first.</source>
      <translation>Алдымен кем дегенде бір қабылданбаған жол үшін атау таңдаңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="565" />
      <source>Nothing saved: no name was confirmed.</source>
      <translation>Ештеңе сақталмады: бірде-бір атау расталмады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="569" />
      <source>{count} names saved to your mapping.</source>
      <translation>Сәйкестендіруіңізге сақталған атаулар: {count}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="579" />
      <source>Your name mapping: {count} names ({file})</source>
      <translation>Атауларды сәйкестендіруіңіз: {count} атау ({file})</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="588" />
      <source>not imported</source>
      <translation>импортталмаған</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="588" />
      <source>importing…</source>
      <translation>импорттау…</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="588" />
      <source>imported</source>
      <translation>импортталды</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="589" />
      <source>imported, check rejected rows</source>
      <translation>импортталды, қабылданбаған жолдарды тексеріңіз</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="592" />
      <source>failed: {message}</source>
      <translation>сәтсіз: {message}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="20" />
      <source>Partners and sheets</source>
      <translation>Серіктестер мен парақтар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="21" />
      <source>Import partner species sheets, check rejected rows, load the baseline database.</source>
      <translation>Серіктестердің түрлер парақтарын импорттау, қабылданбаған жолдарды тексеру, бастапқы деректер базасын жүктеу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="24" />
      <source>Load WDPA or national layers, clean them, overlay the occurrences.</source>
      <translation>WDPA немесе ұлттық қабаттарды жүктеу, оларды тазалау, кездесулерді қабаттастыру.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="26" />
      <source>Analyses</source>
      <translation>Талдау</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="27" />
      <source>Gap analysis, range metrics, transboundary connectivity and corridors.</source>
      <translation>Олқылықтарды талдау, ареал көрсеткіштері, трансшекаралық байланыстылық және дәліздер.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="30" />
      <source>Results</source>
      <translation>Нәтижелер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="31" />
      <source>Headline figures, charts and the styled result layers.</source>
      <translation>Негізгі көрсеткіштер, диаграммалар және стильделген нәтиже қабаттары.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="33" />
      <source>Report</source>
      <translation>Есеп</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="34" />
      <source>Write the transboundary action-plan report (HTML and PDF).</source>
      <translation>Трансшекаралық іс-қимыл жоспары бойынша есеп жазу (HTML және PDF).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/submission_timeline.py" line="21" />
      <source>No baseline database chosen.</source>
      <translation>Бастапқы деректер базасы таңдалмаған.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/submission_timeline.py" line="35" />
      <source>No expected or received submissions yet.</source>
      <translation>Күтілетін немесе алынған тапсырулар әлі жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/submission_timeline.py" line="59" />
      <source>The submission timeline cannot be shown: {error}</source>
      <translation>Тапсыру кестесін көрсету мүмкін емес: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="108" />
      <source>The tool {alg_id} is not installed. Update the Corridor plugin.</source>
      <translation>{alg_id} құралы орнатылмаған. Corridor плагинін жаңартыңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="122" />
      <source>'{name}' stopped because of an unexpected error ({error}).</source>
      <translation>«{name}» күтпеген қатеге байланысты тоқтады ({error}).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="131" />
      <source>'{name}' did not finish.</source>
      <translation>«{name}» аяқталмады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="150" />
      <source>{name} finished in {seconds:.1f} s.</source>
      <translation>{name} {seconds:.1f} с ішінде аяқталды.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="156" />
      <source>{name} was cancelled.</source>
      <translation>{name} тоқтатылды.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="161" />
      <source>'{name}' failed.</source>
      <translation>«{name}» сәтсіз аяқталды.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="166" />
      <source>{message} (details in the log, tab Corridor)</source>
      <translation>{message} (толығырақ журналда, Corridor қойындысы)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/widgets.py" line="74" />
      <source>Not computed yet</source>
      <translation>Әлі есептелмеген</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/widgets.py" line="186" />
      <source>Cancel</source>
      <translation>Болдырмау</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/widgets.py" line="247" />
      <source>Choose a file</source>
      <translation>Файлды таңдау</translation>
    </message>
    <message>
      <location filename="corridor_plugin/plugin.py" line="43" />
      <source>Corridor panel</source>
      <translation>Corridor панелі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/plugin.py" line="46" />
      <source>Show or hide the Corridor workflow panel</source>
      <translation>Corridor жұмыс тәртібі панелін көрсету немесе жасыру</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/_gap_common.py" line="44" />
      <source>absence records (occurrenceStatus = absent)</source>
      <translation>жоқ екенін көрсететін жазбалар (occurrenceStatus = absent)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/_gap_common.py" line="45" />
      <source>no scientificName</source>
      <translation>scientificName жоқ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/_gap_common.py" line="46" />
      <source>missing or invalid coordinates</source>
      <translation>координаталар жоқ немесе жарамсыз</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/_gap_common.py" line="67" />
      <source>The occurrence layer could not be read.</source>
      <translation>Кездесулер қабатын оқу мүмкін болмады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="62" />
      <source>1 · Partner sheets</source>
      <translation>1 · Серіктес парақтары</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="63" />
      <source>2 · Baseline database</source>
      <translation>2 · Бастапқы деректер базасы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="64" />
      <source>3 · Protected areas</source>
      <translation>3 · Қорғалатын аумақтар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="65" />
      <source>4 · Gap analysis</source>
      <translation>4 · Олқылықтарды талдау</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="66" />
      <source>5 · Connectivity and corridors</source>
      <translation>5 · Байланыстылық және дәліздер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="67" />
      <source>6 · Reports</source>
      <translation>6 · Есептер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="68" />
      <source>Tools</source>
      <translation>Құралдар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="148" />
      <source>Could not create the output layer {name}.</source>
      <translation>{name} шығыс қабатын құру мүмкін болмады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="27" />
      <source>Baseline summary</source>
      <translation>Бастапқы деректер жиынтығы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="30" />
      <source>Summarises the baseline database per partner, country, taxon group and year: number of records, number of species (accepted names of records that are not absences), first and last date, and the share of records with coordinates. Writes a table and an HTML page with a chart of records per year and partner.

DATABASE: GeoPackage file or saved PostgreSQL connection.</source>
      <translation>Бастапқы деректер базасын серіктес, ел, таксондық топ және жыл бойынша қорытындылайды: жазбалар саны, түрлер саны (жоқ екенін көрсетпейтін жазбалардың қабылданған атаулары), алғашқы және соңғы күн, координаталары бар жазбалардың үлесі. Кестені және жылдар мен серіктестер бойынша жазбалар диаграммасы бар HTML бетін жазады.

DATABASE: GeoPackage файлы немесе сақталған PostgreSQL қосылымы.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="38" />
      <source>Baseline database (GeoPackage file or saved PostgreSQL connection)</source>
      <translation>Бастапқы деректер базасы (GeoPackage файлы немесе сақталған PostgreSQL қосылымы)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="42" />
      <source>Summary page</source>
      <translation>Жиынтық беті</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="42" />
      <source>HTML files (*.html)</source>
      <translation>HTML файлдары (*.html)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="45" />
      <source>The baseline summary</source>
      <translation>Бастапқы деректер жиынтығы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="68" />
      <source>Could not create the output table.</source>
      <translation>Шығыс кестесін құру мүмкін болмады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="86" />
      <source>Transboundary connectivity (ProtConn, PC, dPC)</source>
      <translation>Трансшекаралық байланыстылық (ProtConn, PC, dPC)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="90" />
      <source>Connectivity of protected areas per region and dispersal distance, with the Probability of Connectivity (Saura &amp; Pascual-Hortal 2007) and ProtConn (Saura et al. 2017, 2018); results match the Makurhini R package on its example data.</source>
      <translation>Қорғалатын аумақтардың өңірлер мен таралу қашықтықтары бойынша байланыстылығы, байланыстылық ықтималдығымен (Probability of Connectivity, Saura &amp; Pascual-Hortal 2007) және ProtConn көрсеткішімен (Saura et al. 2017, 2018); нәтижелер Makurhini R пакетінің мысал деректеріндегі нәтижелерімен сәйкес келеді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="93" />
      <source>Areas inside each region are clipped, dissolved and split into parts (nodes weighted by their area in ha). Areas outside the region but within the transboundary buffer are stepping stones with weight 0: ProtConn[Trans] is the connectivity that exists only through them.</source>
      <translation>Әр өңірдің ішіндегі аумақтар қиылады, біріктіріледі және бөліктерге бөлінеді (түйіндер гектармен берілген ауданы бойынша өлшенеді). Өңірден тыс, бірақ трансшекаралық буфер ішіндегі аумақтар салмағы 0 аралық баспалдақтар (stepping stones) болып табылады: ProtConn[Trans] — тек солар арқылы болатын байланыстылық.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="96" />
      <source>DISTANCES: median dispersal distances d50 in metres, comma-separated; p_ij = exp(-k d_ij) with p = PROBABILITY at d50. DISTANCE_TYPE: edge-to-edge or centroid (centroid of the largest part, point on surface when outside). MIN_PROBABILITY: links below it are dropped (0 = keep all above 1e-6). BARRIERS: lines; the probability of a link crossing one is multiplied by PERMEABILITY (0 = impassable). CHECKLIST: a species table whose dispersal distances (km) are added as further d50 values, named in the summary's species field.</source>
      <translation>DISTANCES: таралудың медиандық қашықтықтары d50, метрмен, үтір арқылы; p_ij = exp(-k d_ij), мұндағы d50 кезінде p = PROBABILITY. DISTANCE_TYPE: шетінен шетіне дейін немесе центроид бойынша (ең үлкен бөліктің центроиды; центроид сыртта болса — беттегі нүкте). MIN_PROBABILITY: одан төмен байланыстар алынып тасталады (0 = 1e-6-дан жоғарылардың бәрін сақтау). BARRIERS: сызықтар; кедергіні қиып өтетін байланыстың ықтималдығы PERMEABILITY мәніне көбейтіледі (0 = өтпейтін). CHECKLIST: таралу қашықтықтары (км) қосымша d50 мәндері ретінде қосылатын түрлер кестесі; түр жиынтықтың species өрісінде көрсетіледі.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="102" />
      <source>Outputs: summary (one row per region and d50), nodes with dPC and its intra/flux/connector parts and rank, links (from_id/to_id are the pa_id of the areas, else their feature id), and transboundary clusters (components spanning more than one country). A geographic input CRS is projected to an equal-area CRS centred on the data; outputs are in that CRS.</source>
      <translation>Нәтижелер: жиынтық (әр өңір мен d50 үшін бір жол), dPC және оның intra/flux/connector бөліктері мен рангі бар түйіндер, байланыстар (from_id/to_id — аумақтардың pa_id мәні, әйтпесе нысан идентификаторы) және трансшекаралық кластерлер (бірнеше елді қамтитын компоненттер). Географиялық координаталар жүйесіндегі кіріс деректер орталығы деректер аумағында болатын тең аумақты проекцияға көшіріледі; нәтижелер сол жүйеде беріледі.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="106" />
      <source>A node of touching or overlapping areas keeps them all: name lists every name, member_ids every id (pa_id is the one with the largest share), country the set of their ISO3 codes. A link is transboundary when the two nodes' country sets differ. Pieces of one area (split by the region border) are contiguous in the graph but not written as links. Areas are counted in the region where they lie (clipped).</source>
      <translation>Жанасатын немесе қабаттасатын аумақтардан тұратын түйін олардың бәрін сақтайды: name барлық атауларды, member_ids барлық идентификаторларды (pa_id — үлесі ең үлкені), country олардың ISO3 кодтарының жиынын береді. Екі түйіннің ел жиындары әртүрлі болса, байланыс трансшекаралық болады. Бір аумақтың (аймақ шекарасымен бөлінген) бөліктері графта іргелес, бірақ байланыс ретінде шығарылмайды. Аумақтар өздері орналасқан аймақта есептеледі (кесіледі).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="117" />
      <source>Regions (countries, ecoregions, study area)</source>
      <translation>Өңірлер (елдер, экоөңірлер, зерттеу аумағы)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="120" />
      <source>Region id field</source>
      <translation>Өңір идентификаторының өрісі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="122" />
      <source>Country field of the protected areas</source>
      <translation>Қорғалатын аумақтардың ел өрісі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="125" />
      <source>Median dispersal distances d50 (m, comma-separated)</source>
      <translation>Таралудың медиандық қашықтықтары d50 (м, үтір арқылы)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="127" />
      <source>Link probability at d50</source>
      <translation>d50 кезіндегі байланыс ықтималдығы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="130" />
      <source>Distance between areas</source>
      <translation>Аумақтар арасындағы қашықтық</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="131" />
      <source>Edge to edge</source>
      <translation>Шетінен шетіне дейін</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="131" />
      <source>Centroid</source>
      <translation>Центроид бойынша</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="133" />
      <source>Minimum link probability (0 = none)</source>
      <translation>Байланыстың ең аз ықтималдығы (0 = шектеусіз)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="136" />
      <source>Transboundary buffer (m, 0 = none)</source>
      <translation>Трансшекаралық буфер (м, 0 = жоқ)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="139" />
      <source>Transboundary buffer around</source>
      <translation>Трансшекаралық буфер салынатын нысан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="140" />
      <source>The region's protected areas (nodes)</source>
      <translation>Өңірдің қорғалатын аумақтары (түйіндер)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="140" />
      <source>The region</source>
      <translation>Өңір</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="142" />
      <source>Barriers (fences, fenced railways, highways)</source>
      <translation>Кедергілер (қоршаулар, қоршалған темір жолдар, автомагистральдар)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="145" />
      <source>Barrier permeability (multiplies p of crossing links)</source>
      <translation>Кедергілердің өткізгіштігі (қиып өтетін байланыстардың p мәніне көбейтіледі)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="148" />
      <source>Clip areas to the region (off: whole patches, region gives only its area)</source>
      <translation>Аумақтарды өңір бойынша қию (өшірулі: тұтас учаскелер, өңір тек өз ауданын береді)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="151" />
      <source>Compute node importance (dPC)</source>
      <translation>Түйіндердің маңыздылығын есептеу (dPC)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="153" />
      <source>Species checklist (adds one d50 per published dispersal distance)</source>
      <translation>Түрлер тізімі (жарияланған әр таралу қашықтығы үшін бір d50 қосады)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="156" />
      <source>Species name field</source>
      <translation>Түр атауы өрісі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="159" />
      <source>Dispersal distance field (km, taken as d50)</source>
      <translation>Таралу қашықтығы өрісі (км, d50 ретінде алынады)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="162" />
      <source>Connectivity summary</source>
      <translation>Байланыстылық жиынтығы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="164" />
      <source>Connectivity nodes</source>
      <translation>Байланыстылық түйіндері</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="169" />
      <source>Transboundary clusters</source>
      <translation>Трансшекаралық кластерлер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="182" />
      <source>The checklist has no field {field}.</source>
      <translation>Түрлер тізімінде {field} өрісі жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="201" />
      <source>DISTANCES must be positive numbers in metres separated by commas, e.g. 10000,30000.</source>
      <translation>DISTANCES үтір арқылы бөлінген метрдегі оң сандар болуы керек, мысалы 10000,30000.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="222" />
      <source>The protected areas layer could not be read.</source>
      <translation>Қорғалатын аумақтар қабатын оқу мүмкін болмады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="224" />
      <source>The regions layer could not be read.</source>
      <translation>Өңірлер қабатын оқу мүмкін болмады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="237" />
      <source>The protected areas are in a geographic CRS: working in {crs}.</source>
      <translation>Қорғалатын аумақтар географиялық координаталар жүйесінде: есептеу {crs} жүйесінде жүргізіледі.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="244" />
      <source>Country field {field} not found: links and clusters carry no country.</source>
      <translation>{field} ел өрісі табылмады: байланыстар мен кластерлерде ел көрсетілмейді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="247" />
      <source>Reading protected areas</source>
      <translation>Қорғалатын аумақтарды оқу</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="251" />
      <source>{n} protected areas have no usable polygon and were left out (feature ids: {ids}).</source>
      <translation>Жарамды полигоны жоқ, есептен шығарылған қорғалатын аумақтар: {n} (нысан идентификаторлары: {ids}).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="272" />
      <source>The regions layer has no feature.</source>
      <translation>Өңірлер қабатында нысан жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="280" />
      <source>Region {id} has no usable polygon: skipped.</source>
      <translation>{id} өңірінде жарамды полигон жоқ: өткізіп жіберілді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="282" />
      <source>Region {id} ({n} of {total})</source>
      <translation>Өңір {id} ({n} / {total})</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="288" />
      <source>Region {id}: node importance (dPC) for a component of {nodes} nodes needs about {needed:.1f} GB of memory or temporary disk space, and {available:.1f} GB are free. Raise MIN_PROBABILITY, lower the dispersal distance or turn NODE_IMPORTANCE off.</source>
      <translation>{id} аймағы: {nodes} түйіннен тұратын компонент үшін түйін маңыздылығын (dPC) есептеуге шамамен {needed:.1f} ГБ жад немесе уақытша файлдарға диск орны қажет, ал бос орын {available:.1f} ГБ. MIN_PROBABILITY мәнін арттырыңыз, таралу қашықтығын азайтыңыз немесе NODE_IMPORTANCE өшіріңіз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="295" />
      <source>Region {id} holds no protected area: its indices are 0.</source>
      <translation>{id} өңірінде қорғалатын аумақ жоқ: оның индекстері 0-ге тең.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="313" />
      <source>Could not create the output layer.</source>
      <translation>Шығыс қабатын құру мүмкін болмады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="93" />
      <source>Corridors between protected areas</source>
      <translation>Қорғалатын аумақтар арасындағы дәліздер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="97" />
      <source>Least-cost paths, normalised corridors and (optionally) pinch points between pairs of protected areas over a resistance raster, as Linkage Mapper and Circuitscape compute them.</source>
      <translation>Кедергі растры бойынша қорғалатын аумақтар жұптары арасындағы ең аз шығынды жолдар, нормаланған дәліздер және (қажет болса) тар жерлер (pinch points) — Linkage Mapper мен Circuitscape есептейтіндей.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="100" />
      <source>Pairs: the links of 'Connectivity' (LINKS: from_id, to_id, probability, transboundary) kept above MIN_PROBABILITY (and only transboundary ones with TRANSBOUNDARY_ONLY); or pairs typed in PAIRS as '1-2; 3-4'; otherwise every pair of areas closer than MAX_LENGTH.</source>
      <translation>Жұптар: «Байланыстылық» құралының байланыстары (LINKS: from_id, to_id, probability, transboundary), ықтималдығы MIN_PROBABILITY-ден жоғары (TRANSBOUNDARY_ONLY кезінде тек трансшекаралықтары); немесе PAIRS ішінде '1-2; 3-4' түрінде енгізілген жұптар; әйтпесе бір-бірінен MAX_LENGTH-тен жақын орналасқан барлық аумақ жұптары.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="103" />
      <source>Resistance: RESISTANCE, or LANDCOVER with RESISTANCE_TABLE (class and resistance fields; classes missing from the table are impassable). Cells with no data or resistance ≤ 0 are impassable. BARRIERS (lines) are burnt into every cell they touch with their 'resistance' field or BARRIER_RESISTANCE (≤ 0: impassable). CELL_SIZE resamples the raster (0: native).</source>
      <translation>Кедергі: RESISTANCE немесе RESISTANCE_TABLE бар LANDCOVER (класс және кедергі өрістері; кестеде жоқ кластар өтпейтін). Деректері жоқ немесе кедергісі ≤ 0 ұяшықтар өтпейтін. BARRIERS (сызықтар) өздері жанасатын барлық ұяшықтарға 'resistance' өрісінің мәнімен немесе BARRIER_RESISTANCE мәнімен (≤ 0: өтпейтін) күйдіріледі. CELL_SIZE растрды қайта дискреттейді (0: бастапқы ажыратымдылық).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="107" />
      <source>Method: cost-weighted distance from each area over the 8-neighbour cell graph (move cost = mean resistance of the two cells × step length, diagonals × √2), least-cost path and distance, normalised corridor CWD_A + CWD_B − LCD cut at WIDTH (cost units or % of the least-cost distance). Each pair is computed inside a window around both areas, widened by WINDOW_MARGIN (% of its larger side) and widened again while the areas cannot be joined inside it or the path runs along its side; the table flags corridors that still reach the window side.</source>
      <translation>Әдіс: 8 көршілі ұяшықтар графы бойынша әр аумақтан шығынмен өлшенген қашықтық (өту шығыны = екі ұяшық кедергісінің орташасы × қадам ұзындығы, диагональдар × √2), ең аз шығынды жол мен қашықтық, WIDTH бойынша қиылған (шығын бірліктерінде немесе ең аз шығынды қашықтықтың %-ында) нормаланған дәліз CWD_A + CWD_B − LCD. Әр жұп екі аумақты қамтитын терезе ішінде есептеледі; терезе WINDOW_MARGIN мәніне (үлкен қабырғасының %-ы) кеңейтіледі және аумақтарды оның ішінде қосу мүмкін болмаса немесе жол оның шетімен өтсе, қайта кеңейтіледі; кестеде терезе шетіне әлі де жететін дәліздер белгіленеді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="113" />
      <source>WIDTH is in cost-distance units by default, as in Linkage Mapper (10,000: 10 km of resistance-1 land); as a percentage one costly barrier on the path would widen the corridor over a huge area, so the cut-off never exceeds MAX_WIDTH cost units (0 = no cap). Pairs whose areas overlap get no corridor (status areas_overlap); links below MIN_PROBABILITY (default 0.01) are not paired. A resistance raster whose GDAL metadata holds CORRIDOR_DEMONSTRATION=yes is a demonstration: demo_raster marks every output row.</source>
      <translation>WIDTH әдепкі бойынша Linkage Mapper-дегідей құн қашықтығы бірліктерімен беріледі (10 000: кедергісі 1 жердің 10 км); пайызбен берілсе, жолдағы бір қымбат кедергі дәлізді орасан зор аумаққа кеңейтер еді, сондықтан кесу мәні ешқашан MAX_WIDTH құн бірлігінен аспайды (0 = шектеусіз). Аумақтары қабаттасатын жұптарға дәліз берілмейді (күйі areas_overlap); MIN_PROBABILITY-ден (әдепкі 0,01) төмен байланыстар жұпталмайды. GDAL метадеректерінде CORRIDOR_DEMONSTRATION=yes бар кедергі растры демонстрациялық: demo_raster әр нәтиже жолын белгілейді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="119" />
      <source>CIRCUIT: effective resistance and current density (1 A from A to B) inside each corridor, solved sparse on the graph Laplacian (Circuitscape's conductances); high current = pinch point.</source>
      <translation>CIRCUIT: әр дәліз ішіндегі тиімді кедергі және ток тығыздығы (A-дан B-ға 1 А), графтың лапласианы бойынша сиретілген жүйе ретінде шешіледі (Circuitscape өткізгіштіктері); жоғары ток = тар жер.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="121" />
      <source>Outputs: least-cost paths (cost distance, path length, edge-to-edge distance, ratios, countries and barriers crossed), corridor polygons, a corridor mosaic (minimum over pairs), per-pair rasters in OUTPUT_PAIR_FOLDER, a pinch-point mosaic (maximum current) and a table of all pairs with their status.</source>
      <translation>Нәтижелер: ең аз шығынды жолдар (шығындық қашықтық, жол ұзындығы, шетінен шетіне дейінгі қашықтық, қатынастар, қиып өтетін елдер мен кедергілер), дәліз полигондары, дәліздер мозаикасы (жұптар бойынша минимум), OUTPUT_PAIR_FOLDER ішіндегі әр жұптың растрлары, тар жерлер мозаикасы (ең үлкен ток) және барлық жұптардың мәртебесі көрсетілген кестесі.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="132" />
      <source>Area id field (empty: feature id)</source>
      <translation>Аумақ идентификаторының өрісі (бос: нысан идентификаторы)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="135" />
      <source>Country field (ISO alpha-3)</source>
      <translation>Ел өрісі (ISO alpha-3)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="138" />
      <source>Links from 'Connectivity' (from_id, to_id, probability, transboundary)</source>
      <translation>«Байланыстылық» байланыстары (from_id, to_id, probability, transboundary)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="141" />
      <source>Minimum link probability</source>
      <translation>Байланыстың ең аз ықтималдығы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="144" />
      <source>Transboundary pairs only</source>
      <translation>Тек трансшекаралық жұптар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="146" />
      <source>Pairs of area ids (e.g. 1-2; 3-4)</source>
      <translation>Аумақ идентификаторларының жұптары (мысалы 1-2; 3-4)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="150" />
      <source>Land-cover raster (instead of a resistance raster)</source>
      <translation>Жер жамылғысы растры (кедергі растрының орнына)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="152" />
      <source>Resistance per land-cover class (table)</source>
      <translation>Жер жамылғысы кластары бойынша кедергі (кесте)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="155" />
      <source>Barrier lines (fences, railways, mines…)</source>
      <translation>Кедергі сызықтары (қоршаулар, темір жолдар, кеніштер…)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="158" />
      <source>Barrier resistance (when the barrier has no 'resistance' field)</source>
      <translation>Кедергі мәні (кедергіде 'resistance' өрісі болмаған кезде)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="161" />
      <source>Cell size (map units, 0 = the raster's own)</source>
      <translation>Ұяшық өлшемі (карта бірліктері, 0 = растрдың өз өлшемі)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="164" />
      <source>Corridor width cut-off</source>
      <translation>Дәліз енінің шегі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="167" />
      <source>Width unit</source>
      <translation>Ен бірлігі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="168" />
      <source>% above the least-cost distance</source>
      <translation>ең аз шығынды қашықтықтан жоғары %</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="168" />
      <source>cost-distance units</source>
      <translation>шығындық қашықтық бірліктері</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="170" />
      <source>Maximum width cut-off (cost-distance units, 0 = no cap)</source>
      <translation>Ені кесудің ең үлкен мәні (құн қашықтығы бірліктері, 0 = шектеусіз)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="174" />
      <source>Maximum corridor length (edge-to-edge, raster map units, 0 = no limit)</source>
      <translation>Дәліздің ең үлкен ұзындығы (шетінен шетіне дейін, растрдың карта бірліктерімен, 0 = шектеусіз)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="177" />
      <source>Window margin around each pair (% of its larger side)</source>
      <translation>Әр жұптың айналасындағы терезе қоры (үлкен қабырғасының %-ы)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="180" />
      <source>Circuit mode: effective resistance and pinch points</source>
      <translation>Электр тізбегі режимі: тиімді кедергі және тар жерлер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="184" />
      <source>Least-cost paths</source>
      <translation>Ең аз шығынды жолдар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="187" />
      <source>Corridor polygons</source>
      <translation>Дәліз полигондары</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="189" />
      <source>Normalised corridors (mosaic)</source>
      <translation>Нормаланған дәліздер (мозаика)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="191" />
      <source>Pinch points (current density)</source>
      <translation>Тар жерлер (ток тығыздығы)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="193" />
      <source>Corridor table</source>
      <translation>Дәліздер кестесі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="196" />
      <source>Folder for one corridor raster per pair</source>
      <translation>Әр жұпқа бір дәліз растрына арналған қалта</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="206" />
      <source>Give either a resistance raster (RESISTANCE) or a land-cover raster with a resistance table (LANDCOVER + RESISTANCE_TABLE), not both or neither.</source>
      <translation>Тек біреуін көрсетіңіз: кедергі растрын (RESISTANCE) немесе кедергі кестесі бар жер жамылғысы растрын (LANDCOVER + RESISTANCE_TABLE).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="213" />
      <source>The raster {name} is in geographic coordinates (degrees): reproject it to a projected CRS in metres (e.g. UTM) so that cell sizes are distances.</source>
      <translation>{name} растры географиялық координаталарда (градуспен): ұяшық өлшемдері қашықтық болуы үшін оны метрлік проекциялық координаталар жүйесіне (мысалы, UTM) қайта проекциялаңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="220" />
      <source>Cannot read the raster {name}: {error}</source>
      <translation>{name} растрын оқу мүмкін емес: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="236" />
      <source>A land-cover raster needs RESISTANCE_TABLE (a class field and a resistance field).</source>
      <translation>Жер жамылғысы растрына RESISTANCE_TABLE (класс өрісі және кедергі өрісі) қажет.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="243" />
      <source>RESISTANCE_TABLE needs a class field and a resistance field.</source>
      <translation>RESISTANCE_TABLE үшін класс өрісі мен кедергі өрісі қажет.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="251" />
      <source>RESISTANCE_TABLE row {row}: class '{code}' or resistance '{value}' is not a number.</source>
      <translation>RESISTANCE_TABLE, {row}-жол: «{code}» класы немесе «{value}» кедергісі сан емес.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="256" />
      <source>RESISTANCE_TABLE is empty.</source>
      <translation>RESISTANCE_TABLE бос.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="264" />
      <source>The protected areas layer (INPUT) cannot be read.</source>
      <translation>Қорғалатын аумақтар қабатын (INPUT) оқу мүмкін емес.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="272" />
      <source>The id field '{field}' is not in the protected areas layer.</source>
      <translation>«{field}» идентификатор өрісі қорғалатын аумақтар қабатында жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="281" />
      <source>Protected area (feature {fid}) has an empty id in '{field}'.</source>
      <translation>Қорғалатын аумақтың (нысан {fid}) «{field}» өрісіндегі идентификаторы бос.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="286" />
      <source>Protected area {id} has no geometry.</source>
      <translation>{id} қорғалатын аумағында геометрия жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="288" />
      <source>The id {id} occurs twice in the field '{field}': ids must be unique.</source>
      <translation>{id} идентификаторы «{field}» өрісінде екі рет кездеседі: идентификаторлар бірегей болуы керек.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="295" />
      <source>At least two protected areas are needed.</source>
      <translation>Кем дегенде екі қорғалатын аумақ қажет.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="316" />
      <source>The links layer has no field '{field}'.</source>
      <translation>Байланыстар қабатында «{field}» өрісі жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="318" />
      <source>MIN_PROBABILITY is set but the links layer has no 'probability' field.</source>
      <translation>MIN_PROBABILITY орнатылған, бірақ байланыстар қабатында 'probability' өрісі жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="319" />
      <source>Set MIN_PROBABILITY to 0 to pair every link.</source>
      <translation>Барлық байланысты жұптау үшін MIN_PROBABILITY мәнін 0 етіп қойыңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="328" />
      <source>Link {id} has an empty from_id or to_id.</source>
      <translation>{id} байланысының from_id немесе to_id мәні бос.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="335" />
      <source>{kept} of {total} links selected.</source>
      <translation>Таңдалған байланыстар: {kept} / {total}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="341" />
      <source>Cannot read the pair '{part}' in PAIRS: write pairs as 1-2; 3-4.</source>
      <translation>PAIRS ішіндегі «{part}» жұбын оқу мүмкін емес: жұптарды 1-2; 3-4 түрінде жазыңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="357" />
      <source>{count} pairs of areas: choose pairs with LINKS or PAIRS, or lower MAX_LENGTH (at most {limit} pairs are computed automatically).</source>
      <translation>Аумақ жұптары: {count}; жұптарды LINKS немесе PAIRS арқылы таңдаңыз немесе MAX_LENGTH мәнін азайтыңыз (автоматты түрде ең көбі {limit} жұп есептеледі).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="384" />
      <source>Barrier {id}: resistance '{value}' is not a number.</source>
      <translation>Кедергі {id}: «{value}» кедергі мәні сан емес.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="405" />
      <source>corridor computed</source>
      <translation>дәліз есептелді</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="406" />
      <source>areas farther apart than MAX_LENGTH</source>
      <translation>аумақтар бір-бірінен MAX_LENGTH-тен алыс</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="407" />
      <source>an area covers no passable cell of the raster</source>
      <translation>аумақ растрдың бірде-бір өтетін ұяшығын қамтымайды</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="408" />
      <source>no passable route between the areas inside the window</source>
      <translation>терезе ішінде аумақтар арасында өтетін жол жоқ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="409" />
      <source>a pair of an area with itself</source>
      <translation>аумақтың өзімен жұбы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="410" />
      <source>the areas lie outside the raster</source>
      <translation>аумақтар растрдан тыс орналасқан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="411" />
      <source>the areas overlap: they are already joined</source>
      <translation>аумақтар қабаттасады: олар бұрыннан біріккен</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="412" />
      <source>an id of the pair is not in the protected areas layer</source>
      <translation>жұптың идентификаторы қорғалатын аумақтар қабатында жоқ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="421" />
      <source>corridors</source>
      <translation>дәліздер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="429" />
      <source>The resistance raster is a demonstration (CORRIDOR_DEMONSTRATION): the corridors show how the method works, not where animals move.</source>
      <translation>Кедергі растры демонстрациялық (CORRIDOR_DEMONSTRATION): дәліздер жануарлардың қозғалатын жерін емес, әдістің қалай жұмыс істейтінін көрсетеді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="437" />
      <source>A pinch-point raster (OUTPUT_PINCH) needs circuit mode (CIRCUIT).</source>
      <translation>Тар жерлер растры (OUTPUT_PINCH) үшін электр тізбегі режимі (CIRCUIT) қажет.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="459" />
      <source>Could not create the output layers.</source>
      <translation>Шығыс қабаттарын құру мүмкін болмады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="464" />
      <source>Raster outputs are written as GeoTIFF: give a .tif file name, not {path}.</source>
      <translation>Растрлық нәтижелер GeoTIFF ретінде жазылады: {path} емес, .tif файл атауын көрсетіңіз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="481" />
      <source>Pair {a}–{b}: an id is not in the protected areas layer.</source>
      <translation>Жұп {a}–{b}: идентификатор қорғалатын аумақтар қабатында жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="492" />
      <source>Pair {a}–{b}: not enough memory for its window; lower WINDOW_MARGIN or use a larger CELL_SIZE.</source>
      <translation>Жұп {a}–{b}: оның терезесі үшін жад жеткіліксіз; WINDOW_MARGIN мәнін азайтыңыз немесе CELL_SIZE мәнін үлкейтіңіз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="529" />
      <source>Pair {a}–{b}: the corridor reaches the side of its window; raise WINDOW_MARGIN to see all of it.</source>
      <translation>Жұп {a}–{b}: дәліз терезенің шетіне жетеді; оны толық көру үшін WINDOW_MARGIN мәнін арттырыңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="533" />
      <source>Pair {a}–{b}: {message}.</source>
      <translation>Жұп {a}–{b}: {message}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="25" />
      <source>Country borders of the corridor</source>
      <translation>Дәліздің мемлекеттік шекаралары</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="28" />
      <source>Writes the admin-0 borders of China, Mongolia, Russia and Kazakhstan shipped with Corridor (Natural Earth, public domain, EPSG:4326) for use as study regions.

COUNTRIES: comma-separated ISO 3166-1 alpha-3 codes (default CHN,MNG,RUS,KAZ).
SCALE: 1:50m (detailed) or 1:110m (coarse). The 1:50m outlines of neighbouring countries do not share vertices: snap with about 0.001° before border work.</source>
      <translation>Corridor-мен бірге жеткізілетін Қытай, Моңғолия, Ресей және Қазақстанның мемлекеттік шекараларын (admin-0; Natural Earth, қоғамдық игілік, EPSG:4326) зерттеу өңірлері ретінде пайдалану үшін жазады.

COUNTRIES: үтір арқылы ISO 3166-1 alpha-3 кодтары (әдепкі бойынша CHN,MNG,RUS,KAZ).
SCALE: 1:50m (егжей-тегжейлі) немесе 1:110m (жалпыланған). Көршілес елдердің 1:50m контурларының ортақ төбелері жоқ: шекаралармен жұмыс істер алдында шамамен 0.001° рұқсатпен тартып байлаңыз (snap).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="37" />
      <source>Countries (ISO alpha-3, comma-separated)</source>
      <translation>Елдер (ISO alpha-3, үтір арқылы)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="40" />
      <source>Scale</source>
      <translation>Масштаб</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="40" />
      <source>1:50m</source>
      <translation>1:50m</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="40" />
      <source>1:110m</source>
      <translation>1:110m</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="35" />
      <source>Export Darwin Core Archive</source>
      <translation>Darwin Core Archive экспорттау</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="38" />
      <source>Writes a Darwin Core Archive (.zip with occurrence.txt, meta.xml and eml.xml) of the baseline's occurrences, ready to upload to a GBIF IPT.

DATABASE: GeoPackage file or saved PostgreSQL connection.
PARTNER, COUNTRY, TAXA: comma-separated lists (empty = all). COUNTRY takes ISO alpha-3 or alpha-2 codes; TAXA takes scientific names or taxon groups.
DATE_FROM, DATE_TO: YYYY-MM-DD; a record is selected when its date or date range overlaps them.
TITLE, PUBLISHER, LICENCE, CONTACT_NAME, CONTACT_EMAIL go to eml.xml; without PUBLISHER the partners whose records are exported are named.
SENSITIVITY: overrides of the checklist's sensitivity levels, e.g. 'Canis lupus=none; Otis tarda=high' (levels: high = 0.5° grid, medium = 0.1° grid, none).
FULL_PRECISION: export sensitive species with exact coordinates. Off by default: records of sensitive species (checklist column sensitivity: CITES I/II, IUCN CR/EN/VU) are moved to the centre of their grid cell, coordinateUncertaintyInMeters covers the cell, locality and verbatim coordinates are withheld, and dataGeneralizations/informationWithheld say so. Either choice is written into eml.xml.

countryCode is where a record lies (from its coordinates); the partner's country is partnerCountryCode in dynamicProperties. organismQuantity is a number with organismQuantityType; the abundance as written (~20, 10-15, few) is verbatimOrganismQuantity in dynamicProperties. Quality flags are in occurrenceRemarks (GBIF issue names where GBIF has one), georeferenceRemarks and identificationRemarks.

Fields without a Darwin Core term (taxon group, IUCN, CITES, abundance bounds, provenance, quality flags) are written as JSON in dynamicProperties. Text cells that a spreadsheet would run as a formula (starting with =, +, -, @) get a leading apostrophe.</source>
      <translation>Бастапқы деректер базасының кездесулерін GBIF IPT-ке жүктеуге дайын Darwin Core Archive архиві ретінде жазады (occurrence.txt, meta.xml және eml.xml бар .zip).

DATABASE: GeoPackage файлы немесе сақталған PostgreSQL қосылымы.
PARTNER, COUNTRY, TAXA: үтір арқылы тізімдер (бос = барлығы). COUNTRY ISO alpha-3 немесе alpha-2 кодтарын қабылдайды; TAXA — ғылыми атауларды немесе таксондық топтарды.
DATE_FROM, DATE_TO: ЖЖЖЖ-АА-КК; жазбаның күні немесе күндер аралығы оларға сәйкес келсе, жазба таңдалады.
TITLE, PUBLISHER, LICENCE, CONTACT_NAME, CONTACT_EMAIL eml.xml файлына жазылады; PUBLISHER берілмесе, жазбалары экспортталатын серіктестер көрсетіледі.
SENSITIVITY: тізімдегі сезімталдық деңгейлерін қайта анықтау, мысалы 'Canis lupus=none; Otis tarda=high' (деңгейлер: high = 0,5° тор, medium = 0,1° тор, none).
FULL_PRECISION: сезімтал түрлерді нақты координаттарымен экспорттау. Әдепкі бойынша өшірулі: сезімтал түрлердің жазбалары (тізімнің sensitivity бағаны: CITES I/II, IUCN CR/EN/VU) тор ұяшығының орталығына ауыстырылады, coordinateUncertaintyInMeters ұяшықты қамтиды, орны мен бастапқы координаттары жасырылады, ал dataGeneralizations/informationWithheld бұл туралы хабарлайды. Кез келген таңдау eml.xml-ге жазылады.

countryCode — жазба жатқан ел (координаттары бойынша); серіктестің елі — dynamicProperties ішіндегі partnerCountryCode. organismQuantity — organismQuantityType бар сан; бастапқы жазылған саны (~20, 10-15, аз) — dynamicProperties ішіндегі verbatimOrganismQuantity. Сапа белгілері occurrenceRemarks (GBIF мәселе атаулары болса, сол атаулармен), georeferenceRemarks және identificationRemarks ішінде.

Darwin Core термині жоқ өрістер (таксондық топ, IUCN, CITES, сан шектері, шығу тегі, сапа белгілері) dynamicProperties ішіне JSON ретінде жазылады. Электрондық кесте формула ретінде орындайтын мәтіндік ұяшықтардың (=, +, -, @ белгілерінен басталатын) алдына апостроф қойылады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="66" />
      <source>Partners</source>
      <translation>Серіктестер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="69" />
      <source>Taxa (scientific names or taxon groups)</source>
      <translation>Таксондар (ғылыми атаулар немесе таксондық топтар)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="70" />
      <source>From date (YYYY-MM-DD)</source>
      <translation>Басталу күні (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="72" />
      <source>To date (YYYY-MM-DD)</source>
      <translation>Аяқталу күні (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="74" />
      <source>Dataset title</source>
      <translation>Деректер жинағының атауы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="77" />
      <source>Publisher (organisation; empty: the partners of the exported records)</source>
      <translation>Жариялаушы (ұйым; бос болса — экспортталатын жазбалардың серіктестері)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="79" />
      <source>Licence</source>
      <translation>Лицензия</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="81" />
      <source>Contact name</source>
      <translation>Байланыс тұлғасы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="82" />
      <source>Contact e-mail</source>
      <translation>Байланыс e-mail</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="84" />
      <source>Sensitivity overrides (e.g. Canis lupus=none; Otis tarda=high)</source>
      <translation>Сезімталдықты қайта анықтау (мысалы, Canis lupus=none; Otis tarda=high)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="87" />
      <source>Export sensitive species at full precision (recorded in the metadata)</source>
      <translation>Сезімтал түрлерді толық дәлдікпен экспорттау (метадеректерде көрсетіледі)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="90" />
      <source>Darwin Core Archive</source>
      <translation>Darwin Core Archive</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="90" />
      <source>Darwin Core Archive (*.zip)</source>
      <translation>Darwin Core Archive (*.zip)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="91" />
      <source>Records exported</source>
      <translation>Экспортталған жазбалар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="94" />
      <source>The Darwin Core export</source>
      <translation>Darwin Core экспорты</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="122" />
      <source>Full precision chosen: exact coordinates of sensitive species will leave the baseline in this archive.</source>
      <translation>Толық дәлдік таңдалды: сезімтал түрлердің нақты координаттары осы мұрағатпен базалық дерекқордан шығады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="133" />
      <source>No occurrence matches the selection: the archive is empty.</source>
      <translation>Таңдауға бірде-бір кездесу сәйкес келмейді: архив бос.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="134" />
      <source>{count} records written to {path}.</source>
      <translation>{path} ішіне жазылған жазбалар: {count}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="53" />
      <source>Gap analysis (species representation in protected areas)</source>
      <translation>Олқылықтарды талдау (түрлердің қорғалатын аумақтардағы өкілдігі)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="57" />
      <source>Which species the protected-area network misses, where, and where to survey next.</source>
      <translation>Қорғалатын аумақтар желісі қай түрлерді қамтымайды, қай жерде, және келесі зерттеуді қайда жүргізу керек.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="58" />
      <source>Ranges: occupied cells of a RESOLUTION metres equal-area grid (default 10000 m), or your range polygons (RANGES, one layer, species in RANGE_FIELD; species without a polygon fall back to their cells). Protected areas are merged (overlaps count once) and rasterised at RESOLUTION/10.</source>
      <translation>Ареалдар: қадамы RESOLUTION метр тең аумақты тордың мекендейтін ұяшықтары (әдепкі бойынша 10 000 м) немесе өз ареал полигондарыңыз (RANGES, бір қабат, түр RANGE_FIELD өрісінде; полигоны жоқ түрлер үшін олардың ұяшықтары пайдаланылады). Қорғалатын аумақтар біріктіріледі (қабаттасулар бір рет есептеледі) және RESOLUTION/10 ажыратымдылықпен растрланады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="61" />
      <source>Targets (Rodrigues et al. 2004, Nature 428:640): 100% of ranges under 1,000 km², 10% of ranges over 250,000 km², linear on log10(range) between (55% at 15,811 km²). TARGET_CAP (km², 0 = none) caps the target area of very wide ranges. TARGETS overrides, e.g. 'Panthera uncia=0.5; EN=60%; CR=100%': a species name or an IUCN category, '=' and a share (0–1 or percent), entries separated by ';'. TARGETS_TABLE does the same from a table with a 'name' and a 'target' field. A species override wins over a category override.</source>
      <translation>Мақсаттар (Rodrigues et al. 2004, Nature 428:640): 1 000 км²-ден кіші ареалдардың 100%-ы, 250 000 км²-ден үлкен ареалдардың 10%-ы, арасында — log10(ареал) бойынша сызықтық (15 811 км² кезінде 55%). TARGET_CAP (км², 0 = жоқ) өте кең ареалдардың мақсатты ауданын шектейді. TARGETS мақсаттарды қайта анықтайды, мысалы 'Panthera uncia=0.5; EN=60%; CR=100%': түр атауы немесе IUCN санаты, '=' және үлес (0–1 немесе пайызбен), жазбалар ';' арқылы бөлінеді. TARGETS_TABLE дәл осыны 'name' және 'target' өрістері бар кестеден жасайды. Түр үшін қайта анықтау санат үшін қайта анықтаудан басым.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="67" />
      <source>Status: gap (nothing protected), partial (protected share below target), covered.</source>
      <translation>Мәртебе: gap (олқылық — ештеңе қорғалмайды), partial (ішінара — қорғалатын үлес мақсаттан төмен), covered (қамтылған).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="68" />
      <source>Without a range polygon the range is only the known occupied area (cells with records; range_source says so): the status then ends in '(records only)', and records_in_pa counts the species' records inside protected areas (a sampling-bias indicator: records from surveys inside protected areas make such ranges look protected).</source>
      <translation>Ареал полигоны болмаса, ареал тек белгілі мекендейтін аумақ (жазбалары бар ұяшықтар; range_source мұны айтады): сонда күйі «(records only)» деп аяқталады, ал records_in_pa түрдің қорғалатын аумақтардағы жазбаларын санайды (іріктеу ығысуының көрсеткіші: қорғалатын аумақтардағы зерттеу жазбалары мұндай ареалдарды қорғалған сияқты көрсетеді).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="72" />
      <source>Gap grid (GRID_SHAPE square or hexagon, GRID_SIZE metres; hexagons have the area of the square): richness, threatened (CR/EN/VU) richness, gap and partial richness, share inside protected areas, records, partners, and priority = Σ species weight × shortfall × (1 − protected share of the cell), weight = 1 + Red List Index weight (LC 1, NT 2, VU 3, EN 4, CR 5).</source>
      <translation>Олқылықтар торы (GRID_SHAPE — шаршы немесе алтыбұрыш, GRID_SIZE метр; алтыбұрыштардың ауданы шаршының ауданына тең): түрлік байлық, қауіп төнген (CR/EN/VU) түрлер байлығы, олқылық және ішінара түрлер байлығы, қорғалатын аумақтар ішіндегі үлес, жазбалар, серіктестер және басымдық = Σ түр салмағы × тапшылық × (1 − ұяшықтың қорғалатын үлесі), салмақ = 1 + Қызыл тізім индексінің салмағы (LC 1, NT 2, VU 3, EN 4, CR 5).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="77" />
      <source>Survey gaps: per cell, species expected there (their range; with occupied cells, their convex hull) without a record from the last RECENT_YEARS years of the data, weighted as above, times the sampling deficit (m + 1)/(m + r + 2) (r recent records in the cell, m the mean of its neighbours: an empty cell among well-surveyed neighbours scores near 1, among empty ones 0.5). Ranked, best first; expected_means says what 'expected' means.</source>
      <translation>Зерттеу олқылықтары: әр ұяшық үшін сонда күтілетін (ареалы; мекендейтін ұяшықтар болса — дөңес қабықшасы), бірақ деректердің соңғы RECENT_YEARS жылында жазбасы жоқ түрлер, жоғарыдағыдай салмақталып, іріктеу тапшылығына (m + 1)/(m + r + 2) көбейтіледі (r — ұяшықтағы соңғы жазбалар, m — көршілерінің орташасы: жақсы зерттелген көршілер арасындағы бос ұяшық 1-ге жақын, бос көршілер арасында 0,5 алады). Реттелген, ең жақсысы бірінші; expected_means «күтілетін» дегеннің мағынасын айтады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="82" />
      <source>CRS: an equal-area CRS for all grids (default: Lambert azimuthal equal-area centred on the records). STUDY_AREA: only grid cells touching these polygons are written (the grid otherwise covers the records' and ranges' bounding box).</source>
      <translation>CRS: барлық торлар үшін тең аумақты координаталар жүйесі (әдепкі бойынша — орталығы жазбалар аумағында болатын Ламберттің азимуттық тең аумақты проекциясы). STUDY_AREA: тек осы полигондарға жанасатын тор ұяшықтары жазылады (әйтпесе тор жазбалар мен ареалдардың шектеуші тіктөртбұрышын қамтиды).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="89" />
      <source>Occurrences (with scientificName)</source>
      <translation>Кездесулер (scientificName бар)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="94" />
      <source>Range polygons (optional)</source>
      <translation>Ареал полигондары (міндетті емес)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="97" />
      <source>Species field of the range polygons</source>
      <translation>Ареал полигондарының түр өрісі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="100" />
      <source>Range cell size (m)</source>
      <translation>Ареал ұяшығының өлшемі (м)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="103" />
      <source>Target overrides (name=share; …)</source>
      <translation>Мақсаттарды қайта анықтау (атау=үлес; …)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="105" />
      <source>Target overrides table (fields name, target)</source>
      <translation>Мақсаттарды қайта анықтау кестесі (name, target өрістері)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="108" />
      <source>Cap on the target area (km², 0 = none)</source>
      <translation>Мақсатты аудан шегі (км², 0 = жоқ)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="112" />
      <source>Gap grid cells</source>
      <translation>Олқылықтар торының ұяшықтары</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="112" />
      <source>Square</source>
      <translation>Шаршы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="112" />
      <source>Hexagon</source>
      <translation>Алтыбұрыш</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="115" />
      <source>Gap grid cell size (m)</source>
      <translation>Олқылықтар торының ұяшық өлшемі (м)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="118" />
      <source>Recent records: last N years of the data</source>
      <translation>Соңғы жазбалар: деректердің соңғы N жылы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="121" />
      <source>Equal-area CRS (default: LAEA centred on the records)</source>
      <translation>Тең аумақты координаталар жүйесі (әдепкі: орталығы жазбалар аумағындағы LAEA)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="123" />
      <source>Study area (optional: keep grid cells that touch it)</source>
      <translation>Зерттеу аумағы (міндетті емес: оған жанасатын тор ұяшықтары сақталады)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="126" />
      <source>Species representation</source>
      <translation>Түрлердің өкілдігі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="140" />
      <source>The targets table needs a 'name' field and a 'target' field.</source>
      <translation>Мақсаттар кестесінде 'name' және 'target' өрістері болуы керек.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="180" />
      <source>The protected-area layer could not be read.</source>
      <translation>Қорғалатын аумақтар қабатын оқу мүмкін болмады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="187" />
      <source>{count} records left out: {reason}</source>
      <translation>Алынып тасталған жазбалар: {count}: {reason}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="192" />
      <source>The CRS must be projected and equal-area, not geographic.</source>
      <translation>Координаталар жүйесі географиялық емес, проекциялық және тең аумақты болуы керек.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="204" />
      <source>Choose the species field of the range polygons (RANGE_FIELD).</source>
      <translation>Ареал полигондарының түр өрісін таңдаңыз (RANGE_FIELD).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="206" />
      <source>With no occurrence, choose an equal-area CRS (CRS).</source>
      <translation>Кездесулер болмаса, тең аумақты координаталар жүйесін таңдаңыз (CRS).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="221" />
      <source>No present occurrence with valid coordinates and no range polygon.</source>
      <translation>Жарамды координаталары бар «бар» мәртебелі кездесу де, ареал полигоны да жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="225" />
      <source>The protected-area layer has no polygon: every species will be a gap.</source>
      <translation>Қорғалатын аумақтар қабатында полигон жоқ: барлық түрлер олқылық болады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="226" />
      <source>{n} protected areas, {s} species.</source>
      <translation>Қорғалатын аумақтар: {n}, түрлер: {s}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="250" />
      <source>The study area has no polygon.</source>
      <translation>Зерттеу аумағында полигон жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="270" />
      <source>known occupied area (records in {km} km cells)</source>
      <translation>белгілі мекендейтін аумақ ({km} км ұяшықтардағы жазбалар)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="273" />
      <source>range polygons</source>
      <translation>ареал полигондары</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="298" />
      <source>expected: the cell lies in the species' range (range polygon, or the convex hull of its records); missing: no record there in the last {years} years of the data</source>
      <translation>күтілетін: ұяшық түрдің ареалында жатыр (ареал полигоны немесе жазбаларының дөңес қабықшасы); жоқ: деректердің соңғы {years} жылында онда жазба жоқ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="220" />
      <source>Import partner species sheets</source>
      <translation>Серіктестердің түрлер парақтарын импорттау</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="223" />
      <source>Reads partner species sheets (CSV/TSV/TXT in UTF-8, UTF-16, Windows-1251 or GB18030; XLSX, XLS, ODS: every sheet, or one with file.xlsx|layername=Sheet) and writes validated Darwin Core occurrences (points, EPSG:4326) and a table of rejected rows with a reason code, a message and every original cell. Every row is in exactly one of the two outputs.

INPUT: one or more files.
COUNTRY: ISO 3166-1 alpha-3 of the partner (CHN, MNG, RUS, KAZ), or the name of a column that holds the country per row. Empty: derived from the coordinates.
PARTNER: partner or institution name (institutionCode, part of the stable occurrenceID).
SOURCE_CRS: CRS of the coordinates (default EPSG:4326). Pulkovo 1942 Gauss–Krüger eastings with the zone prefix are recognised in any case.
SITES: optional site gazetteer (points or polygons with a name field) for rows without coordinates.
CHECKLIST: optional extra checklist (same columns as the shipped one) or a two-column mapping verbatim,scientificName that resolves names rejected before.
MAPPING: optional column roles overriding header detection, e.g. species=B; date=Дата; lat=Ш; lon=Д.
DATABASE: optional GeoPackage path or PostGIS connection name of the baseline database to load into.</source>
      <translation>Серіктестердің түрлер парақтарын оқиды (UTF-8, UTF-16, Windows-1251 немесе GB18030 кодтауындағы CSV/TSV/TXT; XLSX, XLS, ODS: барлық парақтар немесе file.xlsx|layername=Sheet түріндегі біреуі) және тексерілген Darwin Core кездесулерін (нүктелер, EPSG:4326) және себеп коды, хабарлама және барлық бастапқы ұяшықтары бар қабылданбаған жолдар кестесін жазады. Әр жол екі нәтиженің дәл біреуіне түседі.

INPUT: бір немесе бірнеше файл.
COUNTRY: серіктестің ISO 3166-1 alpha-3 коды (CHN, MNG, RUS, KAZ) немесе әр жолдың елі көрсетілген бағанның атауы. Бос: координаталар бойынша анықталады.
PARTNER: серіктестің немесе мекеменің атауы (institutionCode, тұрақты occurrenceID-нің бөлігі).
SOURCE_CRS: координаталардың координаталар жүйесі (әдепкі EPSG:4326). Аймақ префиксі бар Пулково 1942 Гаусс–Крюгер шығыс координаталары кез келген жағдайда танылады.
SITES: координаталары жоқ жолдар үшін міндетті емес орындар анықтамалығы (атау өрісі бар нүктелер немесе полигондар).
CHECKLIST: міндетті емес қосымша түрлер тізімі (жеткізілетінмен бірдей бағандар) немесе бұрын қабылданбаған атауларды шешетін verbatim,scientificName екі бағанды сәйкестендіруі.
MAPPING: тақырыптарды автоматты анықтаудың орнына міндетті емес баған рөлдері, мысалы species=B; date=Дата; lat=Ш; lon=Д.
DATABASE: жүктеу жүргізілетін бастапқы деректер базасының міндетті емес GeoPackage жолы немесе PostGIS қосылымының атауы.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="242" />
      <source>Partner sheets (CSV, TSV, TXT, XLSX, XLS, ODS)</source>
      <translation>Серіктес парақтары (CSV, TSV, TXT, XLSX, XLS, ODS)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="244" />
      <source>Partner country (ISO alpha-3) or country column</source>
      <translation>Серіктестің елі (ISO alpha-3) немесе ел бағаны</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="246" />
      <source>Partner / institution</source>
      <translation>Серіктес / мекеме</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="248" />
      <source>CRS of the coordinates in the sheets</source>
      <translation>Парақтардағы координаталардың координаталар жүйесі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="251" />
      <source>Site gazetteer (optional)</source>
      <translation>Орындар анықтамалығы (міндетті емес)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="254" />
      <source>Extra checklist or name mapping file (optional)</source>
      <translation>Қосымша түрлер тізімі немесе атауларды сәйкестендіру файлы (міндетті емес)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="257" />
      <source>Column mapping (optional), e.g. species=B; date=Дата</source>
      <translation>Бағандарды сәйкестендіру (міндетті емес), мысалы species=B; date=Дата</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="260" />
      <source>Baseline database: GeoPackage path or PostGIS connection (optional)</source>
      <translation>Бастапқы деректер базасы: GeoPackage жолы немесе PostGIS қосылымы (міндетті емес)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="265" />
      <source>Rejected rows</source>
      <translation>Қабылданбаған жолдар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="268" />
      <source>Importing sheets</source>
      <translation>Парақтарды импорттау</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="276" />
      <source>No input file given.</source>
      <translation>Кіріс файлы көрсетілмеген.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="293" />
      <source>Checklist: {n} taxa (version {version})</source>
      <translation>Түрлер тізімі: {n} таксон (нұсқа {version})</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="305" />
      <source>Internal error: {total} rows read but {a} + {r} written.</source>
      <translation>Ішкі қате: {total} жол оқылды, бірақ {a} + {r} жазылды.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="307" />
      <source>{total} rows read = {accepted} accepted + {rejected} rejected</source>
      <translation>Оқылған жолдар {total} = қабылданған {accepted} + қабылданбаған {rejected}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="310" />
      <source>  rejected {code}: {n}</source>
      <translation>  қабылданбады {code}: {n}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="312" />
      <source>  flagged {flag}: {n} ({meaning})</source>
      <translation>  белгіленді {flag}: {n} ({meaning})</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="328" />
      <source>Loading into a baseline database needs the baseline module, which this version of Corridor does not have. Leave DATABASE empty.</source>
      <translation>Бастапқы деректер базасына жүктеу үшін бастапқы деректер базасы модулі қажет, ол Corridor-дың бұл нұсқасында жоқ. DATABASE өрісін бос қалдырыңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="334" />
      <source>Loading into the baseline database {db} failed: {error}</source>
      <translation>{db} бастапқы деректер базасына жүктеу сәтсіз аяқталды: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="336" />
      <source>Loaded into the baseline database {db}.</source>
      <translation>{db} бастапқы деректер базасына жүктелді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="349" />
      <source>the disk is full ({error})</source>
      <translation>диск толы ({error})</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="350" />
      <source>Could not write {output}: {error}</source>
      <translation>{output} жазылмады: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="351" />
      <source>the occurrences</source>
      <translation>кездесу жазбалары</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="351" />
      <source>the rejected rows</source>
      <translation>қабылданбаған жолдар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="365" />
      <source>Could not create the occurrences layer.</source>
      <translation>Кездесулер қабатын құру мүмкін болмады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="366" />
      <source>Could not create the rejected rows table.</source>
      <translation>Қабылданбаған жолдар кестесін құру мүмкін болмады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="28" />
      <source>Load occurrences into the baseline database</source>
      <translation>Кездесулерді бастапқы деректер базасына жүктеу</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="31" />
      <source>Loads the occurrences and rejected rows produced by Import partner sheets into the baseline database, one transaction per submission (one sheet of one file): a cancel, a crash or a lost connection leaves the database as it was before that submission.

DATABASE: a GeoPackage file (created if missing) or the name of a PostgreSQL connection saved in QGIS (credentials from its authentication configuration).
INPUT: the occurrence point layer; REJECTED: the rejected-rows table (optional).
PARTNER, COUNTRY: used where the layer's institutionCode or country_iso3 is empty.
SOURCE_FILES: the partners' original files (optional); their SHA-256 identifies a submission. Without them a checksum of the rows is used.
TOLERANCE: records of two partners with the same taxon and date closer than this (metres) are linked as duplicates, never deleted.

Loading the same file again adds nothing; a corrected file (same partner, file name and sheet) replaces the rows of its earlier submission, which stays in the submission history.</source>
      <translation>«Серіктес парақтарын импорттау» шығарған кездесулер мен қабылданбаған жолдарды бастапқы деректер базасына жүктейді, әр тапсыруға бір транзакция (бір файлдың бір парағы): болдырмау, ақау немесе байланыстың үзілуі дерекқорды сол тапсыруға дейінгі күйінде қалдырады.

DATABASE: GeoPackage файлы (жоқ болса құрылады) немесе QGIS-те сақталған PostgreSQL қосылымының атауы (тіркелгі деректері оның аутентификация конфигурациясынан алынады).
INPUT: кездесулердің нүктелік қабаты; REJECTED: қабылданбаған жолдар кестесі (міндетті емес).
PARTNER, COUNTRY: қабаттың institutionCode немесе country_iso3 мәні бос болған жерде пайдаланылады.
SOURCE_FILES: серіктестердің бастапқы файлдары (міндетті емес); олардың SHA-256 мәні тапсыруды анықтайды. Оларсыз жолдардың бақылау сомасы пайдаланылады.
TOLERANCE: таксоны мен күні бірдей, бір-біріне осы қашықтықтан (метр) жақын екі серіктестің жазбалары қайталанулар ретінде байланыстырылады, ешқашан жойылмайды.

Сол файлды қайта жүктеу ештеңе қоспайды; түзетілген файл (сол серіктес, файл атауы және парақ) өзінің алдыңғы тапсыруының жолдарын ауыстырады, ал алдыңғы тапсыру тапсырулар тарихында қалады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="50" />
      <source>Occurrences (from Import partner sheets)</source>
      <translation>Кездесулер («Серіктес парақтарын импорттау» нәтижесі)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="53" />
      <source>Rejected rows (from Import partner sheets)</source>
      <translation>Қабылданбаған жолдар («Серіктес парақтарын импорттау» нәтижесі)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="57" />
      <source>Country (ISO 3166-1 alpha-3)</source>
      <translation>Ел (ISO 3166-1 alpha-3)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="59" />
      <source>Original partner files (for their SHA-256)</source>
      <translation>Серіктестердің бастапқы файлдары (SHA-256 үшін)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="62" />
      <source>Duplicate distance between partners (m)</source>
      <translation>Серіктестер арасындағы қайталану қашықтығы (м)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="65" />
      <source>Occurrences added</source>
      <translation>Қосылған кездесулер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="66" />
      <source>Occurrences already present</source>
      <translation>Бұрыннан бар кездесулер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="67" />
      <source>Rejected rows recorded</source>
      <translation>Тіркелген қабылданбаған жолдар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="68" />
      <source>Cross-partner duplicates linked</source>
      <translation>Байланыстырылған серіктестер арасындағы қайталанулар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="69" />
      <source>Submissions loaded</source>
      <translation>Жүктелген тапсырулар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="70" />
      <source>Submissions replaced</source>
      <translation>Ауыстырылған тапсырулар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="71" />
      <source>Submissions unchanged</source>
      <translation>Өзгеріссіз тапсырулар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="75" />
      <source>Loading the baseline</source>
      <translation>Бастапқы деректерді жүктеу</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="82" />
      <source>The occurrence layer cannot be read.</source>
      <translation>Кездесулер қабатын оқу мүмкін емес.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="101" />
      <source>{rows} occurrences added, {present} already present, {rejected} rejected rows recorded, {dups} duplicates linked.</source>
      <translation>Қосылған кездесулер: {rows}, бұрыннан бар: {present}, тіркелген қабылданбаған жолдар: {rejected}, байланыстырылған қайталанулар: {dups}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="62" />
      <source>Overlay occurrences on protected areas</source>
      <translation>Кездесулерді қорғалатын аумақтармен қабаттастыру</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="65" />
      <source>Counts the partner occurrences that fall in each protected area (points on a boundary count as inside, like the 'intersects' predicate) and writes four outputs.

OCCURRENCES: point layer with the Darwin Core fields of the baseline (scientificName, institutionCode, eventDate, year, individualCount, abundanceMax, iucnCategory, citesAppendix, country_iso3).
PROTECTED_AREAS: the layer from 'Prepare protected areas' or any polygon layer; its attributes are kept. Areas are identified by pa_id, else WDPA ids, else fid.
BUFFER: records outside an area but within this distance (km) of its boundary are counted as edge records (0 = off).

OUTPUT_AREAS: the areas with records, richness (species), threatened (IUCN CR/EN/VU species), cites (CITES-listed species), partners, last_survey, first_year, last_year, years_covered, edge_records.
OUTPUT_SPECIES_AREAS: one row per species and area: records, abundance sum and maximum (individualCount, else abundanceMax), first and last date.
OUTPUT_SPECIES: per species: records, records inside any area, share protected, number of areas, countries of the protected records.
OUTPUT_OCCURRENCES: the occurrences with pa_ids (';'-separated), n_pas and edge_pa_ids.</source>
      <translation>Әр қорғалатын аумаққа түсетін серіктес кездесулерін санайды (шекарадағы нүктелер 'intersects' предикатындағыдай ішінде деп есептеледі) және төрт нәтиже жазады.

OCCURRENCES: бастапқы деректер базасының Darwin Core өрістері бар нүктелік қабат (scientificName, institutionCode, eventDate, year, individualCount, abundanceMax, iucnCategory, citesAppendix, country_iso3).
PROTECTED_AREAS: «Қорғалатын аумақтарды дайындау» қабаты немесе кез келген полигондық қабат; оның атрибуттары сақталады. Аумақтар pa_id, әйтпесе WDPA идентификаторлары, әйтпесе fid бойынша анықталады.
BUFFER: аумақтан тыс, бірақ оның шекарасынан осы қашықтықта (км) жатқан жазбалар шеткі жазбалар ретінде есептеледі (0 = өшірулі).

OUTPUT_AREAS: records, richness (түрлер), threatened (IUCN CR/EN/VU түрлері), cites (CITES тізіміндегі түрлер), partners, last_survey, first_year, last_year, years_covered, edge_records өрістері бар жазбалары бар аумақтар.
OUTPUT_SPECIES_AREAS: әр түр мен аумаққа бір жол: жазбалар, сан қосындысы мен максимумы (individualCount, әйтпесе abundanceMax), алғашқы және соңғы күн.
OUTPUT_SPECIES: әр түр бойынша: жазбалар, кез келген аумақ ішіндегі жазбалар, қорғалатын үлес, аумақтар саны, қорғалатын жазбалардың елдері.
OUTPUT_OCCURRENCES: pa_ids (';' арқылы), n_pas және edge_pa_ids бар кездесулер.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="90" />
      <source>Edge buffer (km, 0 = none)</source>
      <translation>Шеткі буфер (км, 0 = жоқ)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="93" />
      <source>Protected areas with figures</source>
      <translation>Көрсеткіштері бар қорғалатын аумақтар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="96" />
      <source>Species × protected area</source>
      <translation>Түр × қорғалатын аумақ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="99" />
      <source>Species protection summary</source>
      <translation>Түрлердің қорғалу жиынтығы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="102" />
      <source>Occurrences with protected areas</source>
      <translation>Қорғалатын аумақтары бар кездесулер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="116" />
      <source>The occurrence layer must be a point layer.</source>
      <translation>Кездесулер қабаты нүктелік болуы керек.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="118" />
      <source>The protected-area layer must be a polygon layer.</source>
      <translation>Қорғалатын аумақтар қабаты полигондық болуы керек.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="119" />
      <source>occurrence</source>
      <translation>кездесулер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="119" />
      <source>protected-area</source>
      <translation>қорғалатын аумақтар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="121" />
      <source>The {layer} layer has no (or an unknown) coordinate reference system: set its CRS first.</source>
      <translation>{layer} қабатында координаталар жүйесі жоқ (немесе белгісіз): алдымен оның координаталар жүйесін орнатыңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="142" />
      <source>{n} occurrences without geometry were not overlaid (they count as unprotected records).</source>
      <translation>Геометриясы жоқ, қабаттастырылмаған кездесулер: {n} (олар қорғалмаған жазбалар ретінде есептеледі).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="144" />
      <source>{n} occurrences read in {s:.1f} s.</source>
      <translation>Оқылған кездесулер: {n}, {s:.1f} с ішінде.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="166" />
      <source>{n} protected areas have no geometry and get no records: {ids}</source>
      <translation>Геометриясы жоқ, жазба берілмеген қорғалатын аумақтар: {n}: {ids}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="173" />
      <source>{n} point–area matches.</source>
      <translation>Нүкте–аумақ сәйкестіктері: {n}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="204" />
      <source>Overlay done in {s:.1f} s.</source>
      <translation>Қабаттастыру {s:.1f} с ішінде орындалды.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="230" />
      <source>Fast GeoPackage copy failed ({error}); writing feature by feature.</source>
      <translation>GeoPackage жылдам көшіру сәтсіз аяқталды ({error}); нысандар бір-бірлеп жазылуда.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="53" />
      <source>Prepare protected areas</source>
      <translation>Қорғалатын аумақтарды дайындау</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="57" />
      <source>Reads protected areas from WDPA (legacy schema with WDPAID, or the late-2025 schema with SITE_ID; shapefile, GeoPackage or File Geodatabase, polygon and point parts, several files at once) or from national layers with a field mapping, and cleans them as the wdpar R package does.</source>
      <translation>Қорғалатын аумақтарды WDPA-дан (WDPAID бар ескі схема немесе SITE_ID бар 2025 жылдың соңындағы схема; shapefile, GeoPackage немесе File Geodatabase, полигондық және нүктелік бөліктер, бір мезгілде бірнеше файл) немесе өрістерді сәйкестендіру арқылы ұлттық қабаттардан оқиды және оларды wdpar R пакеті сияқты тазалайды.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="62" />
      <source>INPUT: one or more layers. REGION: optional study region (polygons) to clip to.</source>
      <translation>INPUT: бір немесе бірнеше қабат. REGION: қию үшін міндетті емес зерттеу өңірі (полигондар).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="63" />
      <source>KEEP_STATUS keeps Designated/Inscribed/Established sites; DROP_MAB drops UNESCO-MAB Biosphere Reserves; DROP_OECM and DROP_MARINE drop OECMs and marine sites; BUFFER_POINTS turns point-only sites into circles of their reported area (REP_AREA); REPAIR repairs invalid geometries. STATUS_YR 0 becomes null. Sites crossing 180° are split. OVERLAPS: keep, erase by IUCN category precedence (Ia first), or dissolve per country. AREA_CRS: equal-area CRS for area_km2 (empty: a Lambert azimuthal equal-area projection centred on each site, exact on the WGS84 ellipsoid; ESRI:54009 gives wdpar's Mollweide, which is spherical: -0.1 % at 50°N, -0.5 % at 70°N).</source>
      <translation>KEEP_STATUS Designated/Inscribed/Established нысандарын сақтайды; DROP_MAB ЮНЕСКО-МАБ биосфералық резерваттарын алып тастайды; DROP_OECM және DROP_MARINE OECM мен теңіз нысандарын алып тастайды; BUFFER_POINTS тек нүкте түріндегі нысандарды олардың көрсетілген ауданындағы (REP_AREA) шеңберлерге айналдырады; REPAIR жарамсыз геометрияларды түзетеді. STATUS_YR 0 null болады. 180°-ты қиып өтетін нысандар бөлінеді. OVERLAPS: сақтау, IUCN санатының басымдығы бойынша алып тастау (алдымен Ia) немесе ел бойынша біріктіру. AREA_CRS: area_km2 үшін тең аумақты координаталар жүйесі (бос болса — орталығы әр нысанда болатын, WGS84 эллипсоидында дәл Ламберттің азимуттық тең аумақты проекциясы; ESRI:54009 wdpar пакетіндегі Mollweide проекциясын береді, ол сфералық: 50° с. е. -0.1 %, 70° с. е. -0.5 %).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="71" />
      <source>National layers: give ID_FIELD, NAME_FIELD, LOCAL_NAME_FIELD, COUNTRY_FIELD, DESIGNATION_FIELD, IUCN_FIELD, YEAR_FIELD (names of their fields); pa_id is '&lt;layer&gt;:&lt;id&gt;'.</source>
      <translation>Ұлттық қабаттар: ID_FIELD, NAME_FIELD, LOCAL_NAME_FIELD, COUNTRY_FIELD, DESIGNATION_FIELD, IUCN_FIELD, YEAR_FIELD (олардың өрістерінің атаулары) көрсетіңіз; pa_id — '&lt;layer&gt;:&lt;id&gt;'.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="74" />
      <source>OUTPUT fields: pa_id, name, name_local, iso3, designation, iucn_cat, status_year, area_km2, is_transboundary (several ISO3 or part of Dauria / Great Altai), source, provenance. REPORT: one row per removed or changed site with the step and the reason.</source>
      <translation>OUTPUT өрістері: pa_id, name, name_local, iso3, designation, iucn_cat, status_year, area_km2, is_transboundary (бірнеше ISO3 немесе Даурия / Үлкен Алтайдың бөлігі), source, provenance. REPORT: әр алынып тасталған немесе өзгертілген нысанға қадамы мен себебі көрсетілген бір жол.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="77" />
      <source>country_share: share of the outline inside its ISO3 countries (shipped Natural Earth borders); below 0.5 the REPORT flags the site with its share.</source>
      <translation>country_share: контурдың өз ISO3 елдерінің ішіндегі үлесі (жеткізілетін Natural Earth шекаралары); 0,5-тен төмен болса, REPORT нысанды үлесімен белгілейді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="83" />
      <source>Protected-area layers (WDPA or national)</source>
      <translation>Қорғалатын аумақтар қабаттары (WDPA немесе ұлттық)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="86" />
      <source>Study region</source>
      <translation>Зерттеу өңірі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="88" />
      <source>Keep only Designated, Inscribed, Established</source>
      <translation>Тек Designated, Inscribed, Established сақтау</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="89" />
      <source>Drop UNESCO-MAB Biosphere Reserves</source>
      <translation>ЮНЕСКО-МАБ биосфералық резерваттарын алып тастау</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="90" />
      <source>Drop OECMs</source>
      <translation>OECM алып тастау</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="91" />
      <source>Drop marine sites</source>
      <translation>Теңіз нысандарын алып тастау</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="92" />
      <source>Buffer point-only sites to their reported area</source>
      <translation>Тек нүкте түріндегі нысандарды көрсетілген ауданы бойынша буферлеу</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="93" />
      <source>Repair invalid geometries</source>
      <translation>Жарамсыз геометрияларды түзету</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="96" />
      <source>Overlapping areas</source>
      <translation>Қабаттасатын аумақтар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="97" />
      <source>Keep overlaps</source>
      <translation>Қабаттасуларды сақтау</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="97" />
      <source>Erase by IUCN category precedence</source>
      <translation>IUCN санатының басымдығы бойынша алып тастау</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="98" />
      <source>Dissolve per country</source>
      <translation>Ел бойынша біріктіру</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="100" />
      <source>Equal-area CRS for areas (empty: per-site Lambert azimuthal equal-area)</source>
      <translation>Аудандарға арналған тең аумақты координаталар жүйесі (бос болса — әр нысан үшін Ламберттің азимуттық тең аумақты проекциясы)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="102" />
      <source>National layers: id field</source>
      <translation>Ұлттық қабаттар: идентификатор өрісі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="103" />
      <source>National layers: name field</source>
      <translation>Ұлттық қабаттар: атау өрісі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="104" />
      <source>National layers: local-name field</source>
      <translation>Ұлттық қабаттар: жергілікті атау өрісі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="105" />
      <source>National layers: ISO3 country field</source>
      <translation>Ұлттық қабаттар: ISO3 ел өрісі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="106" />
      <source>National layers: designation field</source>
      <translation>Ұлттық қабаттар: мәртебе түрі (designation) өрісі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="107" />
      <source>National layers: IUCN category field</source>
      <translation>Ұлттық қабаттар: IUCN санаты өрісі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="108" />
      <source>National layers: status year field</source>
      <translation>Ұлттық қабаттар: мәртебе берілген жыл өрісі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="111" />
      <source>Clean protected areas</source>
      <translation>Тазаланған қорғалатын аумақтар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="113" />
      <source>Cleaning report</source>
      <translation>Тазалау есебі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="119" />
      <source>Only {n} of the {m} input layers could be opened: check {sources}</source>
      <translation>{m} кіріс қабатының тек {n} қабатын ашу мүмкін болды: {sources} тексеріңіз</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="124" />
      <source>None of the input layers could be opened: {sources}</source>
      <translation>Кіріс қабаттарының ешқайсысын ашу мүмкін болмады: {sources}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="126" />
      <source>Give at least one protected-area layer.</source>
      <translation>Кем дегенде бір қорғалатын аумақтар қабатын көрсетіңіз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="136" />
      <source>{name} is not a vector layer.</source>
      <translation>{name} векторлық қабат емес.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="140" />
      <source>The layer {name} has no field {fields}.</source>
      <translation>{name} қабатында {fields} өрісі жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="148" />
      <source>The input layers hold no features.</source>
      <translation>Кіріс қабаттарында нысандар жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="198" />
      <source>{step}: {n} {action}</source>
      <translation>{step}: {action} — {n}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="200" />
      <source>{read} sites read, {kept} kept.</source>
      <translation>Оқылған нысандар: {read}, сақталғаны: {kept}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="202" />
      <source>No protected area is left after cleaning: see the report.</source>
      <translation>Тазалаудан кейін бірде-бір қорғалатын аумақ қалмады: есепті қараңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="208" />
      <source>The study region has no (or an unknown) coordinate reference system.</source>
      <translation>Зерттеу өңірінде координаталар жүйесі жоқ (немесе белгісіз).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="220" />
      <source>The study region has no polygon.</source>
      <translation>Зерттеу өңірінде полигон жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/provider.py" line="30" />
      <source>Corridor algorithm module '{name}' not loaded: {error}</source>
      <translation>Corridor «{name}» алгоритм модулі жүктелмеді: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/provider.py" line="48" />
      <source>Corridor transboundary biodiversity tools {version}</source>
      <translation>Corridor трансшекаралық биоалуантүрлілік құралдары {version}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="46" />
      <source>Range metrics (EOO, AOO, IUCN criterion B)</source>
      <translation>Ареал көрсеткіштері (EOO, AOO, IUCN B критерийі)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="50" />
      <source>Extent of occurrence (EOO) and area of occupancy (AOO) of every species, with the IUCN criterion B1/B2 threshold each meets.</source>
      <translation>Әр түрдің таралу аумағы (EOO) және мекендеу ауданы (AOO), олардың әрқайсысы сәйкес келетін IUCN B1/B2 критерийінің шегімен.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="52" />
      <source>EOO: area of the convex hull of the species' distinct present records, in a Lambert azimuthal equal-area projection (WGS 84 ellipsoid) centred on that species' records (records on both sides of the antimeridian are handled). Fewer than 3 distinct points, or all on one line: EOO is empty and eoo_note says why. Optionally clipped to land (the shipped Natural Earth borders or your own land layer). When EOO is smaller than AOO, B1 uses AOO (IUCN guidelines 4.9).</source>
      <translation>EOO: түрдің әртүрлі «бар» жазбаларының дөңес қабықшасының ауданы, орталығы сол түрдің жазбалары аумағында болатын Ламберттің азимуттық тең аумақты проекциясында (WGS 84 эллипсоиды) (антимеридианның екі жағындағы жазбалар ескеріледі). 3-тен аз әртүрлі нүкте немесе барлығы бір түзуде: EOO бос, себебі eoo_note ішінде көрсетіледі. Қажет болса құрлық бойынша қиылады (жеткізілетін Natural Earth шекаралары немесе өз құрлық қабатыңыз). EOO AOO-дан кіші болса, B1 AOO-ны пайдаланады (IUCN нұсқаулығы, 4.9).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="57" />
      <source>AOO: occupied cells of a square grid (CELL_SIZE metres, IUCN: 2000 m) × cell area, in a study-wide equal-area projection centred on all records. Without GRID_SEARCH the grid origin is fixed; with it, GRID_SHIFTS × GRID_SHIFTS origins shifted by CELL_SIZE / GRID_SHIFTS are tried and each species keeps its minimum (allowed by the IUCN guidelines); aoo_grid states which. CRS sets another equal-area CRS for the grid.</source>
      <translation>AOO: шаршы тордың мекендейтін ұяшықтары (CELL_SIZE метр, IUCN бойынша 2000 м) × ұяшық ауданы, орталығы барлық жазбалар аумағында болатын бүкіл зерттеуге ортақ тең аумақты проекцияда. GRID_SEARCH болмаса, тордың бастапқы нүктесі бекітілген; GRID_SEARCH болса, CELL_SIZE / GRID_SHIFTS шамасына ығыстырылған GRID_SHIFTS × GRID_SHIFTS бастапқы нүкте сыналады және әр түр үшін минимум сақталады (IUCN нұсқаулығында рұқсат етілген); қайсысы қолданылғаны aoo_grid ішінде көрсетіледі. CRS тор үшін басқа тең аумақты координаталар жүйесін орнатады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="62" />
      <source>Thresholds: EOO &lt; 100 km² CR, &lt; 5,000 EN, &lt; 20,000 VU; AOO &lt; 10 km² CR, &lt; 500 EN, &lt; 2,000 VU. Meeting a threshold is only the first condition of criterion B.</source>
      <translation>Шектер: EOO &lt; 100 км² CR, &lt; 5 000 EN, &lt; 20 000 VU; AOO &lt; 10 км² CR, &lt; 500 EN, &lt; 2 000 VU. Шекке сәйкес келу — B критерийінің бірінші шарты ғана.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="64" />
      <source>MIN_RECORDS: below this number of distinct points both classes are 'data insufficient' (default 15, after Rivers et al. 2011, Biol. Conserv. 144:2541). Every class is a size class for a regional assessment, not a Red List category; criterion_b_note says so on every row.</source>
      <translation>MIN_RECORDS: әртүрлі нүктелер саны одан аз болса, екі класс та «деректер жеткіліксіз» (әдепкі 15, Rivers et al. 2011, Biol. Conserv. 144:2541 бойынша). Әр класс — Қызыл тізім санаты емес, аймақтық бағалауға арналған өлшем класы; criterion_b_note мұны әр жолда айтады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="67" />
      <source>Records with occurrenceStatus 'absent' are ignored.</source>
      <translation>occurrenceStatus мәні 'absent' жазбалар еленбейді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="75" />
      <source>AOO cell size (m)</source>
      <translation>AOO ұяшығының өлшемі (м)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="78" />
      <source>Search grid origins for the minimum AOO</source>
      <translation>Ең аз AOO үшін тордың бастапқы нүктелерін іздеу</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="80" />
      <source>Grid origins per axis when searching</source>
      <translation>Іздеу кезінде әр осьтегі тордың бастапқы нүктелерінің саны</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="83" />
      <source>Clip EOO hulls to land</source>
      <translation>EOO қабықшаларын құрлық бойынша қию</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="85" />
      <source>Land polygons (default: shipped country borders)</source>
      <translation>Құрлық полигондары (әдепкі: жеткізілетін ел шекаралары)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="88" />
      <source>Equal-area CRS of the AOO grid (default: LAEA centred on the records)</source>
      <translation>AOO торының тең аумақты координаталар жүйесі (әдепкі: орталығы жазбалар аумағындағы LAEA)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="91" />
      <source>Minimum distinct records for a criterion-B class</source>
      <translation>B критерийі класы үшін әртүрлі жазбалардың ең аз саны</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="94" />
      <source>Range metrics</source>
      <translation>Ареал көрсеткіштері</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="96" />
      <source>EOO hulls</source>
      <translation>EOO қабықшалары</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="98" />
      <source>AOO cells</source>
      <translation>AOO ұяшықтары</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="105" />
      <source>Reading occurrences…</source>
      <translation>Кездесулерді оқу…</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="114" />
      <source>No present occurrence with valid coordinates in the input.</source>
      <translation>Кіріс деректерде жарамды координаталары бар «бар» мәртебелі кездесу жоқ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="126" />
      <source>Computing EOO and AOO of {n} species…</source>
      <translation>Түрлер үшін EOO мен AOO есептелуде: {n}…</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="138" />
      <source>fixed origin</source>
      <translation>бекітілген бастапқы нүкте</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="138" />
      <source>minimum over {n} origins</source>
      <translation>{n} бастапқы нүкте бойынша минимум</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="35" />
      <source>Transboundary action-plan report</source>
      <translation>Трансшекаралық іс-қимыл жоспары бойынша есеп</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="38" />
      <source>Writes the action-plan report as HTML and as PDF from a QGIS print layout (the layout is also saved as a .qpt template beside the PDF, to edit in QGIS): study area, data sources per partner, map of protected areas and records, gap species, gap grid, connectivity per country with the transboundary share, top areas and links by dPC, corridors, survey-gap priorities, methods and a data appendix.

Every result layer is optional: a section whose input is missing says it was not computed.
DATABASE: baseline GeoPackage or PostGIS connection name; its occurrences are used when no OCCURRENCES layer is given.
LANGUAGE: en, zh, ru, mn or kk (default: the QGIS language). Species names are printed in Latin with the vernacular name of that language from the checklist (CHECKLIST, or the shipped one).</source>
      <translation>Іс-қимыл жоспары бойынша есепті HTML және QGIS баспа макетінен PDF ретінде жазады (макет QGIS-те өңдеу үшін PDF-тің жанына .qpt үлгісі ретінде де сақталады): зерттеу аумағы, серіктестер бойынша деректер көздері, қорғалатын аумақтар мен жазбалар картасы, олқылық түрлер, олқылықтар торы, трансшекаралық үлесі бар елдер бойынша байланыстылық, dPC бойынша ең маңызды аумақтар мен байланыстар, дәліздер, зерттеу олқылықтарының басымдықтары, әдістер және деректер қосымшасы.

Әр нәтиже қабаты міндетті емес: кіріс деректері жоқ бөлімде оның есептелмегені көрсетіледі.
DATABASE: бастапқы деректер базасының GeoPackage файлы немесе PostGIS қосылымының атауы; OCCURRENCES қабаты берілмесе, оның кездесулері пайдаланылады.
LANGUAGE: en, zh, ru, mn немесе kk (әдепкі: QGIS тілі). Түр атаулары латынша, түрлер тізіміндегі (CHECKLIST немесе жеткізілетін тізім) сол тілдегі жергілікті атауымен бірге басылады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="56" />
      <source>Baseline database (GeoPackage or PostGIS connection)</source>
      <translation>Бастапқы деректер базасы (GeoPackage немесе PostGIS қосылымы)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="75" />
      <source>Report language</source>
      <translation>Есеп тілі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="78" />
      <source>Checklist for vernacular names (CSV)</source>
      <translation>Жергілікті атаулар үшін түрлер тізімі (CSV)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="80" />
      <source>Line under the title (e.g. working group, meeting, date)</source>
      <translation>Тақырып астындағы жол (мысалы, жұмыс тобы, кездесу, күн)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="82" />
      <source>Report (HTML)</source>
      <translation>Есеп (HTML)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="84" />
      <source>Report (PDF)</source>
      <translation>Есеп (PDF)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="84" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="85" />
      <source>Report layout template (.qpt)</source>
      <translation>Есеп макетінің үлгісі (.qpt)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="93" />
      <source>No occurrences table could be read from {database}.</source>
      <translation>{database} ішінен кездесулер кестесін оқу мүмкін болмады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="106" />
      <source>Report in {language} from: {inputs}</source>
      <translation>Есеп тілі: {language}; деректер: {inputs}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="110" />
      <source>No translation for '{language}' is installed: the report headings stay in English.</source>
      <translation>«{language}» үшін аударма орнатылмаған: есеп тақырыптары ағылшын тілінде қалады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="120" />
      <source>Could not write the HTML report {path}: {error}</source>
      <translation>{path} HTML есебін жазу мүмкін болмады: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="127" />
      <source>Could not write the PDF report {path}.</source>
      <translation>{path} PDF есебін жазу мүмкін болмады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="34" />
      <source>Partner data-sheet template</source>
      <translation>Серіктестің деректер парағының үлгісі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="37" />
      <source>Writes an XLSX workbook for one partner that is hard to fill in wrongly: a data sheet with headers in the partner's language and the Darwin Core term beneath, a species drop-down from the checklist (Latin name and vernacular name), checks on dates (a real date, not in the future), numbers of individuals (whole number 0 or more, a range, ~n, &gt;n, few/many or +), coordinates (within the country, in decimal degrees or in the chosen projected CRS) and sites (drop-down from the gazetteer); an instructions sheet in the partner's language; a hidden lists sheet. Workbook properties name the partner, country, template and checklist versions, so that corridor:importsheets recognises the template and reads its columns without guessing.

COUNTRY: ISO 3166-1 alpha-3 (CHN, MNG, RUS, KAZ).
LANGUAGE: en, zh, ru, mn or kk.
CHECKLIST: optional extra checklist file (same columns as the shipped one, or a name mapping).
TAXON_GROUPS: optional comma-separated groups (e.g. bird, large mammal); a group also takes its sub-groups.
COUNTRY_SPECIES_ONLY: keep only species whose checklist row lists the country in a 'countries' column.
SITES: optional site gazetteer layer; SITE_FIELD: its name field (guessed when empty).
SOURCE_CRS: the CRS partners record coordinates in (EPSG:4326 gives latitude/longitude columns, a projected CRS gives easting/northing columns).</source>
      <translation>Бір серіктес үшін қате толтыру қиын болатын XLSX жұмыс кітабын жазады: тақырыптары серіктес тілінде және астында Darwin Core термині бар деректер парағы, түрлер тізімінен түрлердің ашылмалы тізімі (латынша атауы және жергілікті атауы), күндерді (нақты күн, болашақта емес), даралар санын (0-ден бастап бүтін сан, аралық, ~n, &gt;n, few/many немесе +), координаталарды (ел шегінде, ондық градуспен немесе таңдалған проекциялық координаталар жүйесінде) және орындарды (анықтамалықтан ашылмалы тізім) тексеру; серіктес тіліндегі нұсқаулық парағы; жасырын тізімдер парағы. Жұмыс кітабының қасиеттерінде серіктес, ел, үлгі мен түрлер тізімінің нұсқалары көрсетіледі, сондықтан corridor:importsheets үлгіні таниды және оның бағандарын болжамсыз оқиды.

COUNTRY: ISO 3166-1 alpha-3 (CHN, MNG, RUS, KAZ).
LANGUAGE: en, zh, ru, mn немесе kk.
CHECKLIST: міндетті емес қосымша түрлер тізімі файлы (жеткізілетінмен бірдей бағандар немесе атауларды сәйкестендіру).
TAXON_GROUPS: үтір арқылы міндетті емес топтар (мысалы bird, large mammal); топ өзінің кіші топтарын да қамтиды.
COUNTRY_SPECIES_ONLY: түрлер тізімінің жолында 'countries' бағанында ел көрсетілген түрлерді ғана қалдыру.
SITES: міндетті емес орындар анықтамалығы қабаты; SITE_FIELD: оның атау өрісі (бос болса, автоматты анықталады).
SOURCE_CRS: серіктестер координаталарды жазатын координаталар жүйесі (EPSG:4326 ендік/бойлық бағандарын, проекциялық жүйе шығыс/солтүстік координата бағандарын береді).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="59" />
      <source>Partner's country (ISO alpha-3: CHN, MNG, RUS, KAZ)</source>
      <translation>Серіктестің елі (ISO alpha-3: CHN, MNG, RUS, KAZ)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="62" />
      <source>Language of the sheet (en, zh, ru, mn, kk)</source>
      <translation>Парақ тілі (en, zh, ru, mn, kk)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="64" />
      <source>Extra checklist file</source>
      <translation>Қосымша түрлер тізімі файлы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="66" />
      <source>Taxon groups (comma-separated; empty: all)</source>
      <translation>Таксондық топтар (үтір арқылы; бос: барлығы)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="68" />
      <source>Only species expected in the country (checklist column 'countries')</source>
      <translation>Тек елде күтілетін түрлер (түрлер тізімінің 'countries' бағаны)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="71" />
      <source>Site gazetteer</source>
      <translation>Орындар анықтамалығы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="73" />
      <source>Site name field</source>
      <translation>Орын атауының өрісі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="76" />
      <source>Coordinate reference system of the partner's coordinates</source>
      <translation>Серіктес координаталарының координаталар жүйесі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="79" />
      <source>Template workbook</source>
      <translation>Үлгі жұмыс кітабы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="79" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel жұмыс кітабы (*.xlsx)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="87" />
      <source>Unknown country '{code}': use one of {codes}.</source>
      <translation>Белгісіз ел «{code}»: мыналардың бірін пайдаланыңыз: {codes}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="91" />
      <source>Name the partner: the template carries it in its properties.</source>
      <translation>Серіктесті көрсетіңіз: үлгі оны өз қасиеттерінде сақтайды.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="112" />
      <source>No checklist file says where species occur: add a column 'countries' (ISO alpha-3 codes) to the extra checklist, or switch off 'Only species expected in the country'.</source>
      <translation>Ешбір түрлер тізімі файлында түрлердің қайда кездесетіні көрсетілмеген: қосымша түрлер тізіміне 'countries' бағанын (ISO alpha-3 кодтары) қосыңыз немесе «Тек елде күтілетін түрлер» параметрін өшіріңіз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="119" />
      <source>Unknown taxon group in '{groups}'. The checklist has: {available}</source>
      <translation>«{groups}» ішінде белгісіз таксондық топ. Түрлер тізімінде бары: {available}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="122" />
      <source>No species of the checklist is left after the taxon-group and country filters.</source>
      <translation>Таксондық топ пен ел сүзгілерінен кейін түрлер тізімінде бірде-бір түр қалмады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="131" />
      <source>The site gazetteer cannot be used: {error}</source>
      <translation>Орындар анықтамалығын пайдалану мүмкін емес: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="133" />
      <source>The site gazetteer has no site names; the site column stays free text.</source>
      <translation>Орындар анықтамалығында орын атаулары жоқ; орын бағаны еркін мәтін болып қалады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="153" />
      <source>Could not write the template {path}: {error}</source>
      <translation>{path} үлгісін жазу мүмкін болмады: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="155" />
      <source>Template for {partner} ({country}, {language}): {n} species, {s} sites.</source>
      <translation>Үлгі: {partner} ({country}, {language}): түрлер: {n}, орындар: {s}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="50" />
      <source>Submission status and timeline</source>
      <translation>Тапсыру мәртебесі және кестесі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="53" />
      <source>Compares the expected submissions (partner, country, period, due date) with the submissions received and reports, per partner and period: received (on or before the due date), late, missing (due date passed, nothing received) or pending (not yet due), with the number of submissions, records and species received and the last submission date. Submissions of partners without any expected period are listed as unscheduled. The HTML output holds a timeline chart per partner and the table.

DATABASE: the baseline (GeoPackage path or saved PostgreSQL connection); its expected_submissions and submissions tables are used unless EXPECTED or SUBMISSIONS are given.
EXPECTED: a table (e.g. CSV) with columns partner, country, period, due_date and optionally opens (the date from which a submission counts for that period).
SUBMISSIONS: a table with partner, country_iso3, received, rows_accepted and optionally species (a count or ';'-separated names) and period.
A submission counts for the period it names; otherwise for the earliest open period of that partner still without a submission; otherwise it is a further submission of the latest period already due.
AS_OF: the date the status is computed for (YYYY-MM-DD; default today).</source>
      <translation>Күтілетін тапсыруларды (серіктес, ел, кезең, мерзім) алынған тапсырулармен салыстырады және әр серіктес пен кезең бойынша хабарлайды: алынды (мерзімінде немесе ертерек), кешікті, жоқ (мерзімі өтті, ештеңе алынбады) немесе күтілуде (мерзімі әлі келмеді), алынған тапсырулар, жазбалар мен түрлер санымен және соңғы тапсыру күнімен. Күтілетін кезеңі жоқ серіктестердің тапсырулары жоспардан тыс ретінде тізімделеді. HTML нәтижесінде әр серіктестің уақыт кестесі диаграммасы мен кесте бар.

DATABASE: бастапқы деректер базасы (GeoPackage жолы немесе сақталған PostgreSQL қосылымы); EXPECTED немесе SUBMISSIONS берілмесе, оның expected_submissions және submissions кестелері пайдаланылады.
EXPECTED: partner, country, period, due_date және міндетті емес opens (тапсыру сол кезеңге есептеле бастайтын күн) бағандары бар кесте (мысалы CSV).
SUBMISSIONS: partner, country_iso3, received, rows_accepted және міндетті емес species (сан немесе ';' арқылы атаулар) және period бағандары бар кесте.
Тапсыру өзінде көрсетілген кезеңге есептеледі; әйтпесе сол серіктестің әлі тапсыруы жоқ ең ерте ашық кезеңіне; әйтпесе ол мерзімі жеткен соңғы кезеңнің қосымша тапсыруы болып саналады.
AS_OF: мәртебе есептелетін күн (ЖЖЖЖ-АА-КК; әдепкі — бүгін).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="73" />
      <source>Baseline database (GeoPackage or PostgreSQL connection)</source>
      <translation>Бастапқы деректер базасы (GeoPackage немесе PostgreSQL қосылымы)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="75" />
      <source>Expected submissions table</source>
      <translation>Күтілетін тапсырулар кестесі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="77" />
      <source>Received submissions table</source>
      <translation>Алынған тапсырулар кестесі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="80" />
      <source>Status as of (YYYY-MM-DD; empty: today)</source>
      <translation>Мәртебе күні (ЖЖЖЖ-АА-КК; бос: бүгін)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="82" />
      <source>Submission status</source>
      <translation>Тапсыру мәртебесі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="84" />
      <source>Timeline (HTML)</source>
      <translation>Уақыт кестесі (HTML)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="93" />
      <source>AS_OF is not a date (YYYY-MM-DD): {value}</source>
      <translation>AS_OF күн емес (ЖЖЖЖ-АА-КК): {value}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="98" />
      <source>Give the baseline database, or both the expected and the received submissions tables.</source>
      <translation>Бастапқы деректер базасын немесе күтілетін және алынған тапсырулардың екі кестесін де көрсетіңіз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="120" />
      <source>A table row cannot be read: {error}</source>
      <translation>Кесте жолын оқу мүмкін емес: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="122" />
      <source>The expected submissions table is empty: every submission is unscheduled.</source>
      <translation>Күтілетін тапсырулар кестесі бос: барлық тапсырулар жоспардан тыс.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="152" />
      <source>Could not write {path}: {error}</source>
      <translation>{path} жазу мүмкін болмады: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="155" />
      <source>Periods: {received} received, {late} late, {missing} missing, {pending} pending; {unscheduled} unscheduled partner(s).</source>
      <translation>Кезеңдер: алынды {received}, кешікті {late}, жоқ {missing}, күтілуде {pending}; жоспардан тыс серіктестер: {unscheduled}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/deps.py" line="26" />
      <source>This tool</source>
      <translation>Бұл құрал</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/deps.py" line="28" />
      <source>{feature} needs the Python package '{package}', which is not installed. Install: {hint}</source>
      <translation>{feature}: «{package}» Python пакеті қажет, ол орнатылмаған. Орнату: {hint}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="17" />
      <source>above VU</source>
      <translation>VU шегінен жоғары</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="18" />
      <source>data insufficient (too few records)</source>
      <translation>деректер жеткіліксіз (жазбалар тым аз)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="19" />
      <source>0 (no shortfall)</source>
      <translation>0 (тапшылық жоқ)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="20" />
      <source>CR (&lt; 100 km²)</source>
      <translation>CR (&lt; 100 km²)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="21" />
      <source>EN (&lt; 5,000 km²)</source>
      <translation>EN (&lt; 5 000 km²)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="22" />
      <source>VU (&lt; 20,000 km²)</source>
      <translation>VU (&lt; 20 000 km²)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="23" />
      <source>CR Critically Endangered</source>
      <translation>CR Жойылып кету қаупі өте жоғары</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="24" />
      <source>EN Endangered</source>
      <translation>EN Жойылып бара жатқан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="25" />
      <source>VU Vulnerable</source>
      <translation>VU Осал</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="26" />
      <source>NT Near Threatened</source>
      <translation>NT Қауіпке жақын</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="27" />
      <source>LC Least Concern</source>
      <translation>LC Ең аз алаңдаушылық тудыратын</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="28" />
      <source>DD Data Deficient</source>
      <translation>DD Деректер жеткіліксіз</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="29" />
      <source>not assessed</source>
      <translation>бағаланбаған</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="30" />
      <source>inside a protected area</source>
      <translation>ЕҚТА ішінде</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="31" />
      <source>near the edge of a protected area</source>
      <translation>ЕҚТА шекарасына жақын</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="32" />
      <source>outside protected areas</source>
      <translation>ЕҚТА-дан тыс</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="33" />
      <source>transboundary</source>
      <translation>трансшекаралық</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="34" />
      <source>national</source>
      <translation>ұлттық</translation>
    </message>
  </context>
  <context>
    <name>CorridorDockContents</name>
    <message>
      <location filename="corridor_plugin/gui/dock.ui" line="0" />
      <source>Corridor</source>
      <translation>Corridor</translation>
    </message>
  </context>
  <context>
    <name>CorridorSheet</name>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="21" />
      <source>Data</source>
      <translation>Деректер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="22" />
      <source>Instructions</source>
      <translation>Нұсқаулық</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="23" />
      <source>Corridor species data sheet: instructions</source>
      <translation>Corridor түрлер туралы деректер парағы: нұсқаулық</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="24" />
      <source>Record one observation per row on the sheet “{data_sheet}”, starting on row 3. The first header row is in your language; the second gives the international Darwin Core term. Do not change, move or delete the two header rows, do not add columns and do not rename the sheets: the coordinator's software reads the file by them. Cells with a drop-down list or a range check refuse values that cannot be right.</source>
      <translation>«{data_sheet}» парағына әр жолға бір бақылауды 3-жолдан бастап жазыңыз. Тақырыптың бірінші жолы сіздің тіліңізде, екінші жолы — халықаралық Darwin Core термині. Тақырыптың екі жолын өзгертпеңіз, жылжытпаңыз және жоймаңыз, баған қоспаңыз және парақтардың атын өзгертпеңіз: үйлестірушінің бағдарламасы файлды солар арқылы оқиды. Ашылмалы тізімі немесе ауқым тексерісі бар ұяшықтар анық қате мәндерді қабылдамайды.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="31" />
      <source>Partner</source>
      <translation>Серіктес</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="32" />
      <source>Country</source>
      <translation>Ел</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="33" />
      <source>Language</source>
      <translation>Тіл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="34" />
      <source>Template version</source>
      <translation>Үлгі нұсқасы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="35" />
      <source>Checklist version</source>
      <translation>Түрлер тізімінің нұсқасы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="36" />
      <source>Coordinate reference system</source>
      <translation>Координаттар жүйесі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="37" />
      <source>Created</source>
      <translation>Жасалған күні</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="40" />
      <source>Column</source>
      <translation>Баған</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="41" />
      <source>Darwin Core term</source>
      <translation>Darwin Core термині</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="42" />
      <source>What to write</source>
      <translation>Не жазу керек</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="45" />
      <source>Species</source>
      <translation>Түр</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="46" />
      <source>Number of individuals</source>
      <translation>Даралар саны</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="47" />
      <source>Date</source>
      <translation>Күні</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="48" />
      <source>Site</source>
      <translation>Орын атауы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="49" />
      <source>Latitude</source>
      <translation>Ендік</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="50" />
      <source>Longitude</source>
      <translation>Бойлық</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="51" />
      <source>Easting (x)</source>
      <translation>Шығыс координатасы (x)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="52" />
      <source>Northing (y)</source>
      <translation>Солтүстік координатасы (y)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="53" />
      <source>Location uncertainty (m)</source>
      <translation>Орын дәлсіздігі (м)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="54" />
      <source>Observer(s)</source>
      <translation>Бақылаушы(лар)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="57" />
      <source>Choose the species from the drop-down list (Latin name — name in your language). A species that is not on the list may be typed in with its Latin name; the coordinator will check it.</source>
      <translation>Түрді ашылмалы тізімнен таңдаңыз (латынша атауы — қазақша атауы). Тізімде жоқ түрді латынша атауымен жазуға болады; оны үйлестіруші тексереді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="60" />
      <source>Number of individuals seen: a whole number, 0 or more. Write 0 when the species was looked for and not found. For ranges and uncertain counts see below.</source>
      <translation>Байқалған даралар саны: 0 немесе одан көп бүтін сан. Түрді іздеп, таппаған болсаңыз, 0 деп жазыңыз. Ауқымдар мен нақты емес сандар туралы төменде қараңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="63" />
      <source>Date of the observation: a real date, not in the future, as YYYY-MM-DD (for example 2024-06-12).</source>
      <translation>Бақылау күні: нақты күн, болашақта емес, ЖЖЖЖ-АА-КК түрінде (мысалы, 2024-06-12).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="65" />
      <source>Name of the place. When a list is offered, choose the site from it so that it matches the project's site gazetteer.</source>
      <translation>Орынның атауы. Тізім ұсынылса, жобаның орындар анықтамалығымен сәйкес келуі үшін орынды сол тізімнен таңдаңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="68" />
      <source>Latitude in decimal degrees, WGS 84, north positive (for example 49.6512). Accepted: {min} to {max}.</source>
      <translation>Ендік ондық градуспен, WGS 84, солтүстік оң мәнмен (мысалы, 49.6512). Рұқсат етілген ауқым: {min} – {max}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="71" />
      <source>Longitude in decimal degrees, WGS 84, east positive (for example 117.3345). Accepted: {min} to {max}.</source>
      <translation>Бойлық ондық градуспен, WGS 84, шығыс оң мәнмен (мысалы, 117.3345). Рұқсат етілген ауқым: {min} – {max}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="74" />
      <source>Easting (x) in {crs}, in metres, as a plain number. Accepted: {min} to {max}.</source>
      <translation>{crs} жүйесіндегі шығыс координатасы (x), метрмен, тек сан. Рұқсат етілген ауқым: {min} – {max}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="75" />
      <source>Northing (y) in {crs}, in metres, as a plain number. Accepted: {min} to {max}.</source>
      <translation>{crs} жүйесіндегі солтүстік координатасы (y), метрмен, тек сан. Рұқсат етілген ауқым: {min} – {max}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="76" />
      <source>How far the true place may be from the coordinates, in metres (0 or more). Leave empty if unknown.</source>
      <translation>Нақты орын координаттардан неше метр алыс болуы мүмкін (0 немесе одан көп). Белгісіз болса, бос қалдырыңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="78" />
      <source>Name(s) of the observer(s); separate several names with | .</source>
      <translation>Бақылаушының (бақылаушылардың) аты; бірнеше атты | белгісімен бөліңіз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="82" />
      <source>Recording absence</source>
      <translation>Жоқтығын қалай жазу керек</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="83" />
      <source>If a species was looked for and not found, write a row with the number 0. An empty number cell does not mean absence: it means that the number was not recorded.</source>
      <translation>Түрді іздеп, таппаған болсаңыз, саны 0 деп жазылған жол қосыңыз. Сан ұяшығының бос болуы түрдің жоқтығын білдірмейді: ол санның жазылмағанын білдіреді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="88" />
      <source>Ranges and uncertain counts</source>
      <translation>Ауқымдар және нақты емес сандар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="89" />
      <source>When the exact number is not known, write one of: a range with a hyphen (10-15), an approximate number with a tilde (~20), a minimum with a greater-than sign (&gt;100), the word “{few}” or “{many}”, or + when the species was present but not counted. Do not add words such as “about” or units.</source>
      <translation>Нақты сан белгісіз болса, мыналардың бірін жазыңыз: сызықша арқылы ауқым (10-15), толқынды белгімен шамамен алынған сан (~20), «үлкен» белгісімен ең аз мән (&gt;100), «{few}» немесе «{many}» сөзі, не түр болып, бірақ саналмаған болса +. «шамамен» сияқты сөздерді және өлшем бірліктерін қоспаңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="96" />
      <source>Dates</source>
      <translation>Күндер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="97" />
      <source>Only complete dates are accepted. If only the month or the year of an observation is known, do not invent a day: send those observations to the coordinator separately, with the month or year as known.</source>
      <translation>Тек толық күндер қабылданады. Бақылаудың тек айы немесе жылы белгілі болса, күнді ойдан шығармаңыз: ондай бақылауларды белгілі айымен немесе жылымен үйлестірушіге бөлек жіберіңіз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="103" />
      <source>Coordinates</source>
      <translation>Координаттар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="104" />
      <source>Coordinates are in {crs}. Write them as plain numbers with a decimal point. Degrees, minutes and seconds must be converted: 50°03′37″ = 50 + 3/60 + 37/3600 = 50.0603. Four decimals of a degree are about 10 m. Rows without coordinates are placed by their site name.</source>
      <translation>Координаттар {crs} жүйесінде беріледі. Оларды ондық нүктесі бар қарапайым сандармен жазыңыз. Градус, минут және секундтарды түрлендіру керек: 50°03′37″ = 50 + 3/60 + 37/3600 = 50.0603. Градустың үтірден кейінгі төрт таңбасы шамамен 10 м. Координаттары жоқ жолдар орын атауы бойынша орналастырылады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="110" />
      <source>Projected coordinates</source>
      <translation>Проекциялық координаттар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="111" />
      <source>Write easting and northing exactly as on your maps, in metres, including the zone number at the start of the easting if your coordinate system uses one (for example 20403402).</source>
      <translation>Шығыс және солтүстік координаттарды картаңыздағыдай, метрмен, егер жүйеңіз аймақ нөмірін қолданса, шығыс координатасының басындағы аймақ нөмірімен бірге жазыңыз (мысалы, 20403402).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="116" />
      <source>Species not in the list</source>
      <translation>Тізімде жоқ түрлер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="117" />
      <source>The list holds the species of the corridor checklist (version {checklist_version}). If you observed another species, type its Latin name; the sheet will warn you, but the row is kept and checked by the coordinator. Vernacular names not yet checked against a source are not shown in the list.</source>
      <translation>Тізімде дәліздің түрлер тізіміндегі (нұсқасы {checklist_version}) түрлер бар. Басқа түрді байқасаңыз, оның латынша атауын жазыңыз; парақ ескерту береді, бірақ жол сақталады және оны үйлестіруші тексереді. Дереккөзбен әлі салыстырылмаған жергілікті атаулар тізімде көрсетілмейді.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="124" />
      <source>Sending the sheet</source>
      <translation>Парақты жіберу</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="125" />
      <source>Save the workbook as .xlsx and send this file to the coordinator. Do not copy the data into another file: the file properties identify your template. You may add as many rows as you need.</source>
      <translation>Кітапты .xlsx пішімінде сақтап, осы файлды үйлестірушіге жіберіңіз. Деректерді басқа файлға көшірмеңіз: файл қасиеттері сіздің үлгіңізді анықтайды. Қажетінше жол қосуға болады.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="134" />
      <source>Choose a species from the list, or type its Latin name.</source>
      <translation>Тізімнен түр таңдаңыз немесе оның латынша атауын жазыңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="138" />
      <source>A whole number 0 or more, a range (10-15), ~20, &gt;100, {few}, {many} or +.</source>
      <translation>0 немесе одан көп бүтін сан, ауқым (10-15), ~20, &gt;100, {few}, {many} немесе +.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="142" />
      <source>A date between 1800-01-01 and today, as YYYY-MM-DD.</source>
      <translation>1800-01-01 мен бүгінгі күн аралығындағы күн, ЖЖЖЖ-АА-КК түрінде.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="146" />
      <source>Choose a site from the list.</source>
      <translation>Тізімнен орын таңдаңыз.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="150" />
      <source>Decimal degrees between {min} and {max}.</source>
      <translation>{min} мен {max} аралығындағы ондық градус.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="157" />
      <source>Easting</source>
      <translation>Шығыс координатасы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="158" />
      <source>Metres between {min} and {max}.</source>
      <translation>{min} мен {max} аралығындағы метр.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="161" />
      <source>Northing</source>
      <translation>Солтүстік координатасы</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="165" />
      <source>Location uncertainty</source>
      <translation>Орын дәлсіздігі</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="166" />
      <source>Metres, 0 or more.</source>
      <translation>Метр, 0 немесе одан көп.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="170" />
      <source>Name(s) of the observer(s).</source>
      <translation>Бақылаушылардың аты.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="174" />
      <source>few</source>
      <translation>аз</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="175" />
      <source>many</source>
      <translation>көп</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="178" />
      <source>China</source>
      <translation>Қытай</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="179" />
      <source>Mongolia</source>
      <translation>Моңғолия</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="180" />
      <source>Russia</source>
      <translation>Ресей</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="181" />
      <source>Kazakhstan</source>
      <translation>Қазақстан</translation>
    </message>
  </context>
  <context>
    <name>ReportPanel</name>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Report</source>
      <translation>Есеп</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Language</source>
      <translation>Тіл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Under the title</source>
      <translation>Тақырып астында</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>e.g. Dauria working group, 2026</source>
      <translation>мысалы, «Даурия» жұмыс тобы, 2026</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Folder</source>
      <translation>Қалта</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>PDF from a QGIS print layout (besides HTML)</source>
      <translation>QGIS баспа макетінен PDF (HTML-ге қосымша)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Results that go into the report</source>
      <translation>Есепке кіретін нәтижелер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Open the report</source>
      <translation>Есепті ашу</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Write the report</source>
      <translation>Есепті жазу</translation>
    </message>
  </context>
</TS>
