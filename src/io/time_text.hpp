// Dates and times as text for the journal: strict ISO 8601 in ("2026-11-30", "2026-11-30T09:15",
// "2026-11-30T09:15:00Z", "...+01:00"), local time out. A time without a zone is local time.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace knotmap::io {

enum class DayEnd { Start, End };

// Unix seconds, or nullopt with `error` saying what was expected. A bare date is the start of that
// local day, or with DayEnd::End its last second (for inclusive "--to DATE" bounds).
std::optional<std::int64_t> ParseIsoTime(std::string_view text, std::string& error, DayEnd day_end = DayEnd::Start);

std::string LocalDate(std::int64_t unix_seconds);      // "2026-11-30"
std::string LocalDateTime(std::int64_t unix_seconds);  // "2026-11-30 09:15"
std::string IsoLocal(std::int64_t unix_seconds);       // "2026-11-30T09:15:00+01:00"

}  // namespace knotmap::io
