// The printable report: a one-to-three page A4 PDF (the map with the marks and the chosen zones,
// red flags, findings with their reasons, the plan, the history) and a PNG of the map, drawn with
// cairo from the atlas scene without a window. Used by `knotmap report` and the journal's export.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "model/model.hpp"
#include "model/query.hpp"
#include "session/pipeline.hpp"

namespace knotmap::report {

struct HistoryPoint { std::int64_t unix_seconds; std::string region; double intensity; };   // one mark's intensity at one entry
struct HistoryRow   { std::int64_t unix_seconds; std::string summary; std::string note; };  // one journal entry, for the table
struct ReportInput  { const model::Model* model; std::vector<model::PainMark> marks; const session::Analysis* analysis;
                      std::vector<HistoryPoint> history; std::vector<HistoryRow> entries; std::string generated_on; };

// Return an empty string on success, else the reason. The file is written atomically (a temporary
// file in the same folder, then a rename), every write checked: a failure leaves no partial file.
// `region` in a HistoryPoint is a Region id (shown by its name); `generated_on` is printed as given.
std::string WritePlanPdf(const ReportInput&, const std::filesystem::path& out);
// The map alone (front and back, marks, the chosen zones) `width_px` pixels wide, on white.
std::string WriteMapPng(const ReportInput&, const std::filesystem::path& out, int width_px);

}  // namespace knotmap::report
