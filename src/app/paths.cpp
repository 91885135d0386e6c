// XDG base directories and atomic small-file writes for settings, layout and last marks.
#include "app/paths.hpp"

#include "io/file_io.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <system_error>

namespace knotmap::app {
namespace fs = std::filesystem;

fs::path ConfigDir(const std::optional<std::string>& override_dir) {
  return io::ConfigDir(override_dir);
}

fs::path DataDir(const std::optional<std::string>& override_dir) {
  return io::DataDir(override_dir);
}

bool EnsureDirectory(const fs::path& dir, std::string& error) {
  if (dir.empty()) {
    error = "no directory (neither XDG variables nor HOME are set)";
    return false;
  }
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir, ec)) {
    error = "cannot create " + dir.string() + ": " + (ec ? ec.message() : "not a directory");
    return false;
  }
  return true;
}

std::optional<std::string> ReadTextFile(const fs::path& file, std::uintmax_t max_bytes, std::string& error) {
  io::ReadResult r = io::ReadRegularFile(file, max_bytes);
  if (r.ok()) return std::move(r.bytes);
  if (r.failure != io::ReadFailure::Missing) error = file.string() + ": " + r.error;
  return std::nullopt;
}

bool WriteTextFileAtomic(const fs::path& file, const std::string& text, std::string& error) {
  const std::string why = io::WriteFileAtomic(file, text);
  if (why.empty()) return true;
  error = "cannot write " + file.string() + ": " + why;
  return false;
}

}  // namespace knotmap::app
