# The Earth's pictures (NASA's Blue Marble and its night lights, from Debian's xplanet-images),
# scaled at build time to the game's surface-map size and written as JPEGs the game decodes at
# start (game/view/planet_look.cpp), at JPEG quality 80: 66 KB and 27 KB, against 100 KB and
# 37 KB at 90, for a difference that does not show on a 1024x512 globe. Never committed: made
# from the package on every machine.
# In the web preset the tool is WebAssembly run by Node.js (Emscripten's CMAKE_CROSSCOMPILING_EMULATOR).
set(STARPATH_IMAGERY_DIR /usr/share/xplanet/images CACHE PATH "NASA's Earth images (xplanet-images)")
if(NOT EXISTS "${STARPATH_IMAGERY_DIR}/earth.jpg" OR NOT EXISTS "${STARPATH_IMAGERY_DIR}/night.jpg")
    message(FATAL_ERROR "${STARPATH_IMAGERY_DIR}/earth.jpg or night.jpg is missing: install xplanet-images")
endif()
add_executable(make_imagery tools/make_imagery.cpp)
set(SP_IMAGERY_RUN)
if(EMSCRIPTEN)
    # Node.js, without its fetch (Emscripten 3.1.6 would fetch the .wasm as a URL), as scripts/test-web runs the CLI
    set(SP_IMAGERY_RUN ${CMAKE_CROSSCOMPILING_EMULATOR} --no-experimental-fetch)
    target_link_libraries(make_imagery PRIVATE sp_web_stb)
    target_link_options(make_imagery PRIVATE -sNODERAWFS=1 -sENVIRONMENT=node -sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=1)
else()
    target_include_directories(make_imagery SYSTEM PRIVATE /usr/include/stb)
endif()
# stb's own warnings and shifts of negative numbers are not ours to fix (engine/platform/image.cpp).
target_compile_options(make_imagery PRIVATE -w -fno-sanitize=undefined)
set(SP_IMAGERY_OUT ${CMAKE_BINARY_DIR}/assets/earth)
set(SP_IMAGERY_FILES ${SP_IMAGERY_OUT}/day.jpg ${SP_IMAGERY_OUT}/night.jpg)
add_custom_command(
    OUTPUT ${SP_IMAGERY_FILES}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${SP_IMAGERY_OUT}
    COMMAND ${SP_IMAGERY_RUN} $<TARGET_FILE:make_imagery> ${STARPATH_IMAGERY_DIR}/earth.jpg ${SP_IMAGERY_OUT}/day.jpg 1024 512 80
    COMMAND ${SP_IMAGERY_RUN} $<TARGET_FILE:make_imagery> ${STARPATH_IMAGERY_DIR}/night.jpg ${SP_IMAGERY_OUT}/night.jpg 1024 512 80
    DEPENDS make_imagery ${STARPATH_IMAGERY_DIR}/earth.jpg ${STARPATH_IMAGERY_DIR}/night.jpg
    COMMENT "Scaling NASA's Earth images to 1024x512"
    VERBATIM)
add_custom_target(starpath_imagery ALL DEPENDS ${SP_IMAGERY_FILES})
