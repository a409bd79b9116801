#include "game/screens/briefing_view.h"

#include "engine/ui/ui.h"
#include "game/shell/menu_kit.h"
#include "game/shell/shell.h"
#include "game/text/goal_text.h"
#include "game/view/icons.h"
#include "game/view/text_wrap.h"
#include "game/view/theme.h"
#include "game/view/widgets.h"

#include <algorithm>

namespace sp {

namespace {

void sectionHeading(const char* text) {
    ImGui::Dummy(ImVec2(0, 6 * ui::scale()));
    textColored(view::palette().accentHot, text);
}

void bulletLine(const std::string& text, gfx::Color dot) {
    const float line = ImGui::GetTextLineHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + line * 0.4f, at.y + line * 0.5f), line * 0.14f, icons::u32(dot));
    ImGui::Dummy(ImVec2(line * 0.8f, line));
    ImGui::SameLine();
    view::wrappedText(text);
}

// The colour of each kind of fact number's tag: green for real, the path's blue for derived,
// amber for an estimate, violet for a number chosen for the game.
gfx::Color kindColor(const std::string& kind) {
    const view::Palette& pal = view::palette();
    if (kind == "real") return pal.success;
    if (kind == "derived") return pal.trajectory;
    if (kind == "estimate") return pal.accent;
    return gfx::rgb(0xe09cff);
}

// A fact number's value with its kind beside it (real, derived, estimate, tuned for play):
// an outlined tag on the value's line, or under it when the line has no room. The tag's words
// are what a projector shows; its tooltip says what the kind means.
void valueWithKind(Shell& game, const FactNumber& n) {
    const std::string value = game.text(n.value);
    if (n.provenance.empty()) {
        view::wrappedText(value);
        return;
    }
    const Strings& tr = game.tr();
    const std::string key = "briefing.kind_" + n.provenance;
    const char* tag = tr(key.c_str());
    const float small = 0.85f;
    const float line = ImGui::GetTextLineHeight();
    const ImVec2 ts(ImGui::CalcTextSize(tag).x * small, line * small);
    const ImVec2 pad(line * 0.35f, line * 0.08f);
    const ImVec2 size(ts.x + 2 * pad.x, ts.y + 2 * pad.y);
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float avail = ImGui::GetContentRegionAvail().x;
    const auto lines = view::wrapLines(value, avail);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    view::wrappedText(value, avail);
    // After the value's last line if there is room there, else on a line of its own.
    const float lastW = lines.empty() ? 0 : ImGui::CalcTextSize(value.data() + lines.back().first, value.data() + lines.back().second).x;
    if (lastW + gap + size.x <= avail) {
        const float lastTop = ImGui::GetItemRectMax().y - line;
        ImGui::SetCursorScreenPos(ImVec2(start.x + lastW + gap, lastTop + (line - size.y) * 0.5f));
    }
    const gfx::Color c = kindColor(n.provenance);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(at.x + size.x, at.y + size.y);
    dl->AddRectFilled(at, end, icons::u32(gfx::withAlpha(c, 0.16f)), size.y * 0.5f);
    dl->AddRect(at, end, icons::u32(c), size.y * 0.5f, 0, 1.5f * ui::scale());
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize() * small, ImVec2(at.x + pad.x, at.y + pad.y), icons::u32(c), tag);
    ImGui::Dummy(size);
    if (ImGui::IsItemHovered()) view::tooltip(tr((key + "_tip").c_str()));
}

void beginPanel(const char* id, ImVec2 size, bool toTop) {
    const float s = ui::scale();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, imColor(view::palette().panel));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 14 * s);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(22 * s, 16 * s));
    ImGui::BeginChild(id, size, true, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar(2);
    if (toTop) ImGui::SetScrollY(0);
    ImGui::PushTextWrapPos(0);
}

void endPanel() {
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

bool hasFact(const FactCard& f) { return !f.empty(); }

} // namespace

void BriefingView::reset() {
    toTop_ = true;
    teacherOpen_ = false;
}

void BriefingView::draw(Shell& game, const Level& level, ImVec2 size) {
    const float s = ui::scale();
    // A made level may have no fact card: then the mission takes the whole width. A wide
    // window (a projector) shows the fact card beside the mission instead of below.
    const bool twoColumns = hasFact(level.fact) && size.x >= 1000 * s;
    const float gap = 18 * s;
    const float leftW = twoColumns ? (size.x - gap) * 0.56f : size.x;
    beginPanel("##brief", ImVec2(leftW, size.y), toTop_);
    mission(game, level);
    if (!twoColumns) factCard(game, level);
    teacherNote(game, level);
    endPanel();
    if (twoColumns) {
        ImGui::SameLine(0, gap);
        beginPanel("##factPanel", ImVec2(size.x - leftW - gap, size.y), toTop_);
        factCard(game, level);
        endPanel();
    }
    toTop_ = false;
}

void BriefingView::mission(Shell& game, const Level& level) {
    const Strings& tr = game.tr();
    const view::Palette& pal = view::palette();
    sectionHeading(tr("briefing.objective"));
    view::wrappedText(game.text(level.briefing));

    sectionHeading(tr("briefing.goals"));
    for (const Goal& g : level.goals.list) {
        bulletLine(goalText(g, level, tr), pal.teal);
        ImGui::Indent(ImGui::GetTextLineHeight() * 0.8f + ImGui::GetStyle().ItemSpacing.x);
        for (const std::string& d : goalDetails(g, level, tr)) textColored(pal.textDim, d.c_str());
        ImGui::Unindent(ImGui::GetTextLineHeight() * 0.8f + ImGui::GetStyle().ItemSpacing.x);
    }

    sectionHeading(tr("briefing.stars"));
    const float line = ImGui::GetTextLineHeight();
    auto starLine = [&](const std::string& text) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        icons::star(ImGui::GetWindowDrawList(), ImVec2(at.x + line * 0.4f, at.y + line * 0.5f), line * 0.4f, true,
                    icons::u32(pal.accent));
        ImGui::Dummy(ImVec2(line * 0.8f, line));
        ImGui::SameLine();
        view::wrappedText(text);
    };
    starLine(tr("star.win"));
    for (const StarRule& r : level.stars) starLine(starRuleText(r, tr));
}

void BriefingView::factCard(Shell& game, const Level& level) {
    const Strings& tr = game.tr();
    const view::Palette& pal = view::palette();
    const FactCard& f = level.fact;
    if (!hasFact(f)) return;
    sectionHeading(tr("briefing.fact"));
    const float s = ui::scale();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, imColor(pal.panelLight));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 10 * s);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(18 * s, 12 * s));
    // Auto-height children need a fixed height in ImGui 1.86: measure by drawing in a group.
    ImGui::BeginChild("##fact", ImVec2(0, factHeight_), true, ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar);
    ImGui::PopStyleVar(2);
    const float top = ImGui::GetCursorPosY();
    ImGui::PushTextWrapPos(0);
    if (!f.title.empty()) textColored(pal.tealBright, game.text(f.title).c_str());
    if (!f.text.empty()) view::wrappedText(game.text(f.text));
    if (!f.numbers.empty() && ImGui::BeginTable("##numbers", 2, ImGuiTableFlags_SizingStretchProp)) {
        // The label column as wide as its longest label (capped), the value gets the rest.
        float labelW = 0;
        for (const FactNumber& n : f.numbers) labelW = std::max(labelW, ImGui::CalcTextSize(game.text(n.label).c_str()).x);
        labelW = std::min(labelW, ImGui::GetContentRegionAvail().x * 0.4f);
        ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, labelW);
        ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        for (const FactNumber& n : f.numbers) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            textColored(pal.textDim, game.text(n.label).c_str());
            ImGui::TableSetColumnIndex(1);
            ImGui::PushTextWrapPos(0);
            valueWithKind(game, n);
            if (!n.source.empty()) {
                ImGui::SetWindowFontScale(0.8f);
                view::wrappedText(tr.format("briefing.source", {game.text(n.source)}), pal.textDim);
                ImGui::SetWindowFontScale(1.0f);
            }
            ImGui::PopTextWrapPos();
        }
        ImGui::EndTable();
    }
    if (!f.not_to_scale.empty()) {
        ImGui::Spacing();
        const float line = ImGui::GetTextLineHeight();
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddCircle(ImVec2(at.x + line * 0.45f, at.y + line * 0.5f), line * 0.4f, icons::u32(pal.accent), 16, 1.5f);
        ImGui::GetWindowDrawList()->AddText(ImVec2(at.x + line * 0.45f - ImGui::CalcTextSize("!").x * 0.5f, at.y),
                                            icons::u32(pal.accent), "!");
        ImGui::Dummy(ImVec2(line, line));
        ImGui::SameLine();
        wrappedText(game.text(f.not_to_scale).c_str(), pal.accentHot);
    }
    ImGui::PopTextWrapPos();
    factHeight_ = ImGui::GetCursorPosY() - top + 2 * 12 * s + 4;
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void BriefingView::teacherNote(Shell& game, const Level& level) {
    const Strings& tr = game.tr();
    const TeacherNote& t = level.teacher;
    if (t.objective.empty() && t.key_idea.empty() && t.question.empty()) return;
    ImGui::Dummy(ImVec2(0, 8 * ui::scale()));
    ImGui::SetNextItemOpen(teacherOpen_);
    teacherOpen_ = ImGui::CollapsingHeader(tr("briefing.teacher"));
    if (!teacherOpen_) return;
    auto item = [&](const char* key, const Text& text) {
        if (text.empty()) return;
        textColored(view::palette().tealBright, tr(key));
        view::wrappedText(game.text(text));
    };
    item("briefing.teacher_objective", t.objective);
    item("briefing.teacher_key_idea", t.key_idea);
    item("briefing.teacher_question", t.question);
}

} // namespace sp
