// Where Knotmap keeps its files: settings and window layout in $XDG_CONFIG_HOME/knotmap, the user's
// last marks in $XDG_DATA_HOME/knotmap. Never the working directory. Small file helpers too.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace knotmap::app {

// override > $XDG_CONFIG_HOME/knotmap > $HOME/.config/knotmap. Empty when none can be found.
std::filesystem::path ConfigDir(const std::optional<std::string>& override_dir);
// override > $XDG_DATA_HOME/knotmap > $HOME/.local/share/knotmap. Empty when none can be found.
std::filesystem::path DataDir(const std::optional<std::string>& override_dir);

// Creates the directory (and parents). Returns false and fills `error` when it cannot.
bool EnsureDirectory(const std::filesystem::path& dir, std::string& error);

// Whole-file read of a regular file of at most `max_bytes` (never blocks on a FIFO); nullopt when
// it is missing (error left empty) or cannot be used (error says what was found instead).
std::optional<std::string> ReadTextFile(const std::filesystem::path& file, std::uintmax_t max_bytes,
                                        std::string& error);
// Writes through a temporary file and a rename so a crash never leaves half a file.
bool WriteTextFileAtomic(const std::filesystem::path& file, const std::string& text,
                         std::string& error);

}  // namespace knotmap::app
