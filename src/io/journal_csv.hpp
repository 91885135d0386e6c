// The journal as CSV for a spreadsheet (RFC 4180: CRLF rows, fields with commas, quotes or line
// breaks quoted, quotes doubled): one row per entry, one row per treatment. Times in local ISO 8601.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/journal.hpp"

namespace knotmap::io {

// id,time,note,marks,max_intensity,mean_intensity,regions,mark_details,habits,press_tests,top_findings
std::string EntriesCsv(const std::vector<model::JournalEntry>& entries);
// id,time,muscle,trigger_point,side,method,seconds,rating
std::string TreatmentsCsv(const std::vector<model::Treatment>& treatments);

// "2 marks, worst 6/10, Rhomboids (right)": one entry in a line, for lists and the report's table.
std::string EntrySummary(const model::JournalEntry& e);

// One field, quoted when RFC 4180 requires it.
std::string CsvField(std::string_view text);

}  // namespace knotmap::io
