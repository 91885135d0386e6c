// Safe file access for everything Knotmap reads or writes: only regular files are read, without
// blocking on a FIFO and within a size limit; writes go through a temporary file in the same folder
// and a rename, so a failed write (full disk, no permission) never truncates the old file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace knotmap::io {

// Knotmap's folders: override > $XDG_*_HOME/knotmap > $HOME/.config|.local/share/knotmap; empty
// when none can be found. The window and the command line share them.
std::filesystem::path ConfigDir(const std::optional<std::string>& override_dir);
std::filesystem::path DataDir(const std::optional<std::string>& override_dir);

enum class ReadFailure { None, Missing, NotRegular, Link, TooLarge, Unreadable };

struct ReadResult {
  std::string bytes;                       // the whole file when ok()
  ReadFailure failure = ReadFailure::None;
  std::string error;                       // what was found instead, e.g. "it is a FIFO, not a file"
  bool ok() const { return failure == ReadFailure::None; }
};

enum class Links { Follow, Refuse };

// Opens `file` with O_NONBLOCK (a FIFO never blocks), checks with fstat that it is a regular file
// and reads at most `max_bytes`. The error says what was found: missing, a directory, a FIFO, a
// device, a link (with Links::Refuse), too large, or the system's reason.
ReadResult ReadRegularFile(const std::filesystem::path& file, std::uintmax_t max_bytes,
                           Links links = Links::Follow);

// "a directory", "a FIFO (named pipe)", ... for a file that exists but is not a regular file;
// empty for a regular file or one that does not exist.
std::string DescribeNonRegular(const std::filesystem::path& file);

// Writes `bytes` to `file` through a temporary file in the same folder, fsync and rename; the new
// file keeps the old one's permissions. A device or FIFO that already exists at `file` (/dev/stdout)
// is written in place. Returns an empty string on success, else the reason ("No space left on
// device"); on failure the old file is untouched and no temporary file is left behind.
std::string WriteFileAtomic(const std::filesystem::path& file, std::string_view bytes);

}  // namespace knotmap::io
