// Drawing primitives. Fills go through PrimReserve in chunks that fit 16-bit indices.
#include "ui/canvas/atlas_painter.hpp"

#include <cmath>

namespace knotmap::ui {

const std::vector<ImVec2>& Painter::ToScreen(const std::vector<model::Point>& points) {
  scratch_.resize(points.size());
  const float s = t_.scale;
  const ImVec2 o = t_.origin;
  for (std::size_t i = 0; i < points.size(); ++i) {
    scratch_[i] = ImVec2(o.x + points[i].x * s, o.y + points[i].y * s);
  }
  return scratch_;
}

void Painter::Fill(const ui::Fill& fill, ImU32 color) {
  if (fill.indices.empty() || fill.points.size() >= 65536) return;
  const int vtx = static_cast<int>(fill.points.size());
  const int idx = static_cast<int>(fill.indices.size());
  dl_->PrimReserve(idx, vtx);
  const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
  const auto base = static_cast<unsigned int>(dl_->_VtxCurrentIdx);
  const float s = t_.scale;
  const ImVec2 o = t_.origin;
  for (const model::Point& p : fill.points) {
    dl_->PrimWriteVtx(ImVec2(o.x + p.x * s, o.y + p.y * s), uv, color);
  }
  for (std::uint32_t i : fill.indices) dl_->PrimWriteIdx(static_cast<ImDrawIdx>(base + i));
}

void Painter::Polyline(const std::vector<model::Point>& points, ImU32 color, float thickness,
                       bool closed) {
  if (points.size() < 2) return;
  const auto& screen = ToScreen(points);
  dl_->AddPolyline(screen.data(), static_cast<int>(screen.size()), color,
                   closed ? ImDrawFlags_Closed : ImDrawFlags_None, thickness);
}

void Painter::DashedPolyline(const std::vector<model::Point>& points, ImU32 color,
                             float thickness, bool closed, float dash, float gap) {
  if (points.size() < 2) return;
  const auto& screen = ToScreen(points);
  const std::size_t n = screen.size();
  const std::size_t edges = closed ? n : n - 1;
  float phase = 0.0f;  // distance into the current dash+gap period
  const float period = dash + gap;
  for (std::size_t e = 0; e < edges; ++e) {
    const ImVec2 a = screen[e];
    const ImVec2 b = screen[(e + 1) % n];
    const float dx = b.x - a.x;
    const float dy = b.y - a.y;
    const float len = std::sqrt(dx * dx + dy * dy);
    float pos = 0.0f;
    while (pos < len) {
      const bool on = phase < dash;
      const float left = on ? dash - phase : period - phase;
      const float step = std::fmin(left, len - pos);
      if (on && step > 0.0f) {
        const float t0 = pos / len;
        const float t1 = (pos + step) / len;
        dl_->AddLine(ImVec2(a.x + dx * t0, a.y + dy * t0), ImVec2(a.x + dx * t1, a.y + dy * t1),
                     color, thickness);
      }
      pos += step;
      phase += step;
      if (phase >= period) phase -= period;
    }
  }
}

void Painter::Segments(const std::vector<Segment>& segments, ImU32 color, float thickness) {
  for (const Segment& s : segments) dl_->AddLine(t_.ToScreen(s.a), t_.ToScreen(s.b), color, thickness);
}

void Painter::Cross(model::Point at, float size, float thickness, ImU32 color, ImU32 halo) {
  const ImVec2 c = t_.ToScreen(at);
  const ImVec2 a1(c.x - size, c.y - size), b1(c.x + size, c.y + size);
  const ImVec2 a2(c.x - size, c.y + size), b2(c.x + size, c.y - size);
  dl_->AddLine(a1, b1, halo, thickness + 2.5f);
  dl_->AddLine(a2, b2, halo, thickness + 2.5f);
  dl_->AddLine(a1, b1, color, thickness);
  dl_->AddLine(a2, b2, color, thickness);
}

}  // namespace knotmap::ui
