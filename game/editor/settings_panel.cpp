// The level's settings, in the "Level" tab: one folding section per part of the level file
// (the level itself, actions, goals, stars, hints, fact card, teacher note), each drawn by
// the same generic inspector as the map's objects, and the lists with add and remove.
#include "game/editor/editor.h"

#include "engine/ui/ui.h"
#include "game/editor/names.h"
#include "game/edit/ground.h"
#include "game/shell/shell.h"
#include "game/text/goal_text.h"
#include "game/view/text_wrap.h"
#include "game/view/theme.h"
#include "game/view/widgets.h"

#include <imgui.h>

#include <algorithm>

namespace sp {

namespace {
bool startsWith(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

// What is wrong inside `r`, at worst: nothing, a warning or an error.
enum class Mark { None, Warning, Error };

Mark markOf(const std::vector<Problem>& problems, edit::Ref r) {
    const std::string p = edit::pointerOf(r);
    Mark m = Mark::None;
    for (const Problem& pr : problems) {
        const bool inside = r.kind == edit::Kind::Level   // the level's own keys, not the whole document
                                ? edit::refFromPointer(pr.pointer) == r && !pr.pointer.empty()
                                : pr.pointer == p || startsWith(pr.pointer, p + "/");
        if (!inside) continue;
        if (pr.severity == Severity::Error) return Mark::Error;
        m = Mark::Warning;
    }
    return m;
}

// Pushes the text colour of a header with that mark: red for an error inside, amber for a
// warning. False (nothing pushed) for none.
bool pushMark(Mark m) {
    if (m == Mark::None) return false;
    ImGui::PushStyleColor(ImGuiCol_Text, view::imColor(m == Mark::Error ? view::palette().danger : view::palette().accent));
    return true;
}

// A section header, coloured by what is inside.
bool section(const std::string& label, Mark mark, bool openByDefault) {
    const bool pushed = pushMark(mark);
    const bool open = ImGui::CollapsingHeader(label.c_str(), openByDefault ? ImGuiTreeNodeFlags_DefaultOpen : 0);
    if (pushed) ImGui::PopStyleColor();
    return open;
}

// What an entry of a list says, for its folded header: a goal or star in words, a hint's
// first words, a fact number's label.
std::string summary(const Level& level, edit::Ref r, const Strings& tr) {
    const std::string& lang = tr.language();
    auto cut = [](const std::string& s) {
        if (s.size() <= 48) return s;
        size_t n = 45;
        while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
        return s.substr(0, n) + u8"…";
    };
    switch (r.kind) {
    case edit::Kind::Goal: return goalText(level.goals.list[size_t(r.index)], level, tr);
    case edit::Kind::Star: return starRuleText(level.stars[size_t(r.index)], tr);
    case edit::Kind::Hint: return cut(level.hints[size_t(r.index)].get(lang));
    case edit::Kind::FactNumber: return cut(level.fact.numbers[size_t(r.index)].label.get(lang));
    default: return "";
    }
}
} // namespace

void EditorScreen::levelTab() {
    const Strings& tr = game_.tr();
    const view::Palette& pal = view::palette();
    ImGui::PushTextWrapPos(0);
    auto single = [&](edit::Kind k, const char* key, bool open) {
        const edit::Ref r{k, 0};
        ImGui::PushID(key);
        if (section(tr(key), markOf(listed_, r), open)) inspector_.draw(*doc_, r, tr, listed_);
        ImGui::PopID();
    };
    single(edit::Kind::Level, "editor.sec_level", true);
    single(edit::Kind::Actions, "editor.sec_actions", false);
    // Goals: how they combine, then the list.
    const Mark goalsMark = markOf(listed_, {edit::Kind::Goals, 0});
    if (section(tr("editor.sec_goals"), goalsMark, false)) {
        inspector_.draw(*doc_, {edit::Kind::Goals, 0}, tr, listed_);
        listSection(edit::Kind::Goal, "editor.add_goal");
    }
    if (section(tr("editor.sec_stars"), markOf(listed_, {edit::Kind::Star, 0}), false)) {
        view::wrappedText(tr("editor.stars_intro"), pal.textDim);
        listSection(edit::Kind::Star, "editor.add_star");
    }
    if (section(tr("editor.sec_hints"), markOf(listed_, {edit::Kind::Hint, 0}), false)) listSection(edit::Kind::Hint, "editor.add_hint");
    const Mark factMark = markOf(listed_, {edit::Kind::Fact, 0});
    if (section(tr("editor.sec_fact"), factMark, false)) {
        inspector_.draw(*doc_, {edit::Kind::Fact, 0}, tr, listed_);
        ImGui::TextColored(view::imColor(pal.accentHot), "%s", tr("editor.fact_numbers"));
        listSection(edit::Kind::FactNumber, "editor.add_number");
    }
    single(edit::Kind::Teacher, "editor.sec_teacher", false);
    single(edit::Kind::Frame, "editor.sec_frame", false);
    if (doc_->level().frame.kind == "local") groundSection();
    ImGui::PopTextWrapPos();
}

// A landing site's ground made from a seed, as `starpath-cli terrain` makes it: craters with
// rims and rocks over a rolling plain, the same on every machine; the zones stay clear. The
// line's points stay editable one by one on the map, and one undo brings the old line back.
void EditorScreen::groundSection() {
    const Strings& tr = game_.tr();
    const view::Palette& pal = view::palette();
    if (!section(tr("editor.sec_ground"), Mark::None, false)) return;
    view::wrappedText(tr("editor.ground_intro"), pal.textDim);
    ImGui::SetNextItemWidth(8 * ImGui::GetFontSize());
    if (ImGui::InputInt(tr("editor.ground_seed"), &groundSeed_)) groundSeed_ = std::clamp(groundSeed_, 1, 999999);
    auto make = [&] {
        closeEdits();
        const std::vector<GroundPoint> points = edit::groundFromSeed(doc_->level(), uint64_t(groundSeed_));
        if (edit::replaceGround(*doc_, points))
            showStatus(tr.format("editor.ground_made", {std::to_string(groundSeed_), std::to_string(points.size())}), false);
        else
            showStatus(tr("editor.ground_same"), false);
    };
    if (view::secondaryButton(tr("editor.ground_make"))) make();
    ImGui::SameLine();
    if (view::secondaryButton(tr("editor.ground_next"))) {   // another seed, at once
        groundSeed_ = groundSeed_ % 999999 + 1;
        make();
    }
}

void EditorScreen::listSection(edit::Kind k, const char* addKey) {
    const Strings& tr = game_.tr();
    const Level& level = doc_->level();
    const size_t n = edit::countOf(level, k);
    ImGui::PushID(int(k));
    ImGui::Indent(6 * ui::scale());
    for (size_t i = 0; i < n; ++i) {
        const edit::Ref r{k, int(i)};
        ImGui::PushID(int(i));
        const Mark mark = markOf(listed_, r);
        // The header's text fits its row (ImGui would run it under the scrollbar).
        const float room = ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() - ImGui::GetStyle().FramePadding.x * 2;
        const std::string label = editor::ellipsize(std::to_string(i + 1) + ". " + summary(level, r, tr), room) + "###entry";
        const bool pushed = pushMark(mark);
        // Selected in the Selected tab, or named by a problem that was clicked: open here too.
        if (doc_->selection() == r) ImGui::SetNextItemOpen(true, ImGuiCond_Appearing);
        const bool open = ImGui::TreeNodeEx(label.c_str(), ImGuiTreeNodeFlags_SpanAvailWidth | ImGuiTreeNodeFlags_FramePadding);
        if (pushed) ImGui::PopStyleColor();
        if (open) {
            inspector_.draw(*doc_, r, tr, listed_);
            bool removed = false;
            if (view::secondaryButton(tr("editor.duplicate"))) {
                closeEdits();
                doc_->duplicate(r);
            }
            ImGui::SameLine();
            if (view::secondaryButton(tr("editor.delete"))) {
                closeEdits();
                removed = doc_->remove(r);
            }
            ImGui::TreePop();
            if (removed) {
                ImGui::PopID();
                break;   // the list changed under us: the next frame draws it again
            }
        }
        ImGui::PopID();
    }
    const bool room = n < edit::maxCountOf(k);
    ImGui::BeginDisabled(!room);
    if (view::secondaryButton(tr(addKey))) {
        closeEdits();
        doc_->add(k);   // selected, so its folded entry opens when it first appears
    }
    ImGui::EndDisabled();
    if (!room && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", tr.format("editor.full", {std::to_string(edit::maxCountOf(k))}).c_str());
    ImGui::Unindent(6 * ui::scale());
    ImGui::PopID();
}

} // namespace sp
