# The game executable: game/view, game/screens, game/editor and game/main.cpp, over
# starpath_sim and the windowed engine (cmake/Graphics.cmake).
file(GLOB GAME_SOURCES CONFIGURE_DEPENDS game/view/*.cpp game/screens/*.cpp game/editor/*.cpp game/*.cpp)
add_executable(starpath ${GAME_SOURCES})
target_link_libraries(starpath PRIVATE starpath_sim sp_engine_gfx)
target_compile_definitions(starpath PRIVATE STARPATH_DATA_DIR="${STARPATH_DATA_DIR}")
