// Where an edited level goes: saving (to its file, or to a new one), test-play through
// exactly the border a shipped level passes, files opened in the browser, and leaving with
// unsaved edits (asked first).
#include "game/editor/editor.h"

#include "engine/core/log.h"
#include "engine/platform/files.h"
#include "engine/platform/storage.h"
#include "engine/ui/ui.h"
#include "game/shell/shell.h"
#include "game/view/text_wrap.h"
#include "game/view/theme.h"

#include <imgui.h>

#include <algorithm>
#include <filesystem>

// Index
// [SECTION] saving
// [SECTION] test-play
// [SECTION] leaving and replacing the document
// [SECTION] files from the browser
// [SECTION] the status line

namespace sp {

// [SECTION] saving

void EditorScreen::save() {
    if (!doc_) return;
    closeEdits();
    if (path_.empty()) {
        saveAsPath_ = edit::myLevelsDir(game_.userDir()) + edit::fileNameFor(doc_->level());
        dialog_ = Dialog::SaveAs;
        dialogOpened_ = false;
        return;
    }
    saveTo(path_);
}

bool EditorScreen::saveTo(const std::string& path) {
    closeEdits();
    const Strings& tr = game_.tr();
    std::string error;
    if (!edit::saveLevelFile(path, doc_->level(), &error)) {
        showStatus(tr.format("editor.save_failed", {error}), true);
        return false;
    }
    path_ = path;
    doc_->markSaved();
    restored_ = false;
    edit::clearAutosave(game_.userDir());
    autosavedRevision_ = doc_->revision();
    platform::persistUserFiles();   // in the browser: My levels lives in IndexedDB
    myLevels_.reset();
    logInfo("editor: saved " + path);
    // A draft with problems is saved as it is: nothing an author typed is ever refused.
    if (hasErrors()) showStatus(tr.format("editor.saved_draft", {shownPath(path), std::to_string(problems_.size())}), false);
    else showStatus(tr.format("editor.saved", {shownPath(path)}), false);
    return true;
}

std::string EditorScreen::shownPath(const std::string& path) const {
    if (!platform::browserFiles()) return path;
    const std::string folder = edit::myLevelsDir(game_.userDir());
    const std::string name = path.compare(0, folder.size(), folder) == 0 ? path.substr(folder.size())
                                                                         : std::filesystem::path(path).filename().string();
    return game_.tr().format("editor.in_my_levels_web", {name});
}

// [SECTION] test-play

void EditorScreen::testPlay(bool briefing) {
    if (!doc_) return;
    closeEdits();
    if (hasErrors()) {
        blockedProblems_ = problems_;
        dialog_ = Dialog::Blocked;
        dialogOpened_ = false;
        return;
    }
    // The level goes out and comes back in as bytes, through parseLevel: exactly the border a
    // shipped level or a shared link passes, so what the author wins is what players get.
    LevelLoad load = parseLevel(saveLevel(doc_->level()));
    if (!load.ok()) {
        blockedProblems_ = load.problems;
        dialog_ = Dialog::Blocked;
        dialogOpened_ = false;
        return;
    }
    // A crash during the flight must not cost the edits.
    if (unsaved()) {
        std::string error;
        if (edit::writeAutosave(game_.userDir(), doc_->level(), path_, &error)) platform::persistUserFiles();
        autosavedRevision_ = doc_->revision();
    }
    logInfo("editor: test-play " + load.level->id);
    game_.flow().testPlay(*load.level, briefing);
}

// [SECTION] leaving and replacing the document

void EditorScreen::requestLeave(After after) {
    closeEdits();
    if (unsaved()) {
        after_ = after;
        dialog_ = Dialog::Leave;
        dialogOpened_ = false;
        return;
    }
    proceed(after);
}

void EditorScreen::proceed(After after) {
    switch (after) {
    case After::Nothing: break;
    case After::Leave: leave(); break;
    case After::Templates: mode_ = Mode::Templates; break;
    case After::Open:
        myLevels_.reset();
        mode_ = Mode::Open;
        break;
    case After::OpenPath: openFile(openPath_); break;
    case After::Restore: restoreAutosave(); break;
    }
}

void EditorScreen::leave() {
    // At the end of the frame: the panels drawn after the button still use the document.
    leaving_ = true;
}

void EditorScreen::finishLeaving() {
    leaving_ = false;
    closeEdits();
    doc_.reset();
    path_.clear();
    restored_ = false;
    mode_ = Mode::Edit;
    dialog_ = Dialog::None;
    game_.flow().go(ScreenId::Title);
}

// [SECTION] files from the browser

void EditorScreen::openFromBrowser() {
    std::optional<platform::OpenedFile> f = platform::takeOpenedFile();
    if (!f) return;
    const Strings& tr = game_.tr();
    if (!f->problem.empty()) {
        showStatus(tr.format("editor.open_failed", {f->name + ": " + f->problem}), true);
        return;
    }
    LevelLoad load = parseLevelDraft(f->bytes);
    if (!load.level) {
        const std::string why = load.problems.empty() ? f->name : formatProblem(f->name, load.problems.front());
        showStatus(tr.format("editor.open_failed", {why}), true);
        return;
    }
    // Not in My levels yet: Save asks for a name there; the file on the computer stays as it is.
    setDocument(std::move(*load.level), "");
    showStatus(tr.format("editor.opened", {f->name}), false);
}

// [SECTION] the status line

void EditorScreen::statusLine(double now) {
    if (status_.empty() || now > statusUntil_) return;
    const view::Palette& pal = view::palette();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float canvasMid = (leftPx_ + (vp->Size.x - rightPx_)) * 0.5f;
    const float width = std::min(640 * ui::scale(), vp->Size.x - leftPx_ - rightPx_ - 40);
    ImGui::SetNextWindowPos(ImVec2(canvasMid, topPx_ + 10 * ui::scale()), ImGuiCond_Always, ImVec2(0.5f, 0));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::SetNextWindowBgAlpha(0.92f);
    ImGui::Begin("##editorStatus", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                                                 ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav |
                                                 ImGuiWindowFlags_AlwaysAutoResize);
    view::wrappedText(status_, statusError_ ? pal.danger : pal.success);
    if (ImGui::IsWindowHovered() && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) statusUntil_ = 0;
    ImGui::End();
}

} // namespace sp
