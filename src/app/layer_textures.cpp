// Draws a recorded ImGui draw list into a framebuffer texture (see layer_textures.hpp).
#define GL_GLEXT_PROTOTYPES
#include "app/layer_textures.hpp"

#include <GL/gl.h>
#include <GL/glext.h>
#include <backends/imgui_impl_opengl3.h>

#include <cmath>
#include <cstdint>

namespace knotmap::app {

GlLayerTextures::~GlLayerTextures() {
  for (Target& t : targets_) {
    if (t.framebuffer != 0) glDeleteFramebuffers(1, &t.framebuffer);
    if (t.texture != 0) glDeleteTextures(1, &t.texture);
  }
}

bool GlLayerTextures::Prepare(Target& t, int width, int height) {
  if (t.broken) return false;
  if (t.texture != 0 && t.width == width && t.height == height) return true;
  GLint last_texture = 0;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &last_texture);
  if (t.texture == 0) glGenTextures(1, &t.texture);
  glBindTexture(GL_TEXTURE_2D, t.texture);
  // Shown pixel for pixel, so nearest sampling keeps every edge as sharp as drawn.
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(last_texture));
  GLint last_framebuffer = 0;
  glGetIntegerv(GL_FRAMEBUFFER_BINDING, &last_framebuffer);
  if (t.framebuffer == 0) glGenFramebuffers(1, &t.framebuffer);
  glBindFramebuffer(GL_FRAMEBUFFER, t.framebuffer);
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, t.texture, 0);
  const bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
  glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(last_framebuffer));
  t.width = width;
  t.height = height;
  t.broken = !complete || glGetError() != GL_NO_ERROR;
  return !t.broken;
}

ui::LayerImage GlLayerTextures::Draw(int slot, const ImDrawList& list, ImVec2 min, ImVec2 size) {
  if (slot < 0 || slot >= static_cast<int>(targets_.size())) return {};
  while (glGetError() != GL_NO_ERROR) {
  }  // only this drawing's errors count below
  const ImVec2 scale = ImGui::GetIO().DisplayFramebufferScale;
  const int width = static_cast<int>(std::lround(size.x * scale.x));
  const int height = static_cast<int>(std::lround(size.y * scale.y));
  GLint max_size = 0;
  glGetIntegerv(GL_MAX_TEXTURE_SIZE, &max_size);
  if (width <= 0 || height <= 0 || width > max_size || height > max_size) return {};
  Target& t = targets_[slot];
  if (!Prepare(t, width, height)) return {};

  ImDrawList* lists[] = {const_cast<ImDrawList*>(&list)};  // the backend only reads it
  ImDrawData data;
  data.Valid = true;
  data.CmdLists = lists;
  data.CmdListsCount = 1;
  data.TotalIdxCount = list.IdxBuffer.Size;
  data.TotalVtxCount = list.VtxBuffer.Size;
  data.DisplayPos = min;
  data.DisplaySize = size;
  data.FramebufferScale = scale;

  GLint last_framebuffer = 0;
  GLfloat last_clear[4] = {};
  glGetIntegerv(GL_FRAMEBUFFER_BINDING, &last_framebuffer);
  glGetFloatv(GL_COLOR_CLEAR_VALUE, last_clear);
  glBindFramebuffer(GL_FRAMEBUFFER, t.framebuffer);
  glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(&data);  // sets its own viewport and restores the state it used
  glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(last_framebuffer));
  glClearColor(last_clear[0], last_clear[1], last_clear[2], last_clear[3]);
  if (glGetError() != GL_NO_ERROR) {
    t.broken = true;
    return {};
  }
  // Row 0 of a GL texture is the bottom of the picture.
  return {reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(t.texture)), ImVec2(0.0f, 1.0f),
          ImVec2(1.0f, 0.0f)};
}

}  // namespace knotmap::app
