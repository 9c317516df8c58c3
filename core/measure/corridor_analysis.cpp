#include "core/measure/corridor_analysis.h"

#include "core/measure/geodesic.h"
#include "core/project/projection.h"
#include "core/base/reference_system.h"

#include <algorithm>
#include <cstdio>
#include <memory>

#include <ogr_spatialref.h>

namespace corridor {

namespace {

using TransformPtr = std::unique_ptr<OGRCoordinateTransformation, void (*)(OGRCoordinateTransformation*)>;

// Densify step for the lon/lat line before projecting it, so the metric line follows the
// straight lon/lat segments that communes_crossed tests and the map draws (~1 km).
constexpr double kDensifyDegrees = 0.01;

OGRLineString make_line(const std::vector<LonLat>& line) {
    OGRLineString ls;
    for (const auto& p : line) ls.addPoint(p.lon, p.lat);
    return ls;
}

CorridorCommune describe(const Feature& f, double distance_km) {
    return {f.id, f.name, f.admin.cercle, f.admin.region, f.admin.country, distance_km, &f};
}

// Transverse Mercator centred on the corridor: scale error under 0.1 % within about 3° of
// the centre, better than one UTM zone for a corridor that crosses zones 29–30–31.
struct MetricFrame {
    OGRSpatialReference lonlat, metric;
    TransformPtr to_metric{nullptr, OGRCoordinateTransformation::DestroyCT};
    TransformPtr to_lonlat{nullptr, OGRCoordinateTransformation::DestroyCT};

    explicit MetricFrame(const OGREnvelope& e) {
        char proj[200];
        std::snprintf(proj, sizeof proj, "+proj=tmerc +lat_0=%.6f +lon_0=%.6f +k=1 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs",
                      (e.MinY + e.MaxY) / 2, (e.MinX + e.MaxX) / 2);
        lonlat = srs_from_epsg(4326);
        metric.importFromProj4(proj);
        metric.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        to_metric.reset(OGRCreateCoordinateTransformation(&lonlat, &metric));
        to_lonlat.reset(OGRCreateCoordinateTransformation(&metric, &lonlat));
    }
    bool ok() const { return to_metric && to_lonlat; }
};

// A lon/lat envelope as a box of Web Mercator metres, a metre wider on each side: features
// keep their Mercator bounds, and the margin keeps a feature that touches the edge.
Box mercator_box(const OGREnvelope& e) {
    const MapPoint a = lonlat_to_mercator({e.MinX, e.MinY}), b = lonlat_to_mercator({e.MaxX, e.MaxY});
    Box box;
    box.expand(a.x - 1, a.y - 1);
    box.expand(b.x + 1, b.y + 1);
    return box;
}

void sort_by_distance(std::vector<CorridorCommune>& communes) {
    std::sort(communes.begin(), communes.end(), [](const CorridorCommune& a, const CorridorCommune& b) {
        return a.distance_km != b.distance_km ? a.distance_km < b.distance_km : a.name < b.name;
    });
}

}  // namespace

CorridorLength corridor_length(const Corridor& corridor) {
    CorridorLength result;
    for (size_t i = 1; i < corridor.towns.size(); ++i) {
        const auto& a = corridor.towns[i - 1];
        const auto& b = corridor.towns[i];
        result.legs.push_back({a.name, b.name, geodesic_km(a.position, b.position)});
        result.total_km += result.legs.back().km;
    }
    return result;
}

std::vector<CorridorCommune> communes_crossed(const std::vector<LonLat>& line,
                                              const std::vector<const Layer*>& commune_layers) {
    std::vector<CorridorCommune> result;
    if (line.size() < 2) return result;
    OGRLineString ls = make_line(line);
    OGREnvelope line_env;
    ls.getEnvelope(&line_env);
    const Box line_box = mercator_box(line_env);
    for (const Layer* layer : commune_layers)
        for (const Feature& f : layer->features) {
            if (!f.mercator || !f.bounds.intersects(line_box)) continue;
            if (const OGRGeometryUniquePtr commune = f.lonlat(); commune && commune->Intersects(&ls))
                result.push_back(describe(f, 0));
        }
    std::sort(result.begin(), result.end(),
              [](const CorridorCommune& a, const CorridorCommune& b) { return a.name < b.name; });
    return result;
}

CorridorBuffer communes_near(const std::vector<LonLat>& line, double distance_km,
                             const std::vector<const Layer*>& commune_layers) {
    CorridorBuffer result;
    result.distance_km = std::clamp(distance_km, kMinBufferKm, kMaxBufferKm);
    if (line.size() < 2) return result;

    OGRLineString line_m = make_line(line);
    OGREnvelope line_env;
    line_m.getEnvelope(&line_env);
    MetricFrame frame(line_env);
    if (!frame.ok()) return result;
    line_m.segmentize(kDensifyDegrees);
    if (line_m.transform(frame.to_metric.get()) != OGRERR_NONE) return result;

    std::unique_ptr<OGRGeometry> buffer_m(line_m.Buffer(result.distance_km * 1000, 16));
    if (!buffer_m) return result;
    result.polygon_lonlat.reset(buffer_m->clone());
    if (result.polygon_lonlat->transform(frame.to_lonlat.get()) != OGRERR_NONE) {
        result.polygon_lonlat.reset();
        return result;
    }
    OGREnvelope buffer_env;  // prefilter on the features' bounds before projecting any commune
    result.polygon_lonlat->getEnvelope(&buffer_env);
    const Box buffer_box = mercator_box(buffer_env);

    for (const Layer* layer : commune_layers)
        for (const Feature& f : layer->features) {
            if (!f.mercator || !f.bounds.intersects(buffer_box)) continue;
            const OGRGeometryUniquePtr commune_m = f.lonlat();
            if (!commune_m || commune_m->transform(frame.to_metric.get()) != OGRERR_NONE) continue;
            if (!commune_m->Intersects(buffer_m.get())) continue;
            result.communes.push_back(describe(f, commune_m->Distance(&line_m) / 1000));
        }
    sort_by_distance(result.communes);
    return result;
}

}  // namespace corridor
