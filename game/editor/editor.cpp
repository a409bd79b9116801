// The editor's frame and what it keeps true between frames: the ways in, the checks of the
// current revision (validation, verified), keyboard shortcuts and the autosave.
// Saving, test-play and leaving are editor_files.cpp.
#include "game/editor/editor.h"

#include "engine/core/file_io.h"
#include "engine/core/log.h"
#include "engine/platform/files.h"
#include "engine/platform/storage.h"
#include "engine/ui/ui.h"
#include "game/edit/checks.h"
#include "game/shell/shell.h"
#include "game/sim/level_types.h"
#include "game/sim/level_warnings.h"
#include "game/sim/share_link.h"

#include <imgui.h>

#include <algorithm>

// Index
// [SECTION] ways in
// [SECTION] the frame
// [SECTION] checks of the current revision
// [SECTION] keys
// [SECTION] edits the keys and buttons share
// [SECTION] autosave

namespace sp {

using platform::Key;

namespace {
constexpr double kAutosaveSeconds = 3.0;
// Verifying replays the author's solution (and a star may need a flight with no input, see
// edit/checks.h): wait until edits pause (a drag changes the level every frame) before
// spending the milliseconds.
constexpr double kVerifyDelaySeconds = 0.4;

bool ctrlDown(uint8_t mods) { return (mods & (platform::ModCtrl | platform::ModSuper)) != 0; }

// Ctrl (or Cmd on a Mac) and `k`, with Shift or without.
bool chord(const platform::FrameInput& in, Key k, bool shift = false) {
    for (const platform::KeyEvent& e : in.keys)
        if (e.key == k && e.down && !e.repeat && ctrlDown(e.mods) && ((e.mods & platform::ModShift) != 0) == shift) return true;
    return false;
}

// `k` without Ctrl or Alt.
bool plain(const platform::FrameInput& in, Key k) {
    for (const platform::KeyEvent& e : in.keys)
        if (e.key == k && e.down && !e.repeat && !ctrlDown(e.mods) && !(e.mods & platform::ModAlt)) return true;
    return false;
}

// "1-3" -> "1-3-copy", or "1-3-copy-2" when My levels has that one already.
std::string copyId(const std::string& id, const std::string& userDir) {
    std::string base = (id.empty() ? "level" : id) + "-copy";
    if (base.size() > kMaxIdChars) base = base.substr(base.size() - kMaxIdChars);
    std::string out = base;
    for (int n = 2; fileExists(edit::myLevelsDir(userDir) + out + ".json") && n < 1000; ++n) {
        const std::string tail = "-" + std::to_string(n);
        out = base.substr(0, std::min(base.size(), kMaxIdChars - tail.size())) + tail;
    }
    return out;
}
} // namespace

EditorScreen::EditorScreen(Shell& game) : Screen(game) {}
EditorScreen::~EditorScreen() = default;

// [SECTION] ways in

void EditorScreen::setDocument(Level level, const std::string& path) {
    closeEdits();
    doc_ = std::make_unique<edit::Document>(std::move(level));
    path_ = path;
    restored_ = false;
    mode_ = Mode::Edit;
    tab_ = Tab::Selected;
    tabRequested_ = true;
    dialog_ = Dialog::None;
    checkedRevision_ = ~0ull;
    verified_ = false;
    flightWarnings_.clear();
    autosavedRevision_ = doc_->revision();
    cameraSet_ = false;
    drag_ = {};
    fingers_.clear();
    frameSelection_ = false;
}

void EditorScreen::openCopy(const Level& level) {
    Level copy = level;
    copy.id = copyId(level.id, game_.userDir());
    copy.solution.reset();   // the author of the copy wins it again before sharing it
    setDocument(std::move(copy), "");
    offerRestore();
}

void EditorScreen::openFile(const std::string& path) {
    LevelLoad load = edit::openLevelFile(path);
    if (!load.level) {
        const std::string why = load.problems.empty() ? path : formatProblem(path, load.problems.front());
        showStatus(game_.tr().format("editor.open_failed", {why}), true);
        return;
    }
    setDocument(std::move(*load.level), path);
    offerRestore();
}

void EditorScreen::openLevel(Level level, const std::string& path) {
    setDocument(std::move(level), path);
    offerRestore();
}

void EditorScreen::startCreating() {
    closeEdits();
    doc_.reset();
    mode_ = Mode::Templates;
    offerRestore();
}

void EditorScreen::offerRestore() {
    if (leftoverAutosave()) dialog_ = Dialog::Restore;
}

bool EditorScreen::selectPointer(const std::string& pointer) {
    if (!doc_) return false;
    const std::string p = pointer.empty() || pointer[0] == '/' ? pointer : "/" + pointer;
    const std::optional<edit::Ref> r = edit::refFromPointer(p);
    if (!r || !edit::exists(doc_->level(), *r) || edit::pointerOf(*r) != p) return false;
    doc_->select(r);
    tab_ = Tab::Selected;
    tabRequested_ = true;
    frameSelection_ = edit::isPlaced(r->kind);
    return true;
}

void EditorScreen::authorWon(const std::vector<InputEvent>& events) {
    if (!doc_) return;
    doc_->setSolution(events);
    verifyDueAt_ = 0;   // check at once
    wonStatus_ = true;  // said when the editor shows again, after the results
}

const std::optional<edit::Autosave>& EditorScreen::leftoverAutosave() {
    if (!autosaveChecked_) {
        autosaveChecked_ = true;
        std::string error;
        autosave_ = edit::readAutosave(game_.userDir(), &error);
        if (autosave_)
            logInfo("editor: an unsaved level was left by the last session: " + autosave_->level.id + " (" +
                    levelFingerprint(autosave_->level) + ")");
        if (!error.empty()) {
            logWarn(error);
            showStatus(error, true);
            platform::persistUserFiles();   // the damaged file was moved aside: keep the move
        }
    }
    return autosave_;
}

void EditorScreen::restoreAutosave() {
    if (!leftoverAutosave()) return;
    edit::Autosave a = std::move(*autosave_);
    autosave_.reset();
    setDocument(std::move(a.level), a.path);
    restored_ = true;   // its edits are in no file yet: leaving asks, and the autosave stays
    autosavedRevision_ = ~0ull;
}

void EditorScreen::discardAutosave() {
    autosave_.reset();
    edit::clearAutosave(game_.userDir());
    platform::persistUserFiles();
}

void EditorScreen::enter() {
    windowTitle_.clear();
    updateWindowTitle();
    if (wonStatus_) showStatus(game_.tr()("editor.won"), false);
    wonStatus_ = false;
    if (mode_ == Mode::Edit && !doc_) mode_ = Mode::Templates;
}

// [SECTION] the frame

void EditorScreen::frame(const platform::FrameInput& in) {
    openFromBrowser();
    const float s = ui::scale();
    // Denser than the menus: the map needs the room. Buttons stay about a fingertip tall.
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(12 * s, 8 * s));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8 * s, 7 * s));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12 * s, 10 * s));
    if (mode_ != Mode::Edit || !doc_) {
        if (mode_ == Mode::Open) openPage();
        else templatesPage();
    } else {
        refreshChecks(in.time);
        topBar();
        toolStrip();
        sidePanel();
        viewControls();
        if (!cameraSet_) frameAll(true);
        if (frameSelection_ && doc_->selection()) revealRef(*doc_->selection());
        frameSelection_ = false;
        if (dialog_ == Dialog::None) {
            canvasInput(in);
            handleKeys(in);
        }
        if (doc_) drawCanvas(in);
    }
    updateWindowTitle();
    statusLine(in.time);
    dialogs();
    ImGui::PopStyleVar(3);
    if (doc_) {
        inspector_.endFrame(*doc_);
        autosaveTick(in.time);
    }
    if (leaving_) finishLeaving();
}

// The window's (or the browser tab's) title: the level's title in the player's language, never
// an id like "my-earth-orbit" that only the file uses.
void EditorScreen::updateWindowTitle() {
    const Strings& tr = game_.tr();
    std::string title = doc_ ? game_.text(doc_->level().title) : "";
    if (doc_ && title.empty()) title = tr("editor.untitled");
    const std::string wanted = title.empty() ? std::string(tr("editor.window_title_none")) : tr.format("editor.window_title", {title});
    if (wanted == windowTitle_) return;
    windowTitle_ = wanted;
    game_.app().setTitle(wanted);
}

void EditorScreen::showStatus(const std::string& text, bool error) {
    status_ = text;
    statusError_ = error;
    statusUntil_ = game_.time() + (error ? 8.0 : 4.0);
}

// [SECTION] checks of the current revision

void EditorScreen::ensureTemplates() {
    if (templates_.empty() && templateErrors_.empty()) templates_ = edit::loadTemplates(game_.dataDir(), &templateErrors_);
}

void EditorScreen::refreshChecks(double now) {
    const Level& level = doc_->level();
    if (doc_->revision() != checkedRevision_) {
        checkedRevision_ = doc_->revision();
        problems_ = validateLevel(level);
        ensureTemplates();
        warnings_ = levelWarnings(level);
        for (Problem& p : edit::templateTextWarnings(level, templates_)) warnings_.push_back(std::move(p));
        if (!level.solution) verified_ = false;
        if (!problems_.empty()) {
            // Nothing flies with errors: no verified level, and no flight's warnings.
            verified_ = false;
            flightWarnings_.clear();
            verifyDueAt_ = -1;
        } else if (verifyDueAt_ != 0) {
            verifyDueAt_ = now + kVerifyDelaySeconds;
        }
    }
    if (verifyDueAt_ >= 0 && now >= verifyDueAt_ && !doc_->inGroup()) {
        // The author's win and, if a star needs it, a flight with no input (edit/checks.h).
        edit::FlightReport report = edit::checkFlights(level);
        verified_ = report.verified;
        flightWarnings_ = std::move(report.warnings);
        verifyDueAt_ = -1;
    }
}

std::vector<Problem> EditorScreen::allProblems() const {
    std::vector<Problem> all = problems_;
    all.insert(all.end(), warnings_.begin(), warnings_.end());
    all.insert(all.end(), flightWarnings_.begin(), flightWarnings_.end());
    return all;
}

// [SECTION] keys

void EditorScreen::handleKeys(const platform::FrameInput& in) {
    // A text field that has the keyboard keeps Ctrl+Z, Delete and the arrows for itself:
    // FrameInput holds no keys then.
    if (in.keyboardOverUi) return;
    if (chord(in, Key::Z)) undo();
    if (chord(in, Key::Y) || chord(in, Key::Z, true)) redo();
    if (chord(in, Key::S)) save();
    if (chord(in, Key::D)) duplicateSelection();
    if (in.pressed(Key::F5) || chord(in, Key::Enter)) testPlay(true);
    if (plain(in, Key::Delete) || plain(in, Key::Backspace)) deleteSelection();
    if (plain(in, Key::Escape)) {
        if (drag_.type != Drag::Type::None) endDrag();
        doc_->select(std::nullopt);
    }
    if (plain(in, Key::Home)) frameAll(false);
    if (plain(in, Key::Plus) || plain(in, Key::Equals)) zoomBy(1.25);
    if (plain(in, Key::Minus)) zoomBy(1 / 1.25);

    // Arrows nudge the selection by one grid step (Shift: ten); held, they repeat.
    const std::optional<edit::Ref> sel = doc_->selection();
    if (!sel || !edit::isPlaced(sel->kind) || drag_.type != Drag::Type::None) return;
    for (const platform::KeyEvent& e : in.keys) {
        if (!e.down || ctrlDown(e.mods)) continue;
        Vec2 d;
        if (e.key == Key::Left) d = {-1, 0};
        else if (e.key == Key::Right) d = {1, 0};
        else if (e.key == Key::Up) d = {0, 1};
        else if (e.key == Key::Down) d = {0, -1};
        else continue;
        closeEdits();
        doc_->moveBy(*sel, d * (gridKm() * ((e.mods & platform::ModShift) ? 10 : 1)));
    }
}

// [SECTION] edits the keys and buttons share

void EditorScreen::closeEdits() {
    if (!doc_) return;
    inspector_.close(*doc_);
    if (drag_.groupOpen) endDrag();
}

// Undo and redo leave a line in the log: the trail a bug report (or a browser test) follows.
void EditorScreen::undo() {
    closeEdits();
    const std::string label = doc_->undoLabel();
    if (doc_->undo()) logInfo("editor: undo " + label);
}

void EditorScreen::redo() {
    closeEdits();
    const std::string label = doc_->redoLabel();
    if (doc_->redo()) logInfo("editor: redo " + label);
}

void EditorScreen::deleteSelection() {
    const std::optional<edit::Ref> sel = doc_->selection();
    if (!sel || !edit::isList(sel->kind)) return;
    closeEdits();
    doc_->remove(*sel);
}

void EditorScreen::duplicateSelection() {
    const std::optional<edit::Ref> sel = doc_->selection();
    if (!sel || !edit::isList(sel->kind)) return;
    closeEdits();
    if (!doc_->duplicate(*sel)) showStatus(game_.tr().format("editor.full", {std::to_string(edit::maxCountOf(sel->kind))}), true);
}

// [SECTION] autosave

void EditorScreen::autosaveTick(double now) {
    // Never over a leftover autosave the author has not answered about: it may be their work.
    if (autosave_ || dialog_ == Dialog::Restore) return;
    if (!(doc_->dirty() || restored_) || doc_->revision() == autosavedRevision_ || doc_->inGroup()) return;
    if (now - autosaveAt_ < kAutosaveSeconds) return;
    std::string error;
    if (edit::writeAutosave(game_.userDir(), doc_->level(), path_, &error)) {
        platform::persistUserFiles();
        logInfo("editor: autosaved " + doc_->level().id);
    } else {
        logWarn("editor autosave: " + error);
    }
    autosavedRevision_ = doc_->revision();
    autosaveAt_ = now;
}

} // namespace sp
