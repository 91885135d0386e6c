// `knotmap report`: the printable self-care plan (PDF) or the map (PNG) for some pain spots,
// drawn without a window through the same query + plan pipeline as `knotmap query`.
#include <algorithm>
#include <cctype>
#include <ctime>
#include <memory>
#include <ostream>

#include "cli/checked.hpp"
#include "cli/common.hpp"
#include "cli/mark_options.hpp"
#include "report/report.hpp"
#include "session/pipeline.hpp"

namespace knotmap::cli {
namespace {

enum class Format { Pdf, Png };

std::optional<Format> FormatOf(const std::filesystem::path& file) {
  std::string ext = file.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".pdf") return Format::Pdf;
  if (ext == ".png") return Format::Png;
  return std::nullopt;
}

std::string Today() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  char buf[64];
  return std::strftime(buf, sizeof buf, "%e %B %Y", &tm) ? std::string(buf + (buf[0] == ' ' ? 1 : 0))
                                                          : std::string();
}

}  // namespace

Command AddReport(CLI::App& app) {
  struct Opts {
    MarkOptions marks;
    std::string out, model;
    int width = 0;
  };
  auto o = std::make_shared<Opts>();
  CLI::App* sub = app.add_subcommand("report", "Write a printable self-care plan (PDF) or the map (PNG)");
  sub->add_option("--out,-o", o->out, "Output file: FILE.pdf (the plan) or FILE.png (the map)")
      ->required()
      ->check(NotEmpty());
  AddMarkOptions(sub, o->marks);
  sub->add_option("--width", o->width, "PNG width in pixels, 64 to 8192 (default 1200)")
      ->check(WholeNumberIn(64, 8192));
  AddModelOption(sub, o->model);
  return {sub, [o](Streams s) {
            const auto format = FormatOf(o->out);
            if (!format) {
              s.err << "knotmap report: --out " << o->out << ": expected a file ending in .pdf or .png\n";
              return 2;
            }
            if (*format == Format::Pdf && o->width != 0) {
              s.err << "knotmap report: --width is for a .png map, not a .pdf plan\n";
              return 2;
            }
            if (const std::string error = CheckMarkOptions(o->marks); !error.empty()) {
              s.err << "knotmap report: " << error << "\n";
              return 2;
            }
            auto m = LoadOrReport(o->model, s);
            if (!m) return 2;
            const auto marks = ParseMarks(o->marks, *m, "report", s.err);
            if (!marks) return 2;
            const session::Analysis analysis = AnalyzeMarks(*m, *marks, o->marks);
            const report::ReportInput input{&*m, *marks, &analysis, {}, {}, Today()};
            const std::string error = *format == Format::Pdf
                                          ? report::WritePlanPdf(input, o->out)
                                          : report::WriteMapPng(input, o->out, o->width == 0 ? 1200 : o->width);
            if (!error.empty()) {
              s.err << "knotmap report: cannot write " << o->out << ": " << error << "\n";
              return 1;
            }
            return 0;
          }};
}

}  // namespace knotmap::cli
