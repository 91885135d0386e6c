// Writing the journal out: the printable plan and history (plan.pdf), the map (map.png), and the
// entries and treatments as CSV. Shared by `knotmap journal export` and the window's File > Export.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "io/progress_store.hpp"
#include "model/model.hpp"

namespace knotmap::cli {

struct ExportResult {
  std::vector<std::filesystem::path> written;  // in the order written
  std::size_t entries = 0;
  std::size_t treatments = 0;
  std::string error;  // empty on success, else what failed
};

inline constexpr int kExportMapWidth = 1600;  // map.png, pixels

// Writes into `out` (created when missing), for the entries and treatments in [from, to]:
// plan.pdf and map.png for the latest entry's marks with the history of all of them (only when
// there is an entry), then journal.csv and treatments.csv.
ExportResult ExportJournal(const model::Model& model, io::ProgressStore& store, std::int64_t from, std::int64_t to,
                           const std::filesystem::path& out);

}  // namespace knotmap::cli
