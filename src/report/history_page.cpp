// Page 3 (only with a history): pain intensity over time, one line per region, with dated axes,
// then the journal entries, newest first, as many as fit on the page.
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
constexpr double kChartHeight = 210.0;  // points, the plotting area
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

// Returns the y below the chart and its legend.
double DrawChart(PdfDocument& doc, const ReportInput& in, double top) {
  cairo_t* cr = doc.cr();
  const std::vector<Series> series = SeriesOf(in.history);
  const double left = kMargin + 28.0, right = kPageWidth - kMargin - 8.0;
  const double bottom = top + kChartHeight;
  std::int64_t t0 = in.history.front().unix_seconds, t1 = t0;
  for (const HistoryPoint& p : in.history) {
    t0 = std::min(t0, p.unix_seconds);
    t1 = std::max(t1, p.unix_seconds);
  }
  t0 = DayStart(t0);
  t1 = std::max<std::int64_t>(DayStart(t1) + static_cast<std::int64_t>(kDay), t0 + static_cast<std::int64_t>(kDay));
  const auto X = [&](double t) { return left + (t - static_cast<double>(t0)) / static_cast<double>(t1 - t0) * (right - left); };
  const auto Y = [&](double v) { return bottom - std::clamp(v, 0.0, 10.0) / 10.0 * kChartHeight; };

  // Horizontal grid and the intensity scale.
  cairo_set_line_width(cr, 0.4);
  for (int v = 0; v <= 10; v += 2) {
    SetColor(cr, v == 0 ? kAxis : 0xe0e0e0);
    cairo_move_to(cr, left, Y(v));
    cairo_line_to(cr, right, Y(v));
    cairo_stroke(cr);
    Label(cr, std::to_string(v), left - 5.0, Y(v) + 2.5, 7.5, 1.0);
  }
  cairo_save(cr);
  cairo_translate(cr, kMargin + 4.0, top + kChartHeight / 2);
  cairo_rotate(cr, -M_PI / 2);
  Label(cr, "pain intensity (0 to 10)", 0.0, 0.0, 7.5, 0.5);
  cairo_restore(cr);

  // Day ticks: a step of whole days (or weeks, months) that gives at most eight labels.
  const double days = static_cast<double>(t1 - t0) / kDay;
  int step = 1;
  for (int s : {1, 2, 7, 14, 30, 61, 91, 182, 365, 730}) {
    step = s;
    if (days / s <= 8.0) break;
  }
  for (int d = 0; d <= static_cast<int>(days) + 1; d += step) {
    const std::int64_t t = DayStart(t0 + static_cast<std::int64_t>((d + 0.5) * kDay));
    if (t > t1) break;
    SetColor(cr, kAxis);
    cairo_move_to(cr, X(static_cast<double>(t)), bottom);
    cairo_line_to(cr, X(static_cast<double>(t)), bottom + 3.0);
    cairo_stroke(cr);
    Label(cr, FormatTime(t, step >= 182 ? "%b %Y" : "%e %b"), X(static_cast<double>(t)), bottom + 11.0, 7.5, 0.5);
  }

  for (std::size_t k = 0; k < series.size(); ++k) {
    const std::uint32_t color = kSeriesColors[k % std::size(kSeriesColors)];
    SetColor(cr, color);
    cairo_set_line_width(cr, 1.3);
    const double dash[] = {4.0, 2.0};
    cairo_set_dash(cr, dash, k >= 4 ? 2 : 0, 0.0);
    bool first = true;
    for (const auto& [t, v] : series[k].values) {
      if (first) cairo_move_to(cr, X(static_cast<double>(t)), Y(v));
      else cairo_line_to(cr, X(static_cast<double>(t)), Y(v));
      first = false;
    }
    cairo_stroke(cr);
    cairo_set_dash(cr, nullptr, 0, 0.0);
    for (const auto& [t, v] : series[k].values) Marker(cr, static_cast<int>(k), X(static_cast<double>(t)), Y(v), 2.4);
  }

  // The legend under the date labels, in rows.
  double x = left, y = bottom + 26.0;
  for (std::size_t k = 0; k < series.size(); ++k) {
    const std::string name = RegionName(*in.model, series[k].region);
    cairo_select_font_face(cr, kFontFamily, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, 8.0);
    cairo_text_extents_t e;
    cairo_text_extents(cr, name.c_str(), &e);
    if (x + 16.0 + e.x_advance > right && x > left) {
      x = left;
      y += 12.0;
    }
    SetColor(cr, kSeriesColors[k % std::size(kSeriesColors)]);
    Marker(cr, static_cast<int>(k), x + 4.0, y - 3.0, 2.6);
    SetColor(cr, kInk);
    cairo_move_to(cr, x + 11.0, y);
    cairo_show_text(cr, name.c_str());
    cairo_new_path(cr);
    x += 16.0 + e.x_advance + 12.0;
  }
  return y + 12.0;
}

struct Cell {
  double x, width;
};

// One table row (`draw` false: only its height).
double Row(cairo_t* cr, const std::array<Cell, 3>& cells, const std::array<std::string, 3>& text, double y,
           TextStyle style, bool draw) {
  double height = 0.0;
  for (std::size_t c = 0; c < cells.size(); ++c) {
    Flow cell(cr, Column{cells[c].x, y + 3.0, cells[c].width, 1e9}, 1.0, draw);
    cell.Paragraph(text[c], style);
    height = std::max(height, cell.y() - y);
  }
  return height + 3.0;
}

void DrawTable(PdfDocument& doc, const ReportInput& in, double top) {
  cairo_t* cr = doc.cr();
  const double width = kPageWidth - 2 * kMargin;
  const std::array<Cell, 3> cells{Cell{kMargin + 3.0, 86.0}, Cell{kMargin + 94.0, 230.0},
                                  Cell{kMargin + 332.0, width - 335.0}};
  const double bottom = doc.Body(top).bottom - 14.0;  // room for the "not shown" line
  Flow title(cr, doc.Body(top), 1.0, true);
  title.Paragraph("Journal entries, newest first", TextStyle{11.5, true, false, kInk}, 0.0, 3.0);
  double y = title.y();
  y += Row(cr, cells, {"When", "Marks and findings", "Note"}, y, TextStyle{8.5, true, false, kInk}, true);
  SetColor(cr, kAxis);
  cairo_rectangle(cr, kMargin, y, width, 0.5);
  cairo_fill(cr);
  std::vector<HistoryRow> rows = in.entries;
  std::stable_sort(rows.begin(), rows.end(),
                   [](const HistoryRow& a, const HistoryRow& b) { return a.unix_seconds > b.unix_seconds; });
  std::size_t shown = 0;
  for (const HistoryRow& r : rows) {
    const std::array<std::string, 3> text{FormatTime(r.unix_seconds, "%Y-%m-%d %H:%M"), r.summary, r.note};
    const TextStyle style{8.5, false, false, kInk};
    const double h = Row(cr, cells, text, y, style, false);
    if (y + h > bottom) break;
    if (shown % 2 == 1) {
      SetColor(cr, 0xf5f5f5);
      cairo_rectangle(cr, kMargin, y, width, h);
      cairo_fill(cr);
    }
    Row(cr, cells, text, y, style, true);
    y += h;
    ++shown;
  }
  if (shown < rows.size()) {
    Flow more(cr, Column{kMargin, y + 4.0, width, kPageHeight}, 1.0, true);
    more.Paragraph(std::to_string(rows.size() - shown) + " earlier entries are not shown here; the journal's CSV "
                   "export holds them all.", TextStyle{8.0, false, true, kGrey});
  }
}

}  // namespace

void DrawHistoryPage(PdfDocument& doc, const ReportInput& in) {
  double top = doc.StartPage("History");
  if (!in.history.empty()) {
    Flow intro(doc.cr(), doc.Body(top), 1.0, true);
    intro.Paragraph("Pain intensity over time for each region you marked (the strongest mark of the region at "
                    "each entry).", TextStyle{8.5, false, false, kGrey}, 0.0, 8.0);
    top = DrawChart(doc, in, intro.y()) + 10.0;
  }
  if (!in.entries.empty()) DrawTable(doc, in, top);
  doc.EndPage();
}

}  // namespace knotmap::report
