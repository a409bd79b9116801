// The flow between screens: the game's one set of screens (each made once, kept for the whole
// run), which one is current, where Settings returns to, and every way from one screen to
// another that the screens and the editor ask for (game/shell/flow.h). It is the only code
// that knows both the menu screens and the editor, so neither needs the other's header.
#pragma once
#include "game/shell/flow.h"
#include "game/shell/shell.h"

#include <array>
#include <memory>

namespace sp {

class PlayScreen;
class EditorScreen;

class ScreenFlow : public Flow {
public:
    explicit ScreenFlow(Shell& shell);
    ~ScreenFlow() override;

    void createScreens();       // once the window and GL are up
    void destroyScreens();
    Screen& current() { return *screens_[size_t(current_)]; }
    ScreenId currentId() const { return current_; }
    PlayScreen& play();
    EditorScreen& editor();

    // Flow
    void go(ScreenId id) override;
    void openSettings() override;
    void closeSettings() override;
    void showChapterComplete(int chapterIndex) override;
    int completedChapter() const override { return completedChapter_; }
    bool myLevelsTab() const override { return myLevelsTab_; }
    void showMyLevels(bool on) override { myLevelsTab_ = on; }
    void startFlight(const InputLog* replay = nullptr) override;
    FlightResult& result() override { return result_; }
    void playMyLevel(const Level& level) override;
    void createLevel() override;
    void editCopy(const Level& level) override;
    void editFile(const std::string& path) override;
    void testPlay(const Level& level, bool briefing, const InputLog* replay = nullptr) override;
    void backToEditor() override;
    void authorWon(const std::vector<InputEvent>& events) override;
    const std::optional<edit::Autosave>& leftoverAutosave() override;
    void restoreAutosave() override;
    void discardAutosave() override;

private:
    Shell& shell_;
    std::array<std::unique_ptr<Screen>, size_t(ScreenId::Count)> screens_;
    ScreenId current_ = ScreenId::Title;
    ScreenId settingsReturn_ = ScreenId::Title;
    int completedChapter_ = 0;
    bool myLevelsTab_ = false;
    FlightResult result_;
};

} // namespace sp
