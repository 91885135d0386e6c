// The optional end cue sound: when a timed set or a ball spot ends and the setting is on, plays
// the desktop's short "complete" sound through canberra-gtk-play where the system has it.
#pragma once

#include <filesystem>
#include <optional>

#include "ui/core/app_state.hpp"

namespace knotmap::app {

class EndSound {
 public:
  // Call once per frame after ApplyActions: plays the sound on a cue that started this frame.
  void Notice(const ui::AppState& state);
  ~EndSound();

 private:
  float last_since_cue_ = -1.0f;
  bool last_due_ = false;
  int child_ = -1;  // the player still running, reaped on the next cue or at exit
  std::optional<std::filesystem::path> player_;  // empty path: no player on this system
};

// True when the end cue started between two frames: the step timer's cue came on (or restarted),
// or the ball session's current spot became due.
bool CueStarted(float last_since_cue, float since_cue, bool last_due, bool due);

}  // namespace knotmap::app
