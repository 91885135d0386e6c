// The session's time, injected: seconds for timers and status lines, the wall clock and the local
// day for learn reviews. The app passes a system clock, tests a manual one they advance by hand.
#pragma once

#include <cstdint>

namespace knotmap::session {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual double Seconds() const = 0;            // monotonic, seconds since an arbitrary start
  virtual std::int64_t UnixSeconds() const = 0;  // wall clock, for the review log
  virtual int Today() const = 0;                 // local day number (days since 1970-01-01)
};

// A clock that moves only when told to (tests, scripted runs).
class ManualClock final : public Clock {
 public:
  double Seconds() const override { return seconds_; }
  std::int64_t UnixSeconds() const override { return unix_seconds_; }
  int Today() const override { return today_; }

  void Advance(double seconds) { seconds_ += seconds; }
  void SetToday(int day) { today_ = day; }
  void SetUnixSeconds(std::int64_t t) { unix_seconds_ = t; }

 private:
  double seconds_ = 0.0;
  std::int64_t unix_seconds_ = 0;
  int today_ = 0;
};

}  // namespace knotmap::session
