// The loaded model plus what is derived from it once: every muscle and trigger point placed on
// each side of the body (authored right side, mirrored left side, or midline), and id lookups.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/method.hpp"
#include "model/scanline_index.hpp"
#include "model/types.hpp"

namespace knotmap::model {

// A muscle's outline on one side of the body, in atlas units of its view.
struct OutlineInstance {
  int muscle = 0;  // index into Model::muscles
  Side side = Side::Right;
  View view = View::Back;
  bool deep = false;
  Shape shape;
  std::vector<Fibre> fibres;  // generated at load (model/fibres.hpp), for drawing only
};

// One trigger point on one side, with its referral zones placed on that side.
struct TriggerPointInstance {
  int muscle = 0;         // index into Model::muscles
  int trigger_point = 0;  // index into Muscle::trigger_points
  Side side = Side::Right;
  View view = View::Back;
  Point at{};
  std::vector<Zone> zones;
};

struct Model {
  std::array<ViewAtlas, 2> views;  // indexed by static_cast<int>(View)
  std::vector<Region> regions;
  std::vector<Habit> habits;
  std::vector<RedFlag> red_flags;
  std::vector<Muscle> muscles;
  BodyCauses causes;  // causes.toml
  Method method;      // method.toml

  // Derived by Finalize(); do not edit by hand.
  std::vector<OutlineInstance> outlines;
  std::vector<TriggerPointInstance> instances;

  // Builds the side instances and lookup tables. Call once after filling the authored fields.
  void Finalize();

  const ViewAtlas& Atlas(View v) const { return views[static_cast<int>(v)]; }
  const Muscle* FindMuscle(std::string_view id) const;
  int MuscleIndex(std::string_view id) const;  // -1 when unknown
  const Landmark* FindLandmark(View v, std::string_view name) const;
  const Habit* FindHabit(std::string_view id) const;
  const BodyCause* FindCause(std::string_view id) const;
  const Region* FindRegion(std::string_view id) const;
  // Instances of one muscle's trigger points on one side (indexes into `instances`), listed once
  // by Finalize: the map asks for them every frame.
  const std::vector<int>& InstancesOf(int muscle, Side side) const;
  // Sides a muscle exists on: {Right, Left} or {Midline}.
  std::vector<Side> SidesOf(const Muscle& m) const;
  // The region of the landmark nearest to `p` on view `v` ("" when the view has no landmarks).
  std::string RegionAt(View v, Point p) const;
  // Whether `p` lies inside the body silhouette of view `v` (from the silhouette's scanline
  // index, built by Finalize: restoring a session tests every point of every saved mark).
  bool InsideBody(View v, Point p) const;
  const ScanlineIndex& BodyIndex(View v) const { return body_index_[static_cast<int>(v)]; }

  std::size_t TriggerPointCount() const;  // authored trigger points (not counting mirrors)

 private:
  std::unordered_map<std::string, int> muscle_index_;
  std::vector<std::vector<int>> instances_of_;  // muscle * 3 + side -> instance indexes
  std::array<ScanlineIndex, 2> body_index_;     // of views[v].body.polygon
};

}  // namespace knotmap::model
