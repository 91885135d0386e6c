// POSIX file access: open(O_NONBLOCK) + fstat before reading; mkstemp + write + fsync + rename.
#include "io/file_io.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace knotmap::io {
namespace fs = std::filesystem;
namespace {

fs::path XdgDir(const std::optional<std::string>& override_dir, const char* xdg_var, const char* home_suffix) {
  if (override_dir && !override_dir->empty()) return fs::path(*override_dir);
  // The XDG spec says relative values must be ignored.
  if (const char* xdg = std::getenv(xdg_var); xdg && xdg[0] == '/') return fs::path(xdg) / "knotmap";
  if (const char* home = std::getenv("HOME"); home && home[0] != '\0') return fs::path(home) / home_suffix / "knotmap";
  return {};
}

std::string Kind(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISLNK(mode)) return "a link";
  return "not a regular file";
}

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }
  int Release() {
    const int fd = fd_;
    fd_ = -1;
    return fd;
  }

 private:
  int fd_;
};

bool WriteAll(int fd, std::string_view bytes, int& error) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {  // a FIFO opened without blocking, momentarily full
        ::usleep(1000);
        continue;
      }
      error = errno;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

mode_t DefaultMode() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return static_cast<mode_t>(0666 & ~mask);
}

}  // namespace

std::string DescribeNonRegular(const fs::path& file) {
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0 || S_ISREG(st.st_mode)) return {};
  return Kind(st.st_mode);
}

ReadResult ReadRegularFile(const fs::path& file, std::uintmax_t max_bytes, Links links) {
  ReadResult r;
  auto fail = [&r](ReadFailure f, std::string why) {
    r.failure = f;
    r.error = std::move(why);
    r.bytes.clear();
    return r;
  };
  int flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY;
  if (links == Links::Refuse) flags |= O_NOFOLLOW;
  Fd fd(::open(file.c_str(), flags));
  if (fd.get() < 0) {
    const int e = errno;
    if (e == ENOENT) return fail(ReadFailure::Missing, "it does not exist");
    if (e == ELOOP && links == Links::Refuse) {
      return fail(ReadFailure::Link, "it is a link (links are not followed)");
    }
    if (e == ENXIO || e == ENODEV) return fail(ReadFailure::NotRegular, "it is " + DescribeNonRegular(file) + ", not a file");
    return fail(ReadFailure::Unreadable, std::strerror(e));
  }
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) return fail(ReadFailure::Unreadable, std::strerror(errno));
  if (!S_ISREG(st.st_mode)) {
    return fail(ReadFailure::NotRegular, "it is " + Kind(st.st_mode) + ", not a file");
  }
  const auto size = static_cast<std::uintmax_t>(st.st_size);
  if (size > max_bytes) {
    return fail(ReadFailure::TooLarge, "file is too large (" + std::to_string(size) + " bytes, limit " +
                                           std::to_string(max_bytes) + ")");
  }
  r.bytes.resize(static_cast<std::size_t>(size));
  std::size_t got = 0;
  for (;;) {
    if (got == r.bytes.size()) {
      if (got > max_bytes) break;
      r.bytes.resize(got + 4096);  // the file may have grown since fstat
    }
    const ssize_t n = ::read(fd.get(), r.bytes.data() + got, r.bytes.size() - got);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail(ReadFailure::Unreadable, std::strerror(errno));
    }
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  if (got > max_bytes) {
    return fail(ReadFailure::TooLarge, "file is too large (more than " + std::to_string(max_bytes) +
                                           " bytes, the limit)");
  }
  r.bytes.resize(got);
  return r;
}

std::string WriteFileAtomic(const fs::path& file, std::string_view bytes) {
  if (file.empty()) return "no file name given";
  fs::path target = file;
  struct stat st {};
  const bool exists = ::stat(file.c_str(), &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) return "it is a directory";
  if (exists && !S_ISREG(st.st_mode)) {
    // A device or FIFO the user named on purpose (/dev/stdout): write into it; nothing to replace.
    Fd fd(::open(file.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0) {
      return errno == ENXIO ? std::string("it is a FIFO with no reader") : std::strerror(errno);
    }
    int error = 0;
    if (!WriteAll(fd.get(), bytes, error)) return std::strerror(error);
    if (::close(fd.Release()) != 0) return std::strerror(errno);
    return {};
  }
  std::error_code ec;
  if (fs::is_symlink(file, ec)) {
    target = fs::canonical(file, ec);  // replace the file the link points to, keep the link
    if (ec) return ec.message();
  }
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string temp = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  Fd fd(::mkstemp(temp.data()));
  if (fd.get() < 0) return std::string("cannot create a file in ") + dir.string() + ": " + std::strerror(errno);
  auto fail = [&temp](int error) {
    ::unlink(temp.c_str());
    return std::string(std::strerror(error));
  };
  int error = 0;
  if (!WriteAll(fd.get(), bytes, error)) return fail(error);
  if (::fchmod(fd.get(), exists ? (st.st_mode & 07777) : DefaultMode()) != 0) return fail(errno);
  if (::fsync(fd.get()) != 0) return fail(errno);
  if (::close(fd.Release()) != 0) return fail(errno);
  if (::rename(temp.c_str(), target.c_str()) != 0) return fail(errno);
  return {};
}

fs::path ConfigDir(const std::optional<std::string>& override_dir) {
  return XdgDir(override_dir, "XDG_CONFIG_HOME", ".config");
}

fs::path DataDir(const std::optional<std::string>& override_dir) {
  return XdgDir(override_dir, "XDG_DATA_HOME", ".local/share");
}

}  // namespace knotmap::io
