// Side placement of the authored content and the model's lookups.
#include "model/model.hpp"

#include <limits>

namespace knotmap::model {
namespace {

Shape MirrorShape(const Shape& s, float mirror_x) {
  Shape m;
  m.control.reserve(s.control.size());
  for (auto it = s.control.rbegin(); it != s.control.rend(); ++it) {
    m.control.push_back(MirrorX(*it, mirror_x));
  }
  m.polygon = MirrorPolygon(s.polygon, mirror_x);
  m.bounds = BoundsOf(m.polygon);
  return m;
}

}  // namespace

std::vector<Side> Model::SidesOf(const Muscle& m) const {
  if (m.midline) return {Side::Midline};
  return {Side::Right, Side::Left};
}

void Model::Finalize() {
  for (std::size_t v = 0; v < views.size(); ++v) body_index_[v] = ScanlineIndex(views[v].body.polygon);
  muscle_index_.clear();
  outlines.clear();
  instances.clear();
  for (int mi = 0; mi < static_cast<int>(muscles.size()); ++mi) {
    const Muscle& m = muscles[mi];
    muscle_index_.emplace(m.id, mi);
    for (Side side : SidesOf(m)) {
      const bool mirror = side == Side::Left;
      for (const MuscleOutline& o : m.outlines) {
        const float mx = Atlas(o.view).MidlineX();
        OutlineInstance inst{mi, side, o.view, o.deep, mirror ? MirrorShape(o.shape, mx) : o.shape, {}};
        Attachments at = o.attachments;
        if (mirror) {
          for (Point& q : at.origin) q = MirrorX(q, mx);
          for (Point& q : at.insertion) q = MirrorX(q, mx);
          for (Point& q : at.via) q = MirrorX(q, mx);
        }
        inst.fibres = MuscleFibres(inst.shape.polygon, at);
        outlines.push_back(std::move(inst));
      }
      for (int ti = 0; ti < static_cast<int>(m.trigger_points.size()); ++ti) {
        const TriggerPoint& tp = m.trigger_points[ti];
        TriggerPointInstance inst;
        inst.muscle = mi;
        inst.trigger_point = ti;
        inst.side = side;
        inst.view = tp.view;
        inst.at = mirror ? MirrorX(tp.at, Atlas(tp.view).MidlineX()) : tp.at;
        for (const Zone& z : tp.zones) {
          const float mx = Atlas(z.view).MidlineX();
          inst.zones.push_back({z.view, z.kind, mirror ? MirrorShape(z.shape, mx) : z.shape});
        }
        instances.push_back(std::move(inst));
      }
    }
  }
  for (Muscle& m : muscles) {
    for (PullingMuscle& p : m.pulling) p.index = MuscleIndex(p.muscle);
  }
  instances_of_.assign(muscles.size() * 3, {});
  for (int i = 0; i < static_cast<int>(instances.size()); ++i) {
    instances_of_[static_cast<std::size_t>(instances[i].muscle) * 3 +
                  static_cast<std::size_t>(instances[i].side)].push_back(i);
  }
}

const Muscle* Model::FindMuscle(std::string_view id) const {
  const int i = MuscleIndex(id);
  return i < 0 ? nullptr : &muscles[i];
}

int Model::MuscleIndex(std::string_view id) const {
  const auto it = muscle_index_.find(std::string(id));
  return it == muscle_index_.end() ? -1 : it->second;
}

const Landmark* Model::FindLandmark(View v, std::string_view name) const {
  for (const Landmark& l : Atlas(v).landmarks) {
    if (l.name == name) return &l;
  }
  return nullptr;
}

const Habit* Model::FindHabit(std::string_view id) const {
  for (const Habit& h : habits) {
    if (h.id == id) return &h;
  }
  return nullptr;
}

const BodyCause* Model::FindCause(std::string_view id) const {
  for (const BodyCause& c : causes.list) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

const Region* Model::FindRegion(std::string_view id) const {
  for (const Region& r : regions) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

const std::vector<int>& Model::InstancesOf(int muscle, Side side) const {
  static const std::vector<int> kNone;
  const std::size_t key = static_cast<std::size_t>(muscle) * 3 + static_cast<std::size_t>(side);
  return muscle < 0 || key >= instances_of_.size() ? kNone : instances_of_[key];
}

std::string Model::RegionAt(View v, Point p) const {
  const Landmark* best = nullptr;
  float best_d2 = std::numeric_limits<float>::infinity();
  for (const Landmark& l : Atlas(v).landmarks) {
    const Point d = l.at - p;
    const float d2 = d.x * d.x + d.y * d.y;
    if (d2 < best_d2) {
      best_d2 = d2;
      best = &l;
    }
  }
  return best ? best->region : std::string();
}

bool Model::InsideBody(View v, Point p) const {
  return Atlas(v).body.bounds.Contains(p) && body_index_[static_cast<int>(v)].Contains(p);
}

std::size_t Model::TriggerPointCount() const {
  std::size_t n = 0;
  for (const Muscle& m : muscles) n += m.trigger_points.size();
  return n;
}

}  // namespace knotmap::model
