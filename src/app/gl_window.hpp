// The window with its OpenGL 3 context, shared by Knotmap and the bare window it is timed against.
#pragma once

struct GLFWwindow;

namespace knotmap::app {

// Creates a window with the hints already set plus an OpenGL 3 context: 3.3 core first (GLSL 330),
// then 3.0 (GLSL 130) for older drivers. Null when neither works; `glsl_version` names the one made.
GLFWwindow* CreateGlWindow(int width, int height, const char* title, const char*& glsl_version);

}  // namespace knotmap::app
