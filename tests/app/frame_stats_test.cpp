// The --bench-frames line: nearest-rank percentiles of the UI's CPU time and of whole frames.
#include <catch2/catch.hpp>

#include <string>
#include <thread>

#include "app/frame_stats.hpp"

using knotmap::app::Clock;
using knotmap::app::FrameStats;

TEST_CASE("the bench line gives the first frame and nearest-rank percentiles of both frame times", "[app][bench]") {
  FrameStats stats;
  const Clock::time_point t0 = Clock::now();
  stats.process_start = t0;
  stats.FirstFramePresented(t0 + std::chrono::milliseconds(250));
  stats.FirstFramePresented(t0 + std::chrono::milliseconds(900));  // only the first counts
  for (int us = 1; us <= 100; ++us) {
    stats.AddFrame(t0, t0 + std::chrono::microseconds(us));
    stats.AddWholeFrame(t0, t0 + std::chrono::microseconds(us * 10));
    stats.AddUiThreadCpu(1000.0, 1000.0 + us * 2);
  }
  const std::string line = stats.Summary();
  INFO(line);
  CHECK(line.find("first_frame_ms=250.0 ") == 0);
  CHECK(line.find(" frame_cpu_us min=1 median=50 p99=99 ") != std::string::npos);
  CHECK(line.find(" frame_total_us median=500 p99=990 ") != std::string::npos);
  CHECK(line.find(" ui_thread_cpu_us min=2 median=100 p99=198 ") != std::string::npos);
  CHECK(line.find(" peak_rss_mb=") != std::string::npos);
}

TEST_CASE("the UI thread's CPU clock counts work, not waiting", "[app][bench]") {
  const double start = knotmap::app::ThreadCpuMicros();
  std::this_thread::sleep_for(std::chrono::milliseconds(30));
  const double slept = knotmap::app::ThreadCpuMicros() - start;
  volatile double sink = 0.0;
  for (int i = 0; i < 20'000'000; ++i) sink = sink + 1e-9 * i;
  const double worked = knotmap::app::ThreadCpuMicros() - start - slept;
  CHECK(slept < 10'000.0);  // 30 ms asleep cost the thread almost nothing
  CHECK(worked > 1'000.0);  // a busy loop shows
}

TEST_CASE("a bench line with no frames says zero, not garbage", "[app][bench]") {
  const FrameStats stats;
  const std::string line = stats.Summary();
  CHECK(line.find("first_frame_ms=0.0 frame_cpu_us min=0 median=0 p99=0 frame_total_us median=0 p99=0 "
                  "ui_thread_cpu_us min=0 median=0 p99=0") == 0);
}
