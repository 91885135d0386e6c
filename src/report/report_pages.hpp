// The pages of the printed plan, each drawn into the document from the report's input:
// the warning signs, the map and the findings; then the plan and, after it, the history.
#pragma once

#include "io/atlas_scene.hpp"
#include "report/pdf_document.hpp"
#include "report/report.hpp"

namespace knotmap::report {

// The map of the report: both views, the marks (numbered) and the chosen trigger points' zones.
io::Scene MapScene(const ReportInput& in);

void DrawMapPage(PdfDocument& doc, const ReportInput& in);
void DrawPlanPage(PdfDocument& doc, const ReportInput& in);
// The history (a chart and the newest entries) as a section of a flow; nothing without a journal.
void HistorySection(Flow& flow, const ReportInput& in);

// A region id shown by its name ("upper_back" -> "Upper back"); unknown ids are shown as given.
std::string RegionName(const model::Model& m, const std::string& region);

}  // namespace knotmap::report
