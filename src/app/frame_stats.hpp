// Timing figures for --bench-frames: time to the first presented frame, per-frame CPU time of the
// UI (ImGui::NewFrame to ImGui::Render), the whole frame (events, UI, GL drawing and the swap) and
// the peak resident memory.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace knotmap::app {

using Clock = std::chrono::steady_clock;

struct FrameStats {
  Clock::time_point process_start{};
  double first_frame_ms = -1.0;  // process start to the first swap; < 0 until it happened
  std::vector<double> frame_cpu_us;
  std::vector<double> frame_total_us;

  void FirstFramePresented(Clock::time_point now);
  void AddFrame(Clock::time_point begin, Clock::time_point end);       // NewFrame to Render
  void AddWholeFrame(Clock::time_point begin, Clock::time_point end);  // events to the swap
  // "first_frame_ms=83.2 frame_cpu_us min=61 median=240 p99=410 frame_total_us median=900 p99=1500
  // peak_rss_mb=98.1" (nearest-rank percentiles)
  std::string Summary() const;
};

// VmHWM from /proc/self/status in MiB; < 0 when unavailable.
double PeakRssMiB();

}  // namespace knotmap::app
