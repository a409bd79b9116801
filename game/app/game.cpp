#include "game/app/game.h"

#include "engine/core/log.h"
#include "engine/platform/storage.h"
#include "engine/ui/ui.h"
#include "game/shell/menu_kit.h"
#include "game/view/text_wrap.h"
#include "game/view/theme.h"
#include "game/view/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>

// Index
// [SECTION] frame, shutdown
// [SECTION] settings and the save
// [SECTION] keys that work everywhere, notices

namespace sp {

namespace {
double msSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}
} // namespace

Game::Game(platform::App& app, Options options) : app_(app), options_(std::move(options)), flow_(*this) {
    run_.scripted = options_.scripted();
    run_.layoutCheck = options_.layoutCheck;
}
Game::~Game() = default;

// [SECTION] frame, shutdown

void Game::frame(const platform::FrameInput& input) {
    const auto t0 = std::chrono::steady_clock::now();
    platform::FrameInput in = input;
    // --perf runs one tick per frame whatever the machine, so runs compare.
    if (automation_.perf()) in.dt = 1.0 / 60.0;
    time_ = in.time;
    times_ = {};
    renderer_.beginFrame(in.windowWidth, in.windowHeight, in.pixelRatio, view::palette().spaceDeep);
    flow_.current().frame(in);
    const auto tFlush = std::chrono::steady_clock::now();
    renderer_.endFrame();
    times_.drawMs += msSince(tFlush);
    handleGlobalKeys(in);
    if (flow_.currentId() != ScreenId::Play) drawNotices();
    automation_.endFrame(app_, times_, msSince(t0));
}

void Game::shutdown() {
    sounds_.setThrust(false);
    sounds_.shutdown();
    flow_.destroyScreens();
    renderer_.shutdown();
}

// [SECTION] settings and the save

// The save file holds the progress (game/sim/save.h) and, in its own section, the settings.
// Settings that cannot be read are not a damaged save: the progress is kept, the settings
// start over, and the player is told.
std::string Game::loadSave(Campaign campaign) {
    store_ = std::make_unique<SaveStore>(paths_.user);
    std::string notice;
    SaveData save = store_->load(&notice);
    if (!notice.empty()) {
        notices_.push_back(notice);
        platform::persistUserFiles();   // a damaged save was moved aside: keep that move too
    }
    auto section = save.sections.find(kSettingsSection);
    std::string why;
    std::optional<Settings> s = parseSettings(section == save.sections.end() ? "" : section->second, &why);
    if (s) settings_ = *s;
    else logWarn("save file: " + why + "; the settings start over");
    progress_ = Progress(std::move(campaign), std::move(save));
    return s ? "" : why;
}

void Game::applySettings(bool firstTime) {
    const Settings& s = settings_;
    strings_.setLanguage(s.language);
    sounds_.setVolume(float(s.volume));
    sounds_.setMuted(s.muted);
    if (!firstTime && std::abs(float(s.ui_scale) - ui::scale()) > 1e-3f) ui::setScale(float(s.ui_scale));
    if (!firstTime && s.fullscreen != app_.isFullscreen()) app_.setFullscreen(s.fullscreen);
}

void Game::changeSettings(const Settings& s) {
    settings_ = clamped(s);
    applySettings(false);
    writeSave();
}

bool Game::recordWin(const std::string& id, int stars, double minutes) {
    const WinRecord win = progress_.recordWin(id, stars, minutes);
    if (!win.counted) return false;   // a file, a link, My levels, a test flight
    FlightResult& r = flow_.result();
    r.previousStars = win.previousStars;
    r.previousMinutes = win.previousMinutes;
    r.chapterCompleted = win.chapterCompleted;
    writeSave();
    return win.improved;
}

void Game::writeSave() {
    SaveData out = progress_.save();
    out.sections[kSettingsSection] = settingsJson(settings_);
    std::string error;
    if (!store_->save(out, &error)) notices_.push_back(error);
    platform::persistUserFiles();   // in the browser: from memory to IndexedDB
}

// [SECTION] keys that work everywhere, notices

void Game::handleGlobalKeys(const platform::FrameInput& in) {
    if (in.pressed(platform::Key::F11)) {
        Settings s = settings_;
        s.fullscreen = !app_.isFullscreen();
        changeSettings(s);
    }
    if (in.pressed(platform::Key::F12)) {
        const std::string dir = userDir() + "screenshots/";
        platform::makeDirs(dir);
        char name[64];
        const std::time_t now = std::time(nullptr);
        std::strftime(name, sizeof name, "starpath-%Y%m%d-%H%M%S.png", std::localtime(&now));
        app_.requestScreenshot(dir + name);
        std::printf("screenshot: %s%s\n", dir.c_str(), name);
        std::fflush(stdout);
    }
}

void Game::drawNotices() {
    if (notices_.empty()) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    float width = std::min(vp->Size.x - 40.0f, 760.0f * ui::scale());
    // At the bottom, in the middle; on a wide title, over Earth, beside the menu (a notice
    // saying "press Play" must not hide Play).
    const float besideTitleMenu = vp->Size.x * (1 - kTitleMenuRight) - 40.0f;
    if (flow_.currentId() == ScreenId::Title && vp->Size.x > vp->Size.y && besideTitleMenu >= 360.0f * ui::scale()) {
        width = std::min(width, besideTitleMenu);
        ImGui::SetNextWindowPos(ImVec2(vp->Size.x - 20.0f, vp->Size.y - 20.0f), ImGuiCond_Always, ImVec2(1.0f, 1.0f));
    } else {
        ImGui::SetNextWindowPos(ImVec2(vp->Size.x * 0.5f, vp->Size.y - 20.0f), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    }
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::Begin("##notices", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                           ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(view::palette().accentHot.r, view::palette().accentHot.g, view::palette().accentHot.b, 1));
    ImGui::TextUnformatted(strings_("notice.title"));
    ImGui::PopStyleColor();
    ImGui::PushTextWrapPos(0);
    // File problems are technical (paths, JSON pointers); they stay in the language the
    // sim writes them in, but the heading and the button follow the UI language.
    const size_t shown = std::min<size_t>(notices_.size(), 6);
    for (size_t i = 0; i < shown; ++i) view::wrappedText(notices_[i]);
    if (notices_.size() > shown) ImGui::TextDisabled("%s", strings_.format("notice.more", {std::to_string(notices_.size() - shown)}).c_str());
    ImGui::PopTextWrapPos();
    if (view::secondaryButton(strings_("common.ok"))) {
        click();
        notices_.clear();
    }
    ImGui::End();
}

} // namespace sp
