// The editor's dialogs, one at a time, over a dimmed screen: unsaved edits before leaving,
// save as, restoring an autosave, sharing, and why test-play cannot start.
#include "game/editor/editor.h"

#include "engine/core/file_io.h"
#include "engine/core/log.h"
#include "engine/platform/files.h"
#include "engine/platform/storage.h"
#include "engine/ui/ui.h"
#include "game/editor/text_field.h"
#include "game/shell/shell.h"
#include "game/sim/share_link.h"
#include "game/view/text_wrap.h"
#include "game/view/theme.h"
#include "game/view/widgets.h"

#include <imgui.h>
#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

#include <algorithm>
#include <utility>
#include <vector>

// Index
// [SECTION] one dialog at a time
// [SECTION] each dialog

namespace sp {

namespace {
float dialogWidth() { return std::min(620 * ui::scale(), ImGui::GetMainViewport()->Size.x - 40); }

// The dialogs' buttons share a row: the secondary ones as tall as the amber one.
bool button(const char* label, float width, bool primary = false) {
    if (primary) return view::primaryButton(label, width);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                        ImVec2(ImGui::GetStyle().FramePadding.x, ImGui::GetStyle().FramePadding.y + ImGui::GetFrameHeight() * 0.1f));
    const bool pressed = view::secondaryButton(label, width);
    ImGui::PopStyleVar();
    return pressed;
}

void heading(const char* text) {
    ImGui::PushFont(ui::font(ui::FontRole::Title));
    ImGui::SetWindowFontScale(0.7f);
    ImGui::TextColored(view::imColor(view::palette().accentHot), "%s", text);
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
}

// The address the game is served from, for share links. In the browser it is the page's own;
// natively there is none, and the link is only its "#level=..." part.
std::string pageAddress() {
#ifdef __EMSCRIPTEN__
    const char* href = emscripten_run_script_string("String(window.location.href).split('#')[0]");
    return href ? href : "";
#else
    return "";
#endif
}
} // namespace

// [SECTION] one dialog at a time

void EditorScreen::dialogs() {
    const char* id = nullptr;
    switch (dialog_) {
    case Dialog::None: return;
    case Dialog::Leave: id = "##leave"; break;
    case Dialog::SaveAs: id = "##saveAs"; break;
    case Dialog::Restore: id = "##restore"; break;
    case Dialog::Share: id = "##share"; break;
    case Dialog::Blocked: id = "##blocked"; break;
    }
    if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->Size.x * 0.5f, vp->Size.y * 0.45f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(dialogWidth(), 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(24 * ui::scale(), 20 * ui::scale()));
    if (ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::PushTextWrapPos(0);
        const Dialog shown = dialog_;
        switch (shown) {
        case Dialog::Leave: leaveDialog(); break;
        case Dialog::SaveAs: saveAsDialog(); break;
        case Dialog::Restore: restoreDialog(); break;
        case Dialog::Share: shareDialog(); break;
        case Dialog::Blocked: blockedDialog(); break;
        case Dialog::None: break;
        }
        dialogOpened_ = true;
        ImGui::PopTextWrapPos();
        if (dialog_ != shown) ImGui::CloseCurrentPopup();   // answered (or replaced by the next one)
        ImGui::EndPopup();
    }
    ImGui::PopStyleVar();
}

// [SECTION] each dialog

void EditorScreen::leaveDialog() {
    const Strings& tr = game_.tr();
    heading(tr("editor.leave_title"));
    const std::string title = doc_ ? doc_->level().title.get(game_.lang()) : "";
    view::wrappedText(tr.format("editor.leave_text", {title.empty() ? tr("editor.untitled") : title}));
    ImGui::Spacing();
    const float w = (ImGui::GetContentRegionAvail().x - 2 * ImGui::GetStyle().ItemSpacing.x) / 3;
    if (button(tr("editor.save"), w, true)) {
        if (path_.empty()) {
            saveAsPath_ = edit::myLevelsDir(game_.userDir()) + edit::fileNameFor(doc_->level());
            dialog_ = Dialog::SaveAs;   // after_ stays: saving leads on to it
            return;
        }
        if (saveTo(path_)) {
            dialog_ = Dialog::None;
            proceed(std::exchange(after_, After::Nothing));
        }
        return;
    }
    ImGui::SameLine();
    if (button(tr("editor.discard"), w)) {
        // The edits are dropped with the document; the autosave goes too.
        edit::clearAutosave(game_.userDir());
        platform::persistUserFiles();
        closeEdits();
        doc_.reset();
        restored_ = false;
        dialog_ = Dialog::None;
        const After after = std::exchange(after_, After::Nothing);
        if (after == After::Leave) leave();
        else proceed(after);
        return;
    }
    ImGui::SameLine();
    if (button(tr("editor.cancel"), w) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
        after_ = After::Nothing;
        dialog_ = Dialog::None;
    }
}

void EditorScreen::saveAsDialog() {
    const Strings& tr = game_.tr();
    const view::Palette& pal = view::palette();
    heading(tr("editor.save_as_title"));
    const bool browser = platform::browserFiles();
    const std::string folder = edit::myLevelsDir(game_.userDir());
    // In the browser a path means nothing to anyone: a name in My levels (kept in the browser).
    std::string name = saveAsPath_;
    if (browser && name.compare(0, folder.size(), folder) == 0) name = name.substr(folder.size());
    view::wrappedText(browser ? tr("editor.save_as_web") : tr("editor.save_as_text"), pal.textDim);
    if (!dialogOpened_) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(-1);
    const bool enter = editor::inputText("##path", name, ImGuiInputTextFlags_EnterReturnsTrue);
    saveAsPath_ = browser ? folder + name : name;
    if (saveAsPath_ != path_ && fileExists(saveAsPath_)) view::wrappedText(tr("editor.save_as_replace"), pal.accent);
    ImGui::Spacing();
    const float w = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
    const bool valid = !name.empty() && name.back() != '/';
    ImGui::BeginDisabled(!valid);
    const bool go = button(tr("editor.save"), w, true) || (enter && valid);
    ImGui::EndDisabled();
    if (go) {
        if (saveTo(saveAsPath_)) {
            dialog_ = Dialog::None;
            proceed(std::exchange(after_, After::Nothing));
        }
        return;
    }
    ImGui::SameLine();
    if (button(tr("editor.cancel"), w) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
        after_ = After::Nothing;
        dialog_ = Dialog::None;
    }
}

void EditorScreen::restoreDialog() {
    const Strings& tr = game_.tr();
    const view::Palette& pal = view::palette();
    const std::optional<edit::Autosave>& a = leftoverAutosave();
    if (!a) {
        dialog_ = Dialog::None;
        return;
    }
    heading(tr("editor.restore_title"));
    const std::string title = a->level.title.get(game_.lang());
    view::wrappedText(tr.format("editor.restore_text", {title.empty() ? tr("editor.untitled") : title}));
    if (!a->path.empty()) view::wrappedText(tr.format("editor.restore_from", {shownPath(a->path)}), pal.textDim);
    ImGui::Spacing();
    const float w = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
    if (button(tr("editor.restore"), w, true)) {
        dialog_ = Dialog::None;
        restoreAutosave();
        return;
    }
    ImGui::SameLine();
    if (button(tr("editor.discard"), w)) {
        dialog_ = Dialog::None;
        discardAutosave();
    }
}

void EditorScreen::shareDialog() {
    const Strings& tr = game_.tr();
    const view::Palette& pal = view::palette();
    heading(tr("editor.share_title"));
    const std::string address = pageAddress();
    shareLink_ = address.empty() ? shareFragment(doc_->level()) : shareLink(doc_->level(), address);
    view::wrappedText(tr("editor.share_text"));
    // Where the link works: in the browser, anywhere this page's address opens; natively the
    // game has no address, so the link is the part to add after the web version's.
    if (address.empty()) view::wrappedText(tr("editor.share_native"), pal.textDim);
    else view::wrappedText(tr.format("editor.share_where_web", {address}), pal.textDim);
    ImGui::Spacing();
    shareLinkBox(shareLink_);
    view::wrappedText(tr.format("editor.share_size", {std::to_string(shareLink_.size())}), pal.textDim);
    ImGui::Spacing();
    const float w = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
    if (button(shareCopied_ ? tr("editor.copied") : tr("editor.copy_link"), w, true)) {
        shareCopied_ = platform::copyText(shareLink_);
        logInfo("editor: share link for " + doc_->level().id + " (" + levelFingerprint(doc_->level()) + "), " +
                std::to_string(shareLink_.size()) + " chars" + (shareCopied_ ? "" : ", not copied"));
    }
    ImGui::SameLine();
    if (button(tr("common.ok"), w) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) dialog_ = Dialog::None;
}

// The link itself, wrapped between any two characters (it has no spaces to break at), in a box
// a few lines tall that scrolls. A click on it copies it, as the button does.
void EditorScreen::shareLinkBox(const std::string& link) {
    const Strings& tr = game_.tr();
    const view::Palette& pal = view::palette();
    const ImGuiStyle& st = ImGui::GetStyle();
    const float width = ImGui::GetContentRegionAvail().x;
    const float inner = width - 2 * st.WindowPadding.x - st.ScrollbarSize;
    // A link is ASCII (an address and base64url), so a byte is a character.
    std::vector<std::pair<size_t, size_t>> lines;
    size_t begin = 0;
    float x = 0;
    for (size_t i = 0; i < link.size(); ++i) {
        const float w = ImGui::CalcTextSize(link.data() + i, link.data() + i + 1).x;
        if (x + w > inner && i > begin) {
            lines.emplace_back(begin, i);
            begin = i;
            x = 0;
        }
        x += w;
    }
    if (begin < link.size()) lines.emplace_back(begin, link.size());
    const float lineH = ImGui::GetTextLineHeight();
    const float shown = float(std::min<size_t>(std::max<size_t>(lines.size(), 1), 4));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, view::imColor(pal.spaceDeep));
    ImGui::PushStyleColor(ImGuiCol_Border, view::imColor(pal.border));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(st.FramePadding.x * 0.75f, st.FramePadding.y * 0.6f));
    ImGui::BeginChild("##link", ImVec2(width, shown * lineH + 2 * st.FramePadding.y * 0.6f + 2), true);
    ImGui::PushStyleColor(ImGuiCol_Text, view::imColor(pal.tealBright));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
    for (const auto& [b, e] : lines) ImGui::TextUnformatted(link.data() + b, link.data() + e);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    const bool hovered = ImGui::IsWindowHovered();
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    if (hovered) {
        ImGui::SetTooltip("%s", tr("editor.link_tip"));
        if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
            shareCopied_ = platform::copyText(link);
            logInfo("editor: share link copied from the box, " + std::to_string(link.size()) + " chars");
        }
    }
}

void EditorScreen::blockedDialog() {
    const Strings& tr = game_.tr();
    const view::Palette& pal = view::palette();
    heading(tr("editor.blocked_title"));
    view::wrappedText(tr("editor.blocked_text"));
    ImGui::Spacing();
    const size_t shown = std::min<size_t>(blockedProblems_.size(), 5);
    for (size_t i = 0; i < shown; ++i) {
        const Problem& p = blockedProblems_[i];
        view::wrappedText(p.pointer.empty() ? p.message : p.pointer + ": " + p.message, pal.danger);
    }
    if (blockedProblems_.size() > shown)
        view::wrappedText(tr.format("editor.more", {std::to_string(blockedProblems_.size() - shown)}), pal.textDim);
    ImGui::Spacing();
    const float w = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
    if (button(tr("editor.show_problems"), w, true)) {
        dialog_ = Dialog::None;
        tab_ = Tab::Problems;
        tabRequested_ = true;
        if (!blockedProblems_.empty() && doc_) goToProblem(blockedProblems_.front());
        tab_ = Tab::Problems;
        tabRequested_ = true;
        return;
    }
    ImGui::SameLine();
    if (button(tr("common.ok"), w) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) dialog_ = Dialog::None;
}

} // namespace sp
