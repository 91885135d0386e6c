// Playing the end cue sound without blocking the frame: a child process, reaped later.
#include "app/end_sound.hpp"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

extern char** environ;

namespace knotmap::app {
namespace {

// canberra-gtk-play on PATH, or an empty path.
std::filesystem::path FindPlayer() {
  const char* path = std::getenv("PATH");
  std::string dirs = path != nullptr ? path : "/usr/bin:/bin";
  std::size_t start = 0;
  while (start <= dirs.size()) {
    const std::size_t end = std::min(dirs.find(':', start), dirs.size());
    const std::filesystem::path candidate = std::filesystem::path(dirs.substr(start, end - start)) / "canberra-gtk-play";
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
    start = end + 1;
  }
  return {};
}

void Reap(int& child) {
  if (child > 0 && ::waitpid(child, nullptr, WNOHANG) != 0) child = -1;
}

}  // namespace

bool CueStarted(float last_since_cue, float since_cue, bool last_due, bool due) {
  const bool timer_cue = since_cue >= 0.0f && (last_since_cue < 0.0f || since_cue < last_since_cue);
  return timer_cue || (due && !last_due);
}

void EndSound::Notice(const ui::AppState& state) {
  const session::Session& s = state.session;
  const bool due = session::StopDue(s.ball, s.clock->Seconds());
  const bool started = CueStarted(last_since_cue_, s.timer.since_cue, last_due_, due);
  last_since_cue_ = s.timer.since_cue;
  last_due_ = due;
  Reap(child_);
  if (!started || !state.settings.end_sound || child_ > 0) return;
  if (!player_) player_ = FindPlayer();  // looked up once, at the first cue
  if (player_->empty()) return;
  std::string exe = player_->string(), id_flag = "--id=complete";
  char* argv[] = {exe.data(), id_flag.data(), nullptr};
  pid_t pid = -1;
  if (::posix_spawn(&pid, exe.c_str(), nullptr, nullptr, argv, environ) == 0) child_ = pid;
}

EndSound::~EndSound() {
  if (child_ > 0) ::waitpid(child_, nullptr, 0);
}

}  // namespace knotmap::app
