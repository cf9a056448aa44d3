"""Loading and cleaning protected areas (WDPA legacy schema, WDPA late-2025 schema, or any polygon
layer with a field mapping), following the conventions of the wdpar R package (Hanson 2022,
https://doi.org/10.21105/joss.04594): keep designated sites, drop UNESCO-MAB Biosphere Reserves,
buffer point-only sites to their reported area, repair geometries, 0-years to null, resolve overlaps,
areas in an equal-area CRS. Every removal and change is recorded in a report row."""
import math
from dataclasses import dataclass, field
from typing import List, Optional

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ..toolbelt.i18n import tr
from .schema import PROTECTED_AREA_CLEANING_FIELDS, PROTECTED_AREA_FIELDS

WGS84 = "EPSG:4326"
MOLLWEIDE = "ESRI:54009"
KEEP_STATUS = ("designated", "inscribed", "established")
IUCN_PRECEDENCE = ("Ia", "Ib", "II", "III", "IV", "V", "VI")
# Declared transboundary complexes: sites matched by name (case-insensitive fragments).
TRANSBOUNDARY_COMPLEXES = {
    # Dauria International Protected Area (1994) and the World Heritage site Landscapes of Dauria (2017)
    "Dauria": ("daursk", "mongol daguur", "ugtam", "dalai lake", "hulun", "dzeren valley"),
    # transboundary Biosphere Reserve 'Great Altai' (KAZ–RUS, 2017)
    "Great Altai": ("katon-karagay", "katunsk", "katun "),
}

CLEAN_FIELDS = PROTECTED_AREA_FIELDS
# An outline with less than this share of its area inside its own ISO3 country(ies) is flagged.
COUNTRY_SHARE_FLAG = 0.5
REPORT_FIELDS = PROTECTED_AREA_CLEANING_FIELDS


@dataclass
class Site:
    pa_id: str
    name: str = ""
    name_local: str = ""
    iso3: str = ""
    designation: str = ""
    iucn_cat: str = ""
    status: str = ""
    status_year: Optional[int] = None
    site_type: str = "PA"     # PA or OECM
    realm: str = ""           # Terrestrial, Coastal, Marine or ''
    rep_area: Optional[float] = None
    geometry: Optional[QgsGeometry] = None   # EPSG:4326
    source: str = ""
    origin: str = ""          # layer and fid, for the report
    schema: str = ""
    area_km2: Optional[float] = None
    is_transboundary: bool = False
    provenance: List[str] = field(default_factory=list)
    country_share: Optional[float] = None   # share of the outline inside its ISO3 countries (None: not checked)


@dataclass
class CleanOptions:
    keep_status: bool = True
    drop_mab: bool = True
    drop_oecm: bool = False
    drop_marine: bool = False
    buffer_points: bool = True
    repair: bool = True
    overlaps: str = "keep"          # keep | erase | dissolve
    area_crs: Optional[str] = None        # None: per-site ellipsoidal LAEA; else a CRS id (e.g. ESRI:54009)
    region: Optional[QgsGeometry] = None   # EPSG:4326
    buffer_segments: int = 32              # per quarter circle
    check_country: bool = True             # flag outlines lying mostly outside their ISO3 country


@dataclass
class Report:
    rows: list = field(default_factory=list)

    def add(self, step, site, action, reason):
        self.rows.append(dict(step=step, pa_id=site.pa_id, name=site.name, source=site.origin,
                              action=action, reason=reason))

    def count(self, step, action=None):
        return sum(1 for r in self.rows if r["step"] == step and (action is None or r["action"] == action))


class InputError(ValueError):
    """A user error with a translated message."""


# -- schemas ----------------------------------------------------------------------------------------
def detect_schema(field_names):
    names = {n.upper() for n in field_names}
    if "SITE_ID" in names:
        return "wdpa2025"
    if "WDPAID" in names:
        return "wdpa_legacy"
    return None


def _get(attrs, *names):
    for name in names:
        if name in attrs:
            value = attrs[name]
            if value is None or str(value) in ("NULL", ""):
                continue
            return value
    return None


def _text(value):
    if value is None:
        return ""
    text = str(value).strip()
    return "" if text == "NULL" else text


def _id_text(value):
    text = _text(value)
    if text.endswith(".0"):
        text = text[:-2]
    return text


def _year(value):
    try:
        year = int(float(value))
    except (TypeError, ValueError):
        return None
    return year


def _float(value):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def site_from_wdpa(attrs, schema):
    """A Site from the attributes (upper-cased names) of one WDPA record of either schema."""
    if schema == "wdpa_legacy":
        pid = _id_text(_get(attrs, "WDPA_PID", "WDPAID"))
        name, name_local = _text(_get(attrs, "NAME")), _text(_get(attrs, "ORIG_NAME"))
        pa_def = _text(_get(attrs, "PA_DEF"))
        site_type = "OECM" if pa_def in ("0", "0.0") else "PA"
        marine = _text(_get(attrs, "MARINE"))
        realm = {"0": "Terrestrial", "1": "Coastal", "2": "Marine"}.get(marine.split(".")[0], "")
    else:
        pid = _id_text(_get(attrs, "SITE_PID", "SITE_ID"))
        name, name_local = _text(_get(attrs, "NAME_ENG")), _text(_get(attrs, "NAME"))
        site_type = "OECM" if _text(_get(attrs, "SITE_TYPE")).upper() == "OECM" else "PA"
        realm = _text(_get(attrs, "REALM")).capitalize()
    return Site(
        pa_id=f"WDPA:{pid}", name=name or name_local, name_local=name_local or name,
        iso3=_text(_get(attrs, "ISO3", "PARENT_ISO3", "PRNT_ISO3", "PARENT_ISO")).replace(" ", ""),
        designation=_text(_get(attrs, "DESIG_ENG", "DESIG")), iucn_cat=_text(_get(attrs, "IUCN_CAT")),
        status=_text(_get(attrs, "STATUS")), status_year=_year(_get(attrs, "STATUS_YR")),
        site_type=site_type, realm=realm, rep_area=_float(_get(attrs, "REP_AREA")),
        source="WDPA", schema=schema)


def site_from_mapping(attrs, mapping, fid, source):
    """A Site from any layer: ``mapping`` maps name/name_local/iso3/designation/iucn_cat/status_year/id
    to field names (upper-cased)."""
    def pick(key):
        name = mapping.get(key)
        return attrs.get(name.upper()) if name else None

    ident = _id_text(pick("id")) or str(fid)
    name = _text(pick("name"))
    return Site(pa_id=f"{source}:{ident}", name=name, name_local=_text(pick("name_local")) or name,
                iso3=_text(pick("iso3")).upper().replace(" ", ""), designation=_text(pick("designation")),
                iucn_cat=_text(pick("iucn_cat")), status="Designated", status_year=_year(pick("status_year")),
                source=source, schema="mapped")


def read_layer(layer, mapping, report, feedback=None):
    """Sites of one layer, geometries in EPSG:4326. Raises InputError for unusable layers."""
    label = layer.name() or layer.source()
    if "|layername=" in layer.source() and not label.endswith(layer.source().split("|layername=")[1]):
        label = f"{label}:{layer.source().split('|layername=')[1].split('|')[0]}"
    if not layer.isValid():
        raise InputError(tr("The layer {name} could not be opened.").format(name=label))
    if layer.geometryType() not in (QgsWkbTypes.GeometryType.PolygonGeometry, QgsWkbTypes.GeometryType.PointGeometry):
        raise InputError(tr("The layer {name} has no point or polygon geometry: protected areas need "
                            "outlines (or points with a reported area).").format(name=label))
    if not layer.crs().isValid():
        raise InputError(tr("The layer {name} has no (or an unknown) coordinate reference system: "
                            "set its CRS first.").format(name=label))
    names = [f.name() for f in layer.fields()]
    schema = detect_schema(names)
    if schema is None and not (mapping and mapping.get("name")):
        raise InputError(tr("The layer {name} is neither WDPA (legacy or 2025 schema) nor mapped: give at "
                            "least the name field of a national layer.").format(name=label))
    transform = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem(WGS84), QgsProject.instance())
    upper = [n.upper() for n in names]
    sites = []
    for feature in layer.getFeatures(QgsFeatureRequest()):
        attrs = dict(zip(upper, feature.attributes()))
        if schema:
            site = site_from_wdpa(attrs, schema)
        else:
            site = site_from_mapping(attrs, {k: v for k, v in mapping.items() if v}, feature.id(), label)
        site.origin = f"{label}#{feature.id()}"
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            report.add("read", site, "removed", tr("no geometry"))
            continue
        geometry = QgsGeometry(geometry)
        if layer.crs().authid() != WGS84:
            geometry.transform(transform)
        site.geometry = geometry
        sites.append(site)
        if feedback is not None and feedback.isCanceled():
            break
    return sites


# -- cleaning -------------------------------------------------------------------------------------
def clean(sites, options: CleanOptions, report: Report, feedback=None):
    """The cleaning steps in wdpar's order; returns the clean sites."""
    seen, kept = set(), []
    for site in sites:
        if site.pa_id in seen:
            report.add("duplicates", site, "removed", tr("same pa_id already read from another layer"))
            continue
        seen.add(site.pa_id)
        kept.append(site)
    sites = kept

    def drop(step, predicate, reason):
        nonlocal sites
        out = []
        for site in sites:
            if predicate(site):
                report.add(step, site, "removed", reason(site))
            else:
                out.append(site)
        sites = out

    if options.keep_status:
        drop("status", lambda s: s.schema != "mapped" and s.status.lower() not in KEEP_STATUS,
             lambda s: tr("status '{status}' is not Designated, Inscribed or Established").format(
                 status=s.status or "?"))
    if options.drop_mab:
        drop("unesco_mab", lambda s: "unesco-mab" in s.designation.lower() or "biosphere reserve" in
             s.designation.lower(), lambda s: tr("UNESCO-MAB Biosphere Reserve (not a protected area "
                                                 "designation, overlaps national sites)"))
    if options.drop_oecm:
        drop("oecm", lambda s: s.site_type == "OECM", lambda s: tr("OECM (other effective area-based "
                                                                   "conservation measure)"))
    if options.drop_marine:
        drop("marine", lambda s: s.realm.lower() == "marine", lambda s: tr("marine site"))
    for site in sites:
        if site.status_year == 0:
            site.status_year = None
            report.add("status_year", site, "changed", tr("STATUS_YR 0 (not reported) set to null"))

    # point-only sites: a circle of the reported area, or removal
    out = []
    for site in sites:
        if site.geometry.type() == QgsWkbTypes.GeometryType.PointGeometry:
            if not options.buffer_points:
                report.add("points", site, "removed", tr("point-only site (buffering switched off)"))
                continue
            if not site.rep_area or site.rep_area <= 0:
                report.add("points", site, "removed", tr("point-only site without a reported area (REP_AREA)"))
                continue
            site.geometry = circle_of_area(site.geometry.asPoint() if not site.geometry.isMultipart()
                                           else site.geometry.asMultiPoint()[0], site.rep_area,
                                           options.buffer_segments)
            report.add("points", site, "changed", tr("point-only site buffered to a circle of {area} km²").format(
                area=f"{site.rep_area:g}"))
            site.provenance.append("buffered point (REP_AREA)")
        out.append(site)
    sites = out

    # before the validity check: a ring drawn across 180° looks self-intersecting in plain lon/lat
    for site in sites:
        fixed = split_antimeridian(site.geometry)
        if fixed is not None:
            site.geometry = fixed
            report.add("antimeridian", site, "changed", tr("split at the antimeridian (180°)"))

    # geometry validity
    out = []
    for site in sites:
        errors = site.geometry.validateGeometry(Qgis.GeometryValidationEngine.Geos)
        if errors:
            message = "; ".join(e.what() for e in errors[:3])
            if not options.repair:
                report.add("repair", site, "removed", tr("invalid geometry ({error}), repair switched off").format(
                    error=message))
                continue
            repaired = polygon_part(site.geometry.makeValid())
            if repaired is None or repaired.isEmpty():
                report.add("repair", site, "removed", tr("invalid geometry ({error}) could not be repaired").format(
                    error=message))
                continue
            site.geometry = repaired
            report.add("repair", site, "changed", tr("invalid geometry repaired ({error})").format(error=message))
            site.provenance.append("geometry repaired")
        out.append(site)
    sites = out

    if options.region is not None:
        region = options.region
        engine = QgsGeometry.createGeometryEngine(region.constGet())
        engine.prepareGeometry()
        out = []
        for site in sites:
            if not engine.intersects(site.geometry.constGet()):
                report.add("region", site, "removed", tr("outside the study region"))
                continue
            if not engine.contains(site.geometry.constGet()):
                clipped = polygon_part(site.geometry.intersection(region))
                if clipped is None or clipped.isEmpty():
                    report.add("region", site, "removed", tr("only touches the study region"))
                    continue
                site.geometry = clipped
                report.add("region", site, "changed", tr("clipped to the study region"))
                site.provenance.append("clipped to region")
            out.append(site)
        sites = out

    if options.overlaps == "erase":
        sites = erase_overlaps(sites, report)
    elif options.overlaps == "dissolve":
        sites = dissolve_by_country(sites, report)

    area = AreaCalculator(options.area_crs)
    for site in sites:
        site.area_km2 = area.km2(site.geometry)
        site.is_transboundary = transboundary(site)
    if options.check_country:
        flag_outside_country(sites, report, shipped_country_outlines())
    return sites


def shipped_country_outlines():
    """{ISO3: geometry (EPSG:4326)} from the shipped Natural Earth 1:50m borders ({} if missing)."""
    from .borders import borders_layer, iso3_field

    try:
        layer = borders_layer("50m")
        code = iso3_field(layer)
    except ValueError:
        return {}
    return {str(f[code]).upper(): QgsGeometry(f.geometry()) for f in layer.getFeatures()}


def country_share(geometry: QgsGeometry, iso3: str, outlines) -> Optional[float]:
    """Share (0–1) of ``geometry``'s area inside the union of its ISO3 countries' outlines; None when a
    code is unknown to ``outlines`` (it cannot be checked). Areas are compared in degrees², which is
    fine for a ratio over one area."""
    from .connectivity.network import iso3_set

    codes = iso3_set(iso3)
    if not codes or any(c not in outlines for c in codes) or geometry is None or geometry.area() <= 0:
        return None
    countries = QgsGeometry.unaryUnion([outlines[c] for c in sorted(codes)])
    # Natural Earth's neighbours do not share vertices: a small buffer closes the seams
    countries = countries.buffer(0.001, 2)
    return min(1.0, geometry.intersection(countries).area() / geometry.area())


def flag_outside_country(sites, report, outlines, threshold=COUNTRY_SHARE_FLAG):
    """``country_share`` of every site; a report row for each lying mostly outside its country."""
    if not outlines:
        return
    for site in sites:
        site.country_share = country_share(site.geometry, site.iso3, outlines)
        if site.country_share is not None and site.country_share < threshold:
            report.add("country", site, "flagged", tr(
                "only {share}% of the outline lies in its country {iso3}: check the country code or the outline; "
                "connectivity by country counts the area where it lies").format(
                share=f"{100 * site.country_share:.0f}", iso3=site.iso3))
            site.provenance.append(f"outline mostly outside {site.iso3}")

def polygon_part(geometry):
    """The polygonal part of a geometry (makeValid and intersections may add lines or points)."""
    if geometry is None or geometry.isNull():
        return None
    if geometry.type() == QgsWkbTypes.GeometryType.PolygonGeometry:
        geometry.convertToMultiType()
        return geometry
    if QgsWkbTypes.flatType(geometry.wkbType()) == QgsWkbTypes.Type.GeometryCollection:
        polygons = [QgsGeometry(g.clone()) for g in geometry.constGet()
                    if QgsWkbTypes.geometryType(g.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry]
        if polygons:
            merged = QgsGeometry.collectGeometry(polygons)
            merged.convertToMultiType()
            return merged
    return None


def circle_of_area(point, area_km2, segments=32):
    """A circle of ``area_km2`` around a lon/lat point, built in a Lambert azimuthal equal-area
    projection centred on it; the radius is corrected so the polygon (not the true circle) has the
    reported area: r = sqrt(2A / (n sin(2π/n)))."""
    n = 4 * segments
    radius = math.sqrt(2 * area_km2 * 1e6 / (n * math.sin(2 * math.pi / n)))
    laea = QgsCoordinateReferenceSystem.fromProj(
        f"+proj=laea +lat_0={point.y()} +lon_0={point.x()} +datum=WGS84 +units=m +no_defs")
    wgs = QgsCoordinateReferenceSystem(WGS84)
    circle = QgsGeometry.fromPointXY(QgsPointXY(0, 0)).buffer(radius, segments)
    circle.transform(QgsCoordinateTransform(laea, wgs, QgsProject.instance()))
    circle.convertToMultiType()
    return circle


def split_antimeridian(geometry):
    """Sites drawn across 180° (a ring jumping from +179 to -179, or longitudes beyond ±180) are
    unwrapped and cut into an eastern and a western part; None when nothing is to be done."""
    parts = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    jumps = any(abs(ring[i + 1].x() - ring[i].x()) > 180 for poly in parts for ring in poly
                for i in range(len(ring) - 1))
    box = geometry.boundingBox()
    if not jumps and box.xMinimum() >= -180 and box.xMaximum() <= 180:
        return None
    unwrapped = []
    for poly in parts:
        rings = []
        for ring in poly:
            rings.append([QgsPointXY(p.x() + 360 if jumps and p.x() < 0 else p.x(), p.y()) for p in ring])
        unwrapped.append(QgsGeometry.fromPolygonXY(rings))
    whole = QgsGeometry.unaryUnion(unwrapped) if len(unwrapped) > 1 else unwrapped[0]
    pieces = []
    for shift in (-360, 0, 360):
        window = QgsGeometry.fromRect(QgsRectangle(-180 - shift, -90, 180 - shift, 90))
        piece = polygon_part(whole.intersection(window))
        if piece is not None and not piece.isEmpty():
            piece.translate(shift, 0)
            pieces.append(piece)
    result = QgsGeometry.collectGeometry([p for piece in pieces for p in piece.asGeometryCollection()])
    result.convertToMultiType()
    return result


def iucn_rank(category):
    try:
        return IUCN_PRECEDENCE.index(category.strip())
    except ValueError:
        return len(IUCN_PRECEDENCE)


def erase_overlaps(sites, report):
    """Overlaps go to the strictest IUCN category (Ia first … VI, then not reported), then the
    earliest status year, then pa_id; the others lose the shared part (wdpar's st_erase_overlaps)."""
    ordered = sorted(sites, key=lambda s: (iucn_rank(s.iucn_cat), s.status_year or 9999, s.pa_id))
    index = QgsSpatialIndex()
    done, out = {}, []
    for i, site in enumerate(ordered):
        geometry = site.geometry
        erased_by = []
        for j in index.intersects(geometry.boundingBox()):
            other = done[j]
            if geometry.intersects(other.geometry):
                shared = geometry.intersection(other.geometry)
                if shared.area() > 0:
                    geometry = geometry.difference(other.geometry)
                    erased_by.append(other.pa_id)
        if erased_by:
            geometry = polygon_part(geometry)
            if geometry is None or geometry.isEmpty() or geometry.area() == 0:
                report.add("overlaps", site, "removed", tr("wholly inside higher-precedence areas: {ids}").format(
                    ids=", ".join(erased_by)))
                continue
            site.geometry = geometry
            site.provenance.append("overlap erased by " + ",".join(erased_by))
            report.add("overlaps", site, "changed", tr("overlap with {ids} erased (precedence: IUCN category, "
                                                       "then year)").format(ids=", ".join(erased_by)))
        done[i] = site
        feature = QgsFeature(i)
        feature.setGeometry(site.geometry)
        index.addFeature(feature)
        out.append(site)
    order = {id(s): k for k, s in enumerate(sites)}
    return sorted(out, key=lambda s: order[id(s)])


def dissolve_by_country(sites, report):
    """One multipolygon per ISO3 value; the merged pa_ids are kept in ``provenance``."""
    groups = {}
    for site in sites:
        groups.setdefault(site.iso3 or "", []).append(site)
    out = []
    for iso3, members in sorted(groups.items()):
        merged = polygon_part(QgsGeometry.unaryUnion([s.geometry for s in members]))
        site = Site(pa_id=f"DISSOLVED:{iso3 or 'unknown'}", name="; ".join(s.name for s in members)[:254],
                    name_local="", iso3=iso3, designation="dissolved", iucn_cat="",
                    status_year=min((s.status_year for s in members if s.status_year), default=None),
                    geometry=merged, source=";".join(sorted({s.source for s in members})),
                    provenance=["dissolved: " + ",".join(s.pa_id for s in members)])
        site.is_transboundary = any(transboundary(s) for s in members)
        for member in members:
            report.add("overlaps", member, "merged", tr("dissolved into {pa_id}").format(pa_id=site.pa_id))
        out.append(site)
    return out


def transboundary(site):
    if ";" in site.iso3:
        return True
    name = f"{site.name} {site.name_local}".lower()
    return any(fragment in name for fragments in TRANSBOUNDARY_COMPLEXES.values() for fragment in fragments)


class AreaCalculator:
    """Areas in km² in an equal-area CRS. Default (``crs_id`` None or "LAEA"): a Lambert azimuthal
    equal-area projection on the WGS84 ellipsoid centred on each site, exact on the ellipsoid.
    PROJ's Mollweide (ESRI:54009, wdpar's default) is spherical: it gives about -0.1 % at 50°N and
    -0.5 % at 70°N against the ellipsoid."""

    def __init__(self, crs_id=None):
        self.per_site = crs_id in (None, "", "LAEA")
        self.wgs84 = QgsCoordinateReferenceSystem(WGS84)
        self.cache = {}
        if not self.per_site:
            crs = QgsCoordinateReferenceSystem(crs_id)
            if not crs.isValid():
                raise InputError(tr("Unknown area CRS: {crs}").format(crs=crs_id))
            self.transform = QgsCoordinateTransform(self.wgs84, crs, QgsProject.instance())

    def _site_transform(self, geometry):
        parts = geometry.asGeometryCollection() or [geometry]
        largest = max(parts, key=lambda g: g.area())
        centre = largest.centroid().asPoint()
        key = (round(centre.x() * 2) / 2, round(centre.y() * 2) / 2)
        if key not in self.cache:
            crs = QgsCoordinateReferenceSystem.fromProj(
                f"+proj=laea +lat_0={key[1]} +lon_0={key[0]} +datum=WGS84 +units=m +no_defs")
            self.cache[key] = QgsCoordinateTransform(self.wgs84, crs, QgsProject.instance())
        return self.cache[key]

    def km2(self, geometry):
        projected = QgsGeometry(geometry)
        projected.transform(self._site_transform(geometry) if self.per_site else self.transform)
        return projected.area() / 1e6
