#pragma once
// One small GeoJSON text for each top level RFC 7946 allows, and for the members the spec and
// GDAL accept (bbox, foreign members, the 2008 "crs", 3D coordinates, null geometry, numeric
// and string ids). The core tests read them; the viewer tests open them as extra layers. Each
// lies at its own place near Sikasso, so that a pointer there finds it and nothing else.
#include <string>
#include <vector>

namespace corridor::test {

struct GeoJsonCase {
    std::string name;      // file stem, and so the layer id
    std::string text;      // the file's content
    size_t features;       // how many features the layer holds
    std::string geometry;  // GeoJSON type of the first feature's geometry; "" for none
    double lon, lat;       // a point on or inside its first feature (unused without geometry)
};

inline std::vector<GeoJsonCase> geojson_cases() {
    return {
        {"single_feature",
         R"({"type":"Feature","id":"trace-1","properties":{"name":"Tracé de l'atelier","km":12.5},
             "geometry":{"type":"LineString","coordinates":[[-6.2,11.0],[-6.0,11.0]]}})",
         1, "LineString", -6.1, 11.0},
        {"bare_point", R"({"type":"Point","coordinates":[-5.9,11.0]})", 1, "Point", -5.9, 11.0},
        {"bare_multipoint", R"({"type":"MultiPoint","coordinates":[[-5.7,11.0],[-5.6,11.0]]})", 1, "MultiPoint", -5.7,
         11.0},
        {"bare_linestring", R"({"type":"LineString","coordinates":[[-5.5,11.0],[-5.3,11.0]]})", 1, "LineString", -5.4,
         11.0},
        {"bare_multilinestring",
         R"({"type":"MultiLineString","coordinates":[[[-6.2,11.2],[-6.0,11.2]],[[-6.2,11.25],[-6.0,11.25]]]})", 1,
         "MultiLineString", -6.1, 11.2},
        {"bare_polygon", R"({"type":"Polygon","coordinates":[[[-5.9,11.15],[-5.8,11.15],[-5.8,11.25],[-5.9,11.25],[-5.9,11.15]]]})",
         1, "Polygon", -5.85, 11.2},
        {"bare_multipolygon",
         R"({"type":"MultiPolygon","coordinates":[[[[-5.7,11.15],[-5.6,11.15],[-5.6,11.25],[-5.7,11.25],[-5.7,11.15]]],
                                                  [[[-5.5,11.15],[-5.4,11.15],[-5.4,11.25],[-5.5,11.25],[-5.5,11.15]]]]})",
         1, "MultiPolygon", -5.65, 11.2},
        {"bare_geometrycollection",
         R"({"type":"GeometryCollection","geometries":[
               {"type":"Polygon","coordinates":[[[-5.75,11.35],[-5.65,11.35],[-5.65,11.45],[-5.75,11.45],[-5.75,11.35]]]},
               {"type":"Point","coordinates":[-6.1,11.4]},
               {"type":"LineString","coordinates":[[-5.95,11.4],[-5.85,11.4]]}]})",
         1, "GeometryCollection", -5.7, 11.4},
        {"null_geometry", R"({"type":"Feature","id":42,"properties":{"name":"Atelier sans lieu","note":"lieu à préciser"},"geometry":null})",
         1, "", 0, 0},
        {"point_3d", R"({"type":"Point","coordinates":[-5.5,11.4,320.5]})", 1, "Point", -5.5, 11.4},
        // bbox of 4 and of 6 numbers, foreign members at both levels, the 2008 crs member, a
        // string and a numeric id, and a ring wound clockwise (against the right-hand rule).
        // GDAL keeps both ids when the first is a string; after a numeric first id it drops
        // later string ids (GDAL 3.6), so the string comes first here.
        {"collection_with_members",
         R"({"type":"FeatureCollection","bbox":[-5.4,11.35,-5.3,11.55],"title":"Relevé","generator":{"name":"geojson.io"},
             "crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},
             "features":[
               {"type":"Feature","id":"parcelle-7","bbox":[-5.4,11.35,0,-5.3,11.45,0],"surveyor":"A. Traoré","properties":{"name":"Parcelle"},
                "geometry":{"type":"Polygon","coordinates":[[[-5.4,11.35],[-5.4,11.45],[-5.3,11.45],[-5.3,11.35],[-5.4,11.35]]]}},
               {"type":"Feature","id":2,"properties":{"name":"Puits"},
                "geometry":{"type":"Point","coordinates":[-5.35,11.55]}}]})",
         2, "Polygon", -5.35, 11.4},
    };
}

}  // namespace corridor::test
