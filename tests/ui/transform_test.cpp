// Screen <-> atlas transform and camera maths.
#include <catch2/catch.hpp>

#include "ui/core/view_transform.hpp"

using knotmap::model::Box;
using knotmap::model::Point;
using namespace knotmap::ui;

TEST_CASE("a transform maps atlas to screen and back", "[ui][transform]") {
  ViewTransform t;
  t.origin = ImVec2(100.0f, 50.0f);
  t.scale = 0.5f;
  const ImVec2 s = t.ToScreen(Point(500.0f, 1000.0f));
  CHECK(s.x == Approx(350.0f));
  CHECK(s.y == Approx(550.0f));
  const Point back = t.ToAtlas(s);
  CHECK(back.x == Approx(500.0f));
  CHECK(back.y == Approx(1000.0f));
  CHECK(t.ToScreenLength(30.0f) == Approx(15.0f));
  CHECK(t.ToAtlasLength(15.0f) == Approx(30.0f));
}

TEST_CASE("fitting centres the content and keeps the margin", "[ui][transform]") {
  const Box body{{200.0f, 50.0f}, {800.0f, 1950.0f}};
  const ImVec2 canvas_min(10.0f, 20.0f), canvas_size(400.0f, 1000.0f);
  const Camera cam = FitCamera(body, canvas_size, 20.0f);
  CHECK(cam.fitted);
  // Height limits: (1000 - 40) / 1900.
  CHECK(cam.zoom == Approx(960.0f / 1900.0f));
  const ViewTransform t = MakeTransform(cam, canvas_min, canvas_size);
  const ImVec2 top = t.ToScreen(Point(500.0f, 50.0f));
  const ImVec2 bottom = t.ToScreen(Point(500.0f, 1950.0f));
  CHECK(top.x == Approx(canvas_min.x + canvas_size.x * 0.5f));
  CHECK(top.y == Approx(canvas_min.y + 20.0f));
  CHECK(bottom.y == Approx(canvas_min.y + canvas_size.y - 20.0f));
}

TEST_CASE("zooming keeps the point under the cursor still", "[ui][transform]") {
  Camera cam;
  cam.center = Point(500.0f, 1000.0f);
  cam.zoom = 0.5f;
  const ImVec2 min(0.0f, 0.0f), size(800.0f, 600.0f);
  const ImVec2 anchor(123.0f, 456.0f);
  const Point before = MakeTransform(cam, min, size).ToAtlas(anchor);
  ZoomAbout(cam, min, size, anchor, 2.5f);
  CHECK(cam.zoom == Approx(1.25f));
  CHECK_FALSE(cam.fitted);
  const Point after = MakeTransform(cam, min, size).ToAtlas(anchor);
  CHECK(after.x == Approx(before.x).margin(1e-3));
  CHECK(after.y == Approx(before.y).margin(1e-3));
}

TEST_CASE("zoom is clamped and panning follows the mouse", "[ui][transform]") {
  Camera cam;
  cam.zoom = 1.0f;
  ZoomAbout(cam, ImVec2(0, 0), ImVec2(100, 100), ImVec2(50, 50), 1000.0f);
  CHECK(cam.zoom == Approx(kMaxZoom));
  ZoomAbout(cam, ImVec2(0, 0), ImVec2(100, 100), ImVec2(50, 50), 1e-6f);
  CHECK(cam.zoom == Approx(kMinZoom));

  cam.zoom = 2.0f;
  cam.center = Point(500.0f, 1000.0f);
  const ViewTransform before = MakeTransform(cam, ImVec2(0, 0), ImVec2(100, 100));
  PanBy(cam, ImVec2(10.0f, -4.0f));
  const ViewTransform after = MakeTransform(cam, ImVec2(0, 0), ImVec2(100, 100));
  // The picture moves with the drag.
  CHECK(after.origin.x - before.origin.x == Approx(10.0f));
  CHECK(after.origin.y - before.origin.y == Approx(-4.0f));
}
