// Shared helpers for the tests: loading the fixture and shipped models once per binary.
#pragma once

#include <catch2/catch.hpp>

#include <filesystem>
#include <random>
#include <string>

#include "io/model_loader.hpp"
#include "model/spatial_index.hpp"

namespace knotmap::test {

// A fresh folder under the system temp directory, removed with everything in it at scope exit.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    std::random_device rd;
    path = std::filesystem::temp_directory_path() / ("knotmap-test-" + std::to_string(rd()) + "-" +
                                                     std::to_string(rd()));
    std::filesystem::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};

inline std::filesystem::path FixtureDir(const std::string& name) {
  return std::filesystem::path(KNOTMAP_TEST_FIXTURES) / name;
}

inline std::filesystem::path ShippedModelDir() {
  return std::filesystem::path(KNOTMAP_ASSETS) / "model";
}

// Loads a content directory and fails the test with every diagnostic when it does not load.
inline model::Model LoadOrFail(const std::filesystem::path& dir) {
  io::LoadResult r = io::LoadModel(dir);
  std::string report;
  for (const auto& d : r.diagnostics) report += io::Format(d) + "\n";
  INFO(report);
  REQUIRE(r.model.has_value());
  return std::move(*r.model);
}

struct Loaded {
  model::Model model;
  model::SpatialIndex index;
  explicit Loaded(const std::filesystem::path& dir) : model(LoadOrFail(dir)), index(model) {}
};

inline const Loaded& Shipped() {
  static const Loaded loaded(ShippedModelDir());
  return loaded;
}

inline const Loaded& Minimal() {
  static const Loaded loaded(FixtureDir("valid/minimal"));
  return loaded;
}

}  // namespace knotmap::test
