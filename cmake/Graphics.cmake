# The windowed half of the engine: engine/platform, render, ui (the game is cmake/Game.cmake).
# Native: SDL2, GLES 3 and Dear ImGui from Debian packages (libimgui.a already holds the
# SDL2 and OpenGL3 backends). Web: the wasm builds cmake/Web.cmake found; Emscripten itself
# provides GLES 3 (WebGL2).
if(EMSCRIPTEN)
    set(SP_GFX_LIBS SDL2::SDL2-static imgui::imgui sp_web_stb)
else()
    find_package(SDL2 CONFIG REQUIRED)
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)
    find_library(GLES3_LIBRARY NAMES GLESv2 REQUIRED)
    set(SP_GFX_LIBS SDL2::SDL2 PkgConfig::IMGUI ${GLES3_LIBRARY})
endif()

# Two libraries: the renderer needs only GLES; the window, input, sound and ImGui glue
# (engine/platform and engine/ui lean on each other: App wires ImGui in) sit on it.
file(GLOB SP_RENDER_SOURCES CONFIGURE_DEPENDS engine/render/*.cpp)
add_library(sp_render STATIC ${SP_RENDER_SOURCES})
target_link_libraries(sp_render PUBLIC sp_core ${SP_GFX_LIBS})

file(GLOB SP_PLATFORM_SOURCES CONFIGURE_DEPENDS engine/platform/*.cpp)
file(GLOB SP_UI_SOURCES CONFIGURE_DEPENDS engine/ui/*.cpp)
add_library(sp_engine_gfx STATIC ${SP_PLATFORM_SOURCES} ${SP_UI_SOURCES})
target_link_libraries(sp_engine_gfx PUBLIC sp_render)
# stb_image's decoders shift negative numbers on purpose, which UBSan stops the ASan build for:
# its file keeps AddressSanitizer's checks and leaves out UBSan's (stb's code, not ours).
set_source_files_properties(engine/platform/image.cpp PROPERTIES COMPILE_OPTIONS "-fno-sanitize=undefined")
if(NOT EMSCRIPTEN)
    target_include_directories(sp_render SYSTEM PUBLIC /usr/include/stb /usr/include/imgui/backends)
endif()
if(EMSCRIPTEN)
    # The browser halves of engine modules, run inside Emscripten's runtime (--pre-js):
    #  - storage_web.js keeps the per-user folder in IndexedDB (IDBFS), loaded before main();
    #  - files_web.js: clipboard, downloads and the file picker (engine/platform/files.h);
    #  - text_input_web.js: the hidden textarea that takes an IME's text (engine/ui/text_input.h).
    target_link_options(sp_engine_gfx INTERFACE -lidbfs.js)
    foreach(js engine/platform/storage_web.js engine/platform/files_web.js engine/ui/text_input_web.js)
        target_link_options(sp_engine_gfx INTERFACE "SHELL:--pre-js \"${CMAKE_SOURCE_DIR}/${js}\"")
        set_property(TARGET sp_engine_gfx APPEND PROPERTY INTERFACE_LINK_DEPENDS "${CMAKE_SOURCE_DIR}/${js}")
    endforeach()
endif()

# --- the UI fonts: subsets of WenQuanYi Micro Hei, made at build time (never committed) -----
# starpath-ui.ttf holds the characters the game shows (everything in levels/ and the string
# tables, plus non-ASCII characters written in game and gfx-test sources): the first frame's
# font. starpath-ui-typing.ttf holds the rest of GB2312's 3,755 common hanzi, for text typed
# in the editor: merged into the body size after the first frame (engine/ui/ui.h), and in the
# browser fetched then, not in the first load.
set(STARPATH_PYTHON /usr/bin/python3 CACHE FILEPATH "Python that sees Debian's python3-fonttools")
set(STARPATH_CJK_FONT /usr/share/fonts/truetype/wqy/wqy-microhei.ttc CACHE FILEPATH "Source CJK font (fonts-wqy-microhei)")
set(SP_FONT_OUT ${CMAKE_BINARY_DIR}/assets/fonts/starpath-ui.ttf)
set(SP_FONT_TYPING ${CMAKE_BINARY_DIR}/assets/fonts/starpath-ui-typing.ttf)
file(GLOB SP_FONT_JSON CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/levels/*.json ${CMAKE_SOURCE_DIR}/levels/templates/*.json
    ${CMAKE_SOURCE_DIR}/assets/strings/*.json)
file(GLOB_RECURSE SP_FONT_SOURCES CONFIGURE_DEPENDS
    ${CMAKE_SOURCE_DIR}/game/*.cpp ${CMAKE_SOURCE_DIR}/game/*.h ${CMAKE_SOURCE_DIR}/tests/gfx/*.cpp)
add_custom_command(
    OUTPUT ${SP_FONT_OUT} ${SP_FONT_TYPING}
    COMMAND ${STARPATH_PYTHON} ${CMAKE_SOURCE_DIR}/scripts/make_font_subset.py
            --font ${STARPATH_CJK_FONT} --output ${SP_FONT_OUT} --typing-output ${SP_FONT_TYPING}
            --chars-out ${CMAKE_BINARY_DIR}/assets/fonts/starpath-ui.chars.txt
            --own-chars-out ${CMAKE_BINARY_DIR}/assets/fonts/starpath-ui.own-chars.txt
            --json ${SP_FONT_JSON} --sources ${SP_FONT_SOURCES}
    DEPENDS ${CMAKE_SOURCE_DIR}/scripts/make_font_subset.py ${SP_FONT_JSON} ${SP_FONT_SOURCES}
    COMMENT "Subsetting the UI fonts (Latin and the game's Chinese; the rest of 3,755 common hanzi for typing)"
    VERBATIM)
add_custom_target(starpath_font ALL DEPENDS ${SP_FONT_OUT} ${SP_FONT_TYPING})

if(STARPATH_TESTS)
    # Needs a display: scripts/test runs it under xvfb-run.
    # Leak checking is off for these only: Mesa's GL driver and libdbus (which SDL's video
    # start-up loads) keep allocations until exit. ASan still checks every memory access, and
    # the engine and sim suites run with leak checking on.
    # Tests with a window take turns on the one X display: a window that opens takes the focus
    # from the others, and a window that loses it lets go of a held mouse button (engine/ui/mouse.cpp),
    # which broke a slider drag under test now and then when two ran at once.
    starpath_test(gfx LIBS starpath_view ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0" RESOURCE_LOCK display)
    add_dependencies(gfx_tests starpath_font)
    # The game's line breaking measures text with ImGui's font: tested here, with the real font.
    target_sources(gfx_tests PRIVATE ${CMAKE_SOURCE_DIR}/game/view/text_wrap.cpp)
    # Which point of a path a tap picks: plain geometry through the camera.
    target_sources(gfx_tests PRIVATE ${CMAKE_SOURCE_DIR}/game/view/maneuver.cpp)
endif()
