#include "app/gl_window.hpp"

#include <GLFW/glfw3.h>

#include <initializer_list>

namespace knotmap::app {

GLFWwindow* CreateGlWindow(int width, int height, const char* title, const char*& glsl_version) {
  struct Attempt {
    int major, minor;
    bool core;
    const char* glsl;
  };
  for (const Attempt& a : {Attempt{3, 3, true, "#version 330 core"}, Attempt{3, 0, false, "#version 130"}}) {
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, a.major);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, a.minor);
    glfwWindowHint(GLFW_OPENGL_PROFILE, a.core ? GLFW_OPENGL_CORE_PROFILE : GLFW_OPENGL_ANY_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, a.core ? GLFW_TRUE : GLFW_FALSE);
    if (GLFWwindow* w = glfwCreateWindow(width, height, title, nullptr, nullptr)) {
      glsl_version = a.glsl;
      return w;
    }
  }
  return nullptr;
}

}  // namespace knotmap::app
