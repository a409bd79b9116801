// The top bar: back, the level's title with the unsaved mark, undo and redo, save, the file
// menu, and on the right what the level is ready for: problems, verified, share, test-play.
#include "game/editor/editor.h"

#include "engine/platform/files.h"
#include "engine/ui/ui.h"
#include "game/editor/names.h"
#include "game/editor/tool_icons.h"
#include "game/shell/menu_kit.h"
#include "game/shell/shell.h"
#include "game/view/icons.h"
#include "game/view/theme.h"
#include "game/view/widgets.h"

#include <imgui.h>

#include <algorithm>

namespace sp {

namespace {
// A tooltip that also shows over a disabled button: that is where "why not" is needed most.
void tip(const char* text) {
    if (text && *text && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", text);
}

// A pill that reads like a status and works like a button.
bool statusChip(const char* id, const std::string& text, gfx::Color color, gfx::Color ink) {
    const float h = ImGui::GetFrameHeight();
    const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
    const ImVec2 lo = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton(id, ImVec2(ts.x + h * 0.9f, h));
    const ImVec2 hi = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const gfx::Color bg = ImGui::IsItemHovered() ? gfx::mix(color, view::palette().text, 0.15f) : color;
    dl->AddRectFilled(lo, hi, icons::u32(bg), h * 0.5f);
    dl->AddText(ImVec2(lo.x + h * 0.45f, lo.y + (h - ts.y) * 0.5f), icons::u32(ink), text.c_str());
    return pressed;
}

} // namespace

void EditorScreen::topBar() {
    const Strings& tr = game_.tr();
    const view::Palette& pal = view::palette();
    const float s = ui::scale();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const Level& level = doc_->level();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float b = ImGui::GetFrameHeight();
    // As tall as the amber Test button (1.2 frames); the other controls sit in its middle.
    topPx_ = 1.2f * b + 2 * style.WindowPadding.y;
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(vp->Size.x, topPx_));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
    ImGui::Begin("##editorTop", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                                             ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBringToFrontOnFocus);

    ImGui::SetCursorPosY(style.WindowPadding.y + 0.1f * b);
    // [back] title ●
    if (icons::button("##back", icons::Icon::Back, b, false, tr("editor.back_tip"))) {
        game_.click();
        requestLeave(After::Leave);
    }
    ImGui::SameLine();
    std::string title = level.title.get(game_.lang());
    if (title.empty()) title = tr("editor.untitled");
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(view::imColor(pal.accentHot), "%s", level.id.c_str());
    ImGui::SameLine();
    // The title can be long: it gets what the buttons leave, cut with an ellipsis.
    const float rightW = 560 * s;
    const float titleW = std::max(60.0f, vp->Size.x - ImGui::GetCursorPosX() - rightW - 330 * s);
    const ImVec2 titleAt = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("##title", ImVec2(titleW, b));
    if (ImGui::IsItemClicked()) {
        tab_ = Tab::Level;
        tabRequested_ = true;
    }
    tip(tr("editor.title_tip"));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const std::string mark = unsaved() ? u8"  ●" : "";
    const float markW = ImGui::CalcTextSize(mark.c_str()).x;
    const std::string shown = editor::ellipsize(title, titleW - markW);
    dl->AddText(ImVec2(titleAt.x, titleAt.y + style.FramePadding.y), icons::u32(pal.text), shown.c_str());
    const float shownW = ImGui::CalcTextSize(shown.c_str()).x;
    if (!mark.empty()) {
        dl->AddText(ImVec2(titleAt.x + shownW, titleAt.y + style.FramePadding.y), icons::u32(pal.accent), mark.c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("editor.unsaved"));
    }

    // undo redo | save | file
    ImGui::SameLine();
    const std::string undoTip = doc_->canUndo() ? tr.format("editor.undo_tip", {editor::commandText(tr, doc_->undoLabel())}) : tr("editor.undo_none");
    if (editor::toolButton("##undo", editor::Tool::Undo, ImVec2(b, b), nullptr, undoTip.c_str(), doc_->canUndo())) undo();
    ImGui::SameLine();
    const std::string redoTip = doc_->canRedo() ? tr.format("editor.redo_tip", {editor::commandText(tr, doc_->redoLabel())}) : tr("editor.redo_none");
    if (editor::toolButton("##redo", editor::Tool::Redo, ImVec2(b, b), nullptr, redoTip.c_str(), doc_->canRedo())) redo();
    ImGui::SameLine(0, 14 * s);
    if (view::secondaryButton(tr("editor.save"))) save();
    tip(path_.empty() ? tr("editor.save_new_tip") : tr.format("editor.save_tip", {shownPath(path_)}).c_str());
    ImGui::SameLine();
    if (view::secondaryButton(tr("editor.file"))) ImGui::OpenPopup("##fileMenu");
    if (ImGui::BeginPopup("##fileMenu")) {
        if (ImGui::MenuItem(tr("editor.new"))) requestLeave(After::Templates);
        if (ImGui::MenuItem(tr("editor.open"))) requestLeave(After::Open);
        if (ImGui::MenuItem(tr("editor.save_as"))) {
            closeEdits();
            saveAsPath_ = path_.empty() ? edit::myLevelsDir(game_.userDir()) + edit::fileNameFor(level) : path_;
            dialog_ = Dialog::SaveAs;
            dialogOpened_ = false;
        }
        if (platform::browserFiles()) {
            ImGui::Separator();
            if (ImGui::MenuItem(tr("editor.download"))) {
                closeEdits();
                if (!platform::offerDownload(edit::fileNameFor(level), saveLevel(level))) showStatus(tr("editor.download_failed"), true);
            }
            if (ImGui::MenuItem(tr("editor.open_file"))) {
                if (unsaved()) showStatus(tr("editor.open_file_unsaved"), false);
                platform::requestOpenFile();
            }
        }
        ImGui::Separator();
        // The author's quick way in; Test-play itself opens on the briefing, as a shared link does.
        if (ImGui::MenuItem(tr("editor.test_quick"), nullptr, false, !hasErrors())) testPlay(false);
        ImGui::Separator();
        if (ImGui::MenuItem(tr("editor.back"))) requestLeave(After::Leave);
        ImGui::EndPopup();
    }

    // Right-aligned: problems, verified, share, test-play.
    // Errors first (red), else warnings (amber: nothing is blocked), else all clear (green).
    const size_t warnings = warningCount();
    const std::string problems = hasErrors()        ? problems_.size() == 1 ? std::string(tr("editor.problems_1"))
                                                                            : tr.format("editor.problems_n", {std::to_string(problems_.size())})
                                 : warnings == 0    ? std::string(tr("editor.no_problems"))
                                 : warnings == 1    ? std::string(tr("editor.warnings_1"))
                                                    : tr.format("editor.warnings_n", {std::to_string(warnings)});
    const std::string verified = verified_ ? tr("editor.verified") : tr("editor.not_verified");
    const char* testLabel = tr("editor.test");
    const float chipW = [&](const std::string& t) { return ImGui::CalcTextSize(t.c_str()).x + b * 0.9f; }(problems) +
                        ImGui::CalcTextSize(verified.c_str()).x + b * 0.9f;
    const float shareW = ImGui::CalcTextSize(tr("editor.share")).x + style.FramePadding.x * 3;
    const float testW = ImGui::CalcTextSize(testLabel).x + style.FramePadding.x * 3;
    const float total = chipW + shareW + testW + 3 * style.ItemSpacing.x;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX() + 10 * s, vp->Size.x - style.WindowPadding.x - total));
    // A warning is pale amber with amber words: not the solid amber of "Verified" beside it.
    const gfx::Color chip = hasErrors() ? pal.danger : warnings > 0 ? gfx::withAlpha(pal.accent, 0.3f) : gfx::withAlpha(pal.success, 0.35f);
    const gfx::Color ink = hasErrors() ? pal.spaceDeep : warnings > 0 ? pal.accentHot : pal.text;
    if (statusChip("##problems", problems, chip, ink)) {
        tab_ = Tab::Problems;
        tabRequested_ = true;
    }
    tip(hasErrors() || warnings == 0 ? tr("editor.problems_tip") : tr("editor.warnings_tip"));
    ImGui::SameLine();
    statusChip("##verified", verified, verified_ ? pal.accent : pal.panelLight, verified_ ? pal.spaceDeep : pal.textDim);
    tip(verified_ ? tr("editor.verified_tip") : tr("editor.not_verified_tip"));
    ImGui::SameLine();
    const bool canShare = !hasErrors() && verified_;
    ImGui::BeginDisabled(!canShare);
    if (view::secondaryButton(tr("editor.share"))) {
        closeEdits();
        dialog_ = Dialog::Share;
        dialogOpened_ = false;
        shareCopied_ = false;
    }
    ImGui::EndDisabled();
    tip(canShare ? tr("editor.share_tip") : hasErrors() ? tr("editor.share_errors") : tr("editor.share_unverified"));
    ImGui::SameLine();
    // The amber button: the one thing to press when the level is ready.
    ImGui::SetCursorPosY(style.WindowPadding.y);
    if (view::primaryButton(testLabel)) testPlay(true);
    tip(hasErrors() ? tr("editor.test_blocked_tip") : tr("editor.test_tip"));
    ImGui::End();
    ImGui::PopStyleVar();
}

} // namespace sp
