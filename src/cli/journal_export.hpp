// Writing the journal out: the CSV files (and, with the report library, the printable plan and the
// map). Shared by `knotmap journal export` and the window's File > Export.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "io/progress_store.hpp"

namespace knotmap::cli {

struct ExportResult {
  std::vector<std::filesystem::path> written;  // in the order written
  std::size_t entries = 0;
  std::size_t treatments = 0;
  std::string error;  // empty on success, else what failed
};

// Writes journal.csv and treatments.csv for the entries and treatments in [from, to] into `out`
// (created when missing).
ExportResult ExportJournal(io::ProgressStore& store, std::int64_t from, std::int64_t to,
                           const std::filesystem::path& out);

}  // namespace knotmap::cli
