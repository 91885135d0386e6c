// ISO 8601 dates and times, parsed strictly by position; local time through the C library.
#include "io/time_text.hpp"

#include <cctype>
#include <ctime>

namespace knotmap::io {
namespace {

// Reads `n` digits at `pos`; false unless they are all digits.
bool Digits(std::string_view s, std::size_t pos, std::size_t n, int& out) {
  if (pos + n > s.size()) return false;
  out = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

bool ValidDate(int y, int mo, int d) {
  static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1970 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > days[mo - 1]) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(mo == 2 && d == 29 && !leap);
}

// Days from 1970-01-01 to y-mo-d (proleptic Gregorian).
std::int64_t DaysFromCivil(int y, int mo, int d) {
  y -= mo <= 2;
  const int era = y / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<std::int64_t>(era) * 146097 + doe - 719468;
}

std::string Format(std::int64_t unix_seconds, const char* format) {
  const std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, format, &tm);
  return buf;
}

}  // namespace

std::optional<std::int64_t> ParseIsoTime(std::string_view s, std::string& error, DayEnd day_end) {
  const std::string expected = "expected a date and time like 2026-11-30, 2026-11-30T09:15 or 2026-11-30T09:15:00Z";
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
  if (!Digits(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || !Digits(s, 5, 2, mo) || s[7] != '-' ||
      !Digits(s, 8, 2, d)) {
    error = "'" + std::string(s) + "': " + expected;
    return std::nullopt;
  }
  if (!ValidDate(y, mo, d)) {
    error = "'" + std::string(s) + "': no such date";
    return std::nullopt;
  }
  std::size_t pos = 10;
  const bool date_only = pos == s.size();
  if (!date_only) {
    if ((s[pos] != 'T' && s[pos] != ' ') || !Digits(s, pos + 1, 2, h) || pos + 3 >= s.size() || s[pos + 3] != ':' ||
        !Digits(s, pos + 4, 2, mi)) {
      error = "'" + std::string(s) + "': " + expected;
      return std::nullopt;
    }
    pos += 6;
    if (pos < s.size() && s[pos] == ':') {
      if (!Digits(s, pos + 1, 2, sec)) {
        error = "'" + std::string(s) + "': " + expected;
        return std::nullopt;
      }
      pos += 3;
    }
    if (h > 23 || mi > 59 || sec > 59) {
      error = "'" + std::string(s) + "': no such time of day";
      return std::nullopt;
    }
  } else if (day_end == DayEnd::End) {
    h = 23, mi = 59, sec = 59;
  }
  // A zone: Z or +hh:mm / -hh:mm; none means local time.
  std::optional<int> offset_seconds;
  if (pos < s.size()) {
    int oh = 0, om = 0;
    if (s[pos] == 'Z' && pos + 1 == s.size()) {
      offset_seconds = 0;
    } else if ((s[pos] == '+' || s[pos] == '-') && pos + 6 == s.size() && Digits(s, pos + 1, 2, oh) &&
               s[pos + 3] == ':' && Digits(s, pos + 4, 2, om) && oh <= 14 && om <= 59) {
      offset_seconds = (s[pos] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
    } else {
      error = "'" + std::string(s) + "': the time zone must be Z or like +01:00";
      return std::nullopt;
    }
  }
  if (offset_seconds) return DaysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - *offset_seconds;
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = sec;
  tm.tm_isdst = -1;
  return static_cast<std::int64_t>(std::mktime(&tm));
}

std::string LocalDate(std::int64_t t) { return Format(t, "%Y-%m-%d"); }
std::string LocalDateTime(std::int64_t t) { return Format(t, "%Y-%m-%d %H:%M"); }

std::string IsoLocal(std::int64_t t) {
  std::string s = Format(t, "%Y-%m-%dT%H:%M:%S%z");  // +0100: ISO 8601 wants +01:00
  if (s.size() >= 5) s.insert(s.size() - 2, ":");
  return s;
}

}  // namespace knotmap::io
