// Shared by the `knotmap journal` subcommands: the data folder and its store, dates given on the
// command line, and entries as JSON.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "io/progress_store.hpp"
#include "io/time_text.hpp"

namespace knotmap::cli {

// Adds --data-dir to a journal subcommand.
void AddDataDirOption(CLI::App* sub, std::string& dir);

// Opens the journal in `data_dir` (empty: $XDG_DATA_HOME/knotmap), telling err what happened to a
// file that could not be used. nullopt (after the message) when nothing could be opened or read
// (a FIFO, a lock, a newer schema), or when `for_writing` and what is written would not be kept.
// `cmd` names the subcommand in messages.
std::optional<io::ProgressStore> OpenJournal(const std::string& data_dir, bool for_writing, const char* cmd,
                                             Streams s);

// An ISO 8601 option (--at-time, --from, --to) as unix seconds; nullopt after the message.
std::optional<std::int64_t> TimeOption(const std::optional<std::string>& text, std::int64_t fallback,
                                       io::DayEnd day_end, const char* cmd, const char* option, Streams s);

nlohmann::ordered_json EntryToJson(const model::JournalEntry& e);
nlohmann::ordered_json TreatmentToJson(const model::Treatment& t);

}  // namespace knotmap::cli
