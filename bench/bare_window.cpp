// The yardstick for `knotmap gui --bench-frames`: a bare GLFW + Dear ImGui window built and timed
// the same way (the same context attempts, backends, swap interval and measured span, NewFrame to
// Render), with nothing in it, or with ImGui's own demo window open (--demo). scripts/bench-window
// runs it beside Knotmap and prints the ratios.
//   knotmap_bare_window [--demo] [--frames N] [--size WxH]
// Prints one line: first_frame_ms=... frame_cpu_us min=... median=... p99=... frame_total_us ...
// ui_thread_cpu_us ... peak_rss_mb=... (as knotmap gui --bench-frames does)
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>

#include "app/frame_stats.hpp"
#include "app/gl_window.hpp"

namespace {

const knotmap::app::Clock::time_point kProcessStart = knotmap::app::Clock::now();

struct Options {
  bool demo = false;
  int frames = 300;
  int width = 1600, height = 1000;
};

bool Parse(int argc, char** argv, Options& o) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--demo") {
      o.demo = true;
    } else if (arg == "--frames" && i + 1 < argc) {
      o.frames = std::atoi(argv[++i]);
      if (o.frames < 1 || o.frames > 1000000) return false;
    } else if (arg == "--size" && i + 1 < argc) {
      if (std::sscanf(argv[++i], "%dx%d", &o.width, &o.height) != 2 || o.width < 64 || o.height < 64 ||
          o.width > 8192 || o.height > 8192) {
        return false;
      }
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  if (!Parse(argc, argv, o)) {
    std::cerr << "usage: knotmap_bare_window [--demo] [--frames 1..1000000] [--size WxH]\n";
    return 2;
  }
  if (glfwInit() == GLFW_FALSE) {
    std::cerr << "knotmap_bare_window: cannot open a window (no display?)\n";
    return 1;
  }
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_FALSE);
  glfwWindowHint(GLFW_RESIZABLE, GLFW_FALSE);
  const char* glsl = nullptr;
  GLFWwindow* window = knotmap::app::CreateGlWindow(o.width, o.height, "bare ImGui", glsl);
  if (window == nullptr) {
    std::cerr << "knotmap_bare_window: cannot create an OpenGL 3 window\n";
    glfwTerminate();
    return 1;
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(0);
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init(glsl);

  knotmap::app::FrameStats stats;
  stats.process_start = kProcessStart;
  for (int frame = 0; frame < o.frames && !glfwWindowShouldClose(window); ++frame) {
    const auto frame_start = knotmap::app::Clock::now();
    glfwPollEvents();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    const auto t0 = knotmap::app::Clock::now();
    const double cpu0 = knotmap::app::ThreadCpuMicros();
    ImGui::NewFrame();
    if (o.demo) {
      ImGui::SetNextWindowPos(ImVec2(0, 0));
      ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
      ImGui::ShowDemoWindow();
    }
    ImGui::Render();
    const double cpu1 = knotmap::app::ThreadCpuMicros();
    const auto t1 = knotmap::app::Clock::now();
    int w = 0, h = 0;
    glfwGetFramebufferSize(window, &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(0.95f, 0.95f, 0.95f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glfwSwapBuffers(window);
    stats.FirstFramePresented(knotmap::app::Clock::now());
    stats.AddFrame(t0, t1);
    stats.AddUiThreadCpu(cpu0, cpu1);
    stats.AddWholeFrame(frame_start, knotmap::app::Clock::now());
  }
  std::cout << stats.Summary() << std::endl;
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return 0;
}
