// One Knotmap per data folder: an advisory lock (flock) on `knotmap.lock` in the folder, held for
// the life of the process and dropped by the kernel however it ends (even kill -9).
#pragma once

#include <filesystem>
#include <memory>
#include <string>

namespace knotmap::app {

class InstanceLock {
 public:
  enum class Outcome { Acquired, Busy, Failed };

  // Acquired: `lock` holds it. Busy: another process holds it. Failed: `error` says why (the
  // folder cannot hold a lock file); callers then go on without one.
  static Outcome TryAcquire(const std::filesystem::path& dir, std::unique_ptr<InstanceLock>& lock,
                            std::string& error);

  ~InstanceLock();
  InstanceLock(const InstanceLock&) = delete;
  InstanceLock& operator=(const InstanceLock&) = delete;

 private:
  explicit InstanceLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

}  // namespace knotmap::app
