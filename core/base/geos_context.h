#pragma once
// A GEOS context for one thread, quiet: callers report a failure by its result, not by GEOS's
// messages. GEOS's reentrant API wants one context per thread; code that calls it from worker
// threads keeps one in a `static thread_local`.
#include <geos_c.h>

namespace corridor {

struct GeosContext {
    GEOSContextHandle_t handle = GEOS_init_r();
    GeosContext() {
        GEOSContext_setNoticeMessageHandler_r(handle, ignore, nullptr);
        GEOSContext_setErrorMessageHandler_r(handle, ignore, nullptr);
    }
    ~GeosContext() { GEOS_finish_r(handle); }
    GeosContext(const GeosContext&) = delete;
    GeosContext& operator=(const GeosContext&) = delete;

private:
    static void ignore(const char*, void*) {}
};

// A geometry GEOS made, destroyed with its context when it goes out of scope.
struct GeosGeom {
    GEOSContextHandle_t ctx;
    GEOSGeometry* g;
    ~GeosGeom() { if (g) GEOSGeom_destroy_r(ctx, g); }
    GeosGeom(GEOSContextHandle_t c, GEOSGeometry* geometry) : ctx(c), g(geometry) {}
    GeosGeom(const GeosGeom&) = delete;
    GeosGeom& operator=(const GeosGeom&) = delete;
};

}  // namespace corridor
