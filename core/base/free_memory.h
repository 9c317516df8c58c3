#pragma once
// Hands memory freed after a large passing job back to the system.
namespace corridor {

// glibc keeps freed blocks in the arena of the thread that freed them: a job of many small
// allocations on a worker thread (an admin network split's edge sets) leaves their pages
// resident when it ends, and the next job, on another thread, adds its own on top. This returns
// the free pages of every arena (malloc_trim), 1-5 ms a call on the stress pack. After each
// network split, with boundary_network's lines copied straight into OGR, the stress pack's
// first-start peak went from 444 to 412 MB; after the boundary data's read it gained nothing.
// After each level of detail the band worker builds (GEOS's Douglas-Peucker works through
// buffer(0)), real pack first-start peak 308 -> 289 MB, for 0.06 s of a 1.3 s start.
void release_free_memory();

}  // namespace corridor
