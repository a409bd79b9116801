# The windowed parts: engine/platform, render, ui and game/view, screens, editor.
# Native: SDL2, GLES 3 and Dear ImGui from Debian packages (libimgui.a already holds the
# SDL2 and OpenGL3 backends).
find_package(SDL2 CONFIG REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)
find_library(GLES3_LIBRARY NAMES GLESv2 REQUIRED)

file(GLOB SP_PLATFORM_SOURCES CONFIGURE_DEPENDS engine/platform/*.cpp)
file(GLOB SP_RENDER_SOURCES CONFIGURE_DEPENDS engine/render/*.cpp)
file(GLOB SP_UI_SOURCES CONFIGURE_DEPENDS engine/ui/*.cpp)
add_library(sp_engine_gfx STATIC ${SP_PLATFORM_SOURCES} ${SP_RENDER_SOURCES} ${SP_UI_SOURCES})
target_link_libraries(sp_engine_gfx PUBLIC sp_core SDL2::SDL2 PkgConfig::IMGUI ${GLES3_LIBRARY})
target_include_directories(sp_engine_gfx SYSTEM PUBLIC /usr/include/stb /usr/include/imgui/backends)

file(GLOB GAME_SOURCES CONFIGURE_DEPENDS game/view/*.cpp game/screens/*.cpp game/editor/*.cpp game/*.cpp)
add_executable(starpath ${GAME_SOURCES})
target_link_libraries(starpath PRIVATE starpath_sim sp_engine_gfx)
target_compile_definitions(starpath PRIVATE STARPATH_DATA_DIR="${STARPATH_DATA_DIR}")

if(STARPATH_TESTS)
    # Needs a display: scripts/test runs it under xvfb-run.
    starpath_test(gfx sp_engine_gfx)
endif()
