#include "game/shell/my_levels.h"

#include "engine/ui/ui.h"
#include "game/text/strings.h"
#include "game/view/icons.h"
#include "game/view/theme.h"
#include "game/view/widgets.h"

#include <imgui.h>

#include <algorithm>

namespace sp {

namespace {
void chip(const std::string& text, gfx::Color bg, gfx::Color ink) {
    ImGui::PushStyleColor(ImGuiCol_Text, view::imColor(ink));
    view::chip(text.c_str(), bg);
    ImGui::PopStyleColor();
}
} // namespace

MyLevelPick myLevelCards(const Strings& tr, const std::vector<edit::LevelEntry>& levels, bool offerPlay) {
    const view::Palette& pal = view::palette();
    const float s = ui::scale();
    MyLevelPick pick;
    // The page's column (menu pages push its width as the item width), or what is left.
    const float width = std::min(ImGui::GetContentRegionAvail().x, ImGui::CalcItemWidth());
    for (size_t i = 0; i < levels.size(); ++i) {
        const edit::LevelEntry& e = levels[i];
        const bool playable = e.problems.empty();
        ImGui::PushID(int(i));
        ImDrawList* dl = ImGui::GetWindowDrawList();
        // The card's frame is drawn under its content once the content's height is known.
        dl->ChannelsSplit(2);
        dl->ChannelsSetCurrent(1);
        const ImVec2 lo = ImGui::GetCursorScreenPos();
        const float pad = 14 * s;
        ImGui::SetCursorScreenPos(ImVec2(lo.x + pad, lo.y + pad * 0.7f));
        ImGui::BeginGroup();
        const std::string title = e.level.title.get(tr.language());
        ImGui::TextColored(view::imColor(pal.accentHot), "%s", e.level.id.empty() ? "?" : e.level.id.c_str());
        ImGui::SameLine();
        ImGui::TextUnformatted(title.empty() ? tr("editor.untitled") : title.c_str());
        if (playable) chip(tr("mine.ready"), gfx::withAlpha(pal.success, 0.3f), pal.text);
        else if (e.problems.size() == 1) chip(tr("mine.draft_1"), gfx::withAlpha(pal.danger, 0.35f), pal.text);
        else chip(tr.format("mine.draft", {std::to_string(e.problems.size())}), gfx::withAlpha(pal.danger, 0.35f), pal.text);
        if (e.verified) {
            ImGui::SameLine();
            chip(tr("editor.verified"), pal.accent, pal.spaceDeep);
        }
        ImGui::EndGroup();
        const float contentBottom = ImGui::GetItemRectMax().y;
        // Buttons on the right, in the middle of the card's height.
        const float bw = 110 * s;
        const float buttons = (offerPlay ? 2 : 1) * bw + (offerPlay ? ImGui::GetStyle().ItemSpacing.x : 0);
        const float cardH = std::max(contentBottom - lo.y + pad * 0.7f, ImGui::GetFrameHeight() + pad * 1.4f);
        ImGui::SetCursorScreenPos(ImVec2(lo.x + width - pad - buttons, lo.y + (cardH - ImGui::GetFrameHeight()) * 0.5f));
        if (offerPlay) {
            ImGui::BeginDisabled(!playable);
            if (view::secondaryButton(tr("mine.play"), bw)) pick = {MyLevelAction::Play, i};
            ImGui::EndDisabled();
            if (!playable && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tr("mine.play_draft"));
            ImGui::SameLine();
        }
        if (view::secondaryButton(tr("mine.edit"), bw)) pick = {MyLevelAction::Edit, i};
        dl->ChannelsSetCurrent(0);
        const ImVec2 hi(lo.x + width, lo.y + cardH);
        dl->AddRectFilled(lo, hi, icons::u32(pal.panel), 12 * s);
        dl->AddRect(lo, hi, icons::u32(pal.border), 12 * s, 0, 1.5f);
        dl->ChannelsMerge();
        ImGui::SetCursorScreenPos(ImVec2(lo.x, hi.y + 8 * s));
        ImGui::Dummy(ImVec2(width, 0));
        ImGui::PopID();
    }
    return pick;
}

} // namespace sp
