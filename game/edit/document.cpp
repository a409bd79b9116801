// The editable level and its history (document.h).
//
// [SECTION] Placement   where a placed entity is and what moving it changes
// [SECTION] Applying    one Op forwards or backwards; recording into the open command
// [SECTION] Edits
// [SECTION] History     undo, redo, saved state, selection
#include "game/edit/document.h"

#include "game/edit/ground.h"
#include "game/sim/bodies.h"

#include <algorithm>
#include <cmath>

namespace sp::edit {

// [SECTION] Placement -----------------------------------------------------------------------

namespace {
constexpr double kPi = 3.14159265358979323846;

double num(const Level& level, Ref r, const char* key) {
    auto v = get(level, r, key);
    return v ? std::get<double>(*v) : 0.0;
}
} // namespace

Vec2 attractorAt(const Level& level, int index) {
    if (index < 0 || size_t(index) >= level.attractors.size()) return {};
    const Attractor& a = level.attractors[size_t(index)];
    if (a.orbits < 0) return {a.x_km, a.y_km};
    return Bodies(level.attractors).positionAt(index, 0);
}

std::optional<Vec2> positionOf(const Level& level, Ref r) {
    if (!isPlaced(r.kind) || !exists(level, r)) return std::nullopt;
    switch (r.kind) {
    case Kind::Attractor: return attractorAt(level, r.index);
    case Kind::Gate:
        return Vec2{(num(level, r, "x1_km") + num(level, r, "x2_km")) / 2, (num(level, r, "y1_km") + num(level, r, "y2_km")) / 2};
    case Kind::Station: {
        const Station& s = level.stations[size_t(r.index)];
        if (s.attractor < 0 || size_t(s.attractor) >= level.attractors.size()) return Vec2{0, 0};
        const Attractor& a = level.attractors[size_t(s.attractor)];
        const Vec2 c = attractorAt(level, s.attractor);
        const double t = siteAngleDeg(s, a) * kPi / 180;
        // Seen from above the pole a site stands inside the disc at its latitude.
        const double out = seenFromPole(level) ? a.radius_km * std::cos(s.latitude_deg * kPi / 180) : a.radius_km;
        return Vec2{c.x + out * std::cos(t), c.y + out * std::sin(t)};
    }
    default: return Vec2{num(level, r, "x_km"), num(level, r, "y_km")};
    }
}

std::vector<Change> moveChanges(const Level& level, Ref r, Vec2 d) {
    if (!isPlaced(r.kind) || !exists(level, r)) return {};
    switch (r.kind) {
    case Kind::Gate:
        return {{"x1_km", num(level, r, "x1_km") + d.x}, {"y1_km", num(level, r, "y1_km") + d.y},
                {"x2_km", num(level, r, "x2_km") + d.x}, {"y2_km", num(level, r, "y2_km") + d.y}};
    case Kind::Station: {
        // A station stays on its planet: it slides to the surface point nearest the target.
        const Station& s = level.stations[size_t(r.index)];
        if (s.attractor < 0 || size_t(s.attractor) >= level.attractors.size()) return {};
        const Vec2 target = *positionOf(level, r) + d;
        const Vec2 from = target - attractorAt(level, s.attractor);
        if (from.x == 0 && from.y == 0) return {};
        const Attractor& a = level.attractors[size_t(s.attractor)];
        const double lon = std::remainder(std::atan2(from.y, from.x) * 180 / kPi - a.prime_meridian_deg, 360.0);
        if (!seenFromPole(level)) return {{"longitude_deg", lon}};
        // Seen from above the pole: toward the centre is north. A site keeps its hemisphere
        // (the south is under the disc); out past the rim it stops at the equator.
        const double lat = std::acos(std::min(1.0, length(from) / a.radius_km)) * 180 / kPi;
        return {{"longitude_deg", lon}, {"latitude_deg", s.latitude_deg < 0 ? -lat : lat}};
    }
    case Kind::Attractor: {
        const Attractor& a = level.attractors[size_t(r.index)];
        if (a.orbits < 0 || a.orbits >= r.index) break;
        // On its orbit: the whole ellipse turns about the parent and grows or shrinks, so the
        // body lands where it was dragged, at the same point of its orbit.
        const Vec2 parent = attractorAt(level, a.orbits);
        const Vec2 now = attractorAt(level, r.index) - parent, to = now + d;
        if (!(length(now) > 0) || !(length(to) > 0)) return {};
        const double turn = std::atan2(now.x * to.y - now.y * to.x, now.x * to.x + now.y * to.y) * 180 / kPi;
        double peri = std::fmod(a.orbit_periapsis_deg + turn, 360.0);
        if (peri > 180) peri -= 360;
        if (peri <= -180) peri += 360;
        return {{"orbit_periapsis_deg", peri}, {"orbit_a_km", std::clamp(a.orbit_a_km * length(to) / length(now), 1.0, 1e7)}};
    }
    case Kind::GroundPoint:
        return {{"x_km", clampGroundX(level, r.index, num(level, r, "x_km") + d.x)}, {"y_km", num(level, r, "y_km") + d.y}};
    default: break;
    }
    return {{"x_km", num(level, r, "x_km") + d.x}, {"y_km", num(level, r, "y_km") + d.y}};
}

double sizeScale(const Level& level) {
    const double k = level.frame.km_per_unit / 100;
    return std::isfinite(k) && k > 0 ? std::min(k, 1e6) : 1.0;
}

double speedScale(const Level& level) {
    const double k = (level.frame.km_per_unit / level.frame.time_scale) / (100.0 / 120.0);
    return std::isfinite(k) && k > 0 ? std::clamp(k, 1e-9, 1e6) : 1.0;
}

// [SECTION] Applying ------------------------------------------------------------------------

Document::Document(Level level) : level_(std::move(level)) {}

void Document::apply(const Op& op, bool forward) {
    switch (op.type) {
    case Op::Type::Set: edit::set(level_, op.ref, op.key, forward ? op.after : op.before); break;
    case Op::Type::Insert:
        if (forward) insertEntity(level_, op.ref, op.entity);
        else eraseEntity(level_, op.ref);
        break;
    case Op::Type::Erase:
        if (forward) eraseEntity(level_, op.ref);
        else insertEntity(level_, op.ref, op.entity);
        break;
    }
    ++revision_;
}

// Applies `op` and adds it to the open group, or makes it a command of its own.
void Document::record(Op op) {
    apply(op, true);
    if (!group_) {
        Command c;
        c.label = op.type == Op::Type::Set ? "edit " + op.key : "";
        c.ops.push_back(std::move(op));
        commit(std::move(c));
        return;
    }
    // A drag sets the same property every frame: keep the first before and the last after.
    std::vector<Op>& ops = group_->ops;
    if (op.type == Op::Type::Set) {
        for (Op& o : ops) {
            if (o.type == Op::Type::Set && o.ref == op.ref && o.key == op.key) {
                o.after = std::move(op.after);
                return;
            }
            if (o.type != Op::Type::Set) break;   // indices may have moved: no merging across
        }
    }
    ops.push_back(std::move(op));
}

void Document::commit(Command c) {
    if (c.ops.empty()) return;
    history_.resize(done_);   // a new edit drops what could have been redone
    if (savedAt_ > (long long)done_) savedAt_ = -1;
    history_.push_back(std::move(c));
    done_ = history_.size();
}

void Document::beginGroup(const char* label) {
    if (groupDepth_++ > 0) return;
    group_ = Command{label, {}, selection_};
}

void Document::endGroup() {
    if (groupDepth_ == 0 || --groupDepth_ > 0) return;
    Command c = std::move(*group_);
    group_.reset();
    // A drag that ended where it began changed nothing worth an undo step.
    c.ops.erase(std::remove_if(c.ops.begin(), c.ops.end(),
                               [](const Op& o) { return o.type == Op::Type::Set && o.before == o.after; }),
                c.ops.end());
    commit(std::move(c));
}

// [SECTION] Edits ---------------------------------------------------------------------------

namespace {
// An enum property takes only its table's choices (a goal's type is one of the goal rows).
bool isChoiceFor(Kind k, const std::string& key, const Value& v) {
    const PropInfo* p = findProp(k, key);
    if (!p || p->type != PropType::Enum) return true;
    const std::string& s = std::get<std::string>(v);
    for (const char* c : p->choices)
        if (s == c) return true;
    return false;
}
} // namespace

bool Document::set(Ref r, const std::string& key, const Value& v) {
    return setMany(r, {{key, v}}, nullptr);
}

bool Document::setMany(Ref r, const std::vector<Change>& changes, const char* label) {
    std::vector<Op> ops;
    for (const Change& c : changes) {
        std::optional<Value> before = get(level_, r, c.first);
        if (!before || before->index() != c.second.index()) return false;
        if (!isChoiceFor(r.kind, c.first, c.second)) return false;
        if (*before == c.second) continue;
        ops.push_back({Op::Type::Set, r, c.first, *before, c.second, {}});
    }
    if (ops.empty()) return false;
    const bool single = !group_ && ops.size() > 1;
    if (single) beginGroup(label ? label : "edit");
    for (Op& op : ops) record(std::move(op));
    if (single) endGroup();
    if (!group_ && !history_.empty() && label) history_.back().label = label;
    if (!group_ && !history_.empty()) history_.back().focus = r;
    return true;
}

std::optional<Ref> Document::add(Kind k) { return add(k, defaultEntity(k)); }

std::optional<Ref> Document::add(Kind k, const Entity& e) {
    if (!isList(k)) return std::nullopt;
    return insert(Ref{k, int(countOf(level_, k))}, e);
}

std::optional<Ref> Document::insert(Ref r, const Entity& e) {
    const Kind k = r.kind;
    if (!isList(k) || countOf(level_, k) >= maxCountOf(k)) return std::nullopt;
    Level probe = level_;
    if (!insertEntity(probe, r, e)) return std::nullopt;   // wrong entry type for this list, or past the end
    beginGroup((std::string("add ") + kindLabel(k)).c_str());
    record({Op::Type::Insert, r, {}, {}, {}, e});
    group_->focus = r;
    endGroup();
    selection_ = r;
    return r;
}

std::optional<Ref> Document::duplicate(Ref r) {
    std::optional<Entity> e = entityAt(level_, r);
    if (!e || countOf(level_, r.kind) >= maxCountOf(r.kind)) return std::nullopt;
    beginGroup((std::string("duplicate ") + kindLabel(r.kind)).c_str());
    std::optional<Ref> copy;
    if (r.kind == Kind::GroundPoint) {
        // In x order, beside the original: halfway along its longer side, or past an end.
        const std::vector<GroundInsert> at = groundInsertion(level_, *positionOf(level_, r), 200 * sizeScale(level_));
        if (at.size() == 1) copy = insert(Ref{Kind::GroundPoint, at[0].index}, at[0].point);
    } else {
        copy = add(r.kind, *e);
    }
    if (copy && isPlaced(r.kind) && r.kind != Kind::GroundPoint) {
        // Beside the original, so the author sees two (a tenth of its size, or 200 km in
        // Chapter 1's sizes).
        double size = 200 * sizeScale(level_);
        if (auto radius = get(level_, r, "radius_km")) size = std::max(size, std::get<double>(*radius) * 0.5);
        for (const Change& c : moveChanges(level_, *copy, {size, -size})) {
            std::optional<Value> before = get(level_, *copy, c.first);
            record({Op::Type::Set, *copy, c.first, *before, c.second, {}});
        }
    }
    if (copy) group_->focus = copy;
    endGroup();
    if (copy) selection_ = copy;
    return copy;
}

bool Document::remove(Ref r) {
    std::optional<Entity> e = entityAt(level_, r);
    if (!e) return false;
    beginGroup((std::string("delete ") + kindLabel(r.kind)).c_str());
    // What numbers an entry past the removed one follows it down, in the same command: every
    // reference the tables declare (PropInfo::refersTo: a goal's zone, a station's planet).
    for (size_t k = 0; k < size_t(Kind::Count); ++k) {
        const Kind owner = Kind(k);
        for (const PropInfo* p : propsOf(owner)) {
            if (p->refersTo.empty()) continue;
            for (size_t i = 0; i < countOf(level_, owner); ++i) {
                const Ref o{owner, isList(owner) ? int(i) : 0};
                if (referredKind(level_, o, *p) != r.kind) continue;
                const int index = std::get<int>(*get(level_, o, p->key));
                if (index > r.index) record({Op::Type::Set, o, p->key, index, index - 1, {}});
            }
        }
    }
    record({Op::Type::Erase, r, {}, {}, {}, *e});
    group_->focus.reset();
    endGroup();
    if (selection_ == r) selection_.reset();
    fixSelection();
    return true;
}

bool Document::moveBy(Ref r, Vec2 d) {
    std::vector<Change> changes = moveChanges(level_, r, d);
    return !changes.empty() && setMany(r, changes, "move");
}

// [SECTION] History -------------------------------------------------------------------------

bool Document::undo() {
    if (group_ || done_ == 0) return false;
    const Command& c = history_[--done_];
    for (auto it = c.ops.rbegin(); it != c.ops.rend(); ++it) apply(*it, false);
    selection_ = c.focus;
    fixSelection();
    return true;
}

bool Document::redo() {
    if (group_ || done_ >= history_.size()) return false;
    const Command& c = history_[done_++];
    for (const Op& op : c.ops) apply(op, true);
    selection_ = c.focus;
    fixSelection();
    return true;
}

const std::string& Document::undoLabel() const {
    static const std::string kNone;
    return done_ > 0 ? history_[done_ - 1].label : kNone;
}

const std::string& Document::redoLabel() const {
    static const std::string kNone;
    return done_ < history_.size() ? history_[done_].label : kNone;
}

bool Document::dirty() const { return solutionChanged_ || savedAt_ != (long long)done_; }

void Document::markSaved() {
    savedAt_ = (long long)done_;
    solutionChanged_ = false;
}

void Document::setSolution(std::optional<std::vector<InputEvent>> events) {
    level_.solution = std::move(events);
    solutionChanged_ = true;
    ++revision_;
}

void Document::select(std::optional<Ref> r) {
    selection_ = r;
    fixSelection();
}

void Document::fixSelection() {
    if (selection_ && !exists(level_, *selection_)) selection_.reset();
}

} // namespace sp::edit
