// Frame timing statistics and /proc based peak memory, printed as one line by --bench-frames.
#include "app/frame_stats.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <string>

#include <time.h>

namespace knotmap::app {

void FrameStats::FirstFramePresented(Clock::time_point now) {
  if (first_frame_ms >= 0.0) return;
  first_frame_ms = std::chrono::duration<double, std::milli>(now - process_start).count();
}

void FrameStats::AddFrame(Clock::time_point begin, Clock::time_point end) {
  frame_cpu_us.push_back(std::chrono::duration<double, std::micro>(end - begin).count());
}

void FrameStats::AddWholeFrame(Clock::time_point begin, Clock::time_point end) {
  frame_total_us.push_back(std::chrono::duration<double, std::micro>(end - begin).count());
}

void FrameStats::AddUiThreadCpu(double begin_us, double end_us) { ui_thread_cpu_us.push_back(end_us - begin_us); }

double ThreadCpuMicros() {
  timespec t{};
  if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t) != 0) return 0.0;
  return static_cast<double>(t.tv_sec) * 1e6 + static_cast<double>(t.tv_nsec) * 1e-3;
}

namespace {

// Nearest-rank percentile `q` of `values`, rounded; 0 for none.
long Percentile(std::vector<double> values, double q) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(values.size())));
  return std::lround(values[std::min(values.size() - 1, rank == 0 ? 0 : rank - 1)]);
}

}  // namespace

std::string FrameStats::Summary() const {
  char line[320];
  std::snprintf(line, sizeof line,
                "first_frame_ms=%.1f frame_cpu_us min=%ld median=%ld p99=%ld frame_total_us median=%ld p99=%ld "
                "ui_thread_cpu_us min=%ld median=%ld p99=%ld peak_rss_mb=%.1f",
                first_frame_ms < 0.0 ? 0.0 : first_frame_ms, Percentile(frame_cpu_us, 0.0),
                Percentile(frame_cpu_us, 0.5), Percentile(frame_cpu_us, 0.99), Percentile(frame_total_us, 0.5),
                Percentile(frame_total_us, 0.99), Percentile(ui_thread_cpu_us, 0.0), Percentile(ui_thread_cpu_us, 0.5),
                Percentile(ui_thread_cpu_us, 0.99), std::max(0.0, PeakRssMiB()));
  return line;
}

double PeakRssMiB() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) {
      try {
        return std::stod(line.substr(6)) / 1024.0;  // the kernel reports kB
      } catch (...) {
        return -1.0;
      }
    }
  }
  return -1.0;
}

}  // namespace knotmap::app
