// XDG base directories and atomic small-file writes for settings, layout and last marks.
#include "app/paths.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <system_error>

namespace knotmap::app {
namespace {

namespace fs = std::filesystem;

fs::path XdgDir(const std::optional<std::string>& override_dir, const char* xdg_var,
                const char* home_suffix) {
  if (override_dir && !override_dir->empty()) return fs::path(*override_dir);
  // The XDG spec says relative values must be ignored.
  if (const char* xdg = std::getenv(xdg_var); xdg && xdg[0] == '/') {
    return fs::path(xdg) / "knotmap";
  }
  if (const char* home = std::getenv("HOME"); home && home[0] != '\0') {
    return fs::path(home) / home_suffix / "knotmap";
  }
  return {};
}

}  // namespace

fs::path ConfigDir(const std::optional<std::string>& override_dir) {
  return XdgDir(override_dir, "XDG_CONFIG_HOME", ".config");
}

fs::path DataDir(const std::optional<std::string>& override_dir) {
  return XdgDir(override_dir, "XDG_DATA_HOME", ".local/share");
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

std::optional<std::string> ReadTextFile(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return text.str();
}

bool WriteTextFileAtomic(const fs::path& file, const std::string& text, std::string& error) {
  fs::path tmp = file;
  tmp += ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) {
      error = "cannot write " + tmp.string();
      return false;
    }
    out << text;
    out.flush();
    if (!out) {
      error = "cannot write " + tmp.string();
      return false;
    }
  }
  std::error_code ec;
  fs::rename(tmp, file, ec);
  if (ec) {
    error = "cannot replace " + file.string() + ": " + ec.message();
    fs::remove(tmp, ec);
    return false;
  }
  return true;
}

}  // namespace knotmap::app
