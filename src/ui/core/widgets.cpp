// Shared panel building blocks.
#include "ui/core/widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

namespace knotmap::ui {

void BoldText(const AppState& s, const char* text) {
  if (s.render.fonts.bold != nullptr) ImGui::PushFont(s.render.fonts.bold);
  WrappedTextCached(s.render.text_layout, text);
  if (s.render.fonts.bold != nullptr) ImGui::PopFont();
}

void SectionTitle(const AppState& s, const char* title, bool separator) {
  ImGui::Spacing();
  BoldText(s, title);
  if (separator) ImGui::Separator();
}

void MuscleWithReason(AppState& s, const std::string& label, int muscle, const std::string& why) {
  if (EllipsizedSelectable(label, "muscle") && muscle >= 0) s.Queue(action::OpenMuscle{muscle});
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

void SameLineOrWrap(float width, float spacing, float indent) {
  if (spacing < 0.0f) spacing = ImGui::GetStyle().ItemSpacing.x;
  const float end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
  if (end + spacing + width <= ImGui::GetContentRegionMax().x) {
    ImGui::SameLine(0.0f, spacing);
  } else if (indent >= 0.0f) {
    ImGui::SetCursorPosX(indent);
  }
}

float ButtonWidth(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

bool WrappedButton(const char* label, ImVec2 size) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float avail = std::max(ImGui::GetContentRegionAvail().x, 1.0f);
  const float w = size.x > 0.0f ? std::min(size.x, avail) : size.x < 0.0f ? avail : std::min(ButtonWidth(label), avail);
  if (ButtonWidth(label) <= w) return ImGui::Button(label, ImVec2(size.x != 0.0f ? w : 0.0f, size.y));
  const char* end = ImGui::FindRenderedTextEnd(label);
  const float wrap = std::max(w - 2.0f * style.FramePadding.x, 1.0f);
  const ImVec2 text = ImGui::CalcTextSize(label, end, false, wrap);
  const float h = std::max(text.y + 2.0f * style.FramePadding.y, size.y);
  const bool pressed = ImGui::InvisibleButton(label, ImVec2(w, h));
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  const ImGuiCol bg = ImGui::IsItemActive() ? ImGuiCol_ButtonActive : ImGui::IsItemHovered() ? ImGuiCol_ButtonHovered : ImGuiCol_Button;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(a, b, ImGui::GetColorU32(bg), style.FrameRounding);
  if (style.FrameBorderSize > 0.0f) dl->AddRect(a, b, ImGui::GetColorU32(ImGuiCol_Border), style.FrameRounding, 0, style.FrameBorderSize);
  ImGui::RenderNavHighlight(ImRect(a, b), ImGui::GetItemID());
  // Each line placed like a one-line button's label (ButtonTextAlign), the block centred in height.
  ImFont* font = ImGui::GetFont();
  const float scale = ImGui::GetFontSize() / font->FontSize;
  const char* line = label;
  float y = std::floor(a.y + (h - text.y) * 0.5f);
  while (line < end) {
    const char* next = font->CalcWordWrapPositionA(scale, line, end, wrap);
    if (next == line) ++next;
    const float lw = ImGui::CalcTextSize(line, next).x;
    const float x = a.x + style.FramePadding.x + std::max(wrap - lw, 0.0f) * style.ButtonTextAlign.x;
    dl->AddText(ImVec2(std::floor(x), y), ImGui::GetColorU32(ImGuiCol_Text), line, next);
    y += ImGui::GetTextLineHeight();
    line = next;
    while (line < end && (*line == ' ' || *line == '\n')) ++line;
  }
  return pressed;
}

bool InputTextWithFittedHint(const char* id, const char* hint, std::string* text, ImGuiInputTextFlags flags) {
  const float room = ImGui::CalcItemWidth() - 2.0f * ImGui::GetStyle().FramePadding.x;
  const std::string shown = Ellipsize(hint, room);
  const bool result = ImGui::InputTextWithHint(id, shown.c_str(), text, flags);
  if (shown != hint && text->empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", hint);
  return result;
}

bool EllipsizedSelectable(const std::string& label, const char* id, bool selected, ImGuiSelectableFlags flags) {
  const std::string shown = Ellipsize(label, ImGui::GetContentRegionAvail().x);
  const bool pressed = ImGui::Selectable((shown + "##" + id).c_str(), selected, flags);
  if (shown.size() != label.size() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", label.c_str());
  return pressed;
}

bool WrappedCheckbox(const char* id, const std::string& label, bool* value) {
  ImGui::PushID(id);
  ImGui::BeginGroup();
  bool changed = ImGui::Checkbox("##box", value);
  ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(label.c_str());
  ImGui::PopTextWrapPos();
  if (ImGui::IsItemClicked()) {
    *value = !*value;
    changed = true;
  }
  ImGui::EndGroup();
  ImGui::PopID();
  return changed;
}

namespace {

// Room for a tree node's title: the row less the arrow and the frame padding on both sides.
float TreeTitleRoom() {
  const ImGuiStyle& style = ImGui::GetStyle();
  return ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() - 4.0f * style.FramePadding.x;
}

}  // namespace

bool WrappedTreeNode(const char* id, const std::string& title, ImGuiTreeNodeFlags flags) {
  const ImGuiID node = ImGui::GetID(id);  // before an open node pushes its id
  const bool open = ImGui::TreeNodeEx(id, flags & ~ImGuiTreeNodeFlags_SpanAvailWidth);
  ImGui::SameLine();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(title.c_str());
  ImGui::PopTextWrapPos();
  // A click on the title opens or closes it too, like a click on the arrow (from the next frame).
  if (ImGui::IsItemClicked()) ImGui::GetStateStorage()->SetInt(node, open ? 0 : 1);
  return open;
}

bool EllipsizedTreeNode(const std::string& title, const char* id, ImGuiTreeNodeFlags flags) {
  const std::string shown = Ellipsize(title, TreeTitleRoom());
  const bool open = ImGui::TreeNodeEx(id, flags, "%s", shown.c_str());
  if (shown.size() != title.size() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", title.c_str());
  return open;
}

bool EllipsizedCollapsingHeader(const std::string& title, const char* id, ImGuiTreeNodeFlags flags) {
  const std::string shown = Ellipsize(title, TreeTitleRoom());
  const bool open = ImGui::CollapsingHeader((shown + "###" + id).c_str(), flags);
  if (shown.size() != title.size() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", title.c_str());
  return open;
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
