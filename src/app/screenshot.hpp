// Reading the rendered back buffer and saving it as a PNG (for --screenshot and the docs).
#pragma once

#include <string>

namespace knotmap::app {

// Reads the current GL back buffer (width x height framebuffer pixels), flips it to top-down rows
// and writes an RGB PNG. Returns false and fills `error` when the file cannot be written.
bool SaveBackBufferPng(const std::string& file, int width, int height, std::string& error);

}  // namespace knotmap::app
