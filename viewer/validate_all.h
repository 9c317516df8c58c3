#pragma once
// `--validate`: everything the viewer reads, checked in one pass the night before a forum. The
// boundary layers (geodata/layers.json), the project data (initiatives, corridors, tours,
// translations, map style), the user's settings.json and the layers it lists, a --script file
// and every FILE on the command line. One report, one exit code.
#include <ostream>

#include "viewer/shell/command_line.h"

namespace corridor {

// Prints the report to `out`; returns 0 when the data is usable (no error anywhere, communes
// of both countries), 1 otherwise.
int run_validation(const CommandLine& command_line, std::ostream& out);

}  // namespace corridor
