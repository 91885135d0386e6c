// Atlas and shared tables: everything in assets/model except the muscles.
#include "io/atlas_loader.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <set>

#include "io/shape_checks.hpp"

namespace knotmap::io {
namespace {

// One authored line on each side it is drawn on: as authored, and with `mirror = true` also its
// mirror image about the midline (first, as the details have always been listed). Details and
// bones share this, so both mirror the same way.
struct Sided {
  std::vector<model::Point> control;
  model::Side side = model::Side::Midline;
};

std::vector<Sided> OnEachSide(std::vector<model::Point> authored, bool mirror, float midline_x) {
  if (!mirror) return {{std::move(authored), model::Side::Midline}};
  std::vector<model::Point> mirrored;
  mirrored.reserve(authored.size());
  for (model::Point p : authored) mirrored.push_back(model::MirrorX(p, midline_x));
  return {{std::move(mirrored), model::Side::Left}, {std::move(authored), model::Side::Right}};
}

// Whether `x` lies on the subject's right side of `view` (front: the screen's left).
bool OnSubjectsRight(model::View view, float x, float midline_x) {
  return view == model::View::Front ? x < midline_x : x > midline_x;
}

float MeanX(const std::vector<model::Point>& points) {
  float sum = 0.0f;
  for (model::Point p : points) sum += p.x;
  return points.empty() ? 0.0f : sum / static_cast<float>(points.size());
}

void ReadLandmarkTable(TomlReader& parent, std::string_view key, model::View view, bool paired,
                       model::Model& m) {
  auto views = parent.Table(key);
  if (!views) return;
  auto table = views->Table(model::ToString(view));
  if (!table) return;
  model::ViewAtlas& atlas = m.views[static_cast<int>(view)];
  for (const auto& [k, v] : table->Raw()) {
    const std::string name(k.str());
    auto entry = table->Table(name);
    if (!entry) continue;
    auto at = entry->PointAt("at");
    auto region = entry->String("region");
    entry->RejectUnknownKeys({"at", "region"});
    if (!at || !region) continue;
    if (at->x < 0 || at->y < 0 || at->x > atlas.width || at->y > atlas.height) {
      entry->ErrorAt("at", "landmark '" + name + "' lies outside the view frame");
      continue;
    }
    if (!paired) {
      atlas.landmarks.push_back({name, view, *at, *region});
      continue;
    }
    // Paired landmarks are given on the subject's right side; check that they are.
    const bool right_is_low_x = view == model::View::Front;
    if (at->x != atlas.MidlineX() && !OnSubjectsRight(view, at->x, atlas.MidlineX())) {
      entry->ErrorAt("at", "paired landmark '" + name +
                               "' must be given on the subject's right side (x " +
                               (right_is_low_x ? "<" : ">") + " midline on the " +
                               std::string(model::ToString(view)) + " view)");
      continue;
    }
    atlas.landmarks.push_back({name + "_right", view, *at, *region});
    atlas.landmarks.push_back({name + "_left", view, model::MirrorX(*at, atlas.MidlineX()), *region});
  }
}

// The landmarks named in a bone's `landmarks` list, checked against one placed bone. A midline
// landmark is named as it is; a paired one by its base name: a paired bone is checked against its
// own side's landmark, a midline bone against both.
void CheckBoneLandmarks(TomlReader& b, const model::Bone& bone, const model::ViewAtlas& atlas) {
  const toml::node* list = b.Node("landmarks");
  const toml::array* names = list ? list->as_array() : nullptr;
  if (!names) return;
  const auto find = [&](const std::string& name) -> const model::Landmark* {
    for (const model::Landmark& l : atlas.landmarks) {
      if (l.name == name) return &l;
    }
    return nullptr;
  };
  for (const toml::node& item : *names) {
    const auto* text = item.as_string();
    if (!text) continue;  // reported by Strings()
    const std::string name = text->get();
    std::vector<const model::Landmark*> on;
    if (const model::Landmark* exact = find(name)) {
      on.push_back(exact);
    } else if (bone.side == model::Side::Midline) {
      for (const char* side : {"_right", "_left"}) {
        if (const model::Landmark* l = find(name + side)) on.push_back(l);
      }
    } else {
      const model::Landmark* l = find(name + "_" + std::string(model::ToString(bone.side)));
      if (l) on.push_back(l);
    }
    if (on.empty()) {
      const std::string view(model::ToString(atlas.view));
      b.Error(&item, "unknown landmark '" + name + "' on the " + view + " view: expected a name from [landmarks." +
                         view + "] or [paired_landmarks." + view + "]");
      continue;
    }
    for (const model::Landmark* l : on) CheckLandmarkOnBone(b, &item, bone, *l);
  }
}

void ReadBones(TomlReader& r, model::Model& m) {
  // The silhouettes, indexed once for the inside checks (none when the body did not load: that
  // error is reported where it is, and every bone would be "outside").
  std::array<std::optional<model::ScanlineIndex>, 2> body;
  for (model::View v : model::kViews) {
    const model::Shape& shape = m.Atlas(v).body;
    if (shape.polygon.size() >= 3) body[static_cast<int>(v)].emplace(shape.polygon);
  }
  std::size_t points_in_all = 0;
  for (TomlReader& b : r.Tables("bone", false, 0)) {
    auto view_name = b.String("view");
    auto name = b.Name("name");
    auto points = b.Points("points", 2);
    const bool mirror = b.Bool("mirror").value_or(false);
    const bool closed = b.Bool("closed").value_or(false);
    b.Strings("landmarks", false, 0);
    b.RejectUnknownKeys({"view", "name", "points", "mirror", "closed", "landmarks"});
    auto view = view_name ? model::ParseView(*view_name) : std::nullopt;
    if (view_name && !view) b.ErrorAt("view", "expected \"front\" or \"back\"");
    if (!view || !name || !points) continue;
    if (closed && points->size() < 3) {
      b.ErrorAt("points", "bone '" + *name + "' is closed: it needs at least 3 points");
      continue;
    }
    model::ViewAtlas& atlas = m.views[static_cast<int>(*view)];
    const float mid = atlas.MidlineX();
    if (mirror && !OnSubjectsRight(*view, MeanX(*points), mid)) {
      b.ErrorAt("points", "paired bone '" + *name + "' (mirror = true) must be given on the subject's right side (x " +
                              (*view == model::View::Front ? "<" : ">") + " midline on the " +
                              std::string(model::ToString(*view)) + " view)");
      continue;
    }
    for (Sided& line : OnEachSide(std::move(*points), mirror, mid)) {
      model::Bone bone{*name, line.side, closed, {}, {}, {}};
      if (closed) {
        model::Shape s = model::MakeClosedShape(std::move(line.control));
        if (line.side != model::Side::Left) CheckShape(b, "points", s);
        bone.control = std::move(s.control);
        bone.points = std::move(s.polygon);
      } else {
        model::Stroke s = model::MakeOpenStroke(std::move(line.control));
        bone.control = std::move(s.control);
        bone.points = std::move(s.points);
      }
      bone.bounds = model::BoundsOf(bone.points);
      points_in_all += bone.points.size();
      if (points_in_all > r.Limits().max_total_bone_points) {
        b.ErrorAt("points", "the bones have more than " + std::to_string(r.Limits().max_total_bone_points) +
                                " points in all once smoothed (the atlas's budget); stopped reading bones here");
        return;
      }
      // The mirror image passes whenever the authored bone does (the silhouette and the paired
      // landmarks are mirrored too), so it is not checked again: one message per mistake.
      if (line.side != model::Side::Left) {
        if (const auto& index = body[static_cast<int>(*view)]) {
          CheckInsideBody(b, "points", bone.points, *index, "bone '" + *name + "'");
        }
        CheckBoneLandmarks(b, bone, atlas);
      }
      atlas.bones.push_back(std::move(bone));
    }
  }
}

// Reports the first of `points` outside the frame (0 to width, 0 to height); true when all are in.
bool InsideFrame(TomlReader& table, std::string_view key, const std::vector<model::Point>& points, float width,
                 float height) {
  for (std::size_t i = 0; i < points.size(); ++i) {
    const model::Point p = points[i];
    if (p.x < 0.0f || p.y < 0.0f || p.x > width || p.y > height) {
      const auto whole = [](float v) { return std::to_string(static_cast<long>(v)); };
      table.ErrorAt(key, "point " + std::to_string(i + 1) + " of '" + std::string(key) + "' (" + whole(p.x) + ", " +
                             whole(p.y) + ") lies outside the view frame (" + whole(width) + " x " + whole(height) +
                             ")");
      return false;
    }
  }
  return true;
}

// The silhouette: the screen-left half from the crown down and back up to the crotch, closed by
// its mirror image. A `[[body.view_part]]` redraws a stretch of it on one view (the toes in front,
// the heel behind): its first and last points are points of `left_half`, and on that view the
// points between those two are replaced by the part's points between them.
void ReadBody(TomlReader& body, model::Model& m, float width, float height) {
  const float mid = width * 0.5f;
  auto half = body.Points("left_half", 8);
  // A silhouette out of the frame is reported once and still drawn (so the rest can be checked),
  // but its shape is not checked again: what it crosses follows from the stray point.
  const bool in_frame = !half || InsideFrame(body, "left_half", *half, width, height);
  std::array<std::vector<model::Point>, 2> halves;
  if (half) halves.fill(*half);
  std::array<bool, 2> redrawn{false, false};
  for (TomlReader& part : body.Tables("view_part", false, 0)) {
    auto view_name = part.String("view");
    auto points = part.Points("points", 3);
    part.Name("name");
    part.RejectUnknownKeys({"view", "name", "points"});
    auto view = view_name ? model::ParseView(*view_name) : std::nullopt;
    if (view_name && !view) part.ErrorAt("view", "expected \"front\" or \"back\"");
    if (!view || !points || !half || !InsideFrame(part, "points", *points, width, height)) continue;
    std::vector<model::Point>& h = halves[static_cast<int>(*view)];
    const auto first = std::find(h.begin(), h.end(), points->front());
    const auto last = first == h.end() ? h.end() : std::find(first + 1, h.end(), points->back());
    if (last == h.end()) {
      part.ErrorAt("points", "the first and last points of a view part must be points of left_half, in its order "
                             "(the part replaces what lies between them on its view)");
      continue;
    }
    const auto at = h.erase(first + 1, last);
    h.insert(at, points->begin() + 1, points->end() - 1);
    redrawn[static_cast<int>(*view)] = true;
  }
  if (!half) return;
  for (model::View v : model::kViews) {
    const std::vector<model::Point>& h = halves[static_cast<int>(v)];
    std::vector<model::Point> control = h;
    for (auto it = h.rbegin() + 1; it + 1 != h.rend(); ++it) control.push_back(model::MirrorX(*it, mid));
    model::Shape shape = model::MakeClosedShape(std::move(control));
    // Checked once when both views share it, else for each view.
    if (in_frame && (v == model::View::Front || redrawn[0] || redrawn[1])) CheckShape(body, "left_half", shape);
    m.views[static_cast<int>(v)].body = std::move(shape);
  }
}

}  // namespace

void ReadAtlas(TomlReader& r, model::Model& m) {
  float width = 1000.0f, height = 2000.0f;
  if (auto frame = r.Table("frame")) {
    width = static_cast<float>(frame->Number("width", true, 100, 100000).value_or(1000));
    height = static_cast<float>(frame->Number("height", true, 100, 100000).value_or(2000));
    frame->RejectUnknownKeys({"width", "height"});
  }
  for (model::View v : model::kViews) {
    auto& atlas = m.views[static_cast<int>(v)];
    atlas.view = v;
    atlas.width = width;
    atlas.height = height;
  }
  if (auto body = r.Table("body")) {
    ReadBody(*body, m, width, height);
    body->RejectUnknownKeys({"left_half", "view_part"});
  }
  for (TomlReader& d : r.Tables("detail", false, 0)) {
    auto view_name = d.String("view");
    auto points = d.Points("points", 2);
    d.String("name");
    const bool mirror = d.Bool("mirror").value_or(false);
    const bool closed = d.Bool("closed").value_or(false);
    d.RejectUnknownKeys({"view", "name", "points", "mirror", "closed"});
    auto view = view_name ? model::ParseView(*view_name) : std::nullopt;
    if (view_name && !view) d.ErrorAt("view", "expected \"front\" or \"back\"");
    if (!view || !points) continue;
    auto& atlas = m.views[static_cast<int>(*view)];
    for (Sided& line : OnEachSide(std::move(*points), mirror, atlas.MidlineX())) {
      if (closed) {
        model::Shape s = model::MakeClosedShape(line.control);
        s.polygon.push_back(s.polygon.front());
        atlas.details.push_back({std::move(line.control), std::move(s.polygon)});
      } else {
        atlas.details.push_back(model::MakeOpenStroke(std::move(line.control)));
      }
    }
  }
  for (model::View v : model::kViews) {
    ReadLandmarkTable(r, "landmarks", v, false, m);
    ReadLandmarkTable(r, "paired_landmarks", v, true, m);
  }
  ReadBones(r, m);  // after the landmarks, which the bones are checked against
  r.RejectUnknownKeys({"frame", "body", "detail", "bone", "landmarks", "paired_landmarks"});
}

void ReadRegions(TomlReader& r, model::Model& m) {
  std::set<std::string> seen;
  for (TomlReader& t : r.Tables("region", true, 1)) {
    model::Region region{t.String("id").value_or(""), t.Name("name").value_or("")};
    t.RejectUnknownKeys({"id", "name"});
    if (!region.id.empty() && !seen.insert(region.id).second) {
      t.ErrorAt("id", "duplicate region id '" + region.id + "'");
    }
    m.regions.push_back(std::move(region));
  }
  r.RejectUnknownKeys({"region"});
}

void ReadHabits(TomlReader& r, model::Model& m) {
  std::set<std::string> seen;
  for (TomlReader& t : r.Tables("habit", true, 1)) {
    model::Habit h{t.String("id").value_or(""), t.Name("label").value_or(""),
                   t.String("cause").value_or(""), t.String("change").value_or(""), std::nullopt};
    if (auto side = t.String("side", false)) {
      if (*side == "right") h.side = model::Side::Right;
      else if (*side == "left") h.side = model::Side::Left;
      else t.ErrorAt("side", "unknown side '" + *side + "': expected \"right\" or \"left\" (or no side)");
    }
    t.RejectUnknownKeys({"id", "label", "cause", "change", "side"});
    if (!h.id.empty() && !seen.insert(h.id).second) {
      t.ErrorAt("id", "duplicate habit id '" + h.id + "'");
    }
    m.habits.push_back(std::move(h));
  }
  r.RejectUnknownKeys({"habit"});
}

void ReadRedFlags(TomlReader& r, model::Model& m) {
  std::set<std::string> seen;
  for (TomlReader& t : r.Tables("red_flag", true, 1)) {
    model::RedFlag f;
    f.id = t.String("id").value_or("");
    f.regions = t.Strings("regions");
    f.title = t.Name("title").value_or("");
    f.text = t.String("text").value_or("");
    f.urgent = t.Bool("urgent").value_or(false);
    t.RejectUnknownKeys({"id", "regions", "title", "text", "urgent"});
    if (!f.id.empty() && !seen.insert(f.id).second) {
      t.ErrorAt("id", "duplicate red flag id '" + f.id + "'");
    }
    for (const std::string& region : f.regions) {
      if (region != "any" && !m.FindRegion(region)) {
        t.ErrorAt("regions", "unknown region '" + region + "' (see regions.toml), or \"any\"");
      }
    }
    m.red_flags.push_back(std::move(f));
  }
  r.RejectUnknownKeys({"red_flag"});
}

}  // namespace knotmap::io
