// The history, after the plan in the same columns (only with a journal): pain intensity over
// time, one line per region, with dated axes, then the newest journal entries.
#include <algorithm>
#include <array>
#include <cmath>
#include <ctime>
#include <map>

#include "report/cairo_scene.hpp"
#include "report/report_pages.hpp"

namespace knotmap::report {
namespace {

constexpr std::uint32_t kInk = 0x212121, kGrey = 0x616161, kAxis = 0x9e9e9e;
constexpr double kChartHeight = 130.0;  // points, the plotting area, before the flow's scale
constexpr std::size_t kMaxRows = 12;    // newest entries listed; the CSV export holds them all
constexpr double kDay = 86400.0;
// Okabe-Ito colours (safe for colour-blind readers), told apart by marker shape as well.
constexpr std::uint32_t kSeriesColors[] = {0x0072b2, 0xd55e00, 0x009e73, 0xcc79a7, 0xe69f00, 0x56b4e9, 0x000000};

struct Series {
  std::string region;
  std::map<std::int64_t, double> values;  // time -> the strongest mark of the region then
};

std::vector<Series> SeriesOf(const std::vector<HistoryPoint>& history) {
  std::map<std::string, Series> by_region;
  for (const HistoryPoint& p : history) {
    Series& s = by_region[p.region];
    s.region = p.region;
    auto [it, added] = s.values.emplace(p.unix_seconds, p.intensity);
    if (!added) it->second = std::max(it->second, p.intensity);
  }
  std::vector<Series> out;
  for (auto& [region, s] : by_region) out.push_back(std::move(s));
  return out;
}

std::tm LocalTime(std::int64_t unix_seconds) {
  const std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  localtime_r(&t, &tm);
  return tm;
}

std::string FormatTime(std::int64_t unix_seconds, const char* format) {
  const std::tm tm = LocalTime(unix_seconds);
  char buf[64];
  return std::strftime(buf, sizeof buf, format, &tm) ? std::string(buf) : std::string();
}

// Local midnight at or before `unix_seconds`.
std::int64_t DayStart(std::int64_t unix_seconds) {
  std::tm tm = LocalTime(unix_seconds);
  tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
  tm.tm_isdst = -1;
  return static_cast<std::int64_t>(std::mktime(&tm));
}

void Marker(cairo_t* cr, int shape, double x, double y, double r) {
  switch (shape % 4) {
    case 0: cairo_arc(cr, x, y, r, 0.0, 2.0 * M_PI); break;
    case 1: cairo_rectangle(cr, x - r, y - r, 2 * r, 2 * r); break;
    case 2:
      cairo_move_to(cr, x, y - r * 1.2);
      cairo_line_to(cr, x + r * 1.1, y + r * 0.8);
      cairo_line_to(cr, x - r * 1.1, y + r * 0.8);
      cairo_close_path(cr);
      break;
    default:
      cairo_move_to(cr, x, y - r * 1.3);
      cairo_line_to(cr, x + r * 1.1, y);
      cairo_line_to(cr, x, y + r * 1.3);
      cairo_line_to(cr, x - r * 1.1, y);
      cairo_close_path(cr);
  }
  cairo_fill(cr);
}

void Label(cairo_t* cr, const std::string& text, double x, double y, double size, double align) {
  cairo_select_font_face(cr, kFontFamily, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, size);
  cairo_text_extents_t e;
  cairo_text_extents(cr, text.c_str(), &e);
  SetColor(cr, kGrey);
  cairo_move_to(cr, x - e.x_advance * align, y);
  cairo_show_text(cr, text.c_str());
  cairo_new_path(cr);
}

// The chart at the flow's width and scale, kept on one column; the flow goes on below its legend.
void Chart(Flow& flow, const ReportInput& in) {
  cairo_t* cr = flow.cr();
  const std::vector<Series> series = SeriesOf(in.history);
  const double k = flow.scale();
  const double left = flow.column().left + 24.0 * k, right = flow.column().left + flow.column().width - 6.0 * k;
  const double chart_height = kChartHeight * k;
  // The legend's rows, worked out first: the chart and its legend stay together.
  std::vector<std::pair<double, double>> legend_at;  // x, y offset below the axis
  {
    double x = left, y = 24.0 * k;
    cairo_select_font_face(cr, kFontFamily, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, 8.0 * k);
    for (const Series& s : series) {
      const std::string name = ValidUtf8(RegionName(*in.model, s.region));
      cairo_text_extents_t e;
      cairo_text_extents(cr, name.c_str(), &e);
      if (x + 16.0 * k + e.x_advance > right && x > left) {
        x = left;
        y += 11.0 * k;
      }
      legend_at.push_back({x, y});
      x += 28.0 * k + e.x_advance;
    }
  }
  const double height = chart_height + (legend_at.empty() ? 14.0 * k : legend_at.back().second + 8.0 * k);
  flow.KeepTogether(height);
  const double top = flow.y();
  flow.Space(height / k);
  if (!flow.drawing()) return;
  const double bottom = top + chart_height;
  std::int64_t t0 = in.history.front().unix_seconds, t1 = t0;
  for (const HistoryPoint& p : in.history) {
    t0 = std::min(t0, p.unix_seconds);
    t1 = std::max(t1, p.unix_seconds);
  }
  t0 = DayStart(t0);
  t1 = std::max<std::int64_t>(DayStart(t1) + static_cast<std::int64_t>(kDay), t0 + static_cast<std::int64_t>(kDay));
  const auto X = [&](double t) { return left + (t - static_cast<double>(t0)) / static_cast<double>(t1 - t0) * (right - left); };
  const auto Y = [&](double v) { return bottom - std::clamp(v, 0.0, 10.0) / 10.0 * chart_height; };

  // Horizontal grid and the intensity scale.
  cairo_set_line_width(cr, 0.4);
  for (int v = 0; v <= 10; v += 2) {
    SetColor(cr, v == 0 ? kAxis : 0xe0e0e0);
    cairo_move_to(cr, left, Y(v));
    cairo_line_to(cr, right, Y(v));
    cairo_stroke(cr);
    Label(cr, std::to_string(v), left - 5.0 * k, Y(v) + 2.5 * k, 7.5 * k, 1.0);
  }
  cairo_save(cr);
  cairo_translate(cr, flow.column().left + 4.0 * k, top + chart_height / 2);
  cairo_rotate(cr, -M_PI / 2);
  Label(cr, "pain (0 to 10)", 0.0, 0.0, 7.0 * k, 0.5);
  cairo_restore(cr);

  // Day ticks: a step of whole days (or weeks, months) that gives at most five labels.
  const double days = static_cast<double>(t1 - t0) / kDay;
  int step = 1;
  for (int s : {1, 2, 7, 14, 30, 61, 91, 182, 365, 730}) {
    step = s;
    if (days / s <= 5.0) break;
  }
  for (int d = 0; d <= static_cast<int>(days) + 1; d += step) {
    const std::int64_t t = DayStart(t0 + static_cast<std::int64_t>((d + 0.5) * kDay));
    if (t > t1) break;
    SetColor(cr, kAxis);
    cairo_move_to(cr, X(static_cast<double>(t)), bottom);
    cairo_line_to(cr, X(static_cast<double>(t)), bottom + 3.0 * k);
    cairo_stroke(cr);
    Label(cr, FormatTime(t, step >= 182 ? "%b %Y" : "%e %b"), X(static_cast<double>(t)), bottom + 11.0 * k, 7.5 * k, 0.5);
  }

  for (std::size_t n = 0; n < series.size(); ++n) {
    const std::uint32_t color = kSeriesColors[n % std::size(kSeriesColors)];
    SetColor(cr, color);
    cairo_set_line_width(cr, 1.3 * k);
    const double dash[] = {4.0 * k, 2.0 * k};
    cairo_set_dash(cr, dash, n >= 4 ? 2 : 0, 0.0);
    bool first = true;
    for (const auto& [t, v] : series[n].values) {
      if (first) cairo_move_to(cr, X(static_cast<double>(t)), Y(v));
      else cairo_line_to(cr, X(static_cast<double>(t)), Y(v));
      first = false;
    }
    cairo_stroke(cr);
    cairo_set_dash(cr, nullptr, 0, 0.0);
    for (const auto& [t, v] : series[n].values) Marker(cr, static_cast<int>(n), X(static_cast<double>(t)), Y(v), 2.4 * k);
  }

  // The legend under the date labels, in rows.
  cairo_select_font_face(cr, kFontFamily, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, 8.0 * k);
  for (std::size_t n = 0; n < series.size(); ++n) {
    const std::string name = ValidUtf8(RegionName(*in.model, series[n].region));
    const auto [x, y] = legend_at[n];
    SetColor(cr, kSeriesColors[n % std::size(kSeriesColors)]);
    Marker(cr, static_cast<int>(n), x + 4.0 * k, bottom + y - 3.0 * k, 2.6 * k);
    SetColor(cr, kInk);
    cairo_move_to(cr, x + 11.0 * k, bottom + y);
    cairo_show_text(cr, name.c_str());
    cairo_new_path(cr);
  }
}

// The newest entries, one paragraph each: when, the marks and findings, the note.
void Entries(Flow& flow, const ReportInput& in) {
  std::vector<HistoryRow> rows = in.entries;
  std::stable_sort(rows.begin(), rows.end(),
                   [](const HistoryRow& a, const HistoryRow& b) { return a.unix_seconds > b.unix_seconds; });
  flow.Paragraph("Journal entries, newest first", TextStyle{9.5, true, false, kInk}, 0.0, 2.0);
  const std::size_t shown = std::min(rows.size(), kMaxRows);
  for (std::size_t i = 0; i < shown; ++i) {
    const HistoryRow& r = rows[i];
    std::vector<Run> runs{{FormatTime(r.unix_seconds, "%Y-%m-%d %H:%M") + "  ", {8.5, true, false, kInk}},
                          {r.summary, {8.5, false, false, kInk}}};
    if (!r.note.empty()) runs.push_back({"  \u201c" + r.note + "\u201d", {8.5, false, true, kGrey}});
    flow.Paragraph(runs, 0.0, 1.5);
  }
  if (shown < rows.size()) {
    flow.Paragraph(std::to_string(rows.size() - shown) + " earlier entries are not shown here; the journal's CSV "
                   "export holds them all.", TextStyle{8.0, false, true, kGrey});
  }
}

}  // namespace

void HistorySection(Flow& flow, const ReportInput& in) {
  if (in.history.empty() && in.entries.empty()) return;
  flow.Space(8.0);
  flow.KeepTogether(flow.Measure([&](Flow& f) {
    f.Paragraph("History", TextStyle{11.0, true, false, 0x37474f});
    if (!in.history.empty()) Chart(f, in);
  }));
  flow.Paragraph("History", TextStyle{11.0, true, false, 0x37474f}, 0.0, 2.0);
  if (!in.history.empty()) {
    flow.Paragraph("Pain over time in each region you marked (its strongest mark at each entry).",
                   TextStyle{8.0, false, false, kGrey}, 0.0, 4.0);
    Chart(flow, in);
  }
  if (!in.entries.empty()) Entries(flow, in);
}

}  // namespace knotmap::report
