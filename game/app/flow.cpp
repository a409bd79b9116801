#include "game/app/flow.h"

#include "engine/core/log.h"
#include "game/editor/editor.h"
#include "game/screens/play.h"
#include "game/screens/screens.h"

namespace sp {

ScreenFlow::ScreenFlow(Shell& shell) : shell_(shell) {}
ScreenFlow::~ScreenFlow() = default;

void ScreenFlow::createScreens() {
    screens_[size_t(ScreenId::Title)] = makeTitleScreen(shell_);
    screens_[size_t(ScreenId::Chapters)] = makeChapterScreen(shell_);
    screens_[size_t(ScreenId::Levels)] = makeLevelSelectScreen(shell_);
    screens_[size_t(ScreenId::Briefing)] = makeBriefingScreen(shell_);
    screens_[size_t(ScreenId::Play)] = std::make_unique<PlayScreen>(shell_);
    screens_[size_t(ScreenId::Results)] = makeResultsScreen(shell_);
    screens_[size_t(ScreenId::Settings)] = makeSettingsScreen(shell_);
    screens_[size_t(ScreenId::Editor)] = std::make_unique<EditorScreen>(shell_);
    screens_[size_t(ScreenId::ChapterComplete)] = makeChapterCompleteScreen(shell_);
}

void ScreenFlow::destroyScreens() {
    for (auto& s : screens_) s.reset();
}

PlayScreen& ScreenFlow::play() { return static_cast<PlayScreen&>(*screens_[size_t(ScreenId::Play)]); }
EditorScreen& ScreenFlow::editor() { return static_cast<EditorScreen&>(*screens_[size_t(ScreenId::Editor)]); }

// [SECTION] screens

void ScreenFlow::go(ScreenId id) {
    if (current_ == ScreenId::Play && id != ScreenId::Play && id != ScreenId::Settings) shell_.sounds().setThrust(false);
    current_ = id;
    screens_[size_t(id)]->enter();
    // One line per screen change: the trail a bug report (or a browser test) can follow.
    const std::string& level = shell_.progress().levelId();
    logInfo(std::string("screen: ") + screenName(id) + (level.empty() ? "" : " (level " + level + ")"));
}

void ScreenFlow::openSettings() {
    settingsReturn_ = current_;
    go(ScreenId::Settings);
}

void ScreenFlow::closeSettings() {
    current_ = settingsReturn_;   // no enter(): the screen we came from resumes as it was
}

void ScreenFlow::showChapterComplete(int chapterIndex) {
    completedChapter_ = chapterIndex;
    go(ScreenId::ChapterComplete);
}

// [SECTION] flights

void ScreenFlow::startFlight(const InputLog* replay) {
    const Level* l = shell_.progress().level();
    if (!l) return;
    play().start(*l, replay);
    go(ScreenId::Play);
}

void ScreenFlow::playMyLevel(const Level& level) {
    shell_.progress().chooseLevel(level, LevelSource::MyLevel);
    myLevelsTab_ = true;   // the way back from its results leads to the same list
    go(ScreenId::Briefing);
}

// [SECTION] the level editor

void ScreenFlow::createLevel() {
    editor().startCreating();
    go(ScreenId::Editor);
}

void ScreenFlow::editCopy(const Level& level) {
    editor().openCopy(level);
    go(ScreenId::Editor);
}

void ScreenFlow::editFile(const std::string& path) {
    editor().openFile(path);
    go(ScreenId::Editor);
}

void ScreenFlow::testPlay(const Level& level, bool briefing, const InputLog* replay) {
    shell_.progress().chooseLevel(level, LevelSource::Test);
    if (briefing) go(ScreenId::Briefing);
    else startFlight(replay);
}

void ScreenFlow::backToEditor() {
    shell_.sounds().setThrust(false);
    go(ScreenId::Editor);
}

void ScreenFlow::authorWon(const std::vector<InputEvent>& events) { editor().authorWon(events); }

const std::optional<edit::Autosave>& ScreenFlow::leftoverAutosave() { return editor().leftoverAutosave(); }

void ScreenFlow::restoreAutosave() {
    editor().restoreAutosave();
    go(ScreenId::Editor);
}

void ScreenFlow::discardAutosave() { editor().discardAutosave(); }

} // namespace sp
