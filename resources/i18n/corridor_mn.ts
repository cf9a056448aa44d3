<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mn_MN">
  <context>
    <name>Corridor</name>
    <message>
      <location filename="corridor_plugin/core/baseline/__init__.py" line="39" />
      <source>No baseline database given: choose a GeoPackage file or a saved PostgreSQL connection.</source>
      <translation>Суурь мэдээллийн сан заагаагүй байна: GeoPackage файл эсвэл хадгалсан PostgreSQL холболт сонгоно уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="145" />
      <source>'{value}' is not a date in the form YYYY-MM-DD.</source>
      <translation>«{value}» нь YYYY-MM-DD хэлбэрийн огноо биш байна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="250" />
      <source>Unknown licence '{licence}': use one of {known}.</source>
      <translation>Үл мэдэгдэх лиценз «{licence}»: дараахын аль нэгийг ашиглана уу: {known}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="331" />
      <source>A Darwin Core Archive needs a dataset title.</source>
      <translation>Darwin Core архивт өгөгдлийн багцын нэр шаардлагатай.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="340" />
      <source>{n} records of sensitive species generalised (coordinates to grid-cell centres, locality withheld).</source>
      <translation>Мэдрэмтгий зүйлийн {n} бичлэгийг ерөнхийлсөн (солбицлыг торын нүдний төвд шилжүүлж, байршлыг нуусан).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="343" />
      <source>Full precision chosen: sensitive species are exported with exact coordinates; the archive's metadata say so.</source>
      <translation>Бүрэн нарийвчлалыг сонгосон: мэдрэмтгий зүйлийг яг солбицолтой нь экспортолно; архивын мета өгөгдөлд үүнийг тэмдэглэсэн.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="349" />
      <source>Corridor baseline database</source>
      <translation>Corridor суурь мэдээллийн сан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/dwca.py" line="372" />
      <source>Cannot write the archive '{path}': {error}</source>
      <translation>«{path}» архивыг бичих боломжгүй: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="114" />
      <source>'{path}' is neither a GeoPackage (.gpkg) nor a saved PostgreSQL connection name.</source>
      <translation>«{path}» нь GeoPackage (.gpkg) ч биш, хадгалсан PostgreSQL холболтын нэр ч биш байна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="117" />
      <source>The folder of the GeoPackage '{path}' does not exist.</source>
      <translation>«{path}» GeoPackage-ийн хавтас байхгүй байна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="122" />
      <source>'{path}' is not a GeoPackage: the file is not an SQLite database.</source>
      <translation>«{path}» нь GeoPackage биш: энэ файл SQLite өгөгдлийн сан биш байна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="126" />
      <source>The baseline database '{path}' does not exist.</source>
      <translation>Суурь өгөгдлийн сан «{path}» байхгүй байна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="137" />
      <source>Cannot open the GeoPackage '{path}': {error}</source>
      <translation>«{path}» GeoPackage-ийг нээх боломжгүй: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="161" />
      <source>GeoPackage error in '{path}': {error}</source>
      <translation>«{path}» GeoPackage-ийн алдаа: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/gpkg.py" line="332" />
      <source>Cannot open the occurrences of '{path}' as a layer.</source>
      <translation>«{path}»-ийн тархалтын бүртгэлийг давхарга болгон нээх боломжгүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/layers.py" line="69" />
      <source>Cancelled while reading the layer; nothing was loaded.</source>
      <translation>Давхаргыг уншиж байхад цуцлагдсан; юу ч ачаалаагүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/layers.py" line="80" />
      <source>The occurrence layer is empty: nothing to load.</source>
      <translation>Тархалтын бүртгэлийн давхарга хоосон: ачаалах зүйл алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/layers.py" line="82" />
      <source>{count} occurrences have no occurrenceID: load the output of Import partner sheets, which gives every record a stable id.</source>
      <translation>occurrenceID-гүй тархалтын бүртгэл: {count}. «Түншийн хүснэгт импортлох»-ын гаралтыг ачаална уу — тэр нь бүртгэл бүрт тогтвортой танигч олгодог.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/layers.py" line="111" />
      <source>Cannot tell the partner of {file} [{sheet}] (institutionCode is {found}): set PARTNER.</source>
      <translation>{file} [{sheet}]-ийн түншийг тодорхойлох боломжгүй (institutionCode нь {found}): PARTNER-ийг тохируулна уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/layers.py" line="113" />
      <source>empty</source>
      <translation>хоосон</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="49" />
      <source>No saved PostgreSQL connection called '{name}' in QGIS (Browser ▸ PostgreSQL ▸ New Connection).</source>
      <translation>QGIS-д «{name}» нэртэй хадгалсан PostgreSQL холболт алга (Browser ▸ PostgreSQL ▸ New Connection).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="72" />
      <source>The authentication configuration '{id}' of connection '{name}' cannot be read (is the QGIS master password set?).</source>
      <translation>«{name}» холболтын «{id}» баталгаажуулалтын тохиргоог унших боломжгүй (QGIS-ийн мастер нууц үг тохируулсан уу?).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="98" />
      <source>The PostGIS baseline</source>
      <translation>PostGIS суурь мэдээллийн сан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="113" />
      <source>Cannot connect to the PostGIS baseline '{name}': {error}</source>
      <translation>PostGIS суурь мэдээллийн сан «{name}»-д холбогдох боломжгүй: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="127" />
      <source>The database '{name}' has no PostGIS extension and this user may not create it: ask the administrator to run CREATE EXTENSION postgis.</source>
      <translation>«{name}» мэдээллийн санд PostGIS өргөтгөл байхгүй бөгөөд энэ хэрэглэгч түүнийг үүсгэх эрхгүй: администратороос CREATE EXTENSION postgis ажиллуулахыг хүснэ үү.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="179" />
      <source>The connection to the PostGIS baseline '{name}' was lost; the submission being loaded was rolled back. ({error})</source>
      <translation>PostGIS суурь мэдээллийн сан «{name}»-тэй холболт тасарсан; ачаалж байсан илгээлтийг буцаасан. ({error})</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="183" />
      <source>PostGIS error in '{name}': {error}</source>
      <translation>«{name}»-д PostGIS алдаа: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/postgis.py" line="324" />
      <source>Cannot open the occurrences of '{name}' as a layer.</source>
      <translation>«{name}»-ийн тархалтын бүртгэлийг давхарга болгон нээх боломжгүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="44" />
      <source>'{name}' is not a valid result table name: use lowercase letters, digits and underscores, starting with a letter.</source>
      <translation>«{name}» нь үр дүнгийн хүснэгтийн зөв нэр биш: жижиг үсэг, цифр, доогуур зураас ашиглаж, үсгээр эхлүүлнэ үү.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="47" />
      <source>'{name}' is a table of the baseline itself and cannot be overwritten by a result.</source>
      <translation>«{name}» нь суурь мэдээллийн сангийн өөрийн хүснэгт тул үр дүнгээр дарж бичих боломжгүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="62" />
      <source>Loading was cancelled; the submission in progress was rolled back.</source>
      <translation>Ачаалалт цуцлагдсан; хийгдэж байсан илгээлтийг буцаасан.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="186" />
      <source>'{name}' is not a Corridor baseline database (it has no baseline tables): choose the baseline, or load sheets into it first.</source>
      <translation>«{name}» нь Corridor-ын суурь өгөгдлийн сан биш (суурь хүснэгтгүй): суурь өгөгдлийн санг сонгох эсвэл эхлээд хүснэгтүүдийг ачаална уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="213" />
      <source>This baseline database was written by a newer Corridor (schema version {found}, this Corridor knows {known}). Update the plugin.</source>
      <translation>Энэ суурь мэдээллийн санг Corridor-ын шинэ хувилбар бичсэн байна (схемийн хувилбар {found}, энэ Corridor {known} хүртэлхийг мэднэ). Залгаасаа шинэчилнэ үү.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="323" />
      <source>'{table}' does not take features; use one of {tables}.</source>
      <translation>«{table}» нь объект хүлээн авахгүй; дараах хүснэгтийн аль нэгийг ашиглана уу: {tables}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="392" />
      <source>{file} [{sheet}] from {partner}: {status}, {rows} occurrences added, {present} already present, {rejected} rejected rows, {dups} duplicates linked</source>
      <translation>{file} [{sheet}], түнш {partner}: {status}; нэмсэн тархалтын бүртгэл: {rows}, өмнө нь байсан: {present}, татгалзсан мөр: {rejected}, холбосон давхардал: {dups}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="644" />
      <source>Some occurrences of {file} have no occurrenceID; nothing was loaded. Import the sheet with Import partner sheets, which gives every record a stable id.</source>
      <translation>{file}-ийн зарим тархалтын бүртгэлд occurrenceID алга; юу ч ачаалаагүй. Хүснэгтийг «Түншийн хүснэгт импортлох»-оор импортлоно уу — тэр нь бүртгэл бүрт тогтвортой танигч олгодог.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="728" />
      <source>{count} rows belong to no submission of the import (their sourceFile/sourceSheet match no file and sheet); nothing was loaded.</source>
      <translation>Импортын аль ч илгээлтэд хамаарахгүй мөр: {count} (тэдгээрийн sourceFile/sourceSheet аль ч файл, хуудастай таарахгүй); юу ч ачаалаагүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/store.py" line="762" />
      <source>The import has rejected rows but no occurrences and no submission: give the partner so the rejected rows can be recorded.</source>
      <translation>Импортод татгалзсан мөр байгаа ч тархалтын бүртгэл болон илгээлт алга: татгалзсан мөрүүдийг бүртгэхийн тулд түншийг заана уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="85" />
      <source>Baseline database summary</source>
      <translation>Суурь мэдээллийн сангийн хураангуй</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="86" />
      <source>Partner</source>
      <translation>Түнш</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="86" />
      <source>Country</source>
      <translation>Улс</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="86" />
      <source>Taxon group</source>
      <translation>Ангилал зүйн бүлэг</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="86" />
      <source>Year</source>
      <translation>Он</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="86" />
      <source>Records</source>
      <translation>Бүртгэл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="86" />
      <source>Species</source>
      <translation>Зүйл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="87" />
      <source>First date</source>
      <translation>Эхний огноо</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="87" />
      <source>Last date</source>
      <translation>Сүүлийн огноо</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="87" />
      <source>With coordinates</source>
      <translation>Координаттай</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="87" />
      <source>Share with coordinates</source>
      <translation>Координаттай хувь</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="99" />
      <source>{records} records in {groups} groups.</source>
      <translation>{groups} бүлэгт {records} бүртгэл.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="100" />
      <source>Records per year and partner</source>
      <translation>Он ба түнш тус бүрийн бүртгэл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/baseline/summary.py" line="102" />
      <source>Per partner, country, taxon group and year</source>
      <translation>Түнш, улс, ангилал зүйн бүлэг, он тус бүрээр</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/borders.py" line="21" />
      <source>Unknown border scale '{scale}': use 50m or 110m.</source>
      <translation>Үл мэдэгдэх хилийн масштаб «{scale}»: 50m эсвэл 110m ашиглана уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/borders.py" line="24" />
      <source>The country borders file is missing or unreadable: {path}</source>
      <translation>Улсын хилийн файл байхгүй эсвэл уншигдахгүй байна: {path}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/borders.py" line="34" />
      <source>The borders layer has no ISO 3166-1 alpha-3 field.</source>
      <translation>Хилийн давхаргад ISO 3166-1 alpha-3 талбар алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/borders.py" line="49" />
      <source>No border in the shipped borders for: {codes}. Available: {available}</source>
      <translation>Хавсаргасан хилийн өгөгдөлд дараахын хил алга: {codes}. Боломжтой: {available}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="95" />
      <source>Target '{text}' is not a number (write 0.3 or 30%).</source>
      <translation>Зорилт «{text}» тоо биш байна (0.3 эсвэл 30% гэж бичнэ үү).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="99" />
      <source>Target '{text}' is outside 0–1 (write 0.3 or 30%).</source>
      <translation>Зорилт «{text}» 0–1 хязгаараас гадуур байна (0.3 эсвэл 30% гэж бичнэ үү).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="111" />
      <source>Target entry '{entry}' needs the form name=share.</source>
      <translation>Зорилтын «{entry}» бичилт нэр=хувь хэлбэртэй байх ёстой.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="115" />
      <source>Target entry '{entry}' has no name.</source>
      <translation>Зорилтын «{entry}» бичилтэд нэр алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="384" />
      <source>No present occurrence and no range polygon: nothing to analyse.</source>
      <translation>Байгаа (present) тархалтын бүртгэл ч, тархацын полигон ч алга: шинжлэх зүйл алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="401" />
      <source>Study area is large: protected shares use {sub}×{sub} pixels per cell.</source>
      <translation>Судалгааны талбай том: хамгаалагдсан хувийг нүд бүрт {sub}×{sub} пикселээр тооцно.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="474" />
      <source>The range of {name} is too small for the grid or empty.</source>
      <translation>{name}-ийн тархац тор хувьд хэт жижиг эсвэл хоосон байна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="564" />
      <source>The gap grid would have {n} cells: choose a larger cell size.</source>
      <translation>Цоорхойн тор {n} нүдтэй болох гэж байна: илүү том нүдний хэмжээ сонгоно уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="695" />
      <source>{records}% of the records lie inside protected areas, which cover {area}% of the analysed cells.</source>
      <translation>Бүртгэлийн {records}% нь ТХГН дотор оршдог бөгөөд ТХГН шинжилсэн нүдний {area}%-ийг эзэлдэг.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/gap.py" line="698" />
      <source>Sampling is concentrated inside protected areas: protected shares of ranges built from records are overstated.</source>
      <translation>Судалгаа ТХГН дотор төвлөрсөн: бүртгэлээс гаргасан тархацын хамгаалагдсан хувь хэт өндөр гарна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="177" />
      <source>The column mapping is not valid JSON: {detail}</source>
      <translation>Баганын харгалзуулалт зөв JSON биш байна: {detail}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="184" />
      <source>Column mapping entries look like role=column; got '{part}'.</source>
      <translation>Баганын харгалзуулалтын бичилт үүрэг=багана хэлбэртэй байдаг; ирсэн нь «{part}».</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="193" />
      <source>Unknown role '{role}' in the column mapping. Roles: {roles}</source>
      <translation>Баганын харгалзуулалтад үл мэдэгдэх үүрэг «{role}». Үүргүүд: {roles}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="249" />
      <source>The sheet is empty.</source>
      <translation>Хуудас хоосон байна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="257" />
      <source>The column mapping names '{column}' for {role}, but the sheet has no such column. Columns: {columns}</source>
      <translation>Баганын харгалзуулалт {role}-д «{column}» баганыг заасан боловч хуудсанд ийм багана алга. Баганууд: {columns}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/headers.py" line="262" />
      <source>No species column found. Expected a header such as 'species', 'scientific name', 'вид', 'зүйл', '物种' or 'түр' in the first {n} rows; or name the column in MAPPING (e.g. species=B).</source>
      <translation>Зүйлийн багана олдсонгүй. Эхний {n} мөрөнд 'species', 'scientific name', 'вид', 'зүйл', '物种' эсвэл 'түр' зэрэг толгой байх ёстой; эсвэл MAPPING-д баганыг заана уу (жишээ нь species=B).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/name_resolution.py" line="100" />
      <source>{path} is not a checklist (no scientific_name_accepted column).</source>
      <translation>{path} нь зүйлийн жагсаалт биш (scientific_name_accepted багана алга).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/overlay.py" line="788" />
      <source>{path}: written without a spatial index (not a plain point layer, or the index could not be built); QGIS can add one in Layer Properties ▸ Source.</source>
      <translation>{path}: орон зайн индексгүйгээр бичигдсэн (энгийн цэгэн давхарга биш, эсвэл индекс үүсгэж чадсангүй); QGIS-д Давхаргын шинж чанар ▸ Эх сурвалж хэсэгт нэмж болно.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="193" />
      <source>The layer {name} could not be opened.</source>
      <translation>{name} давхаргыг нээж чадсангүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="195" />
      <source>The layer {name} has no point or polygon geometry: protected areas need outlines (or points with a reported area).</source>
      <translation>{name} давхаргад цэг эсвэл полигон геометр алга: ТХГН-д хил хязгаарын тойм (эсвэл мэдээлсэн талбайтай цэг) шаардлагатай.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="198" />
      <source>The layer {name} has no (or an unknown) coordinate reference system: set its CRS first.</source>
      <translation>{name} давхаргад координатын систем байхгүй (эсвэл үл мэдэгдэх): эхлээд түүний CRS-ийг тохируулна уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="203" />
      <source>The layer {name} is neither WDPA (legacy or 2025 schema) nor mapped: give at least the name field of a national layer.</source>
      <translation>{name} давхарга нь WDPA (хуучин эсвэл 2025 оны схем) ч биш, харгалзуулалт ч хийгдээгүй: үндэсний давхаргын наад зах нь нэрийн талбарыг заана уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="217" />
      <source>no geometry</source>
      <translation>геометргүй</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="235" />
      <source>same pa_id already read from another layer</source>
      <translation>ижил pa_id-г өөр давхаргаас аль хэдийн уншсан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="253" />
      <source>status '{status}' is not Designated, Inscribed or Established</source>
      <translation>«{status}» статус нь Designated, Inscribed эсвэл Established биш</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="257" />
      <source>UNESCO-MAB Biosphere Reserve (not a protected area designation, overlaps national sites)</source>
      <translation>ЮНЕСКО-MAB шим мандлын нөөц газар (ТХГН-ийн ангилал биш, үндэсний ТХГН-тэй давхцдаг)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="260" />
      <source>OECM (other effective area-based conservation measure)</source>
      <translation>OECM (бусад үр дүнтэй нутаг дэвсгэрт суурилсан хамгаалалтын арга хэмжээ)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="263" />
      <source>marine site</source>
      <translation>далайн газар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="267" />
      <source>STATUS_YR 0 (not reported) set to null</source>
      <translation>STATUS_YR 0 (мэдээлээгүй)-ийг null болгосон</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="274" />
      <source>point-only site (buffering switched off)</source>
      <translation>зөвхөн цэгээр илэрхийлэгдсэн газар (буфер унтраалттай)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="277" />
      <source>point-only site without a reported area (REP_AREA)</source>
      <translation>мэдээлсэн талбайгүй (REP_AREA), зөвхөн цэгээр илэрхийлэгдсэн газар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="282" />
      <source>point-only site buffered to a circle of {area} km²</source>
      <translation>зөвхөн цэгтэй газрыг {area} km² талбайтай тойрог болгон буферлэсэн</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="293" />
      <source>split at the antimeridian (180°)</source>
      <translation>антимеридиан (180°) дээр хуваасан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="302" />
      <source>invalid geometry ({error}), repair switched off</source>
      <translation>геометр буруу ({error}), засвар унтраалттай</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="307" />
      <source>invalid geometry ({error}) could not be repaired</source>
      <translation>буруу геометрийг ({error}) засах боломжгүй</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="311" />
      <source>invalid geometry repaired ({error})</source>
      <translation>буруу геометрийг зассан ({error})</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="323" />
      <source>outside the study region</source>
      <translation>судалгааны бүсээс гадна</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="328" />
      <source>only touches the study region</source>
      <translation>судалгааны бүстэй зөвхөн шүргэлцэнэ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="331" />
      <source>clipped to the study region</source>
      <translation>судалгааны бүсээр тайрсан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="384" />
      <source>only {share}% of the outline lies in its country {iso3}: check the country code or the outline; connectivity by country counts the area where it lies</source>
      <translation>хил хязгаарын зөвхөн {share}% нь өөрийн улс {iso3}-д оршино: улсын код эсвэл хил хязгаарыг шалгана уу; улсаар тооцох холбоос нь газрыг оршиж буй газарт нь тооцно</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="476" />
      <source>wholly inside higher-precedence areas: {ids}</source>
      <translation>давуу эрэмбэ өндөр газруудын дотор бүхэлдээ орсон: {ids}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="481" />
      <source>overlap with {ids} erased (precedence: IUCN category, then year)</source>
      <translation>{ids}-тэй давхцлыг арилгасан (давуу эрэмбэ: IUCN ангилал, дараа нь он)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="507" />
      <source>dissolved into {pa_id}</source>
      <translation>{pa_id}-д нэгтгэсэн</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/protected_areas.py" line="532" />
      <source>Unknown area CRS: {crs}</source>
      <translation>Талбайн үл мэдэгдэх CRS: {crs}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="225" />
      <source>fewer than 3 distinct points ({n})</source>
      <translation>ялгаатай цэг 3-аас цөөн ({n})</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="230" />
      <source>all points on one line</source>
      <translation>бүх цэг нэг шулуун дээр</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="235" />
      <source>hull lies entirely outside land</source>
      <translation>гүдгэр бүрхүүл бүхэлдээ хуурай газраас гадна</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="421" />
      <source>Size class for a regional assessment, not a Red List category.</source>
      <translation>Бүс нутгийн үнэлгээний хэмжээний ангилал, Улаан дансны ангилал биш.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="423" />
      <source>Data insufficient: {n} distinct records, fewer than {minimum} ({source}).</source>
      <translation>Мэдээлэл хангалтгүй: {n} ялгаатай бүртгэл, {minimum}-ээс цөөн ({source}).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="597" />
      <source>EOO below AOO: AOO used for B1</source>
      <translation>EOO нь AOO-оос бага: B1-д AOO ашигласан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="621" />
      <source>The occurrence layer has no scientificName field.</source>
      <translation>Тархалтын бүртгэлийн давхаргад scientificName талбар алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/ranges.py" line="624" />
      <source>The occurrence layer has neither point geometry nor decimalLatitude and decimalLongitude fields.</source>
      <translation>Тархалтын бүртгэлийн давхаргад цэг геометр ч, decimalLatitude болон decimalLongitude талбар ч алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="184" />
      <source>The file {name} is empty.</source>
      <translation>{name} файл хоосон байна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="186" />
      <source>The file {name} is a workbook saved with a text extension: rename it to .xlsx, .xls or .ods.</source>
      <translation>{name} файл нь текстийн өргөтгөлтэй хадгалсан ажлын ном байна: нэрийг нь .xlsx, .xls эсвэл .ods болгон өөрчилнө үү.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="192" />
      <source>The file {name} is not a table: it holds binary data, not text (expected CSV, TSV, XLSX, XLS or ODS).</source>
      <translation>{name} файл хүснэгт биш: текст биш хоёртын өгөгдөл агуулж байна (CSV, TSV, XLSX, XLS эсвэл ODS байх ёстой).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="326" />
      <source>The workbook {name} is password-protected (encrypted). Open it in a spreadsheet program and save it again without a password.</source>
      <translation>{name} ажлын ном нууц үгээр хамгаалагдсан (шифрлэгдсэн). Хүснэгтийн программд нээгээд нууц үггүйгээр дахин хадгална уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="330" />
      <source>The workbook {name} is damaged or not a {kind} file.</source>
      <translation>{name} ажлын ном гэмтсэн эсвэл {kind} файл биш байна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="345" />
      <source>The workbook {name} cannot be read ({detail}).</source>
      <translation>{name} ажлын номыг унших боломжгүй ({detail}).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="348" />
      <source>The workbook {name} cannot be read.</source>
      <translation>{name} ажлын номыг унших боломжгүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="352" />
      <source>The workbook {name} has no sheet '{sheet}'. Sheets: {sheets}</source>
      <translation>{name} ажлын номд «{sheet}» хуудас алга. Хуудсууд: {sheets}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="372" />
      <source>The workbook {name} has no sheet with data.</source>
      <translation>{name} ажлын номд өгөгдөлтэй хуудас алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="379" />
      <source>The file {name} is larger than Corridor reads ({limit} MiB, unpacked for workbooks): split it into several files.</source>
      <translation>{name} файл Corridor-ын унших хэмжээнээс их байна ({limit} MiB, ажлын номыг задалсан хэмжээгээр): хэд хэдэн файлд хуваана уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="418" />
      <source>The workbook {name} has data beyond column {limit} (cell {cell}), which the spreadsheet reader cannot see: move the data to the first {limit} columns or save the sheet as CSV.</source>
      <translation>{name} ажлын номд {limit}-р баганаас хойш өгөгдөл байна ({cell} нүд), хүснэгт уншигч үүнийг харахгүй: өгөгдлийг эхний {limit} баганад шилжүүлэх эсвэл хуудсыг CSV болгон хадгална уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/readers.py" line="431" />
      <source>File not found: {path}</source>
      <translation>Файл олдсонгүй: {path}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/builder.py" line="84" />
      <source>Transboundary action plan: protected areas, gaps and connectivity</source>
      <translation>Хил дамнасан үйл ажиллагааны төлөвлөгөө: ТХГН, цоорхой ба холбоос</translation>
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
      <translation>Үйлдэл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings.py" line="197" />
      <source>Where</source>
      <translation>Хаана</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings.py" line="197" />
      <source>Evidence</source>
      <translation>Үндэслэл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings.py" line="197" />
      <source>Analysis</source>
      <translation>Шинжилгээ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="16" />
      <source>The baseline holds {records} records of {species} species from {partners} partners in {countries}.</source>
      <translation>Суурь мэдээллийн санд {countries}-ийн {partners} түншээс {species} зүйлийн {records} бүртгэл бий.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="28" />
      <source>{gap} of {total} species have no protected part of their range and {partial} are below their representation target.</source>
      <translation>{total} зүйлийн {gap}-ийн тархацын аль ч хэсэг хамгаалагдаагүй, {partial} нь төлөөллийн зорилтоос доогуур байна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="31" />
      <source>Threatened species among them: {names}.</source>
      <translation>Тэдгээрийн дундах ховордсон зүйлс: {names}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="37" />
      <source>For {n} of {total} species the range is only their known occupied area (cells with records), not a range map: their protected shares say where they were recorded, not how much of their range is protected.</source>
      <translation>{total} зүйлийн {n}-ийн тархац нь зөвхөн мэдэгдэж буй эзэлсэн талбай (бүртгэлтэй нүд), тархацын зураг биш: тэдгээрийн хамгаалагдсан хувь нь хаана бүртгэгдсэнийг харуулна, тархацын хэр хэсэг хамгаалагдсаныг биш.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="54" />
      <source>{region}: {prot}% protected, {protconn}% protected and connected</source>
      <translation>{region}: {prot}% хамгаалагдсан, {protconn}% хамгаалагдсан бөгөөд холбогдсон</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="58" />
      <source> ({trans}% of it only through areas across the border)</source>
      <translation> (үүний {trans}% нь зөвхөн хилийн чанадах газруудаар дамжина)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="61" />
      <source>, from {n} protected areas only</source>
      <translation>, зөвхөн {n} ТХГН-ээс</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="65" />
      <source> at a median dispersal distance of {km} km</source>
      <translation> (тархалтын медиан зай {km} км)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="66" />
      <source>Connectivity per country{distance}: {parts}.</source>
      <translation>Улс тус бүрийн холбоос{distance}: {parts}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="74" />
      <source>{n} links cross a border; the strongest joins {a} and {b} ({countries}, {km} km apart, probability {p}).</source>
      <translation>{n} холбоос хил давна; хамгийн хүчтэй нь {a} ба {b}-г холбоно ({countries}, {km} км зайтай, магадлал {p}).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="82" />
      <source>Areas whose loss would cost most connectivity: {areas}.</source>
      <translation>Алдвал холбоосыг хамгийн их бууруулах газрууд: {areas}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="83" />
      <source>{name} (dPC {dpc}%)</source>
      <translation>{name} (dPC {dpc}%)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="86" />
      <source>Survey first at {place}.</source>
      <translation>Эхлээд судлах газар: {place}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="90" />
      <source>{n} corridors were drawn, {crossing} of them across a barrier (fence, railway).</source>
      <translation>{n} коридор зурсан, тэдгээрийн {crossing} нь саадыг (хашаа, төмөр зам) огтолно.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="93" />
      <source>They rest on a demonstration resistance raster: they show the method, not where animals move.</source>
      <translation>Тэдгээр нь үзүүлэнгийн эсэргүүцлийн растрт үндэслэсэн: аргыг харуулна, амьтдын нүүдлийн замыг биш.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="111" />
      <source>No result layer was given: there is nothing to summarise yet.</source>
      <translation>Үр дүнгийн давхарга өгөгдөөгүй: одоогоор нэгтгэх зүйл алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="120" />
      <source>{protected}% of its range protected, target {target}%</source>
      <translation>тархацын {protected}% хамгаалагдсан, зорилт {target}%</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="123" />
      <source> (records only: range not mapped)</source>
      <translation> (зөвхөн бүртгэл: тархацын зураг байхгүй)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="125" />
      <source>Protect more of the range of {species}{category}</source>
      <translation>{species}{category}-ийн тархацын илүү их хэсгийг хамгаалах</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="128" />
      <source>Gap analysis</source>
      <translation>Цоорхойн шинжилгээ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="135" />
      <source>probability {p} at {km} km</source>
      <translation>магадлал {p}, зай {km} км</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="140" />
      <source>; crosses {barriers}</source>
      <translation>; {barriers}-ийг огтолно</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="142" />
      <source>; crosses a barrier</source>
      <translation>; саадыг огтолно</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="143" />
      <source>Connectivity</source>
      <translation>Холбоос</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="143" />
      <source>Corridors</source>
      <translation>Коридорууд</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="145" />
      <source>Secure the link between {a} and {b}</source>
      <translation>{a} ба {b}-ийн хоорондын холбоосыг хамгаалах</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="152" />
      <source>Keep and strengthen {area}</source>
      <translation>{area}-г хадгалж бэхжүүлэх</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="154" />
      <source>dPC {dpc}%: connectivity lost if the area were lost</source>
      <translation>dPC {dpc}%: газар алдагдвал алдагдах холбоос</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="155" />
      <source>Connectivity (dPC)</source>
      <translation>Холбоос (dPC)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="158" />
      <source>{n} expected species without a recent record</source>
      <translation>сүүлийн үеийн бүртгэлгүй {n} байх ёстой зүйл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="160" />
      <source>; last record {year}</source>
      <translation>; сүүлийн бүртгэл {year}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="161" />
      <source>Survey this cell</source>
      <translation>Энэ нүдийг судлах</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="161" />
      <source>Survey gaps</source>
      <translation>Судалгааны цоорхой</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="177" />
      <source>unknown partner</source>
      <translation>үл мэдэгдэх түнш</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="181" />
      <source>{n} of {total} species have fewer than {minimum} records (too few for range size classes): {names}.</source>
      <translation>{total} зүйлийн {n}-д {minimum}-ээс цөөн бүртгэл бий (тархацын хэмжээний ангилалд хэт цөөн): {names}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="186" />
      <source>Records per partner: {partners}.</source>
      <translation>Түнш тус бүрийн бүртгэл: {partners}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="194" />
      <source>Ranges: {mapped} species from range maps, {only} from records only (known occupied area).</source>
      <translation>Тархац: {mapped} зүйл тархацын зургаас, {only} зөвхөн бүртгэлээс (мэдэгдэж буй эзэлсэн талбай).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="211" />
      <source>Connectivity of {regions} rests on fewer than {n} protected areas each: read it as an indication for those areas, not as a national figure.</source>
      <translation>{regions}-ийн холбоос тус бүр {n}-ээс цөөн ТХГН-д үндэслэсэн: үүнийг улсын үзүүлэлт биш, тэдгээр газрын чиг баримжаа гэж үзнэ үү.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="216" />
      <source>{n} protected areas lie mostly outside the country of their code: {areas}.</source>
      <translation>{n} ТХГН-ийн ихэнх хэсэг кодынхоо улсаас гадна оршино: {areas}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="229" />
      <source>Corridors were computed on a demonstration resistance raster: they show the method, not where animals move. A real study derives resistance from land cover.</source>
      <translation>Коридоруудыг үзүүлэнгийн эсэргүүцлийн растраар тооцсон: тэдгээр нь аргыг харуулна, амьтдын нүүдлийн замыг биш. Бодит судалгаанд эсэргүүцлийг газрын бүрхэвчээс гаргана.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="232" />
      <source>This report was translated by machine and has not been reviewed by a native speaker; the English report is the reference.</source>
      <translation>Энэ тайланг машинаар орчуулсан бөгөөд эх хэлтэн хянаагүй; англи хэл дээрх тайлан нь эх хувь болно.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/findings_text.py" line="234" />
      <source>Range size classes (criterion B) are for a regional assessment, not Red List categories.</source>
      <translation>Тархацын хэмжээний ангилал (B шалгуур) нь бүс нутгийн үнэлгээнд зориулагдсан, Улаан дансны ангилал биш.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="68" />
      <source>yes</source>
      <translation>тийм</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="68" />
      <source>no</source>
      <translation>үгүй</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="88" />
      <source>gap</source>
      <translation>цоорхой</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="88" />
      <source>partial</source>
      <translation>хэсэгчлэн</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="88" />
      <source>covered</source>
      <translation>хамрагдсан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="90" />
      <source>gap (records only)</source>
      <translation>цоорхой (зөвхөн бүртгэл)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="90" />
      <source>partial (records only)</source>
      <translation>хэсэгчлэн (зөвхөн бүртгэл)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/formatting.py" line="91" />
      <source>covered (records only)</source>
      <translation>хамрагдсан (зөвхөн бүртгэл)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="36" />
      <source>Protected areas</source>
      <translation>ТХГН</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="39" />
      <source>Occurrences</source>
      <translation>Тархалтын бүртгэл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="42" />
      <source>Gap analysis: species table</source>
      <translation>Цоорхойн шинжилгээ: зүйлийн хүснэгт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="46" />
      <source>Gap analysis: grid</source>
      <translation>Цоорхойн шинжилгээ: тор</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="49" />
      <source>Connectivity: summary table</source>
      <translation>Холбоос: хураангуй хүснэгт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="53" />
      <source>Connectivity: nodes</source>
      <translation>Холбоос: зангилаа</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="56" />
      <source>Connectivity: links</source>
      <translation>Холбоос: холбоонууд</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/inputs.py" line="73" />
      <source>{input}: the layer '{layer}' has no field '{field}'. The report reads the {output} output of Corridor by its field names: give that output, or rename the field.</source>
      <translation>{input}: «{layer}» давхаргад «{field}» талбар алга. Тайлан нь Corridor-ын {output} гаралтыг талбарын нэрээр нь уншдаг: тэр гаралтыг өгөх эсвэл талбарын нэрийг өөрчилнө үү.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/maps.py" line="56" />
      <source>Gap priority</source>
      <translation>Цоорхойн тэргүүлэх чиглэл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/maps.py" line="56" />
      <source>Protected areas by dPC</source>
      <translation>dPC-ээр ТХГН</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/maps.py" line="57" />
      <source>Links (probability)</source>
      <translation>Холбоосууд (магадлал)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/model.py" line="44" />
      <source>Not computed: no {what} was given to the report.</source>
      <translation>Тооцоогүй: тайланд {what} өгөөгүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="16" />
      <source>What the data say</source>
      <translation>Мэдээлэл юу хэлж байна</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="23" />
      <source>No action can be derived yet: give the report the gap-analysis, connectivity or survey-gap results.</source>
      <translation>Одоогоор арга хэмжээ гаргах боломжгүй: тайланд цоорхойн шинжилгээ, холбоос эсвэл судалгааны цоорхойн үр дүнг өгнө үү.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="26" />
      <source>Recommended actions</source>
      <translation>Зөвлөмж болгож буй арга хэмжээ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="26" />
      <source>Ranked: threatened species short of protection first, then transboundary links to secure, areas whose loss would cost most connectivity, and cells to survey; within each, by the score of the analysis named in the last column.</source>
      <translation>Эрэмбэ: эхлээд хамгаалалт дутуу ховордсон зүйлс, дараа нь хамгаалах хил дамнасан холбоос, алдвал холбоосыг хамгийн их бууруулах газар, судлах нүд; бүлэг дотроо сүүлийн баганад заасан шинжилгээний оноогоор.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="32" />
      <source>Limitations</source>
      <translation>Хязгаарлалт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="35" />
      <source>Study area</source>
      <translation>Судалгааны талбай</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="38" />
      <source>layer with features</source>
      <translation>объекттой давхарга</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="45" />
      <source>The study area spans longitude {west:.2f}° to {east:.2f}° and latitude {south:.2f}° to {north:.2f}° (WGS 84).</source>
      <translation>Судалгааны талбайн хамрах хүрээ: уртраг {west:.2f}°–{east:.2f}°, өргөрөг {south:.2f}°–{north:.2f}° (WGS 84).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="50" />
      <source>Countries: {countries}.</source>
      <translation>Улсууд: {countries}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="52" />
      <source>Baseline database: {database}</source>
      <translation>Суурь мэдээллийн сан: {database}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="56" />
      <source>Data sources per partner</source>
      <translation>Түнш тус бүрийн өгөгдлийн эх сурвалж</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="58" />
      <source>occurrence layer</source>
      <translation>тархалтын бүртгэлийн давхарга</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="77" />
      <source>{records} records of {species} species from {partners} partners.</source>
      <translation>{partners} түншээс {species} зүйлийн {records} бүртгэл.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="80" />
      <source>Years</source>
      <translation>Он</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="83" />
      <source>Protected areas and records</source>
      <translation>ТХГН ба бүртгэл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="86" />
      <source>protected-area or occurrence layer</source>
      <translation>ТХГН эсвэл тархалтын бүртгэлийн давхарга</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="89" />
      <source>{count} protected areas.</source>
      <translation>{count} ТХГН.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="91" />
      <source>{count} occurrence records.</source>
      <translation>{count} тархалтын бүртгэл.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="98" />
      <source>Area</source>
      <translation>Газар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="98" />
      <source>Threatened</source>
      <translation>Ховордсон зүйл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="99" />
      <source>CITES species</source>
      <translation>CITES-ийн зүйл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="104" />
      <source>Methods</source>
      <translation>Арга зүй</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="105" />
      <source>Representation targets (Rodrigues et al. 2004, Nature 428:640): 100% of the range below 1,000 km², 10% above 250,000 km², interpolated linearly on log range size in between.</source>
      <translation>Төлөөлөлтийн зорилт (Rodrigues et al. 2004, Nature 428:640): 1,000 km²-аас бага тархацын 100%, 250,000 km²-аас их тархацын 10%, тэдгээрийн хооронд тархацын хэмжээний логарифмаар шугаман интерполяцлана.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="107" />
      <source>Range metrics (IUCN criterion B): extent of occurrence = area of the minimum convex polygon of the records; area of occupancy = occupied 2 × 2 km cells × 4 km².</source>
      <translation>Тархацын үзүүлэлт (IUCN-ий B шалгуур): тархалтын хүрээ = бүртгэлүүдийн хамгийн бага гүдгэр олон өнцөгтийн талбай; эзэмших талбай = эзэлсэн 2 × 2 km нүдний тоо × 4 km².</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="109" />
      <source>Connectivity (Saura &amp; Pascual-Hortal 2007; Saura et al. 2017, 2018): p_ij = exp(−k·d_ij) with k = −ln(0.5)/d50; PCnum = Σ_i Σ_j a_i·a_j·p*_ij with p* the maximum-product path probability; ECA = √PCnum; ProtConn = 100·ECA / A_L; dPC_k = 100·(PC − PC_k)/PC.</source>
      <translation>Холбоос (Saura &amp; Pascual-Hortal 2007; Saura et al. 2017, 2018): p_ij = exp(−k·d_ij), энд k = −ln(0.5)/d50; PCnum = Σ_i Σ_j a_i·a_j·p*_ij, энд p* нь хамгийн их үржвэртэй замын магадлал; ECA = √PCnum; ProtConn = 100·ECA / A_L; dPC_k = 100·(PC − PC_k)/PC.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="112" />
      <source>Corridors: cost-weighted distance over the 8-neighbour grid, normalised corridor = CWD_A + CWD_B − LCD_AB (as Linkage Mapper); pinch points from circuit theory (as Circuitscape).</source>
      <translation>Коридорууд: 8 хөршийн тор дээрх зардлаар жигнэсэн зай, нормчилсон коридор = CWD_A + CWD_B − LCD_AB (Linkage Mapper-тэй адил); нарийсалтын цэгийг хэлхээний онолоор (Circuitscape-тэй адил).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="114" />
      <source>Occurrences: partner sheets harmonised to Darwin Core; names matched to the corridor checklist; rejected rows are listed with their reason and never silently dropped.</source>
      <translation>Тархалтын бүртгэл: түншийн хүснэгтүүдийг Darwin Core-д нийцүүлсэн; нэрсийг коридорын зүйлийн жагсаалттай тулгасан; татгалзсан мөрүүдийг шалтгаантай нь жагсаадаг, хэзээ ч чимээгүй хасдаггүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="123" />
      <source>not given</source>
      <translation>өгөөгүй</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="126" />
      <source>Data appendix</source>
      <translation>Өгөгдлийн хавсралт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="127" />
      <source>Inputs of this report. Corridor {version}, report language {language}.</source>
      <translation>Энэ тайлангийн оролтууд. Corridor {version}, тайлангийн хэл {language}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="129" />
      <source>Input</source>
      <translation>Оролт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="129" />
      <source>Layer</source>
      <translation>Давхарга</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="129" />
      <source>Features</source>
      <translation>Объект</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/overview.py" line="129" />
      <source>Source</source>
      <translation>Эх сурвалж</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/places.py" line="56" />
      <source>{coordinates}, in {area}</source>
      <translation>{coordinates}, {area} дотор</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/places.py" line="63" />
      <source>{coordinates}, {km} km from {area}</source>
      <translation>{coordinates}, {area}-аас {km} км</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="18" />
      <source>Gap species</source>
      <translation>Цоорхойн зүйл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="20" />
      <source>gap-analysis species table</source>
      <translation>цоорхойн шинжилгээний зүйлийн хүснэгт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="27" />
      <source>{gap} species have no protected part of their range (gap), {partial} are below their representation target (partial), {covered} meet it (covered).</source>
      <translation>Тархацынхаа хамгаалагдсан хэсэггүй зүйл (цоорхой): {gap}; төлөөлөлтийн зорилтоосоо доогуур (хэсэгчлэн): {partial}; зорилтоо хангасан (хамрагдсан): {covered}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="32" />
      <source>{n} species have no range map: their area is the known occupied area (grid cells holding records) and their status ends in '(records only)'. Surveys inside protected areas make such ranges look protected.</source>
      <translation>{n} зүйлд тархацын зураг байхгүй: тэдгээрийн талбай нь мэдэгдэж буй эзэлсэн талбай (бүртгэлтэй торын нүд) бөгөөд төлөв нь «(records only)»-оор төгсөнө. ТХГН доторх судалгаа ийм тархацыг хамгаалагдсан мэт харагдуулна.</translation>
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
      <translation>Хамгаалагдсан %</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="47" />
      <source>Target %</source>
      <translation>Зорилт %</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="47" />
      <source>Shortfall (points)</source>
      <translation>Дутагдал (пункт)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="47" />
      <source>Status</source>
      <translation>Төлөв</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="50" />
      <source>{shown} of {total} species shown; the HTML report lists them all.</source>
      <translation>Нийт {total} зүйлээс харуулсан нь: {shown}; HTML тайланд бүгдийг жагсаасан.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="59" />
      <source>Range km²</source>
      <translation>Тархац km²</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="61" />
      <source>Known occupied area km²</source>
      <translation>Мэдэгдэж буй эзэлсэн талбай km²</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="62" />
      <source>Range or known occupied area km²</source>
      <translation>Тархац эсвэл мэдэгдэж буй эзэлсэн талбай km²</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="65" />
      <source>Gap grid: priority cells</source>
      <translation>Цоорхойн тор: тэргүүлэх нүднүүд</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="68" />
      <source>gap grid layer</source>
      <translation>цоорхойн торын давхарга</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="69" />
      <source>{cells} grid cells; colour shows the priority score (summed target shortfall weighted by threat, over the unprotected part of the cell).</source>
      <translation>{cells} торын нүд; өнгө нь тэргүүлэх ач холбогдлын оноог харуулна (нүдний хамгаалагдаагүй хэсэгт, ховордлын зэргээр жигнэсэн зорилтын дутагдлын нийлбэр).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="74" />
      <source>Cell</source>
      <translation>Нүд</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="74" />
      <source>Richness</source>
      <translation>Зүйлийн баялаг</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="77" />
      <source>Connectivity per country</source>
      <translation>Улс тус бүрийн холбоос</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="79" />
      <source>connectivity summary table</source>
      <translation>холбоосын хураангуй хүснэгт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="86" />
      <source>Region</source>
      <translation>Бүс</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="86" />
      <source>Areas</source>
      <translation>Газрын тоо</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="86" />
      <source>d50 (km)</source>
      <translation>d50 (km)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="86" />
      <source>Prot %</source>
      <translation>Prot %</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="86" />
      <source>ProtConn %</source>
      <translation>ProtConn %</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="87" />
      <source>Transboundary share %</source>
      <translation>Хил дамнасан хувь %</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="87" />
      <source>RelConn %</source>
      <translation>RelConn %</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="87" />
      <source>ECA (ha)</source>
      <translation>ECA (ha)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="92" />
      <source>ProtConn is the percentage of the region covered by protected and connected land; the transboundary share is the part of ProtConn that exists only through protected areas abroad (ProtConn[Trans] / ProtConn).</source>
      <translation>ProtConn нь бүсийн хамгаалагдсан бөгөөд хоорондоо холбогдсон газрын эзлэх хувь; хил дамнасан хувь нь ProtConn-ийн зөвхөн гадаад улсын ТХГН-ээр дамжин бий болох хэсэг (ProtConn[Trans] / ProtConn).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="95" />
      <source>Areas are counted in the country where they lie.</source>
      <translation>Газруудыг оршиж буй улсад нь тооцно.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="98" />
      <source>{regions}: fewer than {n} protected areas each; their ProtConn describes those areas, not the whole country's network.</source>
      <translation>{regions}: тус бүр {n}-ээс цөөн ТХГН; тэдгээрийн ProtConn нь улсын бүх сүлжээг биш, эдгээр газрыг тодорхойлно.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="103" />
      <source>Most important areas for connectivity (dPC)</source>
      <translation>Холбоост хамгийн чухал газрууд (dPC)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="105" />
      <source>connectivity nodes layer</source>
      <translation>холбоосын зангилааны давхарга</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="106" />
      <source>Areas ranked by dPC, the loss of connectivity if the area were lost, split into its intra, flux and connector parts.</source>
      <translation>dPC-ээр (тухайн газар алга болбол холбоос хэр буурах) эрэмбэлсэн газрууд, intra, flux, connector хэсэгт задалсан.</translation>
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
      <translation>Хамгийн хүчтэй холбоонууд</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="118" />
      <source>connectivity links layer</source>
      <translation>холбоонуудын давхарга</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="119" />
      <source>Links between protected areas ranked by importance (dPC where computed, otherwise by probability).</source>
      <translation>ТХГН хоорондын холбоонуудыг ач холбогдлоор нь эрэмбэлсэн (тооцсон бол dPC-ээр, эс бөгөөс магадлалаар).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="124" />
      <source>From</source>
      <translation>Хаанаас</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="124" />
      <source>To</source>
      <translation>Хаашаа</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="124" />
      <source>Countries</source>
      <translation>Улсууд</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="124" />
      <source>Distance (m)</source>
      <translation>Зай (m)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="124" />
      <source>Probability</source>
      <translation>Магадлал</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="125" />
      <source>Transboundary</source>
      <translation>Хил дамнасан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="131" />
      <source>corridor layer</source>
      <translation>коридорын давхарга</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="133" />
      <source>{count} least-cost corridors between protected areas.</source>
      <translation>ТХГН хоорондын хамгийн бага зардалтай {count} коридор.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="136" />
      <source>Demonstration: these corridors were computed on a demonstration resistance raster. They show the method, not where animals move.</source>
      <translation>Үзүүлэн: эдгээр коридорыг үзүүлэнгийн эсэргүүцлийн растраар тооцсон. Тэдгээр нь аргыг харуулна, амьтдын нүүдлийн замыг биш.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="142" />
      <source>Cost distance</source>
      <translation>Зардлын зай</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="142" />
      <source>Barriers crossed</source>
      <translation>Огтолсон саадууд</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="149" />
      <source>Survey-gap priorities</source>
      <translation>Судалгааны цоорхойн тэргүүлэх чиглэл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="152" />
      <source>survey-gap layer</source>
      <translation>судалгааны цоорхойн давхарга</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="153" />
      <source>Cells with few or old records relative to their neighbours and to the species expected there: where to survey next.</source>
      <translation>Хөрш нүднүүд болон тэнд байх төлөвтэй зүйлтэй харьцуулахад бүртгэл цөөн эсвэл хуучин нүднүүд: дараагийн судалгааг хаана хийх вэ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="154" />
      <source>Each cell is given by its centre and the nearest protected area.</source>
      <translation>Нүд бүрийг төв цэг болон хамгийн ойрын ТХГН-ээр заана.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="161" />
      <source>Rank</source>
      <translation>Эрэмбэ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="161" />
      <source>Location</source>
      <translation>Байршил</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="161" />
      <source>Expected species</source>
      <translation>Хүлээгдэж буй зүйл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="162" />
      <source>Last record</source>
      <translation>Сүүлийн бүртгэл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="162" />
      <source>Priority</source>
      <translation>Тэргүүлэх ач холбогдол</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/report/results.py" line="221" />
      <source>Top {shown} of {total}.</source>
      <translation>Эхний {shown} (нийт {total}).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/results_summary.py" line="30" />
      <source>from {count} partners</source>
      <translation>{count} түншээс</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/results_summary.py" line="36" />
      <source>in {count} countries</source>
      <translation>{count} улсад</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/results_summary.py" line="44" />
      <source>{partial} partial · {covered} covered of {total}</source>
      <translation>хэсэгчлэн {partial} · хамрагдсан {covered} (нийт {total})</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sensitivity.py" line="59" />
      <source>Sensitivity overrides look like 'Scientific name=high' (levels: high, medium, none); got '{part}'.</source>
      <translation>Мэдрэмтгий байдлын өөрчлөлтийг 'Шинжлэх ухааны нэр=high' хэлбэрээр бичнэ (түвшин: high, medium, none); ирсэн нь «{part}».</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="62" />
      <source>The row holds bytes that no known text encoding reads (UTF-8, Windows-1251, GB18030): save the sheet again as UTF-8.</source>
      <translation>Мөрд ямар ч мэдэгдэх кодчилол (UTF-8, Windows-1251, GB18030) уншиж чадахгүй байт байна: хүснэгтийг UTF-8-аар дахин хадгална уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="64" />
      <source>A cell is longer than 32,767 characters (the spreadsheet limit); the cell is shortened in this report.</source>
      <translation>Нүд 32 767 тэмдэгтээс урт байна (хүснэгтийн хязгаар); энэ тайланд нүдийг товчилсон.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="66" />
      <source>Projected coordinates far outside the area where the coordinate reference system is used (wrong CRS, swapped columns or a typing error).</source>
      <translation>Проекцийн солбицол нь солбицлын системийн хэрэглэх хүрээнээс хол гадна байна (буруу систем, багана солигдсон эсвэл бичгийн алдаа).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="68" />
      <source>Not a record (a total, a repeated header or a note row).</source>
      <translation>Бүртгэл биш (нийлбэр, давтагдсан толгой эсвэл тэмдэглэлийн мөр).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="69" />
      <source>No species name.</source>
      <translation>Зүйлийн нэр алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="70" />
      <source>Species name not found in the checklist; add it to a mapping file to import it.</source>
      <translation>Зүйлийн нэр жагсаалтад олдсонгүй; импортлохын тулд харгалзуулалтын файлд нэмнэ үү.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="71" />
      <source>Species name matches several taxa of the checklist; map it explicitly.</source>
      <translation>Зүйлийн нэр жагсаалтын хэд хэдэн таксонтой таарч байна; тодорхой харгалзуулна уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="72" />
      <source>No date.</source>
      <translation>Огноо алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="73" />
      <source>Date not understood or impossible.</source>
      <translation>Огноо ойлгомжгүй эсвэл боломжгүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="74" />
      <source>Date in the future.</source>
      <translation>Ирээдүйн огноо.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="75" />
      <source>Date before 1800.</source>
      <translation>1800 оноос өмнөх огноо.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="76" />
      <source>Coordinates not understood (or only one of latitude/longitude).</source>
      <translation>Координат ойлгомжгүй (эсвэл өргөрөг/уртрагийн зөвхөн нэг нь байна).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="77" />
      <source>Impossible coordinates (latitude beyond ±90° or longitude beyond ±180°, also after trying them swapped).</source>
      <translation>Боломжгүй координат (өргөрөг ±90°-аас, уртраг ±180°-аас хэтэрсэн, сольж үзсэн ч мөн адил).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="79" />
      <source>No coordinates and no site to locate the record.</source>
      <translation>Координат ч, бүртгэлийн байршлыг тогтоох газар ч алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="80" />
      <source>No coordinates, and the site is not in the site gazetteer.</source>
      <translation>Координат алга, газар нь газрын нэрсийн лавлахад байхгүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="81" />
      <source>Abundance not understood, negative or implausibly large.</source>
      <translation>Тоо толгойг ойлгосонгүй, сөрөг эсвэл үнэмшилгүй их байна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="102" />
      <source>The point lies outside the country given for the record.</source>
      <translation>Цэг нь бичлэгт заасан улсаас гадна байрлаж байна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="103" />
      <source>No country given: taken from where the point lies.</source>
      <translation>Улсыг заагаагүй: цэгийн байршлаас авсан.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="104" />
      <source>Latitude and longitude were presumed swapped and exchanged.</source>
      <translation>Өргөрөг, уртрагийг сольж бичсэн гэж үзээд солив.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="105" />
      <source>The latitude's sign was presumed wrong and changed.</source>
      <translation>Өргөрөгийн тэмдгийг буруу гэж үзээд өөрчилсөн.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="106" />
      <source>The longitude's sign was presumed wrong and changed.</source>
      <translation>Уртрагийн тэмдгийг буруу гэж үзээд өөрчилсөн.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="107" />
      <source>Coordinates rounded to 6 decimals.</source>
      <translation>Солбицлыг аравтын 6 орон хүртэл тоймлосон.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="108" />
      <source>Coordinates transformed to WGS 84.</source>
      <translation>Солбицлыг WGS 84 руу хувиргасан.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="109" />
      <source>Coordinates written to 0.01° (about 1 km) or coarser.</source>
      <translation>Солбицлыг 0.01° (ойролцоогоор 1 км) буюу түүнээс бүдүүн нарийвчлалтай бичсэн.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="110" />
      <source>No datum shift to WGS 84 was available; the position may be off by about 100 m.</source>
      <translation>WGS 84 руу датумын шилжилт байхгүй; байршил ойролцоогоор 100 м зөрж болно.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="112" />
      <source>Latitude or longitude is zero.</source>
      <translation>Өргөрөг эсвэл уртраг тэг байна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="113" />
      <source>The species name matched the checklist only approximately.</source>
      <translation>Зүйлийн нэр жагсаалттай зөвхөн ойролцоогоор таарсан.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="114" />
      <source>The species name is a synonym of the checklist's accepted name.</source>
      <translation>Зүйлийн нэр нь жагсаалтын хүлээн зөвшөөрсөн нэрийн синоним.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="115" />
      <source>The species was identified by its vernacular name.</source>
      <translation>Зүйлийг нутгийн нэрээр нь тодорхойлсон.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="116" />
      <source>Position taken from the site gazetteer.</source>
      <translation>Байршлыг газрын лавлахаас авсан.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="117" />
      <source>Gauss–Krüger zone read from the easting's prefix.</source>
      <translation>Гаусс–Крюгерийн бүсийг зүүн солбицлын угтвараас уншсан.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="118" />
      <source>The date is a range, not a day.</source>
      <translation>Огноо нь өдөр биш, хугацааны завсар.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="119" />
      <source>NUL characters were removed from the row's text.</source>
      <translation>Мөрийн бичвэрээс NUL тэмдэгтүүдийг устгасан.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="120" />
      <source>The row was in another text encoding than the rest of the file; check its text.</source>
      <translation>Мөр файлын бусад хэсгээс өөр кодчилолтой байсан; бичвэрийг нь шалгана уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="121" />
      <source>Within 10 km of a country capital (often a default position).</source>
      <translation>Улсын нийслэлээс 10 км дотор (ихэвчлэн анхдагч байршил).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="122" />
      <source>Within 1 km of a country's centroid (often a default position).</source>
      <translation>Улсын төв цэгээс 1 км дотор (ихэвчлэн анхдагч байршил).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="123" />
      <source>Within 1 km of a province's centroid (often a default position).</source>
      <translation>Аймгийн төв цэгээс 1 км дотор (ихэвчлэн анхдагч байршил).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="124" />
      <source>At a museum, zoo, herbarium or academy (a specimen's place of keeping?).</source>
      <translation>Музей, амьтны хүрээлэн, ургамлын сан хөмрөг эсвэл академийн байршилд (дээжийг хадгалж буй газар уу?).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="125" />
      <source>At GBIF's headquarters in Copenhagen (a known default position).</source>
      <translation>Копенгаген дахь GBIF-ийн төв байранд (мэдэгдэж буй анхдагч байршил).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="126" />
      <source>Latitude equals longitude (a typing error?).</source>
      <translation>Өргөрөг уртрагтай тэнцүү (бичгийн алдаа уу?).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="127" />
      <source>In the sea, for a species that lives on land or in fresh water.</source>
      <translation>Хуурай газар эсвэл цэвэр усанд амьдардаг зүйлийн бичлэг далайд байна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="128" />
      <source>Coordinates are whole degrees (precision about 100 km).</source>
      <translation>Солбицол нь бүхэл градус (нарийвчлал ойролцоогоор 100 км).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="129" />
      <source>Coordinates are whole minutes (precision about 2 km).</source>
      <translation>Солбицол нь бүхэл минут (нарийвчлал ойролцоогоор 2 км).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="130" />
      <source>Far from the species' other records (more than Q75 + 5 × IQR of their mean distances and more than 100 km).</source>
      <translation>Зүйлийн бусад бичлэгээс хол (тэдгээрийн дундаж зайн Q75 + 5 × IQR-ээс их, мөн 100 км-ээс их).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="132" />
      <source>The same species, date and position as an earlier record of the same partner.</source>
      <translation>Тухайн түншийн өмнөх бичлэгтэй зүйл, огноо, байршил нь ижил.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="133" />
      <source>The same species and date within the duplicate distance of another partner's record.</source>
      <translation>Өөр түншийн бичлэгтэй зүйл, огноо ижил бөгөөд давхардлын зайн дотор байна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="178" />
      <source>The site gazetteer layer cannot be opened.</source>
      <translation>Газрын нэрсийн лавлахын давхаргыг нээх боломжгүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="187" />
      <source>The site gazetteer has no text field with site names.</source>
      <translation>Газрын нэрсийн лавлахад газрын нэр бүхий текст талбар алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="366" />
      <source>{where}: the sheet is empty.</source>
      <translation>{where}: хуудас хоосон.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="397" />
      <source>{where}: header on row {rows}; columns: {columns}</source>
      <translation>{where}: толгой мөр {rows}; баганууд: {columns}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="400" />
      <source>{where}: {n} blank rows skipped.</source>
      <translation>{where}: алгассан хоосон мөр: {n}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="425" />
      <source>{where}: {n} rows are in another text encoding than the rest of the file; they were read as such and flagged {flag}.</source>
      <translation>{where}: {n} мөр файлын бусад хэсгээс өөр кодчилолтой; тэдгээрийг тэр кодчилолоор уншиж {flag} гэж тэмдэглэсэн.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="477" />
      <source>{where}: dates read month-first (a value like 06/13/2020 was found).</source>
      <translation>{where}: огноог сар эхэлсэн хэлбэрээр уншсан (06/13/2020 гэх мэт утга олдсон).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="540" />
      <source>{where}: no column '{column}' for the country.</source>
      <translation>{where}: улсын «{column}» багана алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="784" />
      <source>{where}: PROJ has no datum shift from {crs} to WGS 84 for this area; positions may be off by about 100 m (flag DATUM_SHIFT_UNAVAILABLE).</source>
      <translation>{where}: PROJ-д энэ нутагт {crs}-ээс WGS 84 руу датум шилжүүлэх параметр алга; байрлал ойролцоогоор 100 m зөрж болно (тэмдэглэгээ DATUM_SHIFT_UNAVAILABLE).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="813" />
      <source>{where}: {n} rows hold Pulkovo 1942 Gauss–Krüger coordinates; the zone was read from the easting prefix.</source>
      <translation>{where}: Пулково 1942 Гаусс–Крюгерийн координаттай мөр: {n}; бүсийг зүүн координатын угтвараас уншсан.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="877" />
      <source>{file}: Corridor template with coordinates in {crs}.</source>
      <translation>{file}: {crs} координаттай Corridor загвар.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="899" />
      <source>Unknown country '{country}': use CHN, MNG, RUS or KAZ.</source>
      <translation>Үл мэдэгдэх улс «{country}»: CHN, MNG, RUS эсвэл KAZ ашиглана уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="909" />
      <source>Unknown coordinate reference system: {crs}</source>
      <translation>Үл мэдэгдэх координатын систем: {crs}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="946" />
      <source>{file}{sheet}: {total} rows, {accepted} accepted, {rejected} rejected</source>
      <translation>{file}{sheet}: {total} мөр, хүлээн авсан {accepted}, татгалзсан {rejected}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/sheets.py" line="953" />
      <source>No sheet could be imported.</source>
      <translation>Импортлож болох хуудас олдсонгүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="418" />
      <source>Submission timeline</source>
      <translation>Илгээлтийн хугацааны хэлхээс</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="418" />
      <source>today</source>
      <translation>өнөөдөр</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="418" />
      <source>As of</source>
      <translation>Тухайн огноогоор</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="419" />
      <source>received</source>
      <translation>хүлээн авсан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="419" />
      <source>late</source>
      <translation>хоцорсон</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="419" />
      <source>missing</source>
      <translation>ирээгүй</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="419" />
      <source>pending</source>
      <translation>хүлээгдэж буй</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="420" />
      <source>unscheduled</source>
      <translation>төлөвлөгөөт бус</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="421" />
      <source>Period</source>
      <translation>Үе</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="421" />
      <source>Due date</source>
      <translation>Эцсийн хугацаа</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="422" />
      <source>Submissions</source>
      <translation>Илгээлт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="422" />
      <source>Last received</source>
      <translation>Сүүлд хүлээн авсан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="422" />
      <source>Days late</source>
      <translation>Хоцорсон хоног</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/submission_status.py" line="472" />
      <source>The expected submissions table cannot be read: {error}</source>
      <translation>Хүлээгдэж буй илгээлтийн хүснэгтийг унших боломжгүй: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/taxonomy.py" line="332" />
      <source>Cannot read the checklist file {path}: unknown text encoding.</source>
      <translation>{path} зүйлийн жагсаалтын файлыг унших боломжгүй: текстийн кодчилол тодорхойгүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/taxonomy.py" line="382" />
      <source>The checklist file {path} is empty.</source>
      <translation>{path} зүйлийн жагсаалтын файл хоосон байна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/taxonomy.py" line="396" />
      <source>The file {path} is neither a checklist (column scientific_name_accepted) nor a name mapping (two columns: verbatim, scientificName).</source>
      <translation>{path} файл нь зүйлийн жагсаалт (scientific_name_accepted багана) ч биш, нэрийн харгалзуулалт (хоёр багана: verbatim, scientificName) ч биш.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/taxonomy.py" line="415" />
      <source>Checklist file not found: {path}</source>
      <translation>Зүйлийн жагсаалтын файл олдсонгүй: {path}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="200" />
      <source>Unknown language '{language}': use one of {languages}.</source>
      <translation>Үл мэдэгдэх хэл «{language}»: дараахын аль нэгийг ашиглана уу: {languages}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="203" />
      <source>The translations for '{language}' are not installed (resources/i18n/corridor_{language}.qm): run 'make translations'.</source>
      <translation>«{language}» хэлний орчуулга суулгаагүй байна (resources/i18n/corridor_{language}.qm): «make translations» ажиллуулна уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="41" />
      <source>Done: its results are on the map.</source>
      <translation>Дууссан: үр дүн газрын зураг дээр байна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="51" />
      <source>Workflow</source>
      <translation>Ажлын урсгал</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="54" />
      <source>From partner species sheets to a transboundary action plan, step by step. Every step is also a Processing algorithm (Processing Toolbox ▸ Corridor).</source>
      <translation>Түншийн зүйлийн хүснэгтээс хил дамнасан үйл ажиллагааны төлөвлөгөө хүртэл алхам алхмаар. Алхам бүр мөн Processing алгоритм байдаг (Processing Toolbox ▸ Corridor).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="84" />
      <source>Corridor</source>
      <translation>Corridor</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="96" />
      <source>Transboundary biodiversity baseline, gaps and connectivity</source>
      <translation>Хил дамнасан биологийн олон янз байдлын суурь мэдээлэл, цоорхой ба холбоос</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="121" />
      <source>Version {version} · database: {database} · {count} results</source>
      <translation>Хувилбар {version} · мэдээллийн сан: {database} · үр дүн: {count}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/dock.py" line="122" />
      <source>none</source>
      <translation>байхгүй</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="26" />
      <source>Connectivity nodes (dPC)</source>
      <translation>Холбоосын зангилаа (dPC)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="27" />
      <source>Connectivity links</source>
      <translation>Холбоосын холбоонууд</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="29" />
      <source>Protected areas with records</source>
      <translation>Бүртгэлтэй ТХГН</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="31" />
      <source>Gap grid</source>
      <translation>Цоорхойн тор</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="32" />
      <source>Corridor zones (cost above the least cost)</source>
      <translation>Коридорын бүс (хамгийн бага зардлаас илүү зардал)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="36" />
      <source>Corridor results</source>
      <translation>Corridor-ын үр дүн</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/map_layers.py" line="108" />
      <source>Country borders</source>
      <translation>Улсын хил</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="51" />
      <source>or a drawn study area</source>
      <translation>эсвэл зурсан судалгааны талбай</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="62" />
      <source>km</source>
      <translation>км</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="63" />
      <source>Range cell size</source>
      <translation>Тархацын нүдний хэмжээ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="68" />
      <source>Gap grid cell size</source>
      <translation>Цоорхойн торын нүдний хэмжээ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="78" />
      <source>Custom distances</source>
      <translation>Өөрийн зай</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="81" />
      <source>{group} ({count} species with a published distance)</source>
      <translation>{group} (нийтлэгдсэн зайтай {count} зүйл)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="84" />
      <source>Dispersal preset</source>
      <translation>Тархалтын урьдчилсан тохиргоо</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="86" />
      <source>Median dispersal distances d50 in km, comma-separated.</source>
      <translation>Тархалтын медиан зай d50, km-ээр, таслалаар тусгаарлана.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="88" />
      <source>d50: the distance at which half of the animals that leave an area reach another; from the species' published dispersal distances.</source>
      <translation>d50: нэг газраас гарсан амьтдын тал нь нөгөө газарт хүрэх зай; зүйлийн хэвлэгдсэн тархалтын зайнаас.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="94" />
      <source>Probability at d50</source>
      <translation>d50 дахь магадлал</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="99" />
      <source>Transboundary buffer</source>
      <translation>Хил дамнасан буфер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="101" />
      <source>Lines</source>
      <translation>Шугам</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="102" />
      <source>Barriers (fences, railways)</source>
      <translation>Саад (хашаа, төмөр зам)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="107" />
      <source>Barrier permeability</source>
      <translation>Саадын нэвтрүүлэх чадвар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="108" />
      <source>Permeability: the share of animals that still cross a barrier (0 = none, 1 = the barrier does not matter).</source>
      <translation>Нэвчимтгий чанар: саадыг давж гарах амьтдын хувь (0 = байхгүй, 1 = саад нөлөөгүй).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="110" />
      <source>ProtConn: the share of a country that is protected and connected; dPC: how much connectivity would be lost without an area.</source>
      <translation>ProtConn: улсын хамгаалагдсан, холбогдсон хэсгийн хувь; dPC: тухайн газаргүй бол хэр их холбоо алдагдах.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="124" />
      <source>Rasters</source>
      <translation>Растер</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="125" />
      <source>Resistance raster</source>
      <translation>Эсэргүүцлийн растр</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="126" />
      <source>Resistance: the cost for an animal to cross each cell (1 = easy); a demonstration raster gives demonstration corridors.</source>
      <translation>Эсэргүүцэл: амьтан нүд бүрийг давах зардал (1 = амархан); жишээ растер зөвхөн жишээ коридор өгнө.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="135" />
      <source>Corridor width (cost units above the least cost)</source>
      <translation>Коридорын өргөн (хамгийн бага зардлаас илүү зардлын нэгж)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="141" />
      <source>Largest width (cost units, 0 = no cap)</source>
      <translation>Хамгийн их өргөн (зардлын нэгж, 0 = хязгааргүй)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="142" />
      <source>Corridor width: how much more than the cheapest path a route may cost and still belong to the corridor, in the resistance raster's cost units.</source>
      <translation>Коридорын өргөн: маршрут хамгийн хямд замаас хэр их үнэтэй байж коридорт хамаарах вэ, эсэргүүцлийн растерын зардлын нэгжээр.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="144" />
      <source>Transboundary links only</source>
      <translation>Зөвхөн хил дамнасан холбоо</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="147" />
      <source>Pinch points (circuit theory)</source>
      <translation>Нарийсалтын цэг (хэлхээний онол)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="164" />
      <source>Run analyses</source>
      <translation>Шинжилгээ ажиллуулах</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="216" />
      <source>Analyses finished.</source>
      <translation>Шинжилгээ дууслаа.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="239" />
      <source>Gap analysis skipped: import sheets and prepare protected areas first.</source>
      <translation>Цоорхойн шинжилгээг алгассан: эхлээд хүснэгт импортлоод ТХГН-ийг бэлтгэнэ үү.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="252" />
      <source>Gap analysis done.</source>
      <translation>Цоорхойн шинжилгээ дууслаа.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="260" />
      <source>Connectivity skipped: prepare protected areas first.</source>
      <translation>Холбоосын шинжилгээг алгассан: эхлээд ТХГН-ийг бэлтгэнэ үү.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="280" />
      <source>Connectivity done.</source>
      <translation>Холбоосын шинжилгээ дууслаа.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="289" />
      <source>Corridors skipped: they need protected areas and a resistance raster.</source>
      <translation>Коридорыг алгассан: ТХГН болон эсэргүүцлийн растр шаардлагатай.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="307" />
      <source>Corridors done.</source>
      <translation>Коридор дууслаа.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="323" />
      <source>large mammal</source>
      <translation>том хөхтөн</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="323" />
      <source>small mammal</source>
      <translation>жижиг хөхтөн</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="323" />
      <source>bird</source>
      <translation>шувуу</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="324" />
      <source>fish</source>
      <translation>загас</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="324" />
      <source>reptile</source>
      <translation>мөлхөгч</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="324" />
      <source>amphibian</source>
      <translation>хоёр нутагтан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="325" />
      <source>invertebrate</source>
      <translation>сээр нуруугүй</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/analyses_panel.py" line="325" />
      <source>plant</source>
      <translation>ургамал</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="226" />
      <source>All tools of this step (Processing)</source>
      <translation>Энэ алхмын бүх хэрэгсэл (Processing)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="235" />
      <source>No Corridor algorithm is available for this step yet.</source>
      <translation>Энэ алхамд одоогоор Corridor алгоритм алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="241" />
      <source>Open…</source>
      <translation>Нээх…</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="311" />
      <source>{alg_id} is not installed in this version of Corridor.</source>
      <translation>{alg_id} нь Corridor-ын энэ хувилбарт суугаагүй байна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="320" />
      <source>Failed: {message}</source>
      <translation>Амжилтгүй: {message}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="326" />
      <source>Done: {name}</source>
      <translation>Дууссан: {name}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="332" />
      <source>Cancelled.</source>
      <translation>Цуцлагдсан.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/base_panel.py" line="362" />
      <source>Next: {step} ▸</source>
      <translation>Дараах: {step} ▸</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="32" />
      <source>Layer in the project</source>
      <translation>Төсөл дэх давхарга</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="36" />
      <source>or WDPA files</source>
      <translation>эсвэл WDPA файлууд</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="41" />
      <source>Clip to region</source>
      <translation>Бүсээр тайрах</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="48" />
      <source>National layer: fields</source>
      <translation>Үндэсний давхарга: талбарууд</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="53" />
      <source>Name</source>
      <translation>Нэр</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="53" />
      <source>Country (ISO3)</source>
      <translation>Улс (ISO3)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="54" />
      <source>Designation</source>
      <translation>Ангилал (designation)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="54" />
      <source>IUCN category</source>
      <translation>IUCN ангилал</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="55" />
      <source>Status year</source>
      <translation>Статусын он</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="69" />
      <source>Cleaning</source>
      <translation>Цэвэрлэгээ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="87" />
      <source>Prepare areas</source>
      <translation>ТХГН бэлтгэх</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="90" />
      <source>Overlay records</source>
      <translation>Бүртгэлийг давхцуулах</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="96" />
      <source>What each cleaning step removed</source>
      <translation>Цэвэрлэгээний алхам бүр юуг хассан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="122" />
      <source>Pick a protected-area layer or WDPA files first.</source>
      <translation>Эхлээд ТХГН-ийн давхарга эсвэл WDPA файл сонгоно уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="146" />
      <source>Import sheets (step 1) and prepare protected areas first.</source>
      <translation>Эхлээд хүснэгтүүдийг импортлоод (1-р алхам) ТХГН-ийг бэлтгэнэ үү.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="167" />
      <source>Step</source>
      <translation>Алхам</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="167" />
      <source>Sites</source>
      <translation>Газар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="179" />
      <source>{count} clean protected areas.</source>
      <translation>Цэвэрлэсэн {count} ТХГН.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="181" />
      <source>No site was removed or changed.</source>
      <translation>Ямар ч газрыг хасаагүй, өөрчлөөгүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="183" />
      <source>Overlay done: {count} areas with per-area figures.</source>
      <translation>Давхцуулалт дууслаа: газар тус бүрийн үзүүлэлттэй {count} ТХГН.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="184" />
      <source>Not prepared yet.</source>
      <translation>Хараахан бэлтгээгүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="191" />
      <source>reading</source>
      <translation>унших</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="191" />
      <source>duplicate sites</source>
      <translation>давхардсан газар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="191" />
      <source>status (not designated)</source>
      <translation>төлөв (тогтоогоогүй)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="192" />
      <source>UNESCO-MAB biosphere reserves</source>
      <translation>ЮНЕСКО-МАБ шим мандлын нөөц газар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="192" />
      <source>OECMs (not protected areas)</source>
      <translation>OECM (хамгаалалттай газар биш)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="193" />
      <source>marine sites</source>
      <translation>далайн газар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="193" />
      <source>status year</source>
      <translation>төлөвийн он</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="193" />
      <source>point-only sites</source>
      <translation>зөвхөн цэгтэй газар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="194" />
      <source>antimeridian</source>
      <translation>антимеридиан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="194" />
      <source>geometry repair</source>
      <translation>геометр засвар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="194" />
      <source>study region</source>
      <translation>судалгааны бүс</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="195" />
      <source>overlapping areas</source>
      <translation>давхцсан газар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="195" />
      <source>outline outside its country</source>
      <translation>хил хязгаар нь улсаасаа гадна</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="200" />
      <source>removed</source>
      <translation>хасагдсан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="200" />
      <source>changed</source>
      <translation>өөрчлөгдсөн</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="200" />
      <source>merged</source>
      <translation>нэгтгэгдсэн</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/protected_areas_panel.py" line="200" />
      <source>flagged</source>
      <translation>тэмдэглэгдсэн</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.py" line="80" />
      <source>Report written: {path}</source>
      <translation>Тайлан бичигдлээ: {path}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.py" line="90" />
      <source>No program opened the report. It is here: {path}</source>
      <translation>Тайланг нээх програм олдсонгүй. Энд байна: {path}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.py" line="99" />
      <source>Gap analysis: species</source>
      <translation>Дутагдлын шинжилгээ: зүйл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.py" line="100" />
      <source>Connectivity by country</source>
      <translation>Улс тус бүрийн холбоо</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="21" />
      <source>records</source>
      <translation>бүртгэл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="21" />
      <source>species</source>
      <translation>зүйл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="22" />
      <source>gap species</source>
      <translation>цоорхойн зүйл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="22" />
      <source>protected areas</source>
      <translation>ТХГН</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="29" />
      <source>Gap status by IUCN category</source>
      <translation>IUCN ангиллаар цоорхойн төлөв</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="30" />
      <source>ProtConn by country (% of the country)</source>
      <translation>Улс тус бүрийн ProtConn (улсын нутгийн %)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="31" />
      <source>Most important areas (dPC)</source>
      <translation>Хамгийн чухал газрууд (dPC)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="35" />
      <source>Refresh</source>
      <translation>Шинэчлэх</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="37" />
      <source>Add styled layers to the map</source>
      <translation>Давхаргыг зурагт нэмэх</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="62" />
      <source>ProtConn {region}</source>
      <translation>ProtConn {region}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="64" />
      <source>ProtConn {region} (d50 {km:g} km)</source>
      <translation>ProtConn {region} (d50 {km:g} km)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="66" />
      <source>transboundary share {share:.0f}% · Prot {prot:.1f}%</source>
      <translation>хил дамнасан хувь {share:.0f}% · Prot {prot:.1f}%</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="78" />
      <source>within</source>
      <translation>дотоодод</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="80" />
      <source>through foreign areas</source>
      <translation>гадаадын газруудаар дамжин</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/results_panel.py" line="88" />
      <source>{count} layers added to the map.</source>
      <translation>Газрын зурагт нэмсэн давхарга: {count}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="48" />
      <source>from the coordinates</source>
      <translation>солбицлоос</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="68" />
      <source>Partner sheets</source>
      <translation>Түншийн хүснэгт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="70" />
      <source>Drop sheets here or add them; set the partner and country of each file.</source>
      <translation>Хүснэгтүүдийг энд чирж оруулах эсвэл нэмнэ үү; файл бүрийн түнш болон улсыг тохируулна уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="76" />
      <source>Result</source>
      <translation>Үр дүн</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="77" />
      <source>Columns</source>
      <translation>Баганууд</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="79" />
      <source>Only for sheets whose headers were not recognised: the column of each role, e.g. species=B; date=Дата; lat=Ш; lon=Д</source>
      <translation>Зөвхөн толгой нь танигдаагүй хуудсанд: үүрэг бүрийн багана, жишээ нь species=B; date=Дата; lat=Ш; lon=Д</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="85" />
      <source>Partner or institution (institutionCode of the records): double-click to type it</source>
      <translation>Түнш эсвэл байгууллага (бүртгэлийн institutionCode): бичихийн тулд давхар товшино уу</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="93" />
      <source>Add files…</source>
      <translation>Файл нэмэх…</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="95" />
      <source>Remove</source>
      <translation>Хасах</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="97" />
      <source>Import sheets</source>
      <translation>Хүснэгт импортлох</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="109" />
      <source>Baseline database</source>
      <translation>Суурь мэдээллийн сан</translation>
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
      <translation>Төрөл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="124" />
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="127" />
      <source>Connection</source>
      <translation>Холболт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="128" />
      <source>Load imported sheets into the baseline database</source>
      <translation>Импортолсон хүснэгтүүдийг суурь мэдээллийн санд ачаалах</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="132" />
      <source>Your own checklist with the columns of the corridor checklist (optional): used for names, dispersal presets and the report.</source>
      <translation>Коридорын зүйлийн жагсаалттай ижил баганатай өөрийн зүйлийн жагсаалт (заавал биш): нэр, тархалтын урьдчилсан тохиргоо, тайланд ашиглана.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="134" />
      <source>Extra checklist</source>
      <translation>Нэмэлт зүйлийн жагсаалт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="149" />
      <source>Rejected rows of the selected file</source>
      <translation>Сонгосон файлын татгалзсан мөрүүд</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="157" />
      <source>Unknown names: pick the right species (or type it) and save; the next import uses your choices.</source>
      <translation>Үл мэдэгдэх нэрс: зөв зүйлийг сонгоод (эсвэл бичээд) хадгална уу; дараагийн импорт таны сонголтыг ашиглана.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="166" />
      <source>Save names</source>
      <translation>Нэрс хадгалах</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="168" />
      <source>Save and re-import</source>
      <translation>Хадгалж дахин импортлох</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="183" />
      <source>Selected sheet</source>
      <translation>Сонгосон хүснэгт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="190" />
      <source>Coordinate system of the sheet's coordinates: WGS 84 (EPSG:4326), CGCS2000 (EPSG:4490) or Pulkovo 1942 Gauss–Krüger (EPSG:28415–28420).</source>
      <translation>Хүснэгтийн солбицлын систем: WGS 84 (EPSG:4326), CGCS2000 (EPSG:4490) эсвэл Пулково 1942 Гаусс–Крюгер (EPSG:28415–28420).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="192" />
      <source>Coordinates</source>
      <translation>Солбицол</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="196" />
      <source>Points or polygons with a name field: rows that give only a site name are placed at that site.</source>
      <translation>Нэрийн талбартай цэг эсвэл олон өнцөгт: зөвхөн газрын нэртэй мөрүүдийг тэр газарт байрлуулна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="198" />
      <source>Site list</source>
      <translation>Газрын жагсаалт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="232" />
      <source>Submissions by partner</source>
      <translation>Түнш тус бүрийн илгээлт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="237" />
      <source>Expected submissions (partner, country, period, due_date); empty: the table of the baseline database</source>
      <translation>Хүлээгдэж буй илгээлт (partner, country, period, due_date); хоосон бол суурь мэдээллийн сангийн хүснэгт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="239" />
      <source>Expected</source>
      <translation>Хүлээгдэж буй</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="244" />
      <source>Check submissions</source>
      <translation>Илгээлтийг шалгах</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="248" />
      <source>Periods per partner</source>
      <translation>Түнш тус бүрийн үе</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="249" />
      <source>Check the submissions of the baseline database</source>
      <translation>Суурь мэдээллийн сангийн илгээлтийг шалгах</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="262" />
      <source>Choose the baseline database first.</source>
      <translation>Эхлээд суурь мэдээллийн санг сонгоно уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="344" />
      <source>{accepted} ✔ · {rejected} ✖</source>
      <translation>{accepted} ✔ · {rejected} ✖</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="353" />
      <source>Double-click to choose the partner's country</source>
      <translation>Түншийн улсыг сонгохын тулд давхар товшино уу</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="391" />
      <source>Add partner sheets first.</source>
      <translation>Эхлээд түншийн хүснэгт нэмнэ үү.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="431" />
      <source>Import {file}</source>
      <translation>Импортлох: {file}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="465" />
      <source>Merge the imported occurrences</source>
      <translation>Импортолсон тархалтын бүртгэлийг нэгтгэх</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="480" />
      <source>Row</source>
      <translation>Мөр</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="480" />
      <source>Problem</source>
      <translation>Асуудал</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="480" />
      <source>Name as written</source>
      <translation>Бичигдсэн нэр</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="480" />
      <source>Resolve as</source>
      <translation>Шийдвэрлэх нэр</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="505" />
      <source>accepted name</source>
      <translation>хүлээн зөвшөөрөгдсөн нэр</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="506" />
      <source>Ranked suggestions first, then every name of the checklist. A name that is not in the checklist is only added after you confirm it.</source>
      <translation>Эхлээд эрэмбэлсэн санал, дараа нь жагсаалтын бүх нэр. Жагсаалтад байхгүй нэрийг зөвхөн таныг баталсны дараа нэмнэ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="549" />
      <source>Names not in the checklist</source>
      <translation>Жагсаалтад байхгүй нэрс</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="550" />
      <source>These names are not in the checklist and would be added as new taxa:

{names}

Add them? (No: keep those rows rejected.)</source>
      <translation>Эдгээр нэр жагсаалтад байхгүй тул шинэ ангилал зүйн нэгжээр нэмэгдэнэ:

{names}

Нэмэх үү? (Үгүй: эдгээр мөр татгалзсан хэвээр үлдэнэ.)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="558" />
      <source>Pick a name for at least one rejected row first.</source>
      <translation>Эхлээд наад зах нь нэг татгалзсан мөрөнд нэр сонгоно уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="565" />
      <source>Nothing saved: no name was confirmed.</source>
      <translation>Юу ч хадгалагдсангүй: ямар ч нэр батлагдаагүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="569" />
      <source>{count} names saved to your mapping.</source>
      <translation>Таны харгалзуулалтад хадгалсан нэр: {count}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="579" />
      <source>Your name mapping: {count} names ({file})</source>
      <translation>Таны нэрийн харгалзуулалт: {count} нэр ({file})</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="588" />
      <source>not imported</source>
      <translation>импортлоогүй</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="588" />
      <source>importing…</source>
      <translation>импортлож байна…</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="588" />
      <source>imported</source>
      <translation>импортолсон</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="589" />
      <source>imported, check rejected rows</source>
      <translation>импортолсон, татгалзсан мөрүүдийг шалгана уу</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/sheets_panel.py" line="592" />
      <source>failed: {message}</source>
      <translation>амжилтгүй: {message}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="20" />
      <source>Partners and sheets</source>
      <translation>Түнш ба хүснэгт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="21" />
      <source>Import partner species sheets, check rejected rows, load the baseline database.</source>
      <translation>Түншийн зүйлийн хүснэгтийг импортлох, татгалзсан мөрүүдийг шалгах, суурь мэдээллийн санд ачаалах.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="24" />
      <source>Load WDPA or national layers, clean them, overlay the occurrences.</source>
      <translation>WDPA эсвэл үндэсний давхаргыг ачаалах, цэвэрлэх, тархалтын бүртгэлтэй давхцуулах.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="26" />
      <source>Analyses</source>
      <translation>Шинжилгээ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="27" />
      <source>Gap analysis, range metrics, transboundary connectivity and corridors.</source>
      <translation>Цоорхойн шинжилгээ, тархацын үзүүлэлт, хил дамнасан холбоос ба коридор.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="30" />
      <source>Results</source>
      <translation>Үр дүн</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="31" />
      <source>Headline figures, charts and the styled result layers.</source>
      <translation>Гол үзүүлэлт, график болон загварчилсан үр дүнгийн давхаргууд.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="33" />
      <source>Report</source>
      <translation>Тайлан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/steps.py" line="34" />
      <source>Write the transboundary action-plan report (HTML and PDF).</source>
      <translation>Хил дамнасан үйл ажиллагааны төлөвлөгөөний тайлан бичих (HTML ба PDF).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/submission_timeline.py" line="21" />
      <source>No baseline database chosen.</source>
      <translation>Суурь мэдээллийн сан сонгоогүй байна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/submission_timeline.py" line="35" />
      <source>No expected or received submissions yet.</source>
      <translation>Хүлээгдэж буй болон хүлээн авсан илгээлт хараахан алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/submission_timeline.py" line="59" />
      <source>The submission timeline cannot be shown: {error}</source>
      <translation>Илгээлтийн хугацааны хэлхээсийг харуулах боломжгүй: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="108" />
      <source>The tool {alg_id} is not installed. Update the Corridor plugin.</source>
      <translation>{alg_id} хэрэгсэл суугаагүй байна. Corridor залгаасыг шинэчилнэ үү.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="122" />
      <source>'{name}' stopped because of an unexpected error ({error}).</source>
      <translation>«{name}» гэнэтийн алдааны улмаас зогслоо ({error}).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="131" />
      <source>'{name}' did not finish.</source>
      <translation>«{name}» дуусаагүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="150" />
      <source>{name} finished in {seconds:.1f} s.</source>
      <translation>{name} дууслаа, {seconds:.1f} с.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="156" />
      <source>{name} was cancelled.</source>
      <translation>{name} цуцлагдсан.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="161" />
      <source>'{name}' failed.</source>
      <translation>«{name}» амжилтгүй боллоо.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/tasks.py" line="166" />
      <source>{message} (details in the log, tab Corridor)</source>
      <translation>{message} (дэлгэрэнгүйг бүртгэлийн Corridor хавтаснаас үзнэ үү)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/widgets.py" line="74" />
      <source>Not computed yet</source>
      <translation>Хараахан тооцоогүй</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/widgets.py" line="186" />
      <source>Cancel</source>
      <translation>Цуцлах</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/widgets.py" line="247" />
      <source>Choose a file</source>
      <translation>Файл сонгох</translation>
    </message>
    <message>
      <location filename="corridor_plugin/plugin.py" line="43" />
      <source>Corridor panel</source>
      <translation>Corridor самбар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/plugin.py" line="46" />
      <source>Show or hide the Corridor workflow panel</source>
      <translation>Corridor ажлын урсгалын самбарыг харуулах эсвэл нуух</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/_gap_common.py" line="44" />
      <source>absence records (occurrenceStatus = absent)</source>
      <translation>байхгүй гэсэн бүртгэл (occurrenceStatus = absent)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/_gap_common.py" line="45" />
      <source>no scientificName</source>
      <translation>scientificName алга</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/_gap_common.py" line="46" />
      <source>missing or invalid coordinates</source>
      <translation>координат байхгүй эсвэл буруу</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/_gap_common.py" line="67" />
      <source>The occurrence layer could not be read.</source>
      <translation>Тархалтын бүртгэлийн давхаргыг уншиж чадсангүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="62" />
      <source>1 · Partner sheets</source>
      <translation>1 · Түншийн хүснэгт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="63" />
      <source>2 · Baseline database</source>
      <translation>2 · Суурь мэдээллийн сан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="64" />
      <source>3 · Protected areas</source>
      <translation>3 · ТХГН</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="65" />
      <source>4 · Gap analysis</source>
      <translation>4 · Цоорхойн шинжилгээ</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="66" />
      <source>5 · Connectivity and corridors</source>
      <translation>5 · Холбоос ба коридор</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="67" />
      <source>6 · Reports</source>
      <translation>6 · Тайлан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="68" />
      <source>Tools</source>
      <translation>Хэрэгслүүд</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/base.py" line="148" />
      <source>Could not create the output layer {name}.</source>
      <translation>{name} гаралтын давхаргыг үүсгэж чадсангүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="27" />
      <source>Baseline summary</source>
      <translation>Суурь мэдээллийн хураангуй</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="30" />
      <source>Summarises the baseline database per partner, country, taxon group and year: number of records, number of species (accepted names of records that are not absences), first and last date, and the share of records with coordinates. Writes a table and an HTML page with a chart of records per year and partner.

DATABASE: GeoPackage file or saved PostgreSQL connection.</source>
      <translation>Суурь мэдээллийн санг түнш, улс, ангилал зүйн бүлэг, он тус бүрээр нэгтгэн дүгнэнэ: бүртгэлийн тоо, зүйлийн тоо (байхгүй гэсэн бүртгэлээс бусад бүртгэлийн хүлээн зөвшөөрөгдсөн нэр), эхний ба сүүлийн огноо, координаттай бүртгэлийн хувь. Хүснэгт болон он, түнш тус бүрийн бүртгэлийн графиктай HTML хуудас бичнэ.

DATABASE: GeoPackage файл эсвэл хадгалсан PostgreSQL холболт.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="38" />
      <source>Baseline database (GeoPackage file or saved PostgreSQL connection)</source>
      <translation>Суурь мэдээллийн сан (GeoPackage файл эсвэл хадгалсан PostgreSQL холболт)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="42" />
      <source>Summary page</source>
      <translation>Хураангуй хуудас</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="42" />
      <source>HTML files (*.html)</source>
      <translation>HTML файл (*.html)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="45" />
      <source>The baseline summary</source>
      <translation>Суурь мэдээллийн хураангуй</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/baselinesummary.py" line="68" />
      <source>Could not create the output table.</source>
      <translation>Гаралтын хүснэгтийг үүсгэж чадсангүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="86" />
      <source>Transboundary connectivity (ProtConn, PC, dPC)</source>
      <translation>Хил дамнасан холбоос (ProtConn, PC, dPC)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="90" />
      <source>Connectivity of protected areas per region and dispersal distance, with the Probability of Connectivity (Saura &amp; Pascual-Hortal 2007) and ProtConn (Saura et al. 2017, 2018); results match the Makurhini R package on its example data.</source>
      <translation>ТХГН-ийн холбоосыг бүс болон тархалтын зай тус бүрээр, холбогдох магадлалын индекс PC (Saura &amp; Pascual-Hortal 2007) ба ProtConn-оор (Saura et al. 2017, 2018) тооцно; үр дүн нь Makurhini R багцын жишээ өгөгдөл дээрх үр дүнтэй таардаг.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="93" />
      <source>Areas inside each region are clipped, dissolved and split into parts (nodes weighted by their area in ha). Areas outside the region but within the transboundary buffer are stepping stones with weight 0: ProtConn[Trans] is the connectivity that exists only through them.</source>
      <translation>Бүс бүрийн доторх газруудыг тайрч, нэгтгэж, хэсгүүдэд хуваана (зангилааг ha-аар илэрхийлсэн талбайгаар нь жигнэнэ). Бүсээс гадна боловч хил дамнасан буферт багтах газрууд нь 0 жинтэй дамжих «гишгүүр» болно: ProtConn[Trans] нь зөвхөн тэдгээрээр дамжин бий болох холбоос юм.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="96" />
      <source>DISTANCES: median dispersal distances d50 in metres, comma-separated; p_ij = exp(-k d_ij) with p = PROBABILITY at d50. DISTANCE_TYPE: edge-to-edge or centroid (centroid of the largest part, point on surface when outside). MIN_PROBABILITY: links below it are dropped (0 = keep all above 1e-6). BARRIERS: lines; the probability of a link crossing one is multiplied by PERMEABILITY (0 = impassable). CHECKLIST: a species table whose dispersal distances (km) are added as further d50 values, named in the summary's species field.</source>
      <translation>DISTANCES: тархалтын медиан зай d50, метрээр, таслалаар тусгаарлана; p_ij = exp(-k d_ij), d50 дээр p = PROBABILITY. DISTANCE_TYPE: захаас зах хүртэл эсвэл төв цэг (хамгийн том хэсгийн төв цэг, гадна байвал гадаргуу дээрх цэг). MIN_PROBABILITY: үүнээс бага холбоонуудыг хасна (0 = 1e-6-аас их бүгдийг үлдээнэ). BARRIERS: шугамууд; саадыг огтолж гарах холбооны магадлалыг PERMEABILITY-гаар үржүүлнэ (0 = нэвтрэх боломжгүй). CHECKLIST: тархалтын зай (km) нь нэмэлт d50 утга болон нэмэгдэх зүйлийн хүснэгт; зүйлийг хураангуйн species талбарт нэрлэнэ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="102" />
      <source>Outputs: summary (one row per region and d50), nodes with dPC and its intra/flux/connector parts and rank, links (from_id/to_id are the pa_id of the areas, else their feature id), and transboundary clusters (components spanning more than one country). A geographic input CRS is projected to an equal-area CRS centred on the data; outputs are in that CRS.</source>
      <translation>Гаралт: хураангуй (бүс ба d50 тус бүрд нэг мөр), dPC ба түүний intra/flux/connector хэсэг, эрэмбэ бүхий зангилаа, холбоонууд (from_id/to_id нь газруудын pa_id, эс бөгөөс объектын id) ба хил дамнасан бөөгнөрөл (нэгээс олон улсыг хамарсан бүрэлдэхүүн). Газарзүйн CRS-тэй оролтыг өгөгдлийн төвд төвлөрсөн тэнцүү талбайт CRS руу проекцлоно; гаралт тэр CRS-д байна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="106" />
      <source>A node of touching or overlapping areas keeps them all: name lists every name, member_ids every id (pa_id is the one with the largest share), country the set of their ISO3 codes. A link is transboundary when the two nodes' country sets differ. Pieces of one area (split by the region border) are contiguous in the graph but not written as links. Areas are counted in the region where they lie (clipped).</source>
      <translation>Хүрэлцсэн эсвэл давхацсан газруудаас бүрдсэн зангилаа бүгдийг хадгална: name бүх нэрийг, member_ids бүх дугаарыг (pa_id нь хамгийн их хувьтайнх), country тэдгээрийн ISO3 кодын багцыг жагсаана. Хоёр зангилааны улсын багц ялгаатай үед холбоос хил дамнасан байна. Нэг газрын (бүсийн хилээр хуваагдсан) хэсгүүд графт залгаа боловч холбоос болж гарахгүй. Газрыг оршиж буй бүсэд нь тооцно (тайрч).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="117" />
      <source>Regions (countries, ecoregions, study area)</source>
      <translation>Бүсүүд (улс, экобүс, судалгааны талбай)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="120" />
      <source>Region id field</source>
      <translation>Бүсийн id талбар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="122" />
      <source>Country field of the protected areas</source>
      <translation>ТХГН-ийн улсын талбар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="125" />
      <source>Median dispersal distances d50 (m, comma-separated)</source>
      <translation>Тархалтын медиан зай d50 (m, таслалаар тусгаарлана)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="127" />
      <source>Link probability at d50</source>
      <translation>d50 дахь холбооны магадлал</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="130" />
      <source>Distance between areas</source>
      <translation>Газар хоорондын зай</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="131" />
      <source>Edge to edge</source>
      <translation>Захаас зах хүртэл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="131" />
      <source>Centroid</source>
      <translation>Төв цэг</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="133" />
      <source>Minimum link probability (0 = none)</source>
      <translation>Холбооны хамгийн бага магадлал (0 = байхгүй)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="136" />
      <source>Transboundary buffer (m, 0 = none)</source>
      <translation>Хил дамнасан буфер (m, 0 = байхгүй)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="139" />
      <source>Transboundary buffer around</source>
      <translation>Хил дамнасан буферийг юуны эргэн тойронд</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="140" />
      <source>The region's protected areas (nodes)</source>
      <translation>Бүсийн ТХГН (зангилаа)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="140" />
      <source>The region</source>
      <translation>Бүс</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="142" />
      <source>Barriers (fences, fenced railways, highways)</source>
      <translation>Саад (хашаа, хашаатай төмөр зам, авто зам)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="145" />
      <source>Barrier permeability (multiplies p of crossing links)</source>
      <translation>Саадын нэвтрүүлэх чадвар (огтлох холбооны p-г үржүүлнэ)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="148" />
      <source>Clip areas to the region (off: whole patches, region gives only its area)</source>
      <translation>Газруудыг бүсээр тайрах (унтраалттай үед: бүтэн толбо, бүс зөвхөн талбайгаа өгнө)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="151" />
      <source>Compute node importance (dPC)</source>
      <translation>Зангилааны ач холбогдлыг тооцох (dPC)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="153" />
      <source>Species checklist (adds one d50 per published dispersal distance)</source>
      <translation>Зүйлийн жагсаалт (нийтлэгдсэн тархалтын зай бүрд нэг d50 нэмнэ)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="156" />
      <source>Species name field</source>
      <translation>Зүйлийн нэрийн талбар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="159" />
      <source>Dispersal distance field (km, taken as d50)</source>
      <translation>Тархалтын зайн талбар (km, d50 гэж авна)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="162" />
      <source>Connectivity summary</source>
      <translation>Холбоосын хураангуй</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="164" />
      <source>Connectivity nodes</source>
      <translation>Холбоосын зангилаа</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="169" />
      <source>Transboundary clusters</source>
      <translation>Хил дамнасан бөөгнөрөл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="182" />
      <source>The checklist has no field {field}.</source>
      <translation>Зүйлийн жагсаалтад {field} талбар алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="201" />
      <source>DISTANCES must be positive numbers in metres separated by commas, e.g. 10000,30000.</source>
      <translation>DISTANCES нь таслалаар тусгаарласан, метрээр илэрхийлсэн эерэг тоо байх ёстой, жишээ нь 10000,30000.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="222" />
      <source>The protected areas layer could not be read.</source>
      <translation>ТХГН-ийн давхаргыг уншиж чадсангүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="224" />
      <source>The regions layer could not be read.</source>
      <translation>Бүсийн давхаргыг уншиж чадсангүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="237" />
      <source>The protected areas are in a geographic CRS: working in {crs}.</source>
      <translation>ТХГН газарзүйн CRS-тэй байна: {crs}-д ажиллана.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="244" />
      <source>Country field {field} not found: links and clusters carry no country.</source>
      <translation>Улсын талбар {field} олдсонгүй: холбоо болон бөөгнөрөлд улс заагдахгүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="247" />
      <source>Reading protected areas</source>
      <translation>ТХГН уншиж байна</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="251" />
      <source>{n} protected areas have no usable polygon and were left out (feature ids: {ids}).</source>
      <translation>Ашиглах боломжтой полигонгүй тул хассан ТХГН: {n} (объектын id: {ids}).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="272" />
      <source>The regions layer has no feature.</source>
      <translation>Бүсийн давхаргад объект алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="280" />
      <source>Region {id} has no usable polygon: skipped.</source>
      <translation>{id} бүсэд ашиглах боломжтой полигон алга: алгассан.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="282" />
      <source>Region {id} ({n} of {total})</source>
      <translation>Бүс {id} ({n}/{total})</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="288" />
      <source>Region {id}: node importance (dPC) for a component of {nodes} nodes needs about {needed:.1f} GB of memory or temporary disk space, and {available:.1f} GB are free. Raise MIN_PROBABILITY, lower the dispersal distance or turn NODE_IMPORTANCE off.</source>
      <translation>Бүс {id}: {nodes} зангилаатай бүрэлдэхүүнд зангилааны ач холбогдлыг (dPC) тооцоход ойролцоогоор {needed:.1f} ГБ санах ой эсвэл түр файлын дискний зай шаардлагатай, харин {available:.1f} ГБ сул байна. MIN_PROBABILITY-г нэмэгдүүлэх, тархалтын зайг багасгах эсвэл NODE_IMPORTANCE-г унтраана уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="295" />
      <source>Region {id} holds no protected area: its indices are 0.</source>
      <translation>{id} бүсэд ТХГН алга: индексүүд нь 0.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/connectivity.py" line="313" />
      <source>Could not create the output layer.</source>
      <translation>Гаралтын давхаргыг үүсгэж чадсангүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="93" />
      <source>Corridors between protected areas</source>
      <translation>ТХГН хоорондын коридор</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="97" />
      <source>Least-cost paths, normalised corridors and (optionally) pinch points between pairs of protected areas over a resistance raster, as Linkage Mapper and Circuitscape compute them.</source>
      <translation>Эсэргүүцлийн растр дээр ТХГН-ийн хосуудын хоорондох хамгийн бага зардалтай зам, нормчилсон коридор болон (сонголтоор) нарийсалтын цэгийг Linkage Mapper, Circuitscape-ийн аргаар тооцно.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="100" />
      <source>Pairs: the links of 'Connectivity' (LINKS: from_id, to_id, probability, transboundary) kept above MIN_PROBABILITY (and only transboundary ones with TRANSBOUNDARY_ONLY); or pairs typed in PAIRS as '1-2; 3-4'; otherwise every pair of areas closer than MAX_LENGTH.</source>
      <translation>Хосууд: «Холбоос»-ын холбоонууд (LINKS: from_id, to_id, probability, transboundary)-аас MIN_PROBABILITY-оос дээшийг (TRANSBOUNDARY_ONLY үед зөвхөн хил дамнасныг); эсвэл PAIRS-д '1-2; 3-4' хэлбэрээр бичсэн хосууд; эс бөгөөс MAX_LENGTH-ээс ойр орших бүх хос газар.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="103" />
      <source>Resistance: RESISTANCE, or LANDCOVER with RESISTANCE_TABLE (class and resistance fields; classes missing from the table are impassable). Cells with no data or resistance ≤ 0 are impassable. BARRIERS (lines) are burnt into every cell they touch with their 'resistance' field or BARRIER_RESISTANCE (≤ 0: impassable). CELL_SIZE resamples the raster (0: native).</source>
      <translation>Эсэргүүцэл: RESISTANCE, эсвэл LANDCOVER ба RESISTANCE_TABLE (ангилал ба эсэргүүцлийн талбар; хүснэгтэд байхгүй ангилал нэвтрэх боломжгүй). Өгөгдөлгүй эсвэл эсэргүүцэл ≤ 0 нүд нэвтрэх боломжгүй. BARRIERS (шугам)-ийг шүргэсэн нүд бүрд нь 'resistance' талбар эсвэл BARRIER_RESISTANCE-ээр (≤ 0: нэвтрэх боломжгүй) шингээнэ. CELL_SIZE растрыг дахин түүвэрлэнэ (0: анхны).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="107" />
      <source>Method: cost-weighted distance from each area over the 8-neighbour cell graph (move cost = mean resistance of the two cells × step length, diagonals × √2), least-cost path and distance, normalised corridor CWD_A + CWD_B − LCD cut at WIDTH (cost units or % of the least-cost distance). Each pair is computed inside a window around both areas, widened by WINDOW_MARGIN (% of its larger side) and widened again while the areas cannot be joined inside it or the path runs along its side; the table flags corridors that still reach the window side.</source>
      <translation>Арга: газар бүрээс 8 хөршийн нүдний граф дээр зардлаар жигнэсэн зай (шилжих зардал = хоёр нүдний дундаж эсэргүүцэл × алхмын урт, диагональ × √2), хамгийн бага зардалтай зам ба зай, WIDTH-ээр (зардлын нэгж эсвэл хамгийн бага зардлын зайн %) тасалсан нормчилсон коридор CWD_A + CWD_B − LCD. Хос бүрийг хоёр газрыг хамарсан цонхонд тооцно; цонхыг WINDOW_MARGIN-аар (урт талын %) өргөсгөх ба газруудыг дотор нь холбож чадахгүй эсвэл зам ирмэгийг нь дагаж байвал дахин өргөсгөнө; цонхны ирмэгт хүрсэн хэвээр байгаа коридорыг хүснэгтэд тэмдэглэнэ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="113" />
      <source>WIDTH is in cost-distance units by default, as in Linkage Mapper (10,000: 10 km of resistance-1 land); as a percentage one costly barrier on the path would widen the corridor over a huge area, so the cut-off never exceeds MAX_WIDTH cost units (0 = no cap). Pairs whose areas overlap get no corridor (status areas_overlap); links below MIN_PROBABILITY (default 0.01) are not paired. A resistance raster whose GDAL metadata holds CORRIDOR_DEMONSTRATION=yes is a demonstration: demo_raster marks every output row.</source>
      <translation>WIDTH нь анхдагчаар Linkage Mapper-тэй адил зардлын зайн нэгжээр байна (10,000: эсэргүүцэл 1 бүхий газрын 10 км); хувиар бол зам дээрх нэг өндөр зардалтай саад коридорыг асар том талбайд тэлэх тул тасалгаа нь MAX_WIDTH зардлын нэгжээс хэтрэхгүй (0 = хязгааргүй). Газрууд нь давхацсан хосуудад коридор гаргахгүй (төлөв areas_overlap); MIN_PROBABILITY-ээс (анхдагч 0.01) доош холбоосыг хослохгүй. GDAL мета өгөгдөлд CORRIDOR_DEMONSTRATION=yes бүхий эсэргүүцлийн растр нь үзүүлэн: demo_raster гаралтын мөр бүрийг тэмдэглэнэ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="119" />
      <source>CIRCUIT: effective resistance and current density (1 A from A to B) inside each corridor, solved sparse on the graph Laplacian (Circuitscape's conductances); high current = pinch point.</source>
      <translation>CIRCUIT: коридор бүрийн доторх үр дүнтэй эсэргүүцэл ба гүйдлийн нягт (A-аас B руу 1 A), графын Лапласиан дээр сийрэг аргаар бодно (Circuitscape-ийн дамжуулалт); өндөр гүйдэл = нарийсалтын цэг.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="121" />
      <source>Outputs: least-cost paths (cost distance, path length, edge-to-edge distance, ratios, countries and barriers crossed), corridor polygons, a corridor mosaic (minimum over pairs), per-pair rasters in OUTPUT_PAIR_FOLDER, a pinch-point mosaic (maximum current) and a table of all pairs with their status.</source>
      <translation>Гаралт: хамгийн бага зардалтай замууд (зардлын зай, замын урт, захаас зах хүртэлх зай, харьцаа, огтолсон улс ба саад), коридорын полигон, коридорын мозайк (хосуудын хамгийн бага), OUTPUT_PAIR_FOLDER дахь хос тус бүрийн растр, нарийсалтын цэгийн мозайк (хамгийн их гүйдэл) ба бүх хосын төлөв бүхий хүснэгт.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="132" />
      <source>Area id field (empty: feature id)</source>
      <translation>Газрын id талбар (хоосон: объектын id)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="135" />
      <source>Country field (ISO alpha-3)</source>
      <translation>Улсын талбар (ISO alpha-3)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="138" />
      <source>Links from 'Connectivity' (from_id, to_id, probability, transboundary)</source>
      <translation>«Холбоос»-ын холбоонууд (from_id, to_id, probability, transboundary)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="141" />
      <source>Minimum link probability</source>
      <translation>Холбооны хамгийн бага магадлал</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="144" />
      <source>Transboundary pairs only</source>
      <translation>Зөвхөн хил дамнасан хосууд</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="146" />
      <source>Pairs of area ids (e.g. 1-2; 3-4)</source>
      <translation>Газрын id-ийн хосууд (жишээ нь 1-2; 3-4)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="150" />
      <source>Land-cover raster (instead of a resistance raster)</source>
      <translation>Газрын бүрхэвчийн растр (эсэргүүцлийн растрын оронд)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="152" />
      <source>Resistance per land-cover class (table)</source>
      <translation>Газрын бүрхэвчийн ангилал тус бүрийн эсэргүүцэл (хүснэгт)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="155" />
      <source>Barrier lines (fences, railways, mines…)</source>
      <translation>Саадын шугам (хашаа, төмөр зам, уурхай…)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="158" />
      <source>Barrier resistance (when the barrier has no 'resistance' field)</source>
      <translation>Саадын эсэргүүцэл (саадад 'resistance' талбар байхгүй үед)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="161" />
      <source>Cell size (map units, 0 = the raster's own)</source>
      <translation>Нүдний хэмжээ (газрын зургийн нэгж, 0 = растрын өөрийн)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="164" />
      <source>Corridor width cut-off</source>
      <translation>Коридорын өргөний босго</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="167" />
      <source>Width unit</source>
      <translation>Өргөний нэгж</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="168" />
      <source>% above the least-cost distance</source>
      <translation>хамгийн бага зардлын зайнаас дээш %</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="168" />
      <source>cost-distance units</source>
      <translation>зардлын зайн нэгж</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="170" />
      <source>Maximum width cut-off (cost-distance units, 0 = no cap)</source>
      <translation>Өргөний дээд хязгаар (зардлын зайн нэгж, 0 = хязгааргүй)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="174" />
      <source>Maximum corridor length (edge-to-edge, raster map units, 0 = no limit)</source>
      <translation>Коридорын хамгийн их урт (захаас зах, растрын газрын зургийн нэгж, 0 = хязгааргүй)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="177" />
      <source>Window margin around each pair (% of its larger side)</source>
      <translation>Хос бүрийн эргэн тойрны цонхны зай (урт талын %)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="180" />
      <source>Circuit mode: effective resistance and pinch points</source>
      <translation>Хэлхээний горим: үр дүнтэй эсэргүүцэл ба нарийсалтын цэг</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="184" />
      <source>Least-cost paths</source>
      <translation>Хамгийн бага зардалтай зам</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="187" />
      <source>Corridor polygons</source>
      <translation>Коридорын полигон</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="189" />
      <source>Normalised corridors (mosaic)</source>
      <translation>Нормчилсон коридор (мозайк)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="191" />
      <source>Pinch points (current density)</source>
      <translation>Нарийсалтын цэг (гүйдлийн нягт)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="193" />
      <source>Corridor table</source>
      <translation>Коридорын хүснэгт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="196" />
      <source>Folder for one corridor raster per pair</source>
      <translation>Хос бүрт нэг коридорын растр хадгалах хавтас</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="206" />
      <source>Give either a resistance raster (RESISTANCE) or a land-cover raster with a resistance table (LANDCOVER + RESISTANCE_TABLE), not both or neither.</source>
      <translation>Эсэргүүцлийн растр (RESISTANCE) эсвэл эсэргүүцлийн хүснэгттэй газрын бүрхэвчийн растрын (LANDCOVER + RESISTANCE_TABLE) аль нэгийг л өгнө үү, хоёуланг нь эсвэл алийг нь ч биш байж болохгүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="213" />
      <source>The raster {name} is in geographic coordinates (degrees): reproject it to a projected CRS in metres (e.g. UTM) so that cell sizes are distances.</source>
      <translation>{name} растр газарзүйн координаттай (градус): нүдний хэмжээ зайг илэрхийлэхийн тулд метрийн нэгжтэй проекцын CRS (жишээ нь UTM) руу дахин проекцлоно уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="220" />
      <source>Cannot read the raster {name}: {error}</source>
      <translation>{name} растрыг унших боломжгүй: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="236" />
      <source>A land-cover raster needs RESISTANCE_TABLE (a class field and a resistance field).</source>
      <translation>Газрын бүрхэвчийн растрт RESISTANCE_TABLE (ангиллын талбар ба эсэргүүцлийн талбар) шаардлагатай.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="243" />
      <source>RESISTANCE_TABLE needs a class field and a resistance field.</source>
      <translation>RESISTANCE_TABLE-д ангиллын талбар ба эсэргүүцлийн талбар шаардлагатай.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="251" />
      <source>RESISTANCE_TABLE row {row}: class '{code}' or resistance '{value}' is not a number.</source>
      <translation>RESISTANCE_TABLE-ийн {row}-р мөр: ангилал «{code}» эсвэл эсэргүүцэл «{value}» тоо биш.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="256" />
      <source>RESISTANCE_TABLE is empty.</source>
      <translation>RESISTANCE_TABLE хоосон байна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="264" />
      <source>The protected areas layer (INPUT) cannot be read.</source>
      <translation>ТХГН-ийн давхаргыг (INPUT) унших боломжгүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="272" />
      <source>The id field '{field}' is not in the protected areas layer.</source>
      <translation>«{field}» id талбар ТХГН-ийн давхаргад алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="281" />
      <source>Protected area (feature {fid}) has an empty id in '{field}'.</source>
      <translation>ТХГН-ийн (объект {fid}) «{field}» дахь id хоосон байна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="286" />
      <source>Protected area {id} has no geometry.</source>
      <translation>{id} ТХГН-д геометр алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="288" />
      <source>The id {id} occurs twice in the field '{field}': ids must be unique.</source>
      <translation>{id} id «{field}» талбарт хоёр удаа гарч байна: id давтагдашгүй байх ёстой.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="295" />
      <source>At least two protected areas are needed.</source>
      <translation>Наад зах нь хоёр ТХГН шаардлагатай.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="316" />
      <source>The links layer has no field '{field}'.</source>
      <translation>Холбоонуудын давхаргад «{field}» талбар алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="318" />
      <source>MIN_PROBABILITY is set but the links layer has no 'probability' field.</source>
      <translation>MIN_PROBABILITY тохируулсан боловч холбоонуудын давхаргад 'probability' талбар алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="319" />
      <source>Set MIN_PROBABILITY to 0 to pair every link.</source>
      <translation>Бүх холбоосыг хосолохын тулд MIN_PROBABILITY-г 0 болгоно уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="328" />
      <source>Link {id} has an empty from_id or to_id.</source>
      <translation>{id} холбооны from_id эсвэл to_id хоосон байна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="335" />
      <source>{kept} of {total} links selected.</source>
      <translation>Сонгосон холбоо: {kept}/{total}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="341" />
      <source>Cannot read the pair '{part}' in PAIRS: write pairs as 1-2; 3-4.</source>
      <translation>PAIRS дахь «{part}» хосыг унших боломжгүй: хосуудыг 1-2; 3-4 гэж бичнэ үү.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="357" />
      <source>{count} pairs of areas: choose pairs with LINKS or PAIRS, or lower MAX_LENGTH (at most {limit} pairs are computed automatically).</source>
      <translation>Газрын хос: {count}. LINKS эсвэл PAIRS-аар хос сонгох, эсвэл MAX_LENGTH-ийг багасгана уу (автоматаар хамгийн ихдээ {limit} хос тооцно).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="384" />
      <source>Barrier {id}: resistance '{value}' is not a number.</source>
      <translation>Саад {id}: эсэргүүцэл «{value}» тоо биш.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="405" />
      <source>corridor computed</source>
      <translation>коридорыг тооцсон</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="406" />
      <source>areas farther apart than MAX_LENGTH</source>
      <translation>газрууд хоорондоо MAX_LENGTH-ээс хол</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="407" />
      <source>an area covers no passable cell of the raster</source>
      <translation>газар растрын нэвтрэх боломжтой нэг ч нүдийг хамрахгүй</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="408" />
      <source>no passable route between the areas inside the window</source>
      <translation>цонхон дотор газруудын хооронд нэвтрэх зам алга</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="409" />
      <source>a pair of an area with itself</source>
      <translation>газрын өөртэйгөө үүсгэсэн хос</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="410" />
      <source>the areas lie outside the raster</source>
      <translation>газрууд растраас гадна оршино</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="411" />
      <source>the areas overlap: they are already joined</source>
      <translation>газрууд давхацсан: аль хэдийн нийлсэн</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="412" />
      <source>an id of the pair is not in the protected areas layer</source>
      <translation>хосын нэг id ТХГН-ийн давхаргад алга</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="421" />
      <source>corridors</source>
      <translation>коридор</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="429" />
      <source>The resistance raster is a demonstration (CORRIDOR_DEMONSTRATION): the corridors show how the method works, not where animals move.</source>
      <translation>Эсэргүүцлийн растр нь үзүүлэн (CORRIDOR_DEMONSTRATION): коридорууд аргын ажиллагааг харуулна, амьтдын нүүдлийн замыг биш.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="437" />
      <source>A pinch-point raster (OUTPUT_PINCH) needs circuit mode (CIRCUIT).</source>
      <translation>Нарийсалтын цэгийн растрт (OUTPUT_PINCH) хэлхээний горим (CIRCUIT) шаардлагатай.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="459" />
      <source>Could not create the output layers.</source>
      <translation>Гаралтын давхаргуудыг үүсгэж чадсангүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="464" />
      <source>Raster outputs are written as GeoTIFF: give a .tif file name, not {path}.</source>
      <translation>Растр гаралтыг GeoTIFF хэлбэрээр бичнэ: {path} биш, .tif файлын нэр өгнө үү.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="481" />
      <source>Pair {a}–{b}: an id is not in the protected areas layer.</source>
      <translation>Хос {a}–{b}: нэг id нь ТХГН-ийн давхаргад алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="492" />
      <source>Pair {a}–{b}: not enough memory for its window; lower WINDOW_MARGIN or use a larger CELL_SIZE.</source>
      <translation>Хос {a}–{b}: цонхонд нь санах ой хүрэлцэхгүй; WINDOW_MARGIN-ийг багасгах эсвэл илүү том CELL_SIZE ашиглана уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="529" />
      <source>Pair {a}–{b}: the corridor reaches the side of its window; raise WINDOW_MARGIN to see all of it.</source>
      <translation>Хос {a}–{b}: коридор цонхныхоо ирмэгт хүрч байна; бүхэлд нь харахын тулд WINDOW_MARGIN-ийг нэмэгдүүлнэ үү.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/corridors.py" line="533" />
      <source>Pair {a}–{b}: {message}.</source>
      <translation>Хос {a}–{b}: {message}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="25" />
      <source>Country borders of the corridor</source>
      <translation>Коридорын улсуудын хил</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="28" />
      <source>Writes the admin-0 borders of China, Mongolia, Russia and Kazakhstan shipped with Corridor (Natural Earth, public domain, EPSG:4326) for use as study regions.

COUNTRIES: comma-separated ISO 3166-1 alpha-3 codes (default CHN,MNG,RUS,KAZ).
SCALE: 1:50m (detailed) or 1:110m (coarse). The 1:50m outlines of neighbouring countries do not share vertices: snap with about 0.001° before border work.</source>
      <translation>Corridor-той хамт ирдэг Хятад, Монгол, Орос, Казахстаны admin-0 хилийг (Natural Earth, нийтийн өмч, EPSG:4326) судалгааны бүс болгон ашиглахаар бичнэ.

COUNTRIES: таслалаар тусгаарласан ISO 3166-1 alpha-3 код (анхдагч CHN,MNG,RUS,KAZ).
SCALE: 1:50m (нарийвчилсан) эсвэл 1:110m (бүдүүвч). Хөрш улсуудын 1:50m тойм нийтлэг оройгүй: хилтэй ажиллахаас өмнө ойролцоогоор 0.001°-аар наалдуулна уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/country_borders.py" line="37" />
      <source>Countries (ISO alpha-3, comma-separated)</source>
      <translation>Улсууд (ISO alpha-3, таслалаар тусгаарлана)</translation>
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
      <translation>Darwin Core архив экспортлох</translation>
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
      <translation>Суурь мэдээллийн сангийн тархалтын бүртгэлийг GBIF IPT-д байршуулахад бэлэн Darwin Core архив (occurrence.txt, meta.xml, eml.xml агуулсан .zip) болгон бичнэ.

DATABASE: GeoPackage файл эсвэл хадгалсан PostgreSQL холболт.
PARTNER, COUNTRY, TAXA: таслалаар тусгаарласан жагсаалт (хоосон = бүгд). COUNTRY нь ISO alpha-3 эсвэл alpha-2 код; TAXA нь шинжлэх ухааны нэр эсвэл ангилал зүйн бүлэг авна.
DATE_FROM, DATE_TO: YYYY-MM-DD; бүртгэлийн огноо эсвэл огнооны муж тэдгээртэй давхцвал сонгогдоно.
TITLE, PUBLISHER, LICENCE, CONTACT_NAME, CONTACT_EMAIL нь eml.xml-д орно; PUBLISHER өгөөгүй бол бүртгэл нь экспортлогдож буй түншүүдийг нэрлэнэ.
SENSITIVITY: жагсаалтын мэдрэмтгий байдлын түвшнийг өөрчлөх, жишээ нь 'Canis lupus=none; Otis tarda=high' (түвшин: high = 0.5° тор, medium = 0.1° тор, none).
FULL_PRECISION: мэдрэмтгий зүйлийг яг солбицолтой нь экспортлох. Анхдагчаар унтраалттай: мэдрэмтгий зүйлийн бичлэгийг (жагсаалтын sensitivity багана: CITES I/II, IUCN CR/EN/VU) торын нүдний төвд шилжүүлж, coordinateUncertaintyInMeters нь нүдийг хамарч, байршил болон анхны солбицлыг нууж, dataGeneralizations/informationWithheld-д үүнийг тэмдэглэнэ. Аль ч сонголтыг eml.xml-д бичнэ.

countryCode нь бичлэг байрлаж буй улс (солбицлоор нь); түншийн улс нь dynamicProperties дахь partnerCountryCode. organismQuantity нь organismQuantityType-тай тоо; анх бичсэн тоо толгой (~20, 10-15, цөөн) нь dynamicProperties дахь verbatimOrganismQuantity. Чанарын тэмдэглэгээ occurrenceRemarks (GBIF-ийн асуудлын нэртэй бол тэр нэрээр), georeferenceRemarks болон identificationRemarks-д байна.

Darwin Core нэр томьёогүй талбаруудыг (ангилал зүйн бүлэг, IUCN, CITES, тоо хэмжээний хязгаар, гарал үүсэл, чанарын тэмдэглэгээ) dynamicProperties-д JSON хэлбэрээр бичнэ. Хүснэгтийн программ томьёо гэж ажиллуулж болох текст нүдний (=, +, -, @-аар эхэлсэн) өмнө апостроф нэмнэ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="66" />
      <source>Partners</source>
      <translation>Түншүүд</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="69" />
      <source>Taxa (scientific names or taxon groups)</source>
      <translation>Таксон (шинжлэх ухааны нэр эсвэл ангилал зүйн бүлэг)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="70" />
      <source>From date (YYYY-MM-DD)</source>
      <translation>Эхлэх огноо (YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="72" />
      <source>To date (YYYY-MM-DD)</source>
      <translation>Дуусах огноо (YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="74" />
      <source>Dataset title</source>
      <translation>Өгөгдлийн багцын нэр</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="77" />
      <source>Publisher (organisation; empty: the partners of the exported records)</source>
      <translation>Нийтлэгч (байгууллага; хоосон бол экспортолсон бүртгэлийн түншүүд)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="79" />
      <source>Licence</source>
      <translation>Лиценз</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="81" />
      <source>Contact name</source>
      <translation>Холбоо барих хүний нэр</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="82" />
      <source>Contact e-mail</source>
      <translation>Холбоо барих и-мэйл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="84" />
      <source>Sensitivity overrides (e.g. Canis lupus=none; Otis tarda=high)</source>
      <translation>Мэдрэмтгий байдлын өөрчлөлт (жишээ нь Canis lupus=none; Otis tarda=high)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="87" />
      <source>Export sensitive species at full precision (recorded in the metadata)</source>
      <translation>Мэдрэмтгий зүйлийг бүрэн нарийвчлалтай экспортлох (мета өгөгдөлд тэмдэглэнэ)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="90" />
      <source>Darwin Core Archive</source>
      <translation>Darwin Core архив</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="90" />
      <source>Darwin Core Archive (*.zip)</source>
      <translation>Darwin Core архив (*.zip)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="91" />
      <source>Records exported</source>
      <translation>Экспортолсон бүртгэл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="94" />
      <source>The Darwin Core export</source>
      <translation>Darwin Core экспорт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="122" />
      <source>Full precision chosen: exact coordinates of sensitive species will leave the baseline in this archive.</source>
      <translation>Бүрэн нарийвчлалыг сонгосон: мэдрэмтгий зүйлийн яг солбицол энэ архиваар суурь өгөгдлийн сангаас гарна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="133" />
      <source>No occurrence matches the selection: the archive is empty.</source>
      <translation>Сонголтод тохирох тархалтын бүртгэл алга: архив хоосон.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/exportdwca.py" line="134" />
      <source>{count} records written to {path}.</source>
      <translation>{count} бүртгэл бичлээ: {path}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="53" />
      <source>Gap analysis (species representation in protected areas)</source>
      <translation>Цоорхойн шинжилгээ (ТХГН дэх зүйлийн төлөөлөл)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="57" />
      <source>Which species the protected-area network misses, where, and where to survey next.</source>
      <translation>ТХГН-ийн сүлжээнд аль зүйл, хаана дутуу хамрагдсаныг, дараагийн судалгааг хаана хийхийг тодорхойлно.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="58" />
      <source>Ranges: occupied cells of a RESOLUTION metres equal-area grid (default 10000 m), or your range polygons (RANGES, one layer, species in RANGE_FIELD; species without a polygon fall back to their cells). Protected areas are merged (overlaps count once) and rasterised at RESOLUTION/10.</source>
      <translation>Тархац: RESOLUTION метрийн тэнцүү талбайт торын эзэлсэн нүднүүд (анхдагч 10000 m), эсвэл таны тархацын полигонууд (RANGES, нэг давхарга, зүйл нь RANGE_FIELD-д; полигонгүй зүйл нүднүүдээ ашиглана). ТХГН-ийг нэгтгэж (давхцал нэг л удаа тоологдоно), RESOLUTION/10 нарийвчлалаар растрчилна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="61" />
      <source>Targets (Rodrigues et al. 2004, Nature 428:640): 100% of ranges under 1,000 km², 10% of ranges over 250,000 km², linear on log10(range) between (55% at 15,811 km²). TARGET_CAP (km², 0 = none) caps the target area of very wide ranges. TARGETS overrides, e.g. 'Panthera uncia=0.5; EN=60%; CR=100%': a species name or an IUCN category, '=' and a share (0–1 or percent), entries separated by ';'. TARGETS_TABLE does the same from a table with a 'name' and a 'target' field. A species override wins over a category override.</source>
      <translation>Зорилт (Rodrigues et al. 2004, Nature 428:640): 1,000 km²-аас бага тархацын 100%, 250,000 km²-аас их тархацын 10%, хооронд нь log10(тархац)-аар шугаман (15,811 km²-д 55%). TARGET_CAP (km², 0 = байхгүй) нь маш өргөн тархацын зорилтот талбайг хязгаарлана. TARGETS зорилтыг дарж тохируулна, жишээ нь 'Panthera uncia=0.5; EN=60%; CR=100%': зүйлийн нэр эсвэл IUCN ангилал, '=' ба хувь (0–1 эсвэл хувиар), бичилтүүдийг ';'-ээр тусгаарлана. TARGETS_TABLE мөн адил, гэхдээ 'name' ба 'target' талбартай хүснэгтээс авна. Зүйлийн тохиргоо ангиллын тохиргооноос давуу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="67" />
      <source>Status: gap (nothing protected), partial (protected share below target), covered.</source>
      <translation>Төлөв: gap (цоорхой, огт хамгаалагдаагүй), partial (хэсэгчлэн, хамгаалагдсан хувь зорилтоос доогуур), covered (хамрагдсан).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="68" />
      <source>Without a range polygon the range is only the known occupied area (cells with records; range_source says so): the status then ends in '(records only)', and records_in_pa counts the species' records inside protected areas (a sampling-bias indicator: records from surveys inside protected areas make such ranges look protected).</source>
      <translation>Тархацын полигон байхгүй бол тархац нь зөвхөн мэдэгдэж буй эзэлсэн талбай (бүртгэлтэй нүд; range_source үүнийг заана): тэгвэл төлөв «(records only)»-оор төгсөж, records_in_pa нь тухайн зүйлийн ТХГН доторх бүртгэлийг тоолно (түүврийн хазайлтын үзүүлэлт: ТХГН доторх судалгааны бүртгэл ийм тархацыг хамгаалагдсан мэт харагдуулна).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="72" />
      <source>Gap grid (GRID_SHAPE square or hexagon, GRID_SIZE metres; hexagons have the area of the square): richness, threatened (CR/EN/VU) richness, gap and partial richness, share inside protected areas, records, partners, and priority = Σ species weight × shortfall × (1 − protected share of the cell), weight = 1 + Red List Index weight (LC 1, NT 2, VU 3, EN 4, CR 5).</source>
      <translation>Цоорхойн тор (GRID_SHAPE дөрвөлжин эсвэл зургаан өнцөгт, GRID_SIZE метр; зургаан өнцөгт нь дөрвөлжинтэй ижил талбайтай): зүйлийн баялаг, ховордсон (CR/EN/VU) зүйлийн баялаг, цоорхой ба хэсэгчлэн хамрагдсан зүйлийн баялаг, ТХГН дотор орох хувь, бүртгэл, түнш, мөн тэргүүлэх ач холбогдол = Σ зүйлийн жин × дутагдал × (1 − нүдний хамгаалагдсан хувь), жин = 1 + Улаан дансны индексийн жин (LC 1, NT 2, VU 3, EN 4, CR 5).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="77" />
      <source>Survey gaps: per cell, species expected there (their range; with occupied cells, their convex hull) without a record from the last RECENT_YEARS years of the data, weighted as above, times the sampling deficit (m + 1)/(m + r + 2) (r recent records in the cell, m the mean of its neighbours: an empty cell among well-surveyed neighbours scores near 1, among empty ones 0.5). Ranked, best first; expected_means says what 'expected' means.</source>
      <translation>Судалгааны цоорхой: нүд бүрт тэнд байх ёстой (тархац нь; эзэлсэн нүдээр бол гүдгэр бүрхүүл нь) боловч өгөгдлийн сүүлийн RECENT_YEARS жилд бүртгэлгүй зүйлс, дээрхтэй адил жинлэж, түүврийн дутагдал (m + 1)/(m + r + 2)-ээр үржүүлнэ (r нь нүдний сүүлийн үеийн бүртгэл, m нь хөршүүдийн дундаж: сайн судлагдсан хөршүүдийн дундах хоосон нүд 1-д ойр, хоосон хөршүүдийн дунд 0.5 оноо авна). Эрэмбэлсэн, шилдэг нь эхэнд; expected_means «байх ёстой» гэдгийн утгыг заана.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="82" />
      <source>CRS: an equal-area CRS for all grids (default: Lambert azimuthal equal-area centred on the records). STUDY_AREA: only grid cells touching these polygons are written (the grid otherwise covers the records' and ranges' bounding box).</source>
      <translation>CRS: бүх торонд ашиглах тэнцүү талбайт CRS (анхдагч: бүртгэлүүдийн төвд төвлөрсөн Ламбертын азимутын тэнцүү талбайт проекц). STUDY_AREA: зөвхөн эдгээр полигонд хүрэлцэх торын нүднүүдийг бичнэ (эс бөгөөс тор нь бүртгэл болон тархацын хүрээлэх тэгш өнцөгтийг хамарна).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="89" />
      <source>Occurrences (with scientificName)</source>
      <translation>Тархалтын бүртгэл (scientificName-тэй)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="94" />
      <source>Range polygons (optional)</source>
      <translation>Тархацын полигон (заавал биш)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="97" />
      <source>Species field of the range polygons</source>
      <translation>Тархацын полигоны зүйлийн талбар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="100" />
      <source>Range cell size (m)</source>
      <translation>Тархацын нүдний хэмжээ (m)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="103" />
      <source>Target overrides (name=share; …)</source>
      <translation>Зорилтын тохиргоо (нэр=хувь; …)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="105" />
      <source>Target overrides table (fields name, target)</source>
      <translation>Зорилтын тохиргооны хүснэгт (name, target талбар)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="108" />
      <source>Cap on the target area (km², 0 = none)</source>
      <translation>Зорилтот талбайн дээд хязгаар (km², 0 = байхгүй)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="112" />
      <source>Gap grid cells</source>
      <translation>Цоорхойн торын нүд</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="112" />
      <source>Square</source>
      <translation>Дөрвөлжин</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="112" />
      <source>Hexagon</source>
      <translation>Зургаан өнцөгт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="115" />
      <source>Gap grid cell size (m)</source>
      <translation>Цоорхойн торын нүдний хэмжээ (m)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="118" />
      <source>Recent records: last N years of the data</source>
      <translation>Сүүлийн үеийн бүртгэл: өгөгдлийн сүүлийн N жил</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="121" />
      <source>Equal-area CRS (default: LAEA centred on the records)</source>
      <translation>Тэнцүү талбайт CRS (анхдагч: бүртгэлүүдийн төвд төвлөрсөн LAEA)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="123" />
      <source>Study area (optional: keep grid cells that touch it)</source>
      <translation>Судалгааны талбай (заавал биш: түүнд хүрэлцэх торын нүднүүдийг үлдээнэ)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="126" />
      <source>Species representation</source>
      <translation>Зүйлийн төлөөлөл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="140" />
      <source>The targets table needs a 'name' field and a 'target' field.</source>
      <translation>Зорилтын хүснэгтэд 'name' талбар ба 'target' талбар шаардлагатай.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="180" />
      <source>The protected-area layer could not be read.</source>
      <translation>ТХГН-ийн давхаргыг уншиж чадсангүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="187" />
      <source>{count} records left out: {reason}</source>
      <translation>Хассан бүртгэл: {count} — {reason}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="192" />
      <source>The CRS must be projected and equal-area, not geographic.</source>
      <translation>CRS нь газарзүйн биш, проекцын тэнцүү талбайт байх ёстой.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="204" />
      <source>Choose the species field of the range polygons (RANGE_FIELD).</source>
      <translation>Тархацын полигоны зүйлийн талбарыг (RANGE_FIELD) сонгоно уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="206" />
      <source>With no occurrence, choose an equal-area CRS (CRS).</source>
      <translation>Тархалтын бүртгэл байхгүй бол тэнцүү талбайт CRS (CRS) сонгоно уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="221" />
      <source>No present occurrence with valid coordinates and no range polygon.</source>
      <translation>Зөв координаттай байгаа (present) тархалтын бүртгэл ч, тархацын полигон ч алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="225" />
      <source>The protected-area layer has no polygon: every species will be a gap.</source>
      <translation>ТХГН-ийн давхаргад полигон алга: бүх зүйл цоорхой болно.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="226" />
      <source>{n} protected areas, {s} species.</source>
      <translation>{n} ТХГН, {s} зүйл.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="250" />
      <source>The study area has no polygon.</source>
      <translation>Судалгааны талбайд полигон алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="270" />
      <source>known occupied area (records in {km} km cells)</source>
      <translation>мэдэгдэж буй эзэлсэн талбай ({km} км нүдэн дэх бүртгэл)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="273" />
      <source>range polygons</source>
      <translation>тархацын полигон</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/gap_analysis.py" line="298" />
      <source>expected: the cell lies in the species' range (range polygon, or the convex hull of its records); missing: no record there in the last {years} years of the data</source>
      <translation>байх ёстой: нүд тухайн зүйлийн тархацад (тархацын полигон, эсвэл бүртгэлийн гүдгэр бүрхүүл) оршино; дутуу: өгөгдлийн сүүлийн {years} жилд тэнд бүртгэл алга</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="220" />
      <source>Import partner species sheets</source>
      <translation>Түншийн зүйлийн хүснэгт импортлох</translation>
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
      <translation>Түншийн зүйлийн хүснэгтийг (UTF-8, UTF-16, Windows-1251 эсвэл GB18030 кодчилолтой CSV/TSV/TXT; XLSX, XLS, ODS: бүх хуудас, эсвэл file.xlsx|layername=Sheet-ээр нэгийг) уншиж, шалгасан Darwin Core тархалтын бүртгэл (цэг, EPSG:4326) болон шалтгааны код, тайлбар, анхны бүх нүдийг агуулсан татгалзсан мөрийн хүснэгтийг бичнэ. Мөр бүр хоёр гаралтын яг нэгэнд нь орно.

INPUT: нэг буюу хэд хэдэн файл.
COUNTRY: түншийн ISO 3166-1 alpha-3 (CHN, MNG, RUS, KAZ), эсвэл мөр бүрийн улсыг агуулсан баганын нэр. Хоосон: координатаас тодорхойлно.
PARTNER: түнш эсвэл байгууллагын нэр (institutionCode, тогтвортой occurrenceID-ийн нэг хэсэг).
SOURCE_CRS: координатын CRS (анхдагч EPSG:4326). Бүсийн угтвартай Пулково 1942 Гаусс–Крюгерийн зүүн координатыг ямар ч тохиолдолд танина.
SITES: координатгүй мөрүүдэд зориулсан газрын нэрсийн лавлах (нэрийн талбартай цэг эсвэл полигон), заавал биш.
CHECKLIST: нэмэлт зүйлийн жагсаалт (хамт ирдэгтэй ижил баганатай) эсвэл өмнө нь татгалзсан нэрсийг шийдвэрлэх verbatim,scientificName хоёр баганат харгалзуулалт, заавал биш.
MAPPING: толгой таних үйлдлийг дарах баганын үүрэг, заавал биш, жишээ нь species=B; date=Дата; lat=Ш; lon=Д.
DATABASE: ачаалах суурь мэдээллийн сангийн GeoPackage зам эсвэл PostGIS холболтын нэр, заавал биш.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="242" />
      <source>Partner sheets (CSV, TSV, TXT, XLSX, XLS, ODS)</source>
      <translation>Түншийн хүснэгт (CSV, TSV, TXT, XLSX, XLS, ODS)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="244" />
      <source>Partner country (ISO alpha-3) or country column</source>
      <translation>Түншийн улс (ISO alpha-3) эсвэл улсын багана</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="246" />
      <source>Partner / institution</source>
      <translation>Түнш / байгууллага</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="248" />
      <source>CRS of the coordinates in the sheets</source>
      <translation>Хүснэгт дэх координатын CRS</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="251" />
      <source>Site gazetteer (optional)</source>
      <translation>Газрын нэрсийн лавлах (заавал биш)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="254" />
      <source>Extra checklist or name mapping file (optional)</source>
      <translation>Нэмэлт зүйлийн жагсаалт эсвэл нэрийн харгалзуулалтын файл (заавал биш)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="257" />
      <source>Column mapping (optional), e.g. species=B; date=Дата</source>
      <translation>Баганын харгалзуулалт (заавал биш), жишээ нь species=B; date=Дата</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="260" />
      <source>Baseline database: GeoPackage path or PostGIS connection (optional)</source>
      <translation>Суурь мэдээллийн сан: GeoPackage зам эсвэл PostGIS холболт (заавал биш)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="265" />
      <source>Rejected rows</source>
      <translation>Татгалзсан мөр</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="268" />
      <source>Importing sheets</source>
      <translation>Хүснэгт импортлож байна</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="276" />
      <source>No input file given.</source>
      <translation>Оролтын файл өгөөгүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="293" />
      <source>Checklist: {n} taxa (version {version})</source>
      <translation>Зүйлийн жагсаалт: {n} таксон (хувилбар {version})</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="305" />
      <source>Internal error: {total} rows read but {a} + {r} written.</source>
      <translation>Дотоод алдаа: {total} мөр уншсан боловч {a} + {r} бичсэн.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="307" />
      <source>{total} rows read = {accepted} accepted + {rejected} rejected</source>
      <translation>Уншсан {total} мөр = хүлээн авсан {accepted} + татгалзсан {rejected}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="310" />
      <source>  rejected {code}: {n}</source>
      <translation>  татгалзсан {code}: {n}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="312" />
      <source>  flagged {flag}: {n} ({meaning})</source>
      <translation>  тэмдэглэсэн {flag}: {n} ({meaning})</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="328" />
      <source>Loading into a baseline database needs the baseline module, which this version of Corridor does not have. Leave DATABASE empty.</source>
      <translation>Суурь мэдээллийн санд ачаалахад суурь мэдээллийн модуль шаардлагатай боловч Corridor-ын энэ хувилбарт байхгүй. DATABASE-ийг хоосон үлдээнэ үү.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="334" />
      <source>Loading into the baseline database {db} failed: {error}</source>
      <translation>{db} суурь мэдээллийн санд ачаалж чадсангүй: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="336" />
      <source>Loaded into the baseline database {db}.</source>
      <translation>{db} суурь мэдээллийн санд ачааллаа.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="349" />
      <source>the disk is full ({error})</source>
      <translation>диск дүүрсэн ({error})</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="350" />
      <source>Could not write {output}: {error}</source>
      <translation>{output}-г бичиж чадсангүй: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="351" />
      <source>the occurrences</source>
      <translation>ажиглалтын бичлэгүүд</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="351" />
      <source>the rejected rows</source>
      <translation>татгалзсан мөрүүд</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="365" />
      <source>Could not create the occurrences layer.</source>
      <translation>Тархалтын бүртгэлийн давхаргыг үүсгэж чадсангүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/import_sheets.py" line="366" />
      <source>Could not create the rejected rows table.</source>
      <translation>Татгалзсан мөрийн хүснэгтийг үүсгэж чадсангүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="28" />
      <source>Load occurrences into the baseline database</source>
      <translation>Тархалтын бүртгэлийг суурь мэдээллийн санд ачаалах</translation>
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
      <translation>«Түншийн хүснэгт импортлох»-оос гарсан тархалтын бүртгэл болон татгалзсан мөрүүдийг суурь мэдээллийн санд ачаална; илгээлт бүрт (нэг файлын нэг хуудас) нэг транзакц: цуцлалт, гацалт эсвэл холболт тасрах нь мэдээллийн санг тухайн илгээлтийн өмнөх байдалд нь үлдээнэ.

DATABASE: GeoPackage файл (байхгүй бол үүсгэнэ) эсвэл QGIS-д хадгалсан PostgreSQL холболтын нэр (нэвтрэх мэдээллийг баталгаажуулалтын тохиргооноос нь авна).
INPUT: тархалтын бүртгэлийн цэгэн давхарга; REJECTED: татгалзсан мөрийн хүснэгт (заавал биш).
PARTNER, COUNTRY: давхаргын institutionCode эсвэл country_iso3 хоосон үед ашиглана.
SOURCE_FILES: түншүүдийн анхны файлууд (заавал биш); тэдгээрийн SHA-256 нь илгээлтийг тодорхойлно. Байхгүй бол мөрүүдийн хяналтын нийлбэрийг ашиглана.
TOLERANCE: хоёр түншийн ижил таксон, ижил огноотой, үүнээс (метр) ойр орших бүртгэлүүдийг давхардал гэж холбоно, хэзээ ч устгахгүй.

Ижил файлыг дахин ачаалахад юу ч нэмэгдэхгүй; засварласан файл (ижил түнш, файлын нэр, хуудас) өмнөх илгээлтийнхээ мөрүүдийг орлох бөгөөд өмнөх илгээлт илгээлтийн түүхэнд хадгалагдана.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="50" />
      <source>Occurrences (from Import partner sheets)</source>
      <translation>Тархалтын бүртгэл («Түншийн хүснэгт импортлох»-оос)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="53" />
      <source>Rejected rows (from Import partner sheets)</source>
      <translation>Татгалзсан мөр («Түншийн хүснэгт импортлох»-оос)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="57" />
      <source>Country (ISO 3166-1 alpha-3)</source>
      <translation>Улс (ISO 3166-1 alpha-3)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="59" />
      <source>Original partner files (for their SHA-256)</source>
      <translation>Түншийн анхны файлууд (SHA-256-д нь)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="62" />
      <source>Duplicate distance between partners (m)</source>
      <translation>Түншүүдийн хоорондох давхардлын зай (m)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="65" />
      <source>Occurrences added</source>
      <translation>Нэмсэн тархалтын бүртгэл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="66" />
      <source>Occurrences already present</source>
      <translation>Өмнө нь байсан тархалтын бүртгэл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="67" />
      <source>Rejected rows recorded</source>
      <translation>Бүртгэсэн татгалзсан мөр</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="68" />
      <source>Cross-partner duplicates linked</source>
      <translation>Холбосон түнш хоорондын давхардал</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="69" />
      <source>Submissions loaded</source>
      <translation>Ачаалсан илгээлт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="70" />
      <source>Submissions replaced</source>
      <translation>Орлуулсан илгээлт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="71" />
      <source>Submissions unchanged</source>
      <translation>Өөрчлөгдөөгүй илгээлт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="75" />
      <source>Loading the baseline</source>
      <translation>Суурь мэдээллийн санг ачаалж байна</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="82" />
      <source>The occurrence layer cannot be read.</source>
      <translation>Тархалтын бүртгэлийн давхаргыг унших боломжгүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/loadbaseline.py" line="101" />
      <source>{rows} occurrences added, {present} already present, {rejected} rejected rows recorded, {dups} duplicates linked.</source>
      <translation>Нэмсэн тархалтын бүртгэл: {rows}, өмнө нь байсан: {present}, бүртгэсэн татгалзсан мөр: {rejected}, холбосон давхардал: {dups}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="62" />
      <source>Overlay occurrences on protected areas</source>
      <translation>Тархалтын бүртгэлийг ТХГН-тэй давхцуулах</translation>
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
      <translation>ТХГН бүрт орох түншийн тархалтын бүртгэлийг тоолж (хил дээрх цэгийг 'intersects' предикаттай адил дотор гэж тооцно), дөрвөн гаралт бичнэ.

OCCURRENCES: суурь мэдээллийн сангийн Darwin Core талбаруудтай (scientificName, institutionCode, eventDate, year, individualCount, abundanceMax, iucnCategory, citesAppendix, country_iso3) цэгэн давхарга.
PROTECTED_AREAS: «ТХГН бэлтгэх»-ээс гарсан давхарга эсвэл дурын полигон давхарга; атрибутууд нь хадгалагдана. Газрыг pa_id, эс бөгөөс WDPA id, эс бөгөөс fid-ээр таньна.
BUFFER: газраас гадна боловч хилээс нь энэ зайд (km) орших бүртгэлийг захын бүртгэл гэж тоолно (0 = унтраалттай).

OUTPUT_AREAS: бүртгэлтэй газрууд: records, richness (зүйл), threatened (IUCN CR/EN/VU зүйл), cites (CITES-д орсон зүйл), partners, last_survey, first_year, last_year, years_covered, edge_records.
OUTPUT_SPECIES_AREAS: зүйл ба газар тус бүрд нэг мөр: бүртгэл, тоо хэмжээний нийлбэр ба дээд утга (individualCount, эс бөгөөс abundanceMax), эхний ба сүүлийн огноо.
OUTPUT_SPECIES: зүйл тус бүрээр: бүртгэл, аль нэг газар доторх бүртгэл, хамгаалагдсан хувь, газрын тоо, хамгаалагдсан бүртгэлүүдийн улсууд.
OUTPUT_OCCURRENCES: pa_ids (';'-ээр тусгаарласан), n_pas, edge_pa_ids бүхий тархалтын бүртгэл.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="90" />
      <source>Edge buffer (km, 0 = none)</source>
      <translation>Захын буфер (km, 0 = байхгүй)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="93" />
      <source>Protected areas with figures</source>
      <translation>Үзүүлэлттэй ТХГН</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="96" />
      <source>Species × protected area</source>
      <translation>Зүйл × ТХГН</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="99" />
      <source>Species protection summary</source>
      <translation>Зүйлийн хамгаалалтын хураангуй</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="102" />
      <source>Occurrences with protected areas</source>
      <translation>ТХГН-ийн мэдээлэлтэй тархалтын бүртгэл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="116" />
      <source>The occurrence layer must be a point layer.</source>
      <translation>Тархалтын бүртгэлийн давхарга цэгэн давхарга байх ёстой.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="118" />
      <source>The protected-area layer must be a polygon layer.</source>
      <translation>ТХГН-ийн давхарга полигон давхарга байх ёстой.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="119" />
      <source>occurrence</source>
      <translation>тархалтын бүртгэлийн</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="119" />
      <source>protected-area</source>
      <translation>ТХГН-ийн</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="121" />
      <source>The {layer} layer has no (or an unknown) coordinate reference system: set its CRS first.</source>
      <translation>{layer} давхаргад координатын систем байхгүй (эсвэл үл мэдэгдэх): эхлээд түүний CRS-ийг тохируулна уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="142" />
      <source>{n} occurrences without geometry were not overlaid (they count as unprotected records).</source>
      <translation>Геометргүй тул давхцуулаагүй тархалтын бүртгэл: {n} (хамгаалагдаагүй бүртгэлд тооцогдоно).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="144" />
      <source>{n} occurrences read in {s:.1f} s.</source>
      <translation>{n} тархалтын бүртгэл уншлаа, {s:.1f} с.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="166" />
      <source>{n} protected areas have no geometry and get no records: {ids}</source>
      <translation>Геометргүй тул бүртгэл аваагүй ТХГН: {n} — {ids}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="173" />
      <source>{n} point–area matches.</source>
      <translation>Цэг–газрын {n} тохирол.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="204" />
      <source>Overlay done in {s:.1f} s.</source>
      <translation>Давхцуулалт дууслаа, {s:.1f} с.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/overlay.py" line="230" />
      <source>Fast GeoPackage copy failed ({error}); writing feature by feature.</source>
      <translation>GeoPackage-ийн хурдан хуулбар амжилтгүй ({error}); объект тус бүрээр бичиж байна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="53" />
      <source>Prepare protected areas</source>
      <translation>ТХГН бэлтгэх</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="57" />
      <source>Reads protected areas from WDPA (legacy schema with WDPAID, or the late-2025 schema with SITE_ID; shapefile, GeoPackage or File Geodatabase, polygon and point parts, several files at once) or from national layers with a field mapping, and cleans them as the wdpar R package does.</source>
      <translation>ТХГН-ийг WDPA-аас (WDPAID-тай хуучин схем эсвэл SITE_ID-тай 2025 оны сүүлийн схем; shapefile, GeoPackage эсвэл File Geodatabase, полигон ба цэгэн хэсэг, нэг дор хэд хэдэн файл) эсвэл талбарын харгалзуулалттай үндэсний давхаргаас уншиж, wdpar R багцын адилаар цэвэрлэнэ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="62" />
      <source>INPUT: one or more layers. REGION: optional study region (polygons) to clip to.</source>
      <translation>INPUT: нэг буюу хэд хэдэн давхарга. REGION: тайрах судалгааны бүс (полигон), заавал биш.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="63" />
      <source>KEEP_STATUS keeps Designated/Inscribed/Established sites; DROP_MAB drops UNESCO-MAB Biosphere Reserves; DROP_OECM and DROP_MARINE drop OECMs and marine sites; BUFFER_POINTS turns point-only sites into circles of their reported area (REP_AREA); REPAIR repairs invalid geometries. STATUS_YR 0 becomes null. Sites crossing 180° are split. OVERLAPS: keep, erase by IUCN category precedence (Ia first), or dissolve per country. AREA_CRS: equal-area CRS for area_km2 (empty: a Lambert azimuthal equal-area projection centred on each site, exact on the WGS84 ellipsoid; ESRI:54009 gives wdpar's Mollweide, which is spherical: -0.1 % at 50°N, -0.5 % at 70°N).</source>
      <translation>KEEP_STATUS нь Designated/Inscribed/Established газруудыг үлдээнэ; DROP_MAB нь ЮНЕСКО-MAB шим мандлын нөөц газруудыг хасна; DROP_OECM ба DROP_MARINE нь OECM болон далайн газруудыг хасна; BUFFER_POINTS нь зөвхөн цэгтэй газруудыг мэдээлсэн талбайтай (REP_AREA) тойрог болгоно; REPAIR нь буруу геометрийг засна. STATUS_YR 0 нь null болно. 180°-ийг огтолсон газруудыг хуваана. OVERLAPS: үлдээх, IUCN ангиллын давуу эрэмбээр арилгах (Ia эхэнд), эсвэл улс тус бүрээр нэгтгэх. AREA_CRS: area_km2-д зориулсан тэнцүү талбайт CRS (хоосон бол газар тус бүрийн төвд төвлөрсөн, WGS84 эллипсоид дээр нарийвчлалтай Ламбертын азимутын тэнцүү талбайт проекц; ESRI:54009 нь wdpar-ын Mollweide проекцыг өгөх бөгөөд бөмбөрцөг дээр тооцдог тул хойд өргөргийн 50°-д -0.1 %, 70°-д -0.5 % зөрүүтэй).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="71" />
      <source>National layers: give ID_FIELD, NAME_FIELD, LOCAL_NAME_FIELD, COUNTRY_FIELD, DESIGNATION_FIELD, IUCN_FIELD, YEAR_FIELD (names of their fields); pa_id is '&lt;layer&gt;:&lt;id&gt;'.</source>
      <translation>Үндэсний давхарга: ID_FIELD, NAME_FIELD, LOCAL_NAME_FIELD, COUNTRY_FIELD, DESIGNATION_FIELD, IUCN_FIELD, YEAR_FIELD-ийг (талбаруудын нэр) заана; pa_id нь '&lt;layer&gt;:&lt;id&gt;'.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="74" />
      <source>OUTPUT fields: pa_id, name, name_local, iso3, designation, iucn_cat, status_year, area_km2, is_transboundary (several ISO3 or part of Dauria / Great Altai), source, provenance. REPORT: one row per removed or changed site with the step and the reason.</source>
      <translation>OUTPUT талбарууд: pa_id, name, name_local, iso3, designation, iucn_cat, status_year, area_km2, is_transboundary (хэд хэдэн ISO3 эсвэл Дагуур / Их Алтайн хэсэг), source, provenance. REPORT: хасагдсан эсвэл өөрчлөгдсөн газар бүрт алхам ба шалтгаантай нэг мөр.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="77" />
      <source>country_share: share of the outline inside its ISO3 countries (shipped Natural Earth borders); below 0.5 the REPORT flags the site with its share.</source>
      <translation>country_share: хил хязгаарын ISO3 улсдаа багтсан хувь (дагалдах Natural Earth хил); 0.5-аас доош бол REPORT тухайн газрыг хувийн хамт тэмдэглэнэ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="83" />
      <source>Protected-area layers (WDPA or national)</source>
      <translation>ТХГН-ийн давхарга (WDPA эсвэл үндэсний)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="86" />
      <source>Study region</source>
      <translation>Судалгааны бүс</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="88" />
      <source>Keep only Designated, Inscribed, Established</source>
      <translation>Зөвхөн Designated, Inscribed, Established-ийг үлдээх</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="89" />
      <source>Drop UNESCO-MAB Biosphere Reserves</source>
      <translation>ЮНЕСКО-MAB шим мандлын нөөц газрыг хасах</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="90" />
      <source>Drop OECMs</source>
      <translation>OECM-ийг хасах</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="91" />
      <source>Drop marine sites</source>
      <translation>Далайн газрыг хасах</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="92" />
      <source>Buffer point-only sites to their reported area</source>
      <translation>Зөвхөн цэгтэй газрыг мэдээлсэн талбайгаар нь буферлэх</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="93" />
      <source>Repair invalid geometries</source>
      <translation>Буруу геометрийг засах</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="96" />
      <source>Overlapping areas</source>
      <translation>Давхцсан газрууд</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="97" />
      <source>Keep overlaps</source>
      <translation>Давхцлыг үлдээх</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="97" />
      <source>Erase by IUCN category precedence</source>
      <translation>IUCN ангиллын давуу эрэмбээр арилгах</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="98" />
      <source>Dissolve per country</source>
      <translation>Улс тус бүрээр нэгтгэх</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="100" />
      <source>Equal-area CRS for areas (empty: per-site Lambert azimuthal equal-area)</source>
      <translation>Талбай тооцох тэнцүү талбайт CRS (хоосон бол газар тус бүрийн Ламбертын азимутын тэнцүү талбайт проекц)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="102" />
      <source>National layers: id field</source>
      <translation>Үндэсний давхарга: id талбар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="103" />
      <source>National layers: name field</source>
      <translation>Үндэсний давхарга: нэрийн талбар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="104" />
      <source>National layers: local-name field</source>
      <translation>Үндэсний давхарга: орон нутгийн нэрийн талбар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="105" />
      <source>National layers: ISO3 country field</source>
      <translation>Үндэсний давхарга: ISO3 улсын талбар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="106" />
      <source>National layers: designation field</source>
      <translation>Үндэсний давхарга: ангиллын (designation) талбар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="107" />
      <source>National layers: IUCN category field</source>
      <translation>Үндэсний давхарга: IUCN ангиллын талбар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="108" />
      <source>National layers: status year field</source>
      <translation>Үндэсний давхарга: статусын оны талбар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="111" />
      <source>Clean protected areas</source>
      <translation>Цэвэрлэсэн ТХГН</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="113" />
      <source>Cleaning report</source>
      <translation>Цэвэрлэгээний тайлан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="119" />
      <source>Only {n} of the {m} input layers could be opened: check {sources}</source>
      <translation>{m} оролтын давхаргаас зөвхөн {n}-ийг нээж чадлаа: {sources}-ийг шалгана уу</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="124" />
      <source>None of the input layers could be opened: {sources}</source>
      <translation>Оролтын давхаргуудын алийг нь ч нээж чадсангүй: {sources}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="126" />
      <source>Give at least one protected-area layer.</source>
      <translation>Наад зах нь нэг ТХГН-ийн давхарга өгнө үү.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="136" />
      <source>{name} is not a vector layer.</source>
      <translation>{name} вектор давхарга биш.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="140" />
      <source>The layer {name} has no field {fields}.</source>
      <translation>{name} давхаргад {fields} талбар алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="148" />
      <source>The input layers hold no features.</source>
      <translation>Оролтын давхаргуудад объект алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="198" />
      <source>{step}: {n} {action}</source>
      <translation>{step}: {action} — {n}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="200" />
      <source>{read} sites read, {kept} kept.</source>
      <translation>Уншсан газар: {read}, үлдээсэн: {kept}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="202" />
      <source>No protected area is left after cleaning: see the report.</source>
      <translation>Цэвэрлэгээний дараа ТХГН үлдсэнгүй: тайланг үзнэ үү.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="208" />
      <source>The study region has no (or an unknown) coordinate reference system.</source>
      <translation>Судалгааны бүсэд координатын систем байхгүй (эсвэл үл мэдэгдэх).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/prepare_pas.py" line="220" />
      <source>The study region has no polygon.</source>
      <translation>Судалгааны бүсэд полигон алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/provider.py" line="30" />
      <source>Corridor algorithm module '{name}' not loaded: {error}</source>
      <translation>Corridor алгоритмын модуль «{name}» ачаалагдаагүй: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/provider.py" line="48" />
      <source>Corridor transboundary biodiversity tools {version}</source>
      <translation>Corridor хил дамнасан биологийн олон янз байдлын хэрэгсэл {version}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="46" />
      <source>Range metrics (EOO, AOO, IUCN criterion B)</source>
      <translation>Тархацын үзүүлэлт (EOO, AOO, IUCN-ий B шалгуур)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="50" />
      <source>Extent of occurrence (EOO) and area of occupancy (AOO) of every species, with the IUCN criterion B1/B2 threshold each meets.</source>
      <translation>Зүйл бүрийн тархалтын хүрээ (EOO) ба эзэмших талбай (AOO), мөн хангаж буй IUCN-ий B1/B2 шалгуурын босгыг тооцно.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="52" />
      <source>EOO: area of the convex hull of the species' distinct present records, in a Lambert azimuthal equal-area projection (WGS 84 ellipsoid) centred on that species' records (records on both sides of the antimeridian are handled). Fewer than 3 distinct points, or all on one line: EOO is empty and eoo_note says why. Optionally clipped to land (the shipped Natural Earth borders or your own land layer). When EOO is smaller than AOO, B1 uses AOO (IUCN guidelines 4.9).</source>
      <translation>EOO: зүйлийн ялгаатай байгаа (present) бүртгэлүүдийн гүдгэр бүрхүүлийн талбай; тухайн зүйлийн бүртгэлүүдийн төвд төвлөрсөн Ламбертын азимутын тэнцүү талбайт проекцоор (WGS 84 эллипсоид) тооцно (антимеридианы хоёр талын бүртгэлийг зөв боловсруулна). Ялгаатай цэг 3-аас цөөн буюу бүгд нэг шулуун дээр бол: EOO хоосон бөгөөд шалтгааныг eoo_note-д заана. Сонголтоор хуурай газраар тайрна (хамт ирдэг Natural Earth хил эсвэл таны хуурай газрын давхарга). EOO нь AOO-оос бага бол B1-д AOO ашиглана (IUCN-ий удирдамж 4.9).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="57" />
      <source>AOO: occupied cells of a square grid (CELL_SIZE metres, IUCN: 2000 m) × cell area, in a study-wide equal-area projection centred on all records. Without GRID_SEARCH the grid origin is fixed; with it, GRID_SHIFTS × GRID_SHIFTS origins shifted by CELL_SIZE / GRID_SHIFTS are tried and each species keeps its minimum (allowed by the IUCN guidelines); aoo_grid states which. CRS sets another equal-area CRS for the grid.</source>
      <translation>AOO: дөрвөлжин торын (CELL_SIZE метр, IUCN: 2000 m) эзэлсэн нүдний тоо × нүдний талбай; бүх бүртгэлийн төвд төвлөрсөн, судалгааны нийт нутгийн тэнцүү талбайт проекцоор. GRID_SEARCH-гүй үед торын эх цэг тогтмол; GRID_SEARCH-тэй үед CELL_SIZE / GRID_SHIFTS-ээр шилжүүлсэн GRID_SHIFTS × GRID_SHIFTS эх цэгийг туршиж, зүйл бүрийн хамгийн бага утгыг авна (IUCN-ий удирдамжаар зөвшөөрөгдсөн); аль аргыг хэрэглэснийг aoo_grid заана. CRS нь торонд өөр тэнцүү талбайт CRS тохируулна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="62" />
      <source>Thresholds: EOO &lt; 100 km² CR, &lt; 5,000 EN, &lt; 20,000 VU; AOO &lt; 10 km² CR, &lt; 500 EN, &lt; 2,000 VU. Meeting a threshold is only the first condition of criterion B.</source>
      <translation>Босго: EOO &lt; 100 km² CR, &lt; 5,000 EN, &lt; 20,000 VU; AOO &lt; 10 km² CR, &lt; 500 EN, &lt; 2,000 VU. Босгыг хангах нь B шалгуурын зөвхөн эхний нөхцөл юм.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="64" />
      <source>MIN_RECORDS: below this number of distinct points both classes are 'data insufficient' (default 15, after Rivers et al. 2011, Biol. Conserv. 144:2541). Every class is a size class for a regional assessment, not a Red List category; criterion_b_note says so on every row.</source>
      <translation>MIN_RECORDS: ялгаатай цэгийн тоо үүнээс цөөн бол хоёр ангилал хоёулаа «мэдээлэл хангалтгүй» (анхдагч 15, Rivers et al. 2011, Biol. Conserv. 144:2541-ийн дагуу). Ангилал бүр нь бүс нутгийн үнэлгээний хэмжээний ангилал бөгөөд Улаан дансны ангилал биш; criterion_b_note мөр бүрт үүнийг заана.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="67" />
      <source>Records with occurrenceStatus 'absent' are ignored.</source>
      <translation>occurrenceStatus нь 'absent' бүртгэлийг үл тооно.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="75" />
      <source>AOO cell size (m)</source>
      <translation>AOO-ийн нүдний хэмжээ (m)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="78" />
      <source>Search grid origins for the minimum AOO</source>
      <translation>AOO-ийн хамгийн бага утгын тулд торын эх цэгийг хайх</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="80" />
      <source>Grid origins per axis when searching</source>
      <translation>Хайлтын үед тэнхлэг тус бүрийн торын эх цэгийн тоо</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="83" />
      <source>Clip EOO hulls to land</source>
      <translation>EOO бүрхүүлийг хуурай газраар тайрах</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="85" />
      <source>Land polygons (default: shipped country borders)</source>
      <translation>Хуурай газрын полигон (анхдагч: хамт ирдэг улсын хил)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="88" />
      <source>Equal-area CRS of the AOO grid (default: LAEA centred on the records)</source>
      <translation>AOO торын тэнцүү талбайт CRS (анхдагч: бүртгэлүүдийн төвд төвлөрсөн LAEA)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="91" />
      <source>Minimum distinct records for a criterion-B class</source>
      <translation>B шалгуурын ангилалд шаардлагатай хамгийн цөөн ялгаатай бүртгэл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="94" />
      <source>Range metrics</source>
      <translation>Тархацын үзүүлэлт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="96" />
      <source>EOO hulls</source>
      <translation>EOO бүрхүүл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="98" />
      <source>AOO cells</source>
      <translation>AOO нүд</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="105" />
      <source>Reading occurrences…</source>
      <translation>Тархалтын бүртгэл уншиж байна…</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="114" />
      <source>No present occurrence with valid coordinates in the input.</source>
      <translation>Оролтод зөв координаттай байгаа (present) тархалтын бүртгэл алга.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="126" />
      <source>Computing EOO and AOO of {n} species…</source>
      <translation>{n} зүйлийн EOO ба AOO-г тооцоолж байна…</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="138" />
      <source>fixed origin</source>
      <translation>тогтмол эх цэг</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/range_metrics.py" line="138" />
      <source>minimum over {n} origins</source>
      <translation>{n} эх цэгийн хамгийн бага</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="35" />
      <source>Transboundary action-plan report</source>
      <translation>Хил дамнасан үйл ажиллагааны төлөвлөгөөний тайлан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="38" />
      <source>Writes the action-plan report as HTML and as PDF from a QGIS print layout (the layout is also saved as a .qpt template beside the PDF, to edit in QGIS): study area, data sources per partner, map of protected areas and records, gap species, gap grid, connectivity per country with the transboundary share, top areas and links by dPC, corridors, survey-gap priorities, methods and a data appendix.

Every result layer is optional: a section whose input is missing says it was not computed.
DATABASE: baseline GeoPackage or PostGIS connection name; its occurrences are used when no OCCURRENCES layer is given.
LANGUAGE: en, zh, ru, mn or kk (default: the QGIS language). Species names are printed in Latin with the vernacular name of that language from the checklist (CHECKLIST, or the shipped one).</source>
      <translation>Үйл ажиллагааны төлөвлөгөөний тайланг HTML болон QGIS-ийн хэвлэх загвараас PDF хэлбэрээр бичнэ (загварыг мөн PDF-ийн хажууд QGIS-д засах .qpt загвар болгон хадгална): судалгааны талбай, түнш тус бүрийн өгөгдлийн эх сурвалж, ТХГН ба бүртгэлийн зураг, цоорхойн зүйл, цоорхойн тор, хил дамнасан хувь бүхий улс тус бүрийн холбоос, dPC-ээр тэргүүлэх газар ба холбоонууд, коридорууд, судалгааны цоорхойн тэргүүлэх чиглэл, арга зүй, өгөгдлийн хавсралт.

Үр дүнгийн давхарга бүр заавал биш: оролт нь байхгүй бүлэгт тооцоогүй гэж бичнэ.
DATABASE: суурь GeoPackage эсвэл PostGIS холболтын нэр; OCCURRENCES давхарга өгөөгүй үед түүний тархалтын бүртгэлийг ашиглана.
LANGUAGE: en, zh, ru, mn эсвэл kk (анхдагч: QGIS-ийн хэл). Зүйлийн нэрийг латинаар, зүйлийн жагсаалтаас (CHECKLIST, эсвэл хамт ирдэг) тухайн хэлний нутгийн нэртэй нь хэвлэнэ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="56" />
      <source>Baseline database (GeoPackage or PostGIS connection)</source>
      <translation>Суурь мэдээллийн сан (GeoPackage эсвэл PostGIS холболт)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="75" />
      <source>Report language</source>
      <translation>Тайлангийн хэл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="78" />
      <source>Checklist for vernacular names (CSV)</source>
      <translation>Нутгийн нэрсийн зүйлийн жагсаалт (CSV)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="80" />
      <source>Line under the title (e.g. working group, meeting, date)</source>
      <translation>Гарчгийн доорх мөр (ж.нь ажлын хэсэг, хурал, огноо)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="82" />
      <source>Report (HTML)</source>
      <translation>Тайлан (HTML)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="84" />
      <source>Report (PDF)</source>
      <translation>Тайлан (PDF)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="84" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF файл (*.pdf)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="85" />
      <source>Report layout template (.qpt)</source>
      <translation>Тайлангийн загвар (.qpt)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="93" />
      <source>No occurrences table could be read from {database}.</source>
      <translation>Тархалтын бүртгэлийн хүснэгтийг уншиж чадсангүй: {database}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="106" />
      <source>Report in {language} from: {inputs}</source>
      <translation>Тайлангийн хэл: {language}; оролт: {inputs}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="110" />
      <source>No translation for '{language}' is installed: the report headings stay in English.</source>
      <translation>«{language}» хэлний орчуулга суугаагүй: тайлангийн гарчиг англиар үлдэнэ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="120" />
      <source>Could not write the HTML report {path}: {error}</source>
      <translation>HTML тайланг бичиж чадсангүй ({path}): {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/report.py" line="127" />
      <source>Could not write the PDF report {path}.</source>
      <translation>PDF тайланг бичиж чадсангүй ({path}).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="34" />
      <source>Partner data-sheet template</source>
      <translation>Түншийн өгөгдлийн хүснэгтийн загвар</translation>
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
      <translation>Нэг түншид зориулж буруу бөглөхөд хэцүү XLSX ажлын ном бичнэ: толгой нь түншийн хэл дээр, доор нь Darwin Core нэр томьёотой өгөгдлийн хуудас; зүйлийн жагсаалтаас зүйлийн унадаг жагсаалт (латин нэр ба нутгийн нэр); огноо (бодит огноо, ирээдүйн биш), бодгалийн тоо (0 буюу түүнээс их бүхэл тоо, муж, ~n, &gt;n, few/many эсвэл +), координат (улсын дотор, аравтын градусаар эсвэл сонгосон проекцын CRS-ээр) болон газрын (газрын нэрсийн лавлахаас унадаг жагсаалт) шалгалт; түншийн хэл дээрх зааврын хуудас; нуугдмал жагсаалтын хуудас. Ажлын номын шинж чанарт түнш, улс, загвар ба зүйлийн жагсаалтын хувилбарыг бичдэг тул corridor:importsheets загварыг таньж, баганыг нь таахгүйгээр уншина.

COUNTRY: ISO 3166-1 alpha-3 (CHN, MNG, RUS, KAZ).
LANGUAGE: en, zh, ru, mn эсвэл kk.
CHECKLIST: нэмэлт зүйлийн жагсаалтын файл (хамт ирдэгтэй ижил баганатай, эсвэл нэрийн харгалзуулалт), заавал биш.
TAXON_GROUPS: таслалаар тусгаарласан бүлгүүд (жишээ нь bird, large mammal), заавал биш; бүлэг нь дэд бүлгүүдээ хамарна.
COUNTRY_SPECIES_ONLY: зүйлийн жагсаалтын 'countries' баганад тухайн улс бичигдсэн зүйлийг л үлдээнэ.
SITES: газрын нэрсийн лавлахын давхарга, заавал биш; SITE_FIELD: түүний нэрийн талбар (хоосон бол таамаглана).
SOURCE_CRS: түншүүдийн координат бүртгэдэг CRS (EPSG:4326 бол өргөрөг/уртрагийн багана, проекцын CRS бол зүүн/хойд координатын багана).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="59" />
      <source>Partner's country (ISO alpha-3: CHN, MNG, RUS, KAZ)</source>
      <translation>Түншийн улс (ISO alpha-3: CHN, MNG, RUS, KAZ)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="62" />
      <source>Language of the sheet (en, zh, ru, mn, kk)</source>
      <translation>Хүснэгтийн хэл (en, zh, ru, mn, kk)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="64" />
      <source>Extra checklist file</source>
      <translation>Нэмэлт зүйлийн жагсаалтын файл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="66" />
      <source>Taxon groups (comma-separated; empty: all)</source>
      <translation>Ангилал зүйн бүлэг (таслалаар тусгаарлана; хоосон: бүгд)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="68" />
      <source>Only species expected in the country (checklist column 'countries')</source>
      <translation>Зөвхөн тухайн улсад байх төлөвтэй зүйл (жагсаалтын 'countries' багана)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="71" />
      <source>Site gazetteer</source>
      <translation>Газрын нэрсийн лавлах</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="73" />
      <source>Site name field</source>
      <translation>Газрын нэрийн талбар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="76" />
      <source>Coordinate reference system of the partner's coordinates</source>
      <translation>Түншийн координатын систем (CRS)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="79" />
      <source>Template workbook</source>
      <translation>Загвар ажлын ном</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="79" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel ажлын ном (*.xlsx)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="87" />
      <source>Unknown country '{code}': use one of {codes}.</source>
      <translation>Үл мэдэгдэх улс «{code}»: дараахын аль нэгийг ашиглана уу: {codes}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="91" />
      <source>Name the partner: the template carries it in its properties.</source>
      <translation>Түншийг заана уу: загвар түүнийг шинж чанартаа хадгална.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="112" />
      <source>No checklist file says where species occur: add a column 'countries' (ISO alpha-3 codes) to the extra checklist, or switch off 'Only species expected in the country'.</source>
      <translation>Зүйл хаана тархдагийг заасан зүйлийн жагсаалтын файл алга: нэмэлт зүйлийн жагсаалтад 'countries' багана (ISO alpha-3 код) нэмэх, эсвэл «Зөвхөн тухайн улсад байх төлөвтэй зүйл»-ийг унтраана уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="119" />
      <source>Unknown taxon group in '{groups}'. The checklist has: {available}</source>
      <translation>«{groups}»-д үл мэдэгдэх ангилал зүйн бүлэг байна. Жагсаалтад байгаа нь: {available}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="122" />
      <source>No species of the checklist is left after the taxon-group and country filters.</source>
      <translation>Ангилал зүйн бүлэг болон улсын шүүлтүүрийн дараа жагсаалтад зүйл үлдсэнгүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="131" />
      <source>The site gazetteer cannot be used: {error}</source>
      <translation>Газрын нэрсийн лавлахыг ашиглах боломжгүй: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="133" />
      <source>The site gazetteer has no site names; the site column stays free text.</source>
      <translation>Газрын нэрсийн лавлахад газрын нэр алга; газрын багана чөлөөт текст хэвээр үлдэнэ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="153" />
      <source>Could not write the template {path}: {error}</source>
      <translation>Загварыг бичиж чадсангүй ({path}): {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/sheet_template.py" line="155" />
      <source>Template for {partner} ({country}, {language}): {n} species, {s} sites.</source>
      <translation>Загвар — {partner} ({country}, {language}): {n} зүйл, {s} газар.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="50" />
      <source>Submission status and timeline</source>
      <translation>Илгээлтийн төлөв ба хугацааны хэлхээс</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="53" />
      <source>Compares the expected submissions (partner, country, period, due date) with the submissions received and reports, per partner and period: received (on or before the due date), late, missing (due date passed, nothing received) or pending (not yet due), with the number of submissions, records and species received and the last submission date. Submissions of partners without any expected period are listed as unscheduled. The HTML output holds a timeline chart per partner and the table.

DATABASE: the baseline (GeoPackage path or saved PostgreSQL connection); its expected_submissions and submissions tables are used unless EXPECTED or SUBMISSIONS are given.
EXPECTED: a table (e.g. CSV) with columns partner, country, period, due_date and optionally opens (the date from which a submission counts for that period).
SUBMISSIONS: a table with partner, country_iso3, received, rows_accepted and optionally species (a count or ';'-separated names) and period.
A submission counts for the period it names; otherwise for the earliest open period of that partner still without a submission; otherwise it is a further submission of the latest period already due.
AS_OF: the date the status is computed for (YYYY-MM-DD; default today).</source>
      <translation>Хүлээгдэж буй илгээлтийг (түнш, улс, үе, эцсийн хугацаа) хүлээн авсан илгээлттэй харьцуулж, түнш ба үе тус бүрээр: хүлээн авсан (эцсийн хугацаанд буюу түүнээс өмнө), хоцорсон, ирээгүй (эцсийн хугацаа өнгөрсөн, юу ч ирээгүй) эсвэл хүлээгдэж буй (хугацаа болоогүй) гэж тайлагнана; мөн хүлээн авсан илгээлт, бүртгэл, зүйлийн тоо болон сүүлийн илгээлтийн огноог гаргана. Ямар ч хүлээгдэж буй үегүй түншийн илгээлтийг төлөвлөгөөт бус гэж жагсаана. HTML гаралт нь түнш бүрийн хугацааны хэлхээсийн график ба хүснэгтийг агуулна.

DATABASE: суурь мэдээллийн сан (GeoPackage зам эсвэл хадгалсан PostgreSQL холболт); EXPECTED эсвэл SUBMISSIONS өгөөгүй бол түүний expected_submissions ба submissions хүснэгтийг ашиглана.
EXPECTED: partner, country, period, due_date багана болон заавал биш opens (тухайн үед илгээлт тооцогдож эхлэх огноо) бүхий хүснэгт (жишээ нь CSV).
SUBMISSIONS: partner, country_iso3, received, rows_accepted болон заавал биш species (тоо эсвэл ';'-ээр тусгаарласан нэрс) ба period бүхий хүснэгт.
Илгээлт нь өөрийн заасан үед тооцогдоно; эс бөгөөс тухайн түншийн илгээлтгүй хамгийн эрт нээгдсэн үед; эс бөгөөс хугацаа нь болсон хамгийн сүүлийн үеийн нэмэлт илгээлт болно.
AS_OF: төлөвийг тооцох огноо (YYYY-MM-DD; анхдагч өнөөдөр).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="73" />
      <source>Baseline database (GeoPackage or PostgreSQL connection)</source>
      <translation>Суурь мэдээллийн сан (GeoPackage эсвэл PostgreSQL холболт)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="75" />
      <source>Expected submissions table</source>
      <translation>Хүлээгдэж буй илгээлтийн хүснэгт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="77" />
      <source>Received submissions table</source>
      <translation>Хүлээн авсан илгээлтийн хүснэгт</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="80" />
      <source>Status as of (YYYY-MM-DD; empty: today)</source>
      <translation>Төлөв тооцох огноо (YYYY-MM-DD; хоосон: өнөөдөр)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="82" />
      <source>Submission status</source>
      <translation>Илгээлтийн төлөв</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="84" />
      <source>Timeline (HTML)</source>
      <translation>Хугацааны хэлхээс (HTML)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="93" />
      <source>AS_OF is not a date (YYYY-MM-DD): {value}</source>
      <translation>AS_OF нь огноо (YYYY-MM-DD) биш: {value}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="98" />
      <source>Give the baseline database, or both the expected and the received submissions tables.</source>
      <translation>Суурь мэдээллийн сан, эсвэл хүлээгдэж буй ба хүлээн авсан илгээлтийн хүснэгтийг хоёуланг нь өгнө үү.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="120" />
      <source>A table row cannot be read: {error}</source>
      <translation>Хүснэгтийн мөрийг унших боломжгүй: {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="122" />
      <source>The expected submissions table is empty: every submission is unscheduled.</source>
      <translation>Хүлээгдэж буй илгээлтийн хүснэгт хоосон: бүх илгээлт төлөвлөгөөт бус.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="152" />
      <source>Could not write {path}: {error}</source>
      <translation>Бичиж чадсангүй ({path}): {error}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/processing/submission_status.py" line="155" />
      <source>Periods: {received} received, {late} late, {missing} missing, {pending} pending; {unscheduled} unscheduled partner(s).</source>
      <translation>Үе: хүлээн авсан {received}, хоцорсон {late}, ирээгүй {missing}, хүлээгдэж буй {pending}; төлөвлөгөөт бус түнш: {unscheduled}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/deps.py" line="26" />
      <source>This tool</source>
      <translation>Энэ хэрэгсэл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/deps.py" line="28" />
      <source>{feature} needs the Python package '{package}', which is not installed. Install: {hint}</source>
      <translation>{feature}: «{package}» Python багц шаардлагатай боловч суулгаагүй байна. Суулгах: {hint}</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="17" />
      <source>above VU</source>
      <translation>VU-ийн босгоос дээш</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="18" />
      <source>data insufficient (too few records)</source>
      <translation>мэдээлэл хангалтгүй (бүртгэл хэт цөөн)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="19" />
      <source>0 (no shortfall)</source>
      <translation>0 (дутагдалгүй)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="20" />
      <source>CR (&lt; 100 km²)</source>
      <translation>CR (&lt; 100 km²)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="21" />
      <source>EN (&lt; 5,000 km²)</source>
      <translation>EN (&lt; 5,000 km²)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="22" />
      <source>VU (&lt; 20,000 km²)</source>
      <translation>VU (&lt; 20,000 km²)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="23" />
      <source>CR Critically Endangered</source>
      <translation>CR Устаж болзошгүй</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="24" />
      <source>EN Endangered</source>
      <translation>EN Устах аюултай</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="25" />
      <source>VU Vulnerable</source>
      <translation>VU Эмзэг</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="26" />
      <source>NT Near Threatened</source>
      <translation>NT Ховордож болзошгүй</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="27" />
      <source>LC Least Concern</source>
      <translation>LC Анхаарал багатай</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="28" />
      <source>DD Data Deficient</source>
      <translation>DD Мэдээлэл дутмаг</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="29" />
      <source>not assessed</source>
      <translation>үнэлгээгүй</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="30" />
      <source>inside a protected area</source>
      <translation>ТХГН-ийн дотор</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="31" />
      <source>near the edge of a protected area</source>
      <translation>ТХГН-ийн хилийн ойролцоо</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="32" />
      <source>outside protected areas</source>
      <translation>ТХГН-ээс гадна</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="33" />
      <source>transboundary</source>
      <translation>хил дамнасан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/toolbelt/styles.py" line="34" />
      <source>national</source>
      <translation>үндэсний</translation>
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
      <translation>Өгөгдөл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="22" />
      <source>Instructions</source>
      <translation>Заавар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="23" />
      <source>Corridor species data sheet: instructions</source>
      <translation>Corridor зүйлийн мэдээллийн хүснэгт: бөглөх заавар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="24" />
      <source>Record one observation per row on the sheet “{data_sheet}”, starting on row 3. The first header row is in your language; the second gives the international Darwin Core term. Do not change, move or delete the two header rows, do not add columns and do not rename the sheets: the coordinator's software reads the file by them. Cells with a drop-down list or a range check refuse values that cannot be right.</source>
      <translation>«{data_sheet}» хуудсанд нэг мөрөнд нэг ажиглалтыг 3-р мөрөөс эхлэн бичнэ үү. Гарчгийн эхний мөр таны хэлээр, хоёр дахь мөр нь олон улсын Darwin Core нэр томьёо юм. Гарчгийн хоёр мөрийг бүү өөрчил, бүү зөө, бүү устга; багана бүү нэм, хуудасны нэрийг бүү өөрчил: зохицуулагчийн программ файлыг эдгээрээр уншдаг. Сонгох жагсаалттай эсвэл хязгаар шалгадаг нүд илт буруу утгыг хүлээн авахгүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="31" />
      <source>Partner</source>
      <translation>Түнш байгууллага</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="32" />
      <source>Country</source>
      <translation>Улс</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="33" />
      <source>Language</source>
      <translation>Хэл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="34" />
      <source>Template version</source>
      <translation>Загварын хувилбар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="35" />
      <source>Checklist version</source>
      <translation>Зүйлийн жагсаалтын хувилбар</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="36" />
      <source>Coordinate reference system</source>
      <translation>Координатын систем</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="37" />
      <source>Created</source>
      <translation>Үүсгэсэн</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="40" />
      <source>Column</source>
      <translation>Багана</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="41" />
      <source>Darwin Core term</source>
      <translation>Darwin Core нэр томьёо</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="42" />
      <source>What to write</source>
      <translation>Юу бичих</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="45" />
      <source>Species</source>
      <translation>Зүйл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="46" />
      <source>Number of individuals</source>
      <translation>Бодгалийн тоо</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="47" />
      <source>Date</source>
      <translation>Огноо</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="48" />
      <source>Site</source>
      <translation>Газрын нэр</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="49" />
      <source>Latitude</source>
      <translation>Өргөрөг</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="50" />
      <source>Longitude</source>
      <translation>Уртраг</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="51" />
      <source>Easting (x)</source>
      <translation>Зүүн координат (x)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="52" />
      <source>Northing (y)</source>
      <translation>Хойд координат (y)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="53" />
      <source>Location uncertainty (m)</source>
      <translation>Байршлын алдаа (м)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="54" />
      <source>Observer(s)</source>
      <translation>Ажиглагч</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="57" />
      <source>Choose the species from the drop-down list (Latin name — name in your language). A species that is not on the list may be typed in with its Latin name; the coordinator will check it.</source>
      <translation>Зүйлийг сонгох жагсаалтаас сонгоно уу (латин нэр — монгол нэр). Жагсаалтад байхгүй зүйлийг латин нэрээр нь бичиж болно; зохицуулагч шалгана.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="60" />
      <source>Number of individuals seen: a whole number, 0 or more. Write 0 when the species was looked for and not found. For ranges and uncertain counts see below.</source>
      <translation>Ажигласан бодгалийн тоо: 0 буюу түүнээс их бүхэл тоо. Зүйлийг хайсан боловч олоогүй бол 0 гэж бичнэ. Хязгаар болон тодорхой бус тоог доор үзнэ үү.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="63" />
      <source>Date of the observation: a real date, not in the future, as YYYY-MM-DD (for example 2024-06-12).</source>
      <translation>Ажиглалтын огноо: бодит огноо, ирээдүйн биш, ОООО-СС-ӨӨ хэлбэрээр (жишээ нь 2024-06-12).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="65" />
      <source>Name of the place. When a list is offered, choose the site from it so that it matches the project's site gazetteer.</source>
      <translation>Газрын нэр. Жагсаалт санал болгосон бол төслийн газрын лавлахтай таарахаар түүнээс сонгоно уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="68" />
      <source>Latitude in decimal degrees, WGS 84, north positive (for example 49.6512). Accepted: {min} to {max}.</source>
      <translation>Өргөрөг аравтын бутархай градусаар, WGS 84, хойд өргөрөг эерэг (жишээ нь 49.6512). Зөвшөөрөх хязгаар: {min} – {max}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="71" />
      <source>Longitude in decimal degrees, WGS 84, east positive (for example 117.3345). Accepted: {min} to {max}.</source>
      <translation>Уртраг аравтын бутархай градусаар, WGS 84, зүүн уртраг эерэг (жишээ нь 117.3345). Зөвшөөрөх хязгаар: {min} – {max}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="74" />
      <source>Easting (x) in {crs}, in metres, as a plain number. Accepted: {min} to {max}.</source>
      <translation>{crs} систем дэх зүүн координат (x), метрээр, зөвхөн тоо. Зөвшөөрөх хязгаар: {min} – {max}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="75" />
      <source>Northing (y) in {crs}, in metres, as a plain number. Accepted: {min} to {max}.</source>
      <translation>{crs} систем дэх хойд координат (y), метрээр, зөвхөн тоо. Зөвшөөрөх хязгаар: {min} – {max}.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="76" />
      <source>How far the true place may be from the coordinates, in metres (0 or more). Leave empty if unknown.</source>
      <translation>Жинхэнэ байршил координатаас хэдэн метр зөрж болох (0 буюу түүнээс их). Мэдэхгүй бол хоосон үлдээнэ.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="78" />
      <source>Name(s) of the observer(s); separate several names with | .</source>
      <translation>Ажиглагчийн нэр; хэд хэдэн нэрийг | тэмдгээр тусгаарлана.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="82" />
      <source>Recording absence</source>
      <translation>Байхгүйг хэрхэн тэмдэглэх</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="83" />
      <source>If a species was looked for and not found, write a row with the number 0. An empty number cell does not mean absence: it means that the number was not recorded.</source>
      <translation>Зүйлийг хайсан боловч олоогүй бол тоог 0 гэж бичсэн мөр нэмнэ. Тооны нүд хоосон байвал байхгүй гэсэн үг биш: тоог тэмдэглээгүй гэсэн үг.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="88" />
      <source>Ranges and uncertain counts</source>
      <translation>Хязгаар ба тодорхой бус тоо</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="89" />
      <source>When the exact number is not known, write one of: a range with a hyphen (10-15), an approximate number with a tilde (~20), a minimum with a greater-than sign (&gt;100), the word “{few}” or “{many}”, or + when the species was present but not counted. Do not add words such as “about” or units.</source>
      <translation>Яг тоо мэдэгдэхгүй бол дараахын нэгийг бичнэ: зураасаар хязгаар (10-15), долгионтой ойролцоо тоо (~20), «их» тэмдэгтэй доод хязгаар (&gt;100), «{few}» эсвэл «{many}» гэсэн үг, эсвэл зүйл байсан боловч тоолоогүй бол +. «орчим» гэх мэт үг, хэмжих нэгж бүү нэм.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="96" />
      <source>Dates</source>
      <translation>Огноо</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="97" />
      <source>Only complete dates are accepted. If only the month or the year of an observation is known, do not invent a day: send those observations to the coordinator separately, with the month or year as known.</source>
      <translation>Зөвхөн бүтэн огноо хүлээн авна. Ажиглалтын зөвхөн сар эсвэл он мэдэгдэж байвал өдрийг бүү зохио: ийм ажиглалтыг мэдэгдэж буй сар эсвэл оны хамт зохицуулагчид тусад нь илгээнэ үү.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="103" />
      <source>Coordinates</source>
      <translation>Координат</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="104" />
      <source>Coordinates are in {crs}. Write them as plain numbers with a decimal point. Degrees, minutes and seconds must be converted: 50°03′37″ = 50 + 3/60 + 37/3600 = 50.0603. Four decimals of a degree are about 10 m. Rows without coordinates are placed by their site name.</source>
      <translation>Координатыг {crs} системээр бичнэ. Аравтын цэгтэй энгийн тоогоор бичнэ үү. Градус, минут, секундыг хөрвүүлэх шаардлагатай: 50°03′37″ = 50 + 3/60 + 37/3600 = 50.0603. Градусын аравтын дөрвөн орон нь ойролцоогоор 10 м. Координатгүй мөрийг газрын нэрээр нь байршуулна.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="110" />
      <source>Projected coordinates</source>
      <translation>Проекцын координат</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="111" />
      <source>Write easting and northing exactly as on your maps, in metres, including the zone number at the start of the easting if your coordinate system uses one (for example 20403402).</source>
      <translation>Зүүн болон хойд координатыг газрын зураг дээрх шигээ метрээр, таны систем бүсийн дугаар ашигладаг бол зүүн координатын эхэнд бүсийн дугаарыг оруулан бичнэ үү (жишээ нь 20403402).</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="116" />
      <source>Species not in the list</source>
      <translation>Жагсаалтад байхгүй зүйл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="117" />
      <source>The list holds the species of the corridor checklist (version {checklist_version}). If you observed another species, type its Latin name; the sheet will warn you, but the row is kept and checked by the coordinator. Vernacular names not yet checked against a source are not shown in the list.</source>
      <translation>Жагсаалтад коридорын зүйлийн жагсаалтын (хувилбар {checklist_version}) зүйлс багтсан. Өөр зүйл ажигласан бол латин нэрийг нь бичнэ үү; хүснэгт анхааруулга өгөх боловч мөр хадгалагдаж, зохицуулагч шалгана. Эх сурвалжтай хараахан тулгаж шалгаагүй нутгийн нэрийг жагсаалтад харуулаагүй.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="124" />
      <source>Sending the sheet</source>
      <translation>Хүснэгтийг илгээх</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="125" />
      <source>Save the workbook as .xlsx and send this file to the coordinator. Do not copy the data into another file: the file properties identify your template. You may add as many rows as you need.</source>
      <translation>Ажлын номыг .xlsx хэлбэрээр хадгалж, энэ файлыг зохицуулагчид илгээнэ үү. Өгөгдлийг өөр файл руу бүү хуул: файлын шинж чанар таны загварыг тодорхойлдог. Хэдэн ч мөр нэмж болно.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="134" />
      <source>Choose a species from the list, or type its Latin name.</source>
      <translation>Жагсаалтаас зүйл сонгох эсвэл латин нэрийг нь бичнэ үү.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="138" />
      <source>A whole number 0 or more, a range (10-15), ~20, &gt;100, {few}, {many} or +.</source>
      <translation>0 буюу түүнээс их бүхэл тоо, хязгаар (10-15), ~20, &gt;100, {few}, {many} эсвэл +.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="142" />
      <source>A date between 1800-01-01 and today, as YYYY-MM-DD.</source>
      <translation>1800-01-01-ээс өнөөдрийг хүртэлх огноо, ОООО-СС-ӨӨ хэлбэрээр.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="146" />
      <source>Choose a site from the list.</source>
      <translation>Жагсаалтаас газар сонгоно уу.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="150" />
      <source>Decimal degrees between {min} and {max}.</source>
      <translation>Аравтын бутархай градус, {min} – {max} хооронд.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="157" />
      <source>Easting</source>
      <translation>Зүүн координат</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="158" />
      <source>Metres between {min} and {max}.</source>
      <translation>Метр, {min} – {max} хооронд.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="161" />
      <source>Northing</source>
      <translation>Хойд координат</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="165" />
      <source>Location uncertainty</source>
      <translation>Байршлын алдаа</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="166" />
      <source>Metres, 0 or more.</source>
      <translation>Метр, 0 буюу түүнээс их.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="170" />
      <source>Name(s) of the observer(s).</source>
      <translation>Ажиглагчийн нэр.</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="174" />
      <source>few</source>
      <translation>цөөн</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="175" />
      <source>many</source>
      <translation>олон</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="178" />
      <source>China</source>
      <translation>Хятад</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="179" />
      <source>Mongolia</source>
      <translation>Монгол</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="180" />
      <source>Russia</source>
      <translation>Орос</translation>
    </message>
    <message>
      <location filename="corridor_plugin/core/template_texts.py" line="181" />
      <source>Kazakhstan</source>
      <translation>Казахстан</translation>
    </message>
  </context>
  <context>
    <name>ReportPanel</name>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Report</source>
      <translation>Тайлан</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Language</source>
      <translation>Хэл</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Under the title</source>
      <translation>Гарчгийн доор</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>e.g. Dauria working group, 2026</source>
      <translation>жишээ нь Дагуурын ажлын хэсэг, 2026</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Folder</source>
      <translation>Хавтас</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>PDF from a QGIS print layout (besides HTML)</source>
      <translation>QGIS-ийн хэвлэх загвараас PDF (HTML-ээс гадна)</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Results that go into the report</source>
      <translation>Тайланд орох үр дүн</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Open the report</source>
      <translation>Тайлан нээх</translation>
    </message>
    <message>
      <location filename="corridor_plugin/gui/panels/report_panel.ui" line="0" />
      <source>Write the report</source>
      <translation>Тайлан бичих</translation>
    </message>
  </context>
</TS>
