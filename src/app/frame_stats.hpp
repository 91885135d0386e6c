// Timing figures for --bench-frames: time to the first presented frame, the UI's span per frame
// (ImGui::NewFrame to ImGui::Render) on the wall clock and in the UI thread's own CPU time, the
// whole frame (events, UI, GL drawing and the swap) and the peak resident memory.
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
  std::vector<double> ui_thread_cpu_us;

  void FirstFramePresented(Clock::time_point now);
  void AddFrame(Clock::time_point begin, Clock::time_point end);       // NewFrame to Render
  void AddWholeFrame(Clock::time_point begin, Clock::time_point end);  // events to the swap
  // NewFrame to Render in ThreadCpuMicros: what the UI cost its thread, without the time the
  // thread waited for a core (on Mesa llvmpipe the renderer's threads keep every core busy).
  void AddUiThreadCpu(double begin_us, double end_us);
  // "first_frame_ms=83.2 frame_cpu_us min=61 median=240 p99=410 frame_total_us median=900 p99=1500
  // ui_thread_cpu_us min=55 median=130 p99=300 peak_rss_mb=98.1" (nearest-rank percentiles)
  std::string Summary() const;
};

// The CPU time the calling thread has used (CLOCK_THREAD_CPUTIME_ID), in microseconds.
double ThreadCpuMicros();

// VmHWM from /proc/self/status in MiB; < 0 when unavailable.
double PeakRssMiB();

}  // namespace knotmap::app
