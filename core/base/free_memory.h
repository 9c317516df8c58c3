#pragma once
// Hands memory freed after a large passing job back to the system.
namespace corridor {

// glibc keeps freed blocks in the arena of the thread that freed them: a job of many small
// allocations on a worker thread (an admin network split's edge sets) leaves their pages
// resident when it ends, and the next job, on another thread, adds its own on top. This returns
// the free pages of every arena (malloc_trim), 1-5 ms a call on the stress pack. After each
// network split, with boundary_network's lines copied straight into OGR, the stress pack's
// first-start peak went from 444 to 412 MB; after the boundary data's read it gained nothing.
void release_free_memory();

}  // namespace corridor
