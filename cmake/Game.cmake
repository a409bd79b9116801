# The game's windowed layers, each a static library that links only the layers below it (the
# layers and who may include whom: README.md, CONVENTIONS.md; tests/layers checks the
# includes). With static libraries a call into a layer above fails to link.
#   starpath_view     game/view     draws a sim; the game's look, sounds, planets (words: starpath_text)
#   starpath_shell    game/shell    what screens and the editor share: Shell, Flow, Settings, menu kit
#   starpath_screens  game/screens  the menus and the play screen
#   starpath_editor   game/editor   the level editor's screen (a peer of the screens)
#   starpath_app      game/app      the Game, the flow between screens, the command line, folders
#   starpath          game/app/main.cpp
file(GLOB VIEW_SOURCES CONFIGURE_DEPENDS game/view/*.cpp)
add_library(starpath_view STATIC ${VIEW_SOURCES})
target_link_libraries(starpath_view PUBLIC starpath_text sp_engine_gfx)

file(GLOB SHELL_SOURCES CONFIGURE_DEPENDS game/shell/*.cpp)
add_library(starpath_shell STATIC ${SHELL_SOURCES})
target_link_libraries(starpath_shell PUBLIC starpath_view starpath_edit)

file(GLOB SCREENS_SOURCES CONFIGURE_DEPENDS game/screens/*.cpp)
add_library(starpath_screens STATIC ${SCREENS_SOURCES})
target_link_libraries(starpath_screens PUBLIC starpath_shell)

file(GLOB EDITOR_SOURCES CONFIGURE_DEPENDS game/editor/*.cpp)
add_library(starpath_editor STATIC ${EDITOR_SOURCES})
target_link_libraries(starpath_editor PUBLIC starpath_shell)

file(GLOB APP_SOURCES CONFIGURE_DEPENDS game/app/*.cpp)
list(REMOVE_ITEM APP_SOURCES ${CMAKE_SOURCE_DIR}/game/app/main.cpp)
add_library(starpath_app STATIC ${APP_SOURCES})
target_link_libraries(starpath_app PUBLIC starpath_screens starpath_editor)
# paths.cpp falls back to the source tree for levels/ and assets/strings when run from a build dir.
target_compile_definitions(starpath_app PRIVATE STARPATH_DATA_DIR="${STARPATH_DATA_DIR}")

add_executable(starpath game/app/main.cpp)
target_link_libraries(starpath PRIVATE starpath_app)
add_dependencies(starpath starpath_font starpath_imagery)

if(STARPATH_TESTS)
    # The game's top layer without a window: folders, settings, the save file, the command line.
    starpath_test(app LIBS starpath_app)
endif()

# --- smoke tests: the whole program, driven by its flags --------------------------------------
# Each runs `starpath` under Xvfb (scripts/test wraps ctest in xvfb-run) with its own --home,
# so no test ever touches a real save. cmake/SmokeRun.cmake runs one command and checks its
# exit code, its output and the files it should have written. (Native only: the browser
# build has its own tests.)
if(STARPATH_TESTS AND NOT EMSCRIPTEN)
    set(SP_SMOKE_DIR ${CMAKE_BINARY_DIR}/smoke)
    function(starpath_smoke name)
        cmake_parse_arguments(S "" "EXIT;OUTPUT;FILE;ERROR;REJECT" "ARGS;SEED" ${ARGN})
        if(NOT DEFINED S_EXIT)
            set(S_EXIT 0)
        endif()
        add_test(NAME "game: ${name}"
                 COMMAND ${CMAKE_COMMAND}
                     "-DPROGRAM=$<TARGET_FILE:starpath>"
                     "-DARGS=--home;${SP_SMOKE_DIR}/${name}/home;${S_ARGS}"
                     "-DEXPECT_EXIT=${S_EXIT}"
                     "-DEXPECT_OUTPUT=${S_OUTPUT}"
                     "-DEXPECT_ERROR=${S_ERROR}"
                     "-DREJECT_OUTPUT=${S_REJECT}"
                     "-DEXPECT_FILE=${S_FILE}"
                     "-DWORK_DIR=${SP_SMOKE_DIR}/${name}"
                     "-DSEED=${S_SEED}"
                     -P ${CMAKE_SOURCE_DIR}/cmake/SmokeRun.cmake)
        # Mesa's software GL keeps allocations alive to the end of the process: those are the
        # driver's, not ours, and LeakSanitizer would fail every windowed run on them.
        set_tests_properties("game: ${name}" PROPERTIES TIMEOUT 300 ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0"
                             RESOURCE_LOCK display)   # one window at a time (cmake/Graphics.cmake)
    endfunction()

    starpath_smoke(title ARGS --screenshot ${SP_SMOKE_DIR}/title/shot.png FILE ${SP_SMOKE_DIR}/title/shot.png)
    foreach(screen chapters levels briefing settings)
        starpath_smoke(screen-${screen} ARGS --screen ${screen} --level 1-1 --screenshot ${SP_SMOKE_DIR}/screen-${screen}/shot.png
                       FILE ${SP_SMOKE_DIR}/screen-${screen}/shot.png)
    endforeach()
    starpath_smoke(screen-play-zh ARGS --level 1-3 --ticks 300 --lang zh --vectors --screenshot ${SP_SMOKE_DIR}/screen-play-zh/shot.png
                   FILE ${SP_SMOKE_DIR}/screen-play-zh/shot.png)
    # No two panels of the play screen overlap, at an ordinary and a small window, in both
    # languages: aiming a launch (1-1, 1-2, 1-6), in orbit with burns (1-3, 1-4; 2-2 with its
    # line about the station), piloting (1-5), docking with the thrusters' telemetry and hold
    # points (2-4); paused, with its badge (1-2 before the launch, 1-3 in orbit), and with a
    # burn point placed, its panel open (1-3 paused, 1-4 running).
    foreach(size 1280x720 960x600)
        foreach(lang en zh)
            foreach(run 1-1:0 1-2:0 1-3:300 1-4:300 1-5:300 1-6:0 2-2:300 2-4:300
                        1-2:0:paused 1-3:300:paused 1-3:300:paused:plan 1-4:300:plan)
                string(REPLACE ":" ";" parts ${run})
                list(GET parts 0 level)
                list(GET parts 1 ticks)
                set(extra "")
                set(tag "")
                if(run MATCHES "paused")
                    list(APPEND extra --paused)
                    string(APPEND tag -paused)
                endif()
                if(run MATCHES "plan")
                    list(APPEND extra --plan 40)
                    string(APPEND tag -plan)
                endif()
                set(name layout-${level}${tag}-${size}-${lang})
                starpath_smoke(${name} ARGS --level ${level} --ticks ${ticks} ${extra} --size ${size} --lang ${lang} --layout-check
                               --screenshot ${SP_SMOKE_DIR}/${name}/shot.png
                               OUTPUT "layout: ${size}, [0-9]+ panels, none overlap" REJECT "overlap:|cannot plan")
            endforeach()
        endforeach()
    endforeach()
    # The results of the longest win (1-6: a lesson of four lines, two stars) keep their buttons
    # on screen without a page scrollbar at the UI scales Settings offers, in both languages.
    foreach(size 1280x720 960x600)
        foreach(scale 1.0 1.5 2.0)
            foreach(lang en zh)
                set(name results-fit-${size}-${scale}-${lang})
                starpath_smoke(${name} ARGS --screen results --level 1-6 --inputs ${CMAKE_SOURCE_DIR}/levels/solutions/1-6.json
                               --size ${size} --scale ${scale} --lang ${lang} --layout-check
                               --screenshot ${SP_SMOKE_DIR}/${name}/shot.png
                               OUTPUT "results: ${size} at scale [0-9.]+, fits" REJECT "scrolls by")
            endforeach()
        endforeach()
    endforeach()
    # The recorded solution of 1-1, replayed through the game, wins and opens the results.
    starpath_smoke(solution-1-1 ARGS --screen results --level 1-1 --inputs ${CMAKE_SOURCE_DIR}/levels/solutions/1-1.json
                   --screenshot ${SP_SMOKE_DIR}/solution-1-1/shot.png
                   OUTPUT "flight: 1-1 won" FILE ${SP_SMOKE_DIR}/solution-1-1/shot.png)
    # A playthrough of 1-5 (pilot, Box2D collisions) replayed in real frames.
    starpath_smoke(solution-1-5 ARGS --level 1-5 --inputs ${CMAKE_SOURCE_DIR}/levels/solutions/1-5.json --perf 30
                   OUTPUT "perf: 30 frames")
    # Broken input at the border: a clear sentence on stderr and exit code 2, never a crash.
    starpath_smoke(broken-level-file ARGS --level ${CMAKE_SOURCE_DIR}/cmake/smoke/broken-level.json EXIT 2
                   ERROR "has problems")
    starpath_smoke(broken-level-data ARGS --data ${CMAKE_SOURCE_DIR}/cmake/smoke/broken-data --level 1-1 EXIT 2
                   ERROR "1-1.json")
    starpath_smoke(broken-campaign-menu ARGS --data ${CMAKE_SOURCE_DIR}/cmake/smoke/broken-data --screen chapters
                   --screenshot ${SP_SMOKE_DIR}/broken-campaign-menu/shot.png FILE ${SP_SMOKE_DIR}/broken-campaign-menu/shot.png)
    # Share links (the browser's page hands its #level=... to the game as --link FILE): a good
    # link opens its level on the briefing (with --ticks, in play); a broken one is a notice
    # over the menu, never an exit.
    starpath_smoke(link-briefing ARGS --link ${CMAKE_SOURCE_DIR}/cmake/smoke/link-1-3.txt
                   --screenshot ${SP_SMOKE_DIR}/link-briefing/shot.png ERROR "share link: level 1-3.*screen: briefing \\(level 1-3\\)"
                   FILE ${SP_SMOKE_DIR}/link-briefing/shot.png)
    starpath_smoke(link-level ARGS --link ${CMAKE_SOURCE_DIR}/cmake/smoke/link-1-3.txt --ticks 60
                   --screenshot ${SP_SMOKE_DIR}/link-level/shot.png ERROR "share link: level 1-3.*screen: play \\(level 1-3\\)"
                   FILE ${SP_SMOKE_DIR}/link-level/shot.png)
    # The end of chapter 1, over a save that has won every level.
    starpath_smoke(chapter-complete ARGS --screen chapter-complete --level 1-6 --screenshot ${SP_SMOKE_DIR}/chapter-complete/shot.png
                   SEED ${CMAKE_SOURCE_DIR}/cmake/smoke/save-chapter-1-won.json ${SP_SMOKE_DIR}/chapter-complete/home/save.json
                   ERROR "screen: chapter-complete \\(level 1-6\\)" FILE ${SP_SMOKE_DIR}/chapter-complete/shot.png)
    starpath_smoke(link-broken ARGS --link ${CMAKE_SOURCE_DIR}/cmake/smoke/broken-link.txt
                   --screenshot ${SP_SMOKE_DIR}/link-broken/shot.png ERROR "share link: The link's level code is damaged"
                   FILE ${SP_SMOKE_DIR}/link-broken/shot.png)
    # The level editor on a copy of 1-3 with a zone selected (the inspector open), in Chinese
    # too; a file that holds no level at all is refused before a window opens.
    starpath_smoke(editor ARGS --screen editor --level 1-3 --select zones/0 --screenshot ${SP_SMOKE_DIR}/editor/shot.png
                   FILE ${SP_SMOKE_DIR}/editor/shot.png)
    starpath_smoke(editor-zh ARGS --screen editor --level 1-6 --select stations/0 --lang zh
                   --screenshot ${SP_SMOKE_DIR}/editor-zh/shot.png FILE ${SP_SMOKE_DIR}/editor-zh/shot.png)
    starpath_smoke(editor-templates ARGS --screen editor --screenshot ${SP_SMOKE_DIR}/editor-templates/shot.png
                   FILE ${SP_SMOKE_DIR}/editor-templates/shot.png)
    # A session that died with unsaved edits left its autosave: the next start finds it, says
    # so and offers it on the title (the screenshot shows the offer).
    starpath_smoke(editor-restore-offer ARGS --screenshot ${SP_SMOKE_DIR}/editor-restore-offer/shot.png
                   SEED ${CMAKE_SOURCE_DIR}/cmake/smoke/editor-autosave.json ${SP_SMOKE_DIR}/editor-restore-offer/home/editor-autosave.json
                   ERROR "unsaved level was left by the last session: my-half-done"
                   FILE ${SP_SMOKE_DIR}/editor-restore-offer/shot.png)
    starpath_smoke(editor-not-a-level ARGS --screen editor --level ${CMAKE_SOURCE_DIR}/cmake/smoke/broken-link.txt EXIT 2
                   ERROR "cannot be opened in the editor")
    starpath_smoke(bad-flag ARGS --warp 9 EXIT 2 ERROR "unknown option")
    starpath_smoke(help ARGS --help OUTPUT "Usage: starpath")
    # Both string tables hold the same keys: no text a player reads is missing in one language.
    add_test(NAME "game: string tables match"
             COMMAND ${CMAKE_COMMAND} -DEN=${CMAKE_SOURCE_DIR}/assets/strings/en.json
                     -DZH=${CMAKE_SOURCE_DIR}/assets/strings/zh-Hans.json -P ${CMAKE_SOURCE_DIR}/cmake/CheckStrings.cmake)
endif()
