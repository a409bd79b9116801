// The panel on the right: three tabs. "Selected" is the inspector of what is selected (or a
// list of everything on the map to pick from); "Level" is the level's settings
// (settings_panel.cpp); "Problems" is the live validation list.
#include "game/editor/editor.h"

#include "engine/ui/ui.h"
#include "game/editor/names.h"
#include "game/shell/shell.h"
#include "game/view/icons.h"
#include "game/view/text_wrap.h"
#include "game/view/theme.h"
#include "game/view/widgets.h"

#include <imgui.h>

#include <algorithm>

// Index
// [SECTION] the panel and its tabs
// [SECTION] selected
// [SECTION] problems

namespace sp {

namespace {
bool startsWith(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

// Problems of `severity` about `r` itself or any of its properties.
size_t problemsIn(const std::vector<Problem>& problems, edit::Ref r, Severity severity) {
    const std::string p = edit::pointerOf(r);
    return size_t(std::count_if(problems.begin(), problems.end(), [&](const Problem& pr) {
        return pr.severity == severity && (pr.pointer == p || startsWith(pr.pointer, p + "/"));
    }));
}

// A warning triangle or an error's cross, a line tall, at the cursor.
void severityIcon(Severity severity) {
    const view::Palette& pal = view::palette();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float line = ImGui::GetTextLineHeight();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 c(at.x + line * 0.5f, at.y + line * 0.5f);
    const float r = line * 0.42f;
    if (severity == Severity::Warning) {
        dl->AddTriangleFilled(ImVec2(c.x, c.y - r), ImVec2(c.x + r * 1.1f, c.y + r * 0.85f), ImVec2(c.x - r * 1.1f, c.y + r * 0.85f),
                              icons::u32(pal.accent));
        dl->AddLine(ImVec2(c.x, c.y - r * 0.35f), ImVec2(c.x, c.y + r * 0.3f), icons::u32(pal.spaceDeep), std::max(1.5f, r * 0.22f));
        dl->AddCircleFilled(ImVec2(c.x, c.y + r * 0.6f), std::max(1.0f, r * 0.12f), icons::u32(pal.spaceDeep));
    } else {
        dl->AddCircleFilled(c, r, icons::u32(pal.danger));
        const float k = r * 0.45f;
        dl->AddLine(ImVec2(c.x - k, c.y - k), ImVec2(c.x + k, c.y + k), icons::u32(pal.spaceDeep), std::max(1.5f, r * 0.22f));
        dl->AddLine(ImVec2(c.x - k, c.y + k), ImVec2(c.x + k, c.y - k), icons::u32(pal.spaceDeep), std::max(1.5f, r * 0.22f));
    }
    ImGui::Dummy(ImVec2(line, line));
}

void heading(const std::string& text) {
    ImGui::PushFont(ui::font(ui::FontRole::Body));
    ImGui::TextColored(view::imColor(view::palette().accentHot), "%s", text.c_str());
    ImGui::PopFont();
}
} // namespace

// [SECTION] the panel and its tabs

void EditorScreen::sidePanel() {
    const Strings& tr = game_.tr();
    const float s = ui::scale();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    rightPx_ = std::min(420 * s, vp->Size.x * 0.38f);
    listed_ = allProblems();
    ImGui::SetNextWindowPos(ImVec2(vp->Size.x - rightPx_, topPx_));
    ImGui::SetNextWindowSize(ImVec2(rightPx_, vp->Size.y - topPx_));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
    ImGui::Begin("##editorPanel", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                                               ImGuiWindowFlags_NoBringToFrontOnFocus);
    // A tab asked for by the last frame (a click inside a tab asks for the next frame).
    const bool requested = tabRequested_;
    tabRequested_ = false;
    if (ImGui::BeginTabBar("##tabs")) {
        auto tab = [&](Tab which, const std::string& label) {
            const ImGuiTabItemFlags flags = requested && tab_ == which ? ImGuiTabItemFlags_SetSelected : 0;
            const bool open = ImGui::BeginTabItem(label.c_str(), nullptr, flags);
            if (open && !requested && !tabRequested_) tab_ = which;
            return open;
        };
        if (tab(Tab::Selected, std::string(tr("editor.tab_selected")) + "###selected")) {
            ImGui::BeginChild("##selected");
            selectedTab();
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        if (tab(Tab::Level, std::string(tr("editor.tab_level")) + "###level")) {
            ImGui::BeginChild("##level");
            levelTab();
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        const std::string problems = listed_.empty() ? std::string(tr("editor.tab_problems"))
                                                     : tr.format("editor.tab_problems_n", {std::to_string(listed_.size())});
        if (tab(Tab::Problems, problems + "###problems")) {
            ImGui::BeginChild("##problems");
            problemsTab();
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    ImGui::End();
    ImGui::PopStyleVar();
}

// [SECTION] selected

void EditorScreen::selectedTab() {
    const Strings& tr = game_.tr();
    const view::Palette& pal = view::palette();
    const std::optional<edit::Ref> sel = doc_->selection();
    ImGui::PushTextWrapPos(0);
    if (!sel || !edit::exists(doc_->level(), *sel)) {
        view::wrappedText(tr("editor.nothing_selected_long"), pal.textDim);
        ImGui::Spacing();
        objectList();
        ImGui::PopTextWrapPos();
        return;
    }
    const edit::Ref r = *sel;
    heading(editor::refName(tr, doc_->level(), r));
    if (edit::isPlaced(r.kind)) {
        if (view::secondaryButton(tr("editor.show_on_map"))) frameRef(r);
        if (edit::isList(r.kind)) ImGui::SameLine();
    }
    if (edit::isList(r.kind)) {
        if (view::secondaryButton(tr("editor.duplicate"))) duplicateSelection();
        ImGui::SameLine();
        if (view::secondaryButton(tr("editor.delete"))) {
            deleteSelection();
            ImGui::PopTextWrapPos();
            return;
        }
    }
    // Problems about the object as a whole ("the ship starts inside the Earth"). A hint is its
    // one field: the inspector shows its problems under it.
    const std::string p = edit::pointerOf(r);
    for (const Problem& pr : listed_)
        if (pr.pointer == p && r.kind != edit::Kind::Hint) view::wrappedText(editor::problemText(tr, pr), pr.severity == Severity::Error ? pal.danger : pal.accent);
    ImGui::Separator();
    inspector_.draw(*doc_, r, tr, listed_);
    ImGui::PopTextWrapPos();
}

void EditorScreen::objectList() {
    const Strings& tr = game_.tr();
    const view::Palette& pal = view::palette();
    const Level& level = doc_->level();
    for (edit::Kind k : {edit::Kind::Ship, edit::Kind::Craft, edit::Kind::Attractor, edit::Kind::Zone, edit::Kind::Gate,
                         edit::Kind::Debris, edit::Kind::Station, edit::Kind::GroundPoint, edit::Kind::Satellite}) {
        for (size_t i = 0; i < edit::countOf(level, k); ++i) {
            const edit::Ref r{k, int(i)};
            const size_t bad = problemsIn(listed_, r, Severity::Error);
            const size_t odd = problemsIn(listed_, r, Severity::Warning);
            ImGui::PushID(int(k));
            ImGui::PushID(int(i));
            if (bad || odd) ImGui::PushStyleColor(ImGuiCol_Text, view::imColor(bad ? pal.danger : pal.accent));
            if (ImGui::Selectable(editor::refName(tr, level, r).c_str(), hover_ == r)) {
                doc_->select(r);
                revealRef(r);
            }
            if (bad || odd) ImGui::PopStyleColor();
            ImGui::PopID();
            ImGui::PopID();
        }
    }
}

// [SECTION] problems

void EditorScreen::goToProblem(const Problem& p) {
    const std::optional<edit::Ref> r = edit::refFromPointer(p.pointer);
    if (!r || !edit::exists(doc_->level(), *r)) return;
    closeEdits();
    doc_->select(r);
    tab_ = Tab::Selected;
    tabRequested_ = true;
    if (edit::isPlaced(r->kind)) revealRef(*r);
    // The property the problem names, scrolled into view in the inspector.
    const std::string key = edit::propKeyOf(*r, p.pointer);
    if (!key.empty()) inspector_.reveal(*r, key);
}

void EditorScreen::problemsTab() {
    const Strings& tr = game_.tr();
    const view::Palette& pal = view::palette();
    const float s = ui::scale();
    ImGui::PushTextWrapPos(0);
    if (problems_.empty()) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float line = ImGui::GetTextLineHeight();
        icons::draw(ImGui::GetWindowDrawList(), icons::Icon::Check, ImVec2(at.x + line * 0.5f, at.y + line * 0.5f), line,
                    icons::u32(pal.success));
        ImGui::Dummy(ImVec2(line, line));
        ImGui::SameLine();
        view::wrappedText(tr(listed_.empty() ? "editor.no_problems_long" : "editor.no_errors_long"), pal.success);
    } else {
        view::wrappedText(tr("editor.problems_intro"), pal.textDim);
    }
    if (listed_.size() > problems_.size()) {
        ImGui::Spacing();
        view::wrappedText(tr("editor.warnings_intro"), pal.textDim);
    }
    ImGui::Spacing();
    const float width = ImGui::GetContentRegionAvail().x;
    for (size_t i = 0; i < listed_.size(); ++i) {
        const Problem& p = listed_[i];
        const bool error = p.severity == Severity::Error;
        if (i == problems_.size() && i > 0) {   // the warnings, after the errors
            ImGui::Separator();
            ImGui::Spacing();
        }
        const std::optional<edit::Ref> r = edit::refFromPointer(p.pointer);
        std::string where = r && edit::exists(doc_->level(), *r) ? editor::refName(tr, doc_->level(), *r) : tr("editor.whole_level");
        // The property, when the pointer names one: "Zone 2 · Radius (km)".
        if (r && edit::exists(doc_->level(), *r)) {
            const std::string key = edit::propKeyOf(*r, p.pointer);
            if (const PropInfo* info = key.empty() ? nullptr : edit::findProp(r->kind, key))
                where += u8" · " + editor::fieldLabel(tr, doc_->level(), *r, *info);
        }
        ImGui::PushID(int(i));
        const ImVec2 lo = ImGui::GetCursorScreenPos();
        ImGui::BeginGroup();
        severityIcon(p.severity);
        ImGui::SameLine();
        ImGui::TextColored(view::imColor(error ? pal.danger : pal.accent), "%s",
                           (std::string(tr(error ? "editor.severity_error" : "editor.severity_warning")) + u8" · " + where).c_str());
        view::wrappedText(editor::problemText(tr, p), pal.text, width - 8 * s);
        ImGui::EndGroup();
        const ImVec2 hi(lo.x + width, ImGui::GetItemRectMax().y);
        ImGui::SetCursorScreenPos(lo);
        if (ImGui::InvisibleButton("##go", ImVec2(width, hi.y - lo.y))) goToProblem(p);
        if (ImGui::IsItemHovered()) {
            ImGui::GetWindowDrawList()->AddRect(ImVec2(lo.x - 4 * s, lo.y - 3 * s), ImVec2(hi.x, hi.y + 3 * s), icons::u32(pal.teal), 6 * s, 0, 1.5f);
            ImGui::SetTooltip("%s", tr("editor.problem_tip"));
        }
        ImGui::Dummy(ImVec2(0, 4 * s));
        ImGui::PopID();
    }
    ImGui::PopTextWrapPos();
}

} // namespace sp
