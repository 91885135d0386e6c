// The headless harness: no window, no GL. ImGui still lays out, hit-tests and builds draw lists.
#include "harness.hpp"

#include <cstdlib>
#include <stdexcept>

#include "io/model_loader.hpp"
#include "session/text_formats.hpp"
#include "ui/core/keys.hpp"
#include "ui/shell/shell.hpp"

namespace knotmap::test {

model::PainMark Spot(std::string_view spec) {
  auto parsed = session::SpotFromSpec(spec);
  if (auto* e = std::get_if<model::ParseError>(&parsed)) throw std::runtime_error(std::string(spec) + ": " + e->message);
  return std::get<model::PainMark>(parsed);
}

const model::Model& ShippedModel() {
  static const model::Model model = [] {
    io::LoadResult r = io::LoadModel(io::DefaultContentDir());
    if (!r.model) {
      std::string what = "the shipped content does not load:";
      for (const auto& d : r.diagnostics) what += "\n  " + io::Format(d);
      throw std::runtime_error(what);
    }
    return std::move(*r.model);
  }();
  return model;
}

Harness::Harness(ImVec2 display, bool with_model) {
  IMGUI_CHECKVERSION();
  context_ = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  io.DisplaySize = display;
  io.DeltaTime = 1.0f / 60.0f;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  // Like the OpenGL3 backend: large draw lists are split with vertex offsets.
  io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
  ui::keys::InstallKeyMap(io);
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  io.Fonts->AddFontDefault();
  io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  ui::ApplyStyle(state.settings.theme, 1.0f);
  state.session.clock = clock;
  state.settings.welcome_seen = true;
  state.session.log_events = true;
  if (with_model) ui::SetModel(state, ShippedModel());
  ui::ApplyActions(state);
}

Harness::~Harness() {
  ImGui::DestroyContext(context_);
}

void Harness::Frame(float dt) {
  ImGuiIO& io = ImGui::GetIO();
  io.DeltaTime = dt;
  clock->Advance(static_cast<double>(dt));
  ImGui::NewFrame();
  if (capture_) ImGui::LogToClipboard();
  ui::DrawApp(state);
  if (capture_) ImGui::LogFinish();
  ImGui::Render();
  ui::ApplyActions(state);
  state.session.events.clear();
  io.MouseWheel = 0.0f;
}

std::string Harness::FrameText() {
  ImGuiIO& io = ImGui::GetIO();
  io.ClipboardUserData = this;
  io.SetClipboardTextFn = [](void* self, const char* text) { static_cast<Harness*>(self)->clipboard_ = text; };
  clipboard_.clear();
  capture_ = true;
  Frame();
  capture_ = false;
  return clipboard_;
}

void Harness::Frames(int n, float dt) {
  for (int i = 0; i < n; ++i) Frame(dt);
}

void Harness::Resize(ImVec2 display) {
  ImGui::GetIO().DisplaySize = display;
}

void Harness::Focus(model::View view, model::Point at, float zoom) {
  state.settings.view_mode = view == model::View::Front ? ui::ViewMode::Front : ui::ViewMode::Back;
  ui::Camera& cam = state.ui.cameras[static_cast<int>(view)];
  cam.zoom = 0.0f;
  cam.focus_zoom = zoom;
  cam.focus = at;
}

void Harness::MoveMouse(ImVec2 screen) {
  ImGui::GetIO().MousePos = screen;
  Frame();
}

void Harness::Click(ImVec2 screen, int button) {
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = screen;
  Frame();
  io.MouseDown[button] = true;
  Frame();
  io.MouseDown[button] = false;
  Frame();
}

void Harness::Drag(ImVec2 from, ImVec2 to, int button, int steps) {
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = from;
  Frame();
  io.MouseDown[button] = true;
  Frame();
  for (int i = 1; i <= steps; ++i) {
    const float t = static_cast<float>(i) / static_cast<float>(steps);
    io.MousePos = ImVec2(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t);
    Frame();
  }
  io.MouseDown[button] = false;
  Frame();
}

void Harness::PressKey(int key, bool ctrl, bool shift) {
  ImGuiIO& io = ImGui::GetIO();
  io.KeyCtrl = ctrl;
  io.KeyShift = shift;
  io.KeysDown[key] = true;
  Frame();
  io.KeysDown[key] = false;
  Frame();
  io.KeyCtrl = false;
  io.KeyShift = false;
}

void Harness::Type(const std::string& text) {
  for (char c : text) {
    ImGui::GetIO().AddInputCharacter(static_cast<unsigned int>(static_cast<unsigned char>(c)));
    Frame();
  }
}

ImVec2 Harness::ToScreen(model::View view, model::Point atlas) const {
  return state.ui.placement[static_cast<int>(view)].transform.ToScreen(atlas);
}

bool Harness::ViewVisible(model::View view) const {
  return state.ui.placement[static_cast<int>(view)].visible;
}

}  // namespace knotmap::test
