// What floats over a flight: the level's name, hints, the end-of-flight banner, the pause
// menu; and the hand-over to the results screen.
#include "engine/core/file_io.h"
#include "engine/platform/storage.h"
#include "engine/ui/ui.h"
#include "game/screens/play.h"
#include "game/sim/message.h"
#include "game/shell/shell.h"
#include "game/text/format.h"
#include "game/text/outcome_text.h"
#include "game/view/hud.h"
#include "game/view/icons.h"
#include "game/view/text_wrap.h"
#include "game/view/theme.h"
#include "game/view/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string_view>

namespace sp {

namespace {
float pad() { return 14 * ui::scale(); }

// Level ids come from files; keep the replay's file name to harmless characters.
std::string safeFileName(const std::string& id) {
    std::string out;
    for (char c : id) out += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') ? c : '_';
    return out.empty() ? "level" : out;
}
} // namespace

// The level's name and the flight's state (paused, replay, aim), centred between the two
// top panels. Where a narrow window leaves no room for both, the state gets a chip of its
// own above the time bar, in the middle, where nothing else is drawn.
void PlayScreen::titleChip(float left, float right) {
    const Strings& tr = game_.tr();
    const view::Palette& pal = view::palette();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const Level& level = sim_->level();
    const char* state = nullptr;
    gfx::Color stateColor = pal.accent;
    if (replaying()) state = tr("play.replay"), stateColor = pal.teal;
    if (paused() && !frozen_ && !sim_->over()) state = tr("play.paused"), stateColor = pal.accent;
    else if (sim_->awaitingLaunch() && !replaying()) state = tr("play.aim"), stateColor = pal.panelLight;

    const ImGuiStyle& st = ImGui::GetStyle();
    const std::string title = game_.text(level.title);
    const float chipPad = ImGui::GetFontSize() * 1.2f + st.ItemSpacing.x;
    // A campaign level shows its number ("1-3"); a made level's id ("my-earth-orbit") is a
    // file name, not something to show a student.
    const bool numbered = game_.progress().chapterOf(level.id) >= 0;
    const float idW = numbered ? ImGui::CalcTextSize(level.id.c_str()).x + st.ItemSpacing.x : 0;
    const float nameW = idW + ImGui::CalcTextSize(title.c_str()).x + 2 * st.WindowPadding.x;
    const float stateW = state ? ImGui::CalcTextSize(state).x + chipPad : 0;
    const bool together = nameW + stateW <= right - left;
    const bool showId = numbered && nameW <= right - left;   // a very narrow window: the title alone
    // No room even for the title (a capsule's wide telemetry at 960x600): the level's number
    // alone; its name is on the briefing and in the pause menu.
    const float titleW = ImGui::CalcTextSize(title.c_str()).x + 2 * st.WindowPadding.x;
    const bool showTitle = showId || titleW <= right - left || !numbered;
    const float shownW = showId ? nameW : (showTitle ? titleW : idW - st.ItemSpacing.x + 2 * st.WindowPadding.x);
    const float w = together ? nameW + stateW : shownW;
    ImGui::SetNextWindowPos(ImVec2(std::clamp(vp->Size.x * 0.5f, left + w * 0.5f, std::max(left + w * 0.5f, right - w * 0.5f)), pad()),
                            ImGuiCond_Always, ImVec2(0.5f, 0));
    ImGui::Begin("##title", nullptr, view::kPanelFlags);
    notePanel("title");
    if (showId || !showTitle) ImGui::TextColored(view::toImVec4(pal.accentHot), "%s", level.id.c_str());
    if (showId && showTitle) ImGui::SameLine();
    if (showTitle) ImGui::TextUnformatted(title.c_str());
    if (state && together) {
        ImGui::SameLine();
        view::chip(state, stateColor);
    }
    ImGui::End();
    if (state && !together) {
        ImGui::SetNextWindowPos(ImVec2(vp->Size.x * 0.5f, timeBarTop_ - pad()), ImGuiCond_Always, ImVec2(0.5f, 1));
        ImGui::Begin("##state", nullptr, view::kPanelFlags);
        notePanel("state");
        view::chip(state, stateColor);
        ImGui::End();
    }
}

void PlayScreen::hintBanner(float top, float width) {
    const Level& level = sim_->level();
    if (!hintOpen_ || hintsShown_ <= 0 || level.hints.empty() || sim_->over()) return;
    const Strings& tr = game_.tr();
    const view::Palette& pal = view::palette();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    width = std::min(width, vp->Size.x - 2 * pad());   // as wide as the goals, in the same column
    ImGui::SetNextWindowPos(ImVec2(vp->Size.x - pad(), top), ImGuiCond_Always, ImVec2(1, 0));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::Begin("##hint", nullptr, view::kPanelFlags & ~ImGuiWindowFlags_AlwaysAutoResize);
    notePanel("hint");
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float icon = ImGui::GetTextLineHeight();
    icons::draw(ImGui::GetWindowDrawList(), icons::Icon::Hint, ImVec2(at.x + icon * 0.5f, at.y + icon * 0.5f), icon,
                icons::u32(pal.accentHot));
    ImGui::Dummy(ImVec2(icon, icon));
    ImGui::SameLine();
    ImGui::TextColored(view::toImVec4(pal.accentHot), "%s",
                       tr.format("hint.count", {std::to_string(hintsShown_), std::to_string(level.hints.size())}).c_str());
    ImGui::PushTextWrapPos(0);
    view::wrappedText(game_.text(level.hints[size_t(hintsShown_ - 1)]));
    ImGui::PopTextWrapPos();
    if (hintsShown_ < int(level.hints.size())) {
        if (view::secondaryButton(tr("hint.next"))) {
            game_.click();
            ++hintsShown_;
        }
        ImGui::SameLine();
    }
    if (view::secondaryButton(tr("hint.close"))) {
        game_.click();
        hintOpen_ = false;
    }
    ImGui::End();
}

void PlayScreen::outcomeBanner() {
    const Strings& tr = game_.tr();
    const view::Palette& pal = view::palette();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const bool won = sim_->outcome() == Outcome::Won;
    const float width = std::min(600 * ui::scale(), vp->Size.x - 2 * pad());
    // A third of the way down, or under the flight's panel where a wide one (a lander's) reaches
    // under the banner: its last numbers stay readable.
    ImVec2 at(vp->Size.x * 0.5f, vp->Size.y * 0.30f), pivot(0.5f, 0.5f);
    for (const PanelRect& p : panels_)
        if (std::string_view(p.name) == "telemetry" && p.box.x1 > at.x - width / 2) at.y = p.box.y1 + pad(), pivot.y = 0;
    ImGui::SetNextWindowPos(at, ImGuiCond_Always, pivot);
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::Begin("##outcome", nullptr, view::kPanelFlags & ~ImGuiWindowFlags_AlwaysAutoResize);
    notePanel("outcome");
    ImGui::PushFont(ui::font(ui::FontRole::Title));
    const char* headline = won ? tr("outcome.won") : (sim_->outcome() == Outcome::Timeout ? tr("outcome.timeout") : tr("outcome.lost"));
    const float tw = ImGui::CalcTextSize(headline).x;
    ImGui::SetCursorPosX((width - tw) * 0.5f);
    ImGui::TextColored(view::toImVec4(won ? pal.success : pal.danger), "%s", headline);
    ImGui::PopFont();
    if (won) {
        const float r = ImGui::GetTextLineHeight() * 0.7f;
        const int total = 1 + int(sim_->level().stars.size());
        ImGui::SetCursorPosX((width - r * 2.3f * float(total)) * 0.5f);
        icons::starRow(sim_->stars(), total, r);
    } else {
        ImGui::PushTextWrapPos(0);
        view::wrappedText(game_.text(outcomeReason()));
        ImGui::PopTextWrapPos();
    }
    ImGui::Spacing();
    if (!frozen_ && view::primaryButton(tr("outcome.continue"), 0)) {
        game_.click();
        finishFlight();
    }
    ImGui::End();
}

void PlayScreen::pauseMenu() {
    // Not an ImGui modal: a modal holds the keyboard, and Esc, F11 and F12 must keep working.
    // A full-window veil under the menu dims the flight and takes the clicks meant for it.
    const Strings& tr = game_.tr();
    const view::Palette& pal = view::palette();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    // Raise the veil and then the menu once, when the menu opens. (Focusing every frame would
    // cancel a button press between its down and its up.)
    const bool raise = !menuShown_;
    menuShown_ = true;
    if (raise) briefingOpen_ = false;   // the menu always opens on itself
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(vp->Size);
    if (raise) ImGui::SetNextWindowFocus();
    ImGui::PushStyleColor(ImGuiCol_WindowBg, view::toImVec4(withAlpha(pal.spaceDeep, 0.6f)));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
    ImGui::Begin("##veil", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    if (briefingOpen_) {
        briefingOverlay();
        return;
    }

    // In the middle of the space above the time bar (which it would touch at 960x600).
    const float above = timeBarTop_ > 0 ? std::min(vp->Size.y, timeBarTop_) : vp->Size.y;
    ImGui::SetNextWindowPos(ImVec2(vp->Size.x * 0.5f, above * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (raise) ImGui::SetNextWindowFocus();
    ImGui::Begin("##pause", nullptr, view::kPanelFlags);
    const float w = 320 * ui::scale();
    ImGui::PushFont(ui::font(ui::FontRole::Title));
    const char* title = tr("pause.title");
    ImGui::SetCursorPosX((w + 2 * ImGui::GetStyle().WindowPadding.x - ImGui::CalcTextSize(title).x) * 0.5f);
    ImGui::TextUnformatted(title);
    ImGui::PopFont();
    ImGui::Spacing();
    if (view::primaryButton(tr("pause.resume"), w)) {
        game_.click();
        menuOpen_ = false;
    }
    if (view::secondaryButton(tr("pause.briefing"), w)) {
        game_.click();
        briefing_.reset();
        briefingOpen_ = true;   // from the next frame on, in the menu's place
    }
    if (view::secondaryButton(tr("pause.restart"), w)) {
        game_.click();
        ImGui::End();
        restart();
        return;
    }
    if (view::secondaryButton(tr("pause.settings"), w)) {
        game_.click();
        game_.flow().openSettings();   // the menu stays open: Back returns to it
    }
    if (game_.progress().testPlaying()) {
        // A test flight from the editor: the way out leads back to the level being made.
        if (view::secondaryButton(tr("pause.back_to_editor"), w)) {
            game_.click();
            menuOpen_ = false;
            game_.flow().backToEditor();
        }
        ImGui::End();
        return;
    }
    if (view::secondaryButton(tr("pause.edit_copy"), w)) {
        game_.click();
        menuOpen_ = false;
        game_.flow().editCopy(sim_->level());
        ImGui::End();
        return;
    }
    if (view::secondaryButton(tr("pause.levels"), w)) {
        game_.click();
        menuOpen_ = false;
        game_.flow().go(ScreenId::Levels);
    }
    ImGui::End();
}

// Why the flight ended, as the sim reports it; when time ran out with a burn still planned,
// what became of that burn too (the sim knows nothing of plans).
Text PlayScreen::outcomeReason() const { return flightOutcomeTexts(*flight_, game_.tr()); }

// The level's briefing over the paused flight, drawn by the briefing screen's own code: the
// mission, the goals, the stars, the fact card. "Back to the menu" returns to the pause menu;
// the flight underneath has not moved.
void PlayScreen::briefingOverlay() {
    const Strings& tr = game_.tr();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float s = ui::scale();
    const ImVec2 size(std::min(1180 * s, vp->Size.x - 2 * pad()), vp->Size.y - 2 * pad());
    ImGui::SetNextWindowPos(ImVec2(vp->Size.x * 0.5f, vp->Size.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(size);
    // Opaque, as the briefing screen's backdrop is: the flight's panels must not show through.
    ImGui::PushStyleColor(ImGuiCol_WindowBg, view::toImVec4(view::palette().spaceMid));
    ImGui::Begin("##pauseBriefing", nullptr, (view::kPanelFlags & ~ImGuiWindowFlags_AlwaysAutoResize) | ImGuiWindowFlags_NoScrollbar);
    ImGui::PopStyleColor();
    const Level& level = sim_->level();
    const std::string title = game_.heading(level);
    // A made level's title may use hanzi the title font lacks: then the body font.
    const bool big = ui::fontCovers(ui::FontRole::Title, title.c_str());
    if (big) ImGui::PushFont(ui::font(ui::FontRole::Title));
    ImGui::SetCursorPosX(std::max(0.0f, (ImGui::GetWindowWidth() - ImGui::CalcTextSize(title.c_str()).x) * 0.5f));
    ImGui::TextUnformatted(title.c_str());
    if (big) ImGui::PopFont();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float buttonW = std::min(320 * s, ImGui::GetContentRegionAvail().x);
    const float footer = 1.2f * ImGui::GetFrameHeight() + style.ItemSpacing.y;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    briefing_.draw(game_, level, ImVec2(avail.x, std::max(80.0f, avail.y - footer)));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + avail.x - buttonW);
    if (view::primaryButton(tr("pause.briefing_close"), buttonW)) {
        game_.click();
        briefingOpen_ = false;
    }
    ImGui::End();
}

void PlayScreen::finishFlight() {
    if (resultShown_) return;
    resultShown_ = true;
    game_.sounds().setThrust(false);
    FlightResult& r = game_.flow().result();
    r = {};
    r.levelId = sim_->level().id;
    r.outcome = sim_->outcome();
    r.reason = outcomeReason();
    r.stars = sim_->stars();
    r.starsEarned = sim_->starsEarned();
    r.minutes = sim_->elapsedRealSeconds() / 60;
    r.fuelLeftKms = sim_->fuelKms();
    r.spentKms = sim_->spentKms();
    if (sim_->level().ship.max_skips > 0) r.dips = sim_->dips();
    for (size_t i = 0; i < sim_->level().goals.list.size() && sim_->begun(); ++i) {
        const Goal& g = sim_->level().goals.list[i];
        if (g.type == GoalType::Fix && r.fixErrorM < 0) {
            r.fixErrorM = sim_->goals()[i].value[1];
            r.fixClockUs = sim_->goals()[i].value[3];
        }
        if (g.type == GoalType::Message && sim_->goals()[i].done) {   // the fix it sent, and through which satellite
            const double sentS = sim_->goals()[i].value[1] * 60;
            const MessageLink m = messageAt(sim_->sky(), g.index, g.to, sentS, g.range_error_m / 1000);
            r.fixErrorM = sim_->goals()[i].value[3];
            r.fixClockUs = m.fix.clockBiasS * 1e6;
            if (m.relay >= 0) r.messageRelay = sim_->level().satellites[size_t(m.relay)].name;
        }
        if (g.type != GoalType::Locate) continue;
        r.markOffKm = sim_->goals()[i].value[0];
        r.markedSite = sim_->level().stations[size_t(g.index)].name;
        r.clockOffUs = sim_->goals()[i].value[1];
        break;
    }
    r.replay = replaying();
    if (r.outcome == Outcome::Won && !r.replay) {
        // The author won their own level in a test flight: their input is its proof.
        if (game_.progress().testPlaying()) game_.flow().authorWon(flight_->log().events);
        r.newBest = game_.recordWin(r.levelId, r.stars, r.minutes);
        // Every win is kept as a replay: handy to record a level's solution.
        const std::string dir = game_.userDir() + "replays/";
        const std::string path = dir + safeFileName(r.levelId) + ".json";
        if (platform::makeDirs(dir) && sp::writeFileAtomic(path, saveInputLog(flight_->log()))) {
            platform::persistUserFiles();
            std::printf("replay: %s\n", path.c_str());
            std::fflush(stdout);
        }
    }
    game_.flow().go(ScreenId::Results);
}

} // namespace sp
