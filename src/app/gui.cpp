// Window and frame loop. Init and shutdown order follow imgui's example_glfw_opengl3. Idle
// frames wait for events (no busy loop); scripted runs render a fixed number of frames.
#include "app/gui.hpp"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <csignal>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <future>
#include <iostream>
#include <memory>
#include <string>

#include "app/end_sound.hpp"
#include "app/fonts.hpp"
#include "app/gl_window.hpp"
#include "app/layer_textures.hpp"
#include "app/paths.hpp"
#include "app/screenshot.hpp"
#include "app/startup.hpp"
#include "io/image.hpp"
#include "io/model_loader.hpp"
#include "ui/core/key_latch.hpp"
#include "ui/core/state_dump.hpp"
#include "ui/shell/shell.hpp"

namespace knotmap::app {
namespace {

std::string g_glfw_error;  // GLFW's error callback has no user pointer

// SIGTERM (logout, kill), SIGINT (Ctrl+C) and SIGHUP end the run through the normal quit path,
// which saves the marks and the settings. The handler only records the signal.
volatile std::sig_atomic_t g_stop_signal = 0;
extern "C" void OnStopSignal(int signal_number) { g_stop_signal = signal_number; }

void InstallStopSignals() {
  struct sigaction sa {};
  sa.sa_handler = OnStopSignal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: a wait for events returns to the loop
  for (int s : {SIGTERM, SIGINT, SIGHUP}) sigaction(s, &sa, nullptr);
}

void OnGlfwError(int code, const char* description) {
  g_glfw_error = std::string(description != nullptr ? description : "unknown error") + " (" +
                 std::to_string(code) + ")";
}

// Input wakes the idle loop for a few frames (ImGui settles hover and layout over two frames).
// Key events also go to the latch, so a tap shorter than a frame still reaches the views.
struct Wakeup {
  int frames = 3;
  ui::keys::KeyLatch keys;
};
void Wake(GLFWwindow* w) {
  if (auto* wake = static_cast<Wakeup*>(glfwGetWindowUserPointer(w))) wake->frames = 3;
}
void InstallWakeCallbacks(GLFWwindow* w) {
  // Installed before the ImGui backend, which chains to them.
  glfwSetCursorPosCallback(w, [](GLFWwindow* win, double, double) { Wake(win); });
  glfwSetMouseButtonCallback(w, [](GLFWwindow* win, int, int, int) { Wake(win); });
  glfwSetScrollCallback(w, [](GLFWwindow* win, double, double) { Wake(win); });
  glfwSetKeyCallback(w, [](GLFWwindow* win, int key, int, int key_action, int) {
    Wake(win);
    if (auto* wake = static_cast<Wakeup*>(glfwGetWindowUserPointer(win))) wake->keys.OnKey(key, key_action != GLFW_RELEASE);
  });
  glfwSetCharCallback(w, [](GLFWwindow* win, unsigned int) { Wake(win); });
  glfwSetWindowFocusCallback(w, [](GLFWwindow* win, int) { Wake(win); });
  glfwSetWindowSizeCallback(w, [](GLFWwindow* win, int, int) { Wake(win); });
  glfwSetWindowRefreshCallback(w, [](GLFWwindow* win) { Wake(win); });
  glfwSetWindowContentScaleCallback(w, [](GLFWwindow* win, float, float) { Wake(win); });
}

GLFWwindow* CreateWindow(const cli::GuiOptions& options, const char*& glsl_version) {
  const bool scripted = options.screenshot || options.bench_frames;
  const int width = options.size ? options.size->width : 1440;
  const int height = options.size ? options.size->height : 900;
  glfwDefaultWindowHints();
  // Scripted runs need the exact framebuffer size asked for; real windows follow the monitor DPI.
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, scripted ? GLFW_FALSE : GLFW_TRUE);
  glfwWindowHint(GLFW_RESIZABLE, scripted ? GLFW_FALSE : GLFW_TRUE);
  glfwWindowHint(GLFW_FOCUS_ON_SHOW, GLFW_TRUE);
  glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);  // shown once the session has started
  return CreateGlWindow(width, height, "Knotmap", glsl_version);
}

struct FontState {
  FontFiles files;
  float built_scale = 0.0f;
  ui::ThemeKind built_theme = ui::ThemeKind::Light;
  bool device_ready = false;  // backend created its GL objects (after the first frame)
};

// Rebuilds fonts and style when the scale or theme changed (between frames only).
void RefreshFontsAndStyle(ui::AppState& state, FontState& fonts) {
  const float scale = state.Scale();
  const bool scale_changed = std::fabs(scale - fonts.built_scale) > 1e-3f;
  if (scale_changed) {
    ImGuiIO& io = ImGui::GetIO();
    state.render.fonts = BuildFontAtlas(*io.Fonts, fonts.files, std::round(15.0f * scale));
    state.render.text_layout.Clear();  // its glyph quads point into the old atlas
    if (fonts.device_ready) {
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      ImGui_ImplOpenGL3_CreateFontsTexture();
    }
  }
  if (scale_changed || state.settings.theme != fonts.built_theme) {
    ui::ApplyStyle(state.settings.theme, scale);
    fonts.built_scale = scale;
    fonts.built_theme = state.settings.theme;
  }
}

// One line per change of where the views are, so scripts can turn atlas units into clicks.
void LogLayout(ui::AppState& state, std::string& last) {
  if (!state.session.log_events) return;
  std::string line = "event=layout";
  for (model::View v : model::kViews) {
    const ui::ViewPlacement& p = state.ui.placement[static_cast<int>(v)];
    if (!p.visible) continue;
    char buf[160];
    std::snprintf(buf, sizeof buf, " %s=%.2f,%.2f,%.5f", std::string(model::ToString(v)).c_str(),
                  static_cast<double>(p.transform.origin.x), static_cast<double>(p.transform.origin.y),
                  static_cast<double>(p.transform.scale));
    line += buf;
  }
  if (line != last) {
    last = line;
    state.session.events.push_back(line);
  }
}

void FlushEvents(ui::AppState& state) {
  if (state.session.events.empty()) return;
  for (const std::string& e : state.session.events) std::cout << e << '\n';
  std::cout.flush();
  state.session.events.clear();
}

// The window icon ships with the assets (assets/icons next to assets/model); a missing or bad
// icon only costs the icon, so it is not reported.
void SetWindowIcon(GLFWwindow* window) {
  const io::ImageResult icon = io::LoadImage(io::DefaultAssetsDir(), "icons/knotmap.png", 512);
  if (!icon.ok()) return;
  GLFWimage image{icon.image.width, icon.image.height, const_cast<unsigned char*>(icon.image.rgba.data())};
  glfwSetWindowIcon(window, 1, &image);
}

}  // namespace

int RunGui(const cli::GuiOptions& options, Clock::time_point process_start) {
  const bool scripted_frames = options.screenshot || options.bench_frames;
  // The content loads, and its index and drawing geometry are made, on a second thread while the
  // window system starts and makes the window (hidden until the session is ready, so a bad option
  // never flashes one).
  std::future<LoadedContent> content =
      std::async(std::launch::async, [dir = ContentDir(options)] { return LoadContent(dir); });
  SessionPaths paths = PrepareSession(options, std::cerr);
  glfwSetErrorCallback(OnGlfwError);
  const bool have_glfw = glfwInit() != GLFW_FALSE;
  const char* glsl_version = "#version 130";
  GLFWwindow* window = have_glfw ? CreateWindow(options, glsl_version) : nullptr;

  ui::AppState state;
  const StartupResult started =
      StartSession(state, options, paths, std::cerr, content.get());
  if (!started.ok || !have_glfw || window == nullptr) {
    if (started.ok && !have_glfw) {
      std::cerr << "knotmap: cannot open a window: " << (g_glfw_error.empty() ? "no display" : g_glfw_error)
                << "\nSet DISPLAY (X11) or WAYLAND_DISPLAY, or use a subcommand (see 'knotmap --help').\n";
    } else if (started.ok) {
      std::cerr << "knotmap: cannot create an OpenGL 3 window: "
                << (g_glfw_error.empty() ? "unknown error" : g_glfw_error) << "\n";
    }
    if (window != nullptr) glfwDestroyWindow(window);
    if (have_glfw) glfwTerminate();
    return started.ok ? 1 : 2;
  }
  glfwShowWindow(window);
  SetWindowIcon(window);
  Wakeup wakeup;
  glfwSetWindowUserPointer(window, &wakeup);
  InstallWakeCallbacks(window);
  glfwMakeContextCurrent(window);
  glfwSwapInterval(options.bench_frames ? 0 : 1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  // The window layout lives in settings.toml: ImGui reads and writes it through memory.
  io.IniFilename = nullptr;
  if (!started.layout.empty()) ImGui::LoadIniSettingsFromMemory(started.layout.c_str(), started.layout.size());
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init(glsl_version);
  auto layer_textures = std::make_unique<GlLayerTextures>();
  state.render.layers.textures = layer_textures.get();

  FontState fonts;
  fonts.files = FindFontFiles();
  float xs = 1.0f, ys = 1.0f;

  FrameStats stats;
  stats.process_start = process_start;
  const int total_frames = options.bench_frames ? *options.bench_frames : options.screenshot ? options.frames : -1;
  int exit_code = 0;
  std::string last_layout;
  InstallStopSignals();
  MarksAutosave autosave;
  EndSound end_sound;
  for (int frame = 0;; ++frame) {
    const Clock::time_point frame_start = Clock::now();
    if (g_stop_signal != 0) {
      state.Log("event=signal number=" + std::to_string(static_cast<int>(g_stop_signal)));
      break;
    }
    if (glfwWindowShouldClose(window) || state.quit_requested) break;
    // A focus request (Ctrl+F, a new tab) takes a few frames: the field must be ready for the
    // first typed letter.
    if (state.ui.muscles.focus_search || state.ui.landmarks.focus_search || state.ui.panel_request) {
      wakeup.frames = std::max(wakeup.frames, 3);
    }
    const bool animating = wakeup.keys.Pending() ||
                           session::GuidedTimersActive(state.session.timer, state.session.ball) ||
                           state.ui.gesture.kind != ui::CanvasGesture::Kind::None ||
                           (!state.ui.status.empty() && state.session.clock->Seconds() < state.ui.status_until + 0.5);
    if (scripted_frames || wakeup.frames > 0 || animating) {
      glfwPollEvents();
    } else {
      // Idle: sleep until input. A focused text field still redraws for its blinking caret.
      // Wakes at least once a second to notice a stop signal and to autosave marks.
      glfwWaitEventsTimeout(ImGui::GetIO().WantTextInput || autosave.Pending(state) ? 0.5 : 1.0);
    }
    if (wakeup.frames > 0) --wakeup.frames;
    glfwGetWindowContentScale(window, &xs, &ys);
    state.render.content_scale = std::clamp(std::max(xs, ys), 0.5f, 4.0f);
    RefreshFontsAndStyle(state, fonts);

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    wakeup.keys.BeforeFrame(ImGui::GetIO());
    const Clock::time_point t0 = Clock::now();
    const double cpu0 = ThreadCpuMicros();
    ImGui::NewFrame();
    ui::DrawApp(state);
    ImGui::Render();
    const double cpu1 = ThreadCpuMicros();
    const Clock::time_point t1 = Clock::now();
    fonts.device_ready = true;
    ui::ApplyActions(state);
    end_sound.Notice(state);
    LogLayout(state, last_layout);
    FlushEvents(state);

    int fb_w = 0, fb_h = 0;
    glfwGetFramebufferSize(window, &fb_w, &fb_h);
    glViewport(0, 0, fb_w, fb_h);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (options.screenshot && frame + 1 == total_frames) {
      std::string error;
      if (options.size && (fb_w != options.size->width || fb_h != options.size->height)) {
        std::cerr << "knotmap: note: the window system gave " << fb_w << "x" << fb_h << " pixels\n";
      }
      if (!SaveBackBufferPng(*options.screenshot, fb_w, fb_h, error)) {
        std::cerr << "knotmap: " << error << "\n";
        exit_code = 1;
      }
    }
    glfwSwapBuffers(window);
    stats.FirstFramePresented(Clock::now());
    stats.AddFrame(t0, t1);
    stats.AddUiThreadCpu(cpu0, cpu1);
    stats.AddWholeFrame(frame_start, Clock::now());
    autosave.Tick(state, options, paths, std::cerr);
    if (total_frames > 0 && frame + 1 >= total_frames) break;
  }
  if (options.bench_frames) std::cout << stats.Summary() << std::endl;
  if (options.screenshot && !state.HasModel()) {  // the picture shows the load report, not the map
    std::cerr << "knotmap: the content did not load; the screenshot shows its errors\n";
    exit_code = 1;
  }

  if (options.state_dump) {
    std::string error;
    if (!WriteTextFileAtomic(*options.state_dump, ui::StateDumpJson(state), error)) {
      std::cerr << "knotmap: " << error << "\n";
      exit_code = 1;
    }
  }
  SaveSession(state, ImGui::SaveIniSettingsToMemory(), options, paths, std::cerr);
  if (state.session.log_events) {
    state.session.events.push_back("event=exit");
    FlushEvents(state);
  }

  state.render.layers.textures = nullptr;
  layer_textures.reset();  // while the GL context is still current
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return exit_code;
}

}  // namespace knotmap::app
