#include "core/base/free_memory.h"

#include <cstdlib>  // defines __GLIBC__ where it is glibc

// Under AddressSanitizer (or ThreadSanitizer) malloc is the sanitizer's, so glibc's arenas hold
// nothing to trim, and the first malloc_trim initialises them unlocked: two threads calling it at
// once read a half-made arena and crash (seen in CI's sanitizer pass, the band worker against the
// main thread). There it does nothing.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define CORRIDOR_SANITIZED_MALLOC 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define CORRIDOR_SANITIZED_MALLOC 1
#endif
#endif

#if defined(__GLIBC__) && !defined(CORRIDOR_SANITIZED_MALLOC)
#include <malloc.h>
#define CORRIDOR_TRIM_GLIBC_MALLOC 1
#endif

namespace corridor {

void release_free_memory() {
#if defined(CORRIDOR_TRIM_GLIBC_MALLOC)
    malloc_trim(0);
#endif
}

}  // namespace corridor
