// The per-folder lock: open (never follow a link, never block on a FIFO), then flock without
// waiting, so a second window learns at once that the folder is in use.
#include "app/instance_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace knotmap::app {

InstanceLock::Outcome InstanceLock::TryAcquire(const std::filesystem::path& dir, std::unique_ptr<InstanceLock>& lock,
                                               std::string& error) {
  const std::filesystem::path file = dir / "knotmap.lock";
  const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0600);
  if (fd < 0) {
    error = file.string() + ": cannot open the lock file: " + std::strerror(errno);
    return Outcome::Failed;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    error = file.string() + ": the lock file is not a regular file";
    return Outcome::Failed;
  }
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int e = errno;
    ::close(fd);
    if (e == EWOULDBLOCK) return Outcome::Busy;
    error = file.string() + ": cannot lock it: " + std::strerror(e);
    return Outcome::Failed;
  }
  lock.reset(new InstanceLock(fd));
  return Outcome::Acquired;
}

InstanceLock::~InstanceLock() {
  if (fd_ >= 0) ::close(fd_);  // closing drops the lock
}

}  // namespace knotmap::app
