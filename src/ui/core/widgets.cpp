// Shared panel building blocks.
#include "ui/core/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace knotmap::ui {

void BoldText(const AppState& s, const char* text) {
  if (s.render.fonts.bold != nullptr) ImGui::PushFont(s.render.fonts.bold);
  ImGui::TextUnformatted(text);
  if (s.render.fonts.bold != nullptr) ImGui::PopFont();
}

void SectionTitle(const AppState& s, const char* title, bool separator) {
  ImGui::Spacing();
  BoldText(s, title);
  if (separator) ImGui::Separator();
}

void MuscleWithReason(AppState& s, const std::string& label, int muscle, const std::string& why) {
  const std::string shown = Ellipsize(label, ImGui::GetContentRegionAvail().x);
  if (ImGui::Selectable((shown + "##muscle").c_str()) && muscle >= 0) s.Queue(action::OpenMuscle{muscle});
  if (shown.size() != label.size() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", label.c_str());
  if (why.empty()) return;
  ImGui::Indent();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", why.c_str());
  ImGui::PopTextWrapPos();
  ImGui::Unindent();
}

void QueueViewMode(AppState& s, ViewMode mode) {
  Settings next = s.settings;
  next.view_mode = mode;
  s.Queue(action::ChangeSettings{next});
}

void QueueTool(AppState& s, Tool tool) {
  Settings next = s.settings;
  next.tool = tool;
  s.Queue(action::ChangeSettings{next});
}

void AlertFrame(const AppState& s, const ImVec4& colour, const std::function<void()>& body) {
  const float px = s.Scale();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  const ImVec2 pad(8.0f * px, 6.0f * px);
  ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + pad.x, ImGui::GetCursorPosY() + pad.y));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - pad.x);
  body();
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  const ImVec2 a(ImGui::GetItemRectMin().x - pad.x, ImGui::GetItemRectMin().y - pad.y);
  const ImVec2 b(ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x, ImGui::GetItemRectMax().y + pad.y);
  dl->ChannelsSetCurrent(0);
  ImVec4 bg = colour;
  bg.w = 0.10f;
  dl->AddRectFilled(a, b, ImGui::ColorConvertFloat4ToU32(bg), 4.0f * px);
  dl->AddRect(a, b, ImGui::ColorConvertFloat4ToU32(colour), 4.0f * px, 0, 1.5f * px);
  dl->ChannelsMerge();
  ImGui::Dummy(ImVec2(0.0f, pad.y));
}

void WrappedText(const std::string& text) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
}

std::string ClockText(double seconds) {
  const int whole = std::max(static_cast<int>(seconds + 0.999), 0);
  const std::string s = std::to_string(whole % 60);
  return std::to_string(whole / 60) + ":" + (s.size() < 2 ? "0" + s : s);
}

std::string Ellipsize(const std::string& text, float width) {
  if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
  const float dots = ImGui::CalcTextSize("...").x;
  std::size_t n = text.size();
  // Cut at character starts (UTF-8 continuation bytes are 10xxxxxx) until it fits.
  while (n > 0) {
    do {
      --n;
    } while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80);
    if (ImGui::CalcTextSize(text.c_str(), text.c_str() + n).x + dots <= width) break;
  }
  return text.substr(0, n) + "...";
}

void EllipsizedText(const std::string& text, float width, bool disabled) {
  const std::string shown = Ellipsize(text, width);
  if (disabled) {
    ImGui::TextDisabled("%s", shown.c_str());
  } else {
    ImGui::TextUnformatted(shown.c_str());
  }
  if (shown.size() != text.size() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.c_str());
}

void BeginCompactTooltip(ImVec2 anchor_min, ImVec2 anchor_max, ImVec2 bounds_min, ImVec2 bounds_max,
                         TooltipPlace place, float max_width_em) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float gap = style.ItemSpacing.x;
  const float max_w = std::max(std::min(ImGui::GetFontSize() * max_width_em, bounds_max.x - bounds_min.x), 1.0f);
  const float lowest = std::max(bounds_max.y - ImGui::GetFrameHeight() * 2.0f, bounds_min.y);
  if (place == TooltipPlace::Below) {
    const float x = std::clamp(anchor_min.x, bounds_min.x, std::max(bounds_max.x - max_w, bounds_min.x));
    ImGui::SetNextWindowPos(ImVec2(x, std::min(anchor_max.y + 2.0f, lowest)), ImGuiCond_Always);
  } else {
    // Right of the anchor when the widest tooltip fits there, else left of it; never over it.
    const bool right = anchor_max.x + gap + max_w <= bounds_max.x || anchor_min.x - gap - max_w < bounds_min.x;
    const float x = right ? std::min(anchor_max.x + gap, std::max(bounds_max.x - max_w, bounds_min.x)) : anchor_min.x - gap;
    ImGui::SetNextWindowPos(ImVec2(x, std::clamp(anchor_min.y, bounds_min.y, lowest)), ImGuiCond_Always,
                            ImVec2(right ? 0.0f : 1.0f, 0.0f));
  }
  ImGui::SetNextWindowSizeConstraints(ImVec2(0.0f, 0.0f), ImVec2(max_w, bounds_max.y - bounds_min.y));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(style.FramePadding.x, style.FramePadding.y));
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(max_w - 2.0f * style.FramePadding.x);
}

void EndCompactTooltip() {
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
  ImGui::PopStyleVar();
}

}  // namespace knotmap::ui
