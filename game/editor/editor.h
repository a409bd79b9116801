// The level editor: a screen over an edit::Document (game/edit), the same level model the
// game plays. It only turns pointer, touch and keys into Document calls and draws the result;
// every edit, undo and file operation lives in game/edit, where the tests reach it.
//
//   +----------------------------------------------------------------+
//   | < id title ●  undo redo  save file   problems verified share TEST |  top_bar.cpp
//   +----+--------------------------------------------+--------------+
//   | +  |                                            | Selected     |  side_panel.cpp
//   |tool|      the map: pan, zoom, select, drag,      | Level        |  (inspector.cpp,
//   |    |      handles (canvas.cpp, canvas_draw.cpp)  | Problems     |   settings_panel.cpp)
//   |    | [- + frame grid snap]  x, y km             |              |
//   +----+--------------------------------------------+--------------+
//   palette.cpp (tool strip, view bar), pages.cpp (templates, open), dialogs.cpp (leave,
//   save as, restore, share, blocked), editor.cpp (the frame, keys, checks, autosave),
//   editor_files.cpp (save, test-play, leaving, browser files). Helpers with no screen state:
//   names (what things are called), text_field, tool_icons, my_levels (the cards).
//
// The screen lives as long as the game, so a test flight returns to the same document, with
// its history, selection and camera.
#pragma once
#include "engine/render/camera.h"
#include "game/edit/document.h"
#include "game/edit/gestures.h"
#include "game/edit/library.h"
#include "game/editor/inspector.h"
#include "game/shell/screen.h"
#include "game/sim/level_io.h"
#include "game/view/world_view.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sp {

class EditorScreen : public Screen {
public:
    explicit EditorScreen(Shell& game);
    ~EditorScreen() override;

    // [SECTION] ways in: the ScreenFlow (game/app/flow.cpp) calls one, then go(ScreenId::Editor)
    // "Edit a copy" of any level: a new id ("1-3-copy"), no solution, not saved yet.
    void openCopy(const Level& level);
    // A file from My levels or a path; drafts with problems open too.
    void openFile(const std::string& path);
    void openLevel(Level level, const std::string& path);
    // "Create" on the title: the unsaved level if one was left, else the template page.
    void startCreating();
    // Selects the object a JSON pointer names ("zones/0", "/ship"); false if there is none.
    bool selectPointer(const std::string& pointer);

    // [SECTION] back from a test flight
    // The author won their own flight (not a replay): the winning input verifies the level.
    void authorWon(const std::vector<InputEvent>& events);

    // [SECTION] the autosave a crashed or closed session left (the title offers it)
    const std::optional<edit::Autosave>& leftoverAutosave();
    void restoreAutosave();
    void discardAutosave();

    void enter() override;
    void frame(const platform::FrameInput& in) override;

private:
    enum class Mode { Edit, Templates, Open };
    enum class Tab { Selected, Level, Problems };
    enum class After { Nothing, Leave, Templates, Open, OpenPath, Restore };   // once unsaved edits are settled
    enum class Dialog { None, Leave, SaveAs, Restore, Share, Blocked };

    // editor.cpp
    void setDocument(Level level, const std::string& path);
    void offerRestore();                        // the Restore dialog, if an autosave was left
    void showStatus(const std::string& text, bool error);
    void statusLine(double now);
    void refreshChecks(double now);
    void handleKeys(const platform::FrameInput& in);
    void autosaveTick(double now);
    void closeEdits();                          // ends open undo groups (text field, drag)
    void undo();
    void redo();
    void deleteSelection();
    void duplicateSelection();
    void save();                                // to path_, or asks for one
    bool saveTo(const std::string& path);
    void testPlay(bool briefing);
    void requestLeave(After after);             // asks first when there are unsaved edits
    void proceed(After after);
    void leave();                               // at the end of the frame (finishLeaving)
    void finishLeaving();
    bool hasErrors() const { return !problems_.empty(); }
    // Errors, then warnings: what the Problems tab lists and the inspector shows under fields.
    std::vector<Problem> allProblems() const;
    size_t warningCount() const { return warnings_.size() + flightWarnings_.size(); }
    void ensureTemplates();
    void updateWindowTitle();
    // Where a file is, as a person should read it: the path natively; in the browser, its
    // name in My levels (the real path is a folder inside the browser's storage).
    std::string shownPath(const std::string& path) const;
    // Edits that are in no file: the Document's own, or a restored autosave's.
    bool unsaved() const { return doc_ && (doc_->dirty() || restored_); }

    // canvas.cpp
    void canvasInput(const platform::FrameInput& in);
    void pointerDown(const platform::PointerEvent& p, const platform::FrameInput& in);
    void pointerMove(const platform::PointerEvent& p, const platform::FrameInput& in);
    void pointerUp(const platform::PointerEvent& p);
    void endDrag();
    void frameAll(bool snap);
    void frameRef(edit::Ref r);                 // zooms to it ("Show")
    void revealRef(edit::Ref r);                // slides the map only if it is out of view
    void zoomBy(double factor);
    void updateCameraLimits();
    double kmPerPx() const { return 1.0 / cam_.zoom; }
    double gridKm() const;                      // the grid's step at this zoom
    double snapKm(const platform::FrameInput& in) const;   // 0 while snapping is off or Shift/Alt held
    edit::HandleScale handleScale() const;
    double pxPerKms() const;                    // velocity arrows' length per km/s, for this level's speeds
    Vec2 viewCenterKm() const;

    // canvas_draw.cpp
    void drawCanvas(const platform::FrameInput& in);
    void drawGrid();
    void drawEntities(double time);
    void drawGround();
    void drawSelection();
    void drawLabels();

    // palette.cpp
    void toolStrip();
    void viewControls();
    void addEntity(edit::Kind k);
    void addGroundPoint();

    // top_bar.cpp
    void topBar();

    // side_panel.cpp, settings_panel.cpp
    void sidePanel();
    void selectedTab();
    void objectList();
    void problemsTab();
    void goToProblem(const Problem& p);
    void levelTab();
    void listSection(edit::Kind k, const char* addKey);
    void groundSection();                       // a local frame: new ground from a seed

    // pages.cpp, dialogs.cpp
    void templatesPage();
    void openPage();
    void openFromBrowser();
    void dialogs();
    void leaveDialog();
    void saveAsDialog();
    void restoreDialog();
    void shareDialog();
    void shareLinkBox(const std::string& link);
    void blockedDialog();

    // [SECTION] the document and what is known about it
    std::unique_ptr<edit::Document> doc_;
    std::string path_;                          // where it is saved, "" if nowhere yet
    bool restored_ = false;                     // came from the autosave, not saved since
    editor::Inspector inspector_;
    uint64_t checkedRevision_ = ~0ull;
    std::vector<Problem> problems_;             // validateLevel of the current revision: errors
    std::vector<Problem> warnings_;             // levelWarnings and template words, every revision
    std::vector<Problem> flightWarnings_;       // edit::checkFlights, when edits pause
    std::vector<Problem> listed_;               // allProblems(), gathered once a frame for the panel
    bool verified_ = false;
    double verifyDueAt_ = -1;                   // the flights (replays) wait for edits to pause
    std::string windowTitle_;
    std::string status_;                        // one line under the top bar ("Saved to ...")
    double statusUntil_ = 0;
    bool statusError_ = false;
    bool wonStatus_ = false;

    // [SECTION] the screen's own state
    Mode mode_ = Mode::Edit;
    Tab tab_ = Tab::Selected;
    bool tabRequested_ = false;
    Dialog dialog_ = Dialog::None;
    bool dialogOpened_ = false;
    After after_ = After::Nothing;
    bool leaving_ = false;
    std::string openPath_;                      // the Open page's path field
    std::string saveAsPath_;
    std::optional<std::vector<edit::LevelEntry>> myLevels_;   // read when the Open page opens
    std::vector<edit::Template> templates_;
    int groundSeed_ = 1;                        // the seed the Ground section makes ground from
    std::vector<std::string> templateErrors_;
    std::optional<edit::Autosave> autosave_;
    bool autosaveChecked_ = false;
    uint64_t autosavedRevision_ = 0;
    double autosaveAt_ = 0;
    std::string shareLink_;
    bool shareCopied_ = false;
    std::vector<Problem> blockedProblems_;      // why test-play could not start

    // [SECTION] the map
    gfx::Camera2D cam_;
    view::WorldView world_;                     // rock shapes, as the flight will draw them
    size_t rocksFor_ = ~size_t(0);              // the debris count world_ was reset for
    bool cameraSet_ = false;
    bool frameSelection_ = false;               // frame the selection at the next frame
    bool snap_ = true;
    bool showGrid_ = true;
    float leftPx_ = 0, rightPx_ = 0, topPx_ = 0;   // window pixels the panels cover
    struct Drag {
        enum class Type { None, Pan, Move, Handle, Pinch } type = Type::None;
        int pointer = -1;
        Vec2 downPx, lastPx;
        Vec2 startKm;                           // the object's position when the drag began
        Vec2 downKm;                            // the pointer's world point at the press
        edit::Ref ref;
        edit::HandleKind handle = edit::HandleKind::Radius;
        double grabOffsetKm = 0;                // a rim handle held off a tiny rim: how far
        bool moved = false;
        bool groupOpen = false;
        bool selectOnTap = false;               // a press on an unselected big object: a tap selects it
        std::optional<edit::Ref> tapRef;
    } drag_;
    struct Finger {
        int id;
        Vec2 px;
    };
    std::vector<Finger> fingers_;
    Vec2 hoverKm_;
    bool hoverValid_ = false;
    std::optional<edit::Ref> hover_;
};

} // namespace sp
