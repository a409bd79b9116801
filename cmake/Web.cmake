# The browser build: the `web` preset, Emscripten's toolchain (which sets EMSCRIPTEN).
# Included by CMakeLists.txt in place of the native find_package calls.
#  - Box2D, SDL2, Dear ImGui, zlib and qrcodegen: compiled to WebAssembly from Debian's source packages by
#    scripts/web (scripts/web_deps.sh) into STARPATH_WEB_DEPS; found here as CMake packages.
#  - nlohmann-json, stb and Eigen are header-only Debian packages. /usr/include itself must
#    never be on emcc's include path (its glibc headers would shadow Emscripten's libc), so a
#    folder in the build tree links to just those three.
#  - starpath_web_page(target): links the game as a folder of static files (see below).
if(NOT EMSCRIPTEN)
    message(FATAL_ERROR "cmake/Web.cmake is for the Emscripten toolchain (the `web` preset)")
endif()

set(STARPATH_WEB_DEPS "${CMAKE_SOURCE_DIR}/build/web-deps/prefix" CACHE PATH
    "SDL2, Box2D, ImGui, zlib and qrcodegen built for WebAssembly (scripts/web builds them)")
foreach(lib sdl2 box2d imgui zlib qrcodegen)
    if(NOT EXISTS "${STARPATH_WEB_DEPS}/.${lib}.done")
        message(FATAL_ERROR "${lib} for WebAssembly is missing from ${STARPATH_WEB_DEPS}: run scripts/web --build-only")
    endif()
endforeach()
# Only our prefix: Emscripten's sysroot has an SDL2 package of its own, which stands for its
# SDL "port" (-sUSE_SDL=2) that would be downloaded from the internet.
foreach(pkg box2d SDL2 imgui zlib qrcodegen)
    find_package(${pkg} CONFIG REQUIRED PATHS "${STARPATH_WEB_DEPS}" NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
endforeach()

set(SP_WEB_INCLUDE "${CMAKE_BINARY_DIR}/web-include")
file(MAKE_DIRECTORY "${SP_WEB_INCLUDE}")
foreach(lib nlohmann stb eigen3)
    if(NOT EXISTS /usr/include/${lib})
        message(FATAL_ERROR "/usr/include/${lib} is missing: install nlohmann-json3-dev, libstb-dev and libeigen3-dev")
    endif()
    file(CREATE_LINK /usr/include/${lib} "${SP_WEB_INCLUDE}/${lib}" SYMBOLIC)
endforeach()
set(SP_QRCODEGEN qrcodegen::qrcodegencpp)
add_library(Eigen3::Eigen INTERFACE IMPORTED)   # header-only, like the two above
target_include_directories(Eigen3::Eigen SYSTEM INTERFACE "${SP_WEB_INCLUDE}/eigen3")
add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED)
target_include_directories(nlohmann_json::nlohmann_json SYSTEM INTERFACE "${SP_WEB_INCLUDE}")
add_library(sp_web_stb INTERFACE IMPORTED)     # the code includes <stb_image_write.h>
target_include_directories(sp_web_stb SYSTEM INTERFACE "${SP_WEB_INCLUDE}/stb")

# The level and save borders catch the JSON library's exceptions, so they must be real
# exceptions in the browser too (Emscripten's default aborts on a throw). Emscripten's JS
# emulation, not WebAssembly's native exception handling: the browser's main loop leaves
# main() by throwing a JS exception, and native handling would run the destructors of
# main()'s App and Game on the way out, leaving the loop with a closed window. (Measured under
# Node 20, the emulation also replayed the campaign faster: 1.6x the ticks per second.)
add_compile_options(-fexceptions)
add_link_options(-fexceptions)

# starpath_web_page(target): links `target` as <target>.html + .js + .wasm + .data in
# ${CMAKE_BINARY_DIR}/site, a folder any static host can serve (index.html is a copy of the
# page, sw.js the service worker that keeps the site for offline play). The .data file holds
# the shipped data at the paths the native game reads them from (storage.cpp looks next to
# the executable, "/" in the browser's virtual file system):
# levels/*.json, assets/strings/*.json, the Earth's pictures (cmake/Imagery.cmake) and the UI
# font subset built by cmake/Graphics.cmake. The typing font (the rest of the common hanzi) is a
# plain file of the site, site/assets/fonts/starpath-ui-typing.ttf, which the game fetches
# after its first frame (engine/ui/ui.cpp): not part of the first load.
function(starpath_web_page target)
    set(site "${CMAKE_BINARY_DIR}/site")
    file(GLOB levels CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/levels/*.json" "${CMAKE_SOURCE_DIR}/levels/templates/*.json")
    file(GLOB strings CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/assets/strings/*.json")
    set(files)
    foreach(f ${levels} ${strings})
        file(RELATIVE_PATH rel "${CMAKE_SOURCE_DIR}" "${f}")
        list(APPEND files "${f}@/${rel}")
    endforeach()
    foreach(f ${SP_IMAGERY_FILES})
        get_filename_component(n "${f}" NAME)
        list(APPEND files "${f}@/assets/earth/${n}")
    endforeach()
    list(APPEND files "${SP_FONT_OUT}@/assets/fonts/starpath-ui.ttf")
    set(preload)
    foreach(f ${files})
        list(APPEND preload "SHELL:--preload-file \"${f}\"")
    endforeach()
    set(shell "${CMAKE_SOURCE_DIR}/web/shell.html")
    # JS helpers that SDL's own Emscripten code calls (Emscripten's SDL port adds the same
    # two): audio resumes at the first click, key or touch, and audio callbacks use dynCall.
    # In a file because the '$' in their names does not survive the build tool's quoting.
    set(js_helpers "${CMAKE_BINARY_DIR}/sdl-js-helpers.json")
    file(WRITE "${js_helpers}" "[\"$autoResumeAudioContext\", \"$dynCall\"]\n")

    set_target_properties(${target} PROPERTIES SUFFIX ".html" RUNTIME_OUTPUT_DIRECTORY "${site}")
    target_link_options(${target} PRIVATE
        -sUSE_WEBGL2=1 -sFULL_ES3=1      # GLES 3.0 = WebGL2, including client-side arrays
        -sALLOW_MEMORY_GROWTH=1
        -sENVIRONMENT=web
        -sMINIFY_HTML=0                  # the HTML minifier emcc wants is not in Debian
        "-sDEFAULT_LIBRARY_FUNCS_TO_INCLUDE=@${js_helpers}"
        "SHELL:--shell-file \"${shell}\""
        ${preload})
    set(worker "${CMAKE_SOURCE_DIR}/web/sw.js")
    set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS
        "${shell}" "${worker}" "${CMAKE_SOURCE_DIR}/cmake/WebPage.cmake" ${levels} ${strings} ${SP_IMAGERY_FILES} "${SP_FONT_OUT}"
        "${SP_FONT_TYPING}")
    # The page learns every file's size at build time, so its progress bar is exact even
    # when a server compresses the files (and sends no usable Content-Length); the service
    # worker learns every file and a version for offline play.
    add_custom_command(TARGET ${target} POST_BUILD
        COMMAND ${CMAKE_COMMAND} -E make_directory "${site}/assets/fonts"
        COMMAND ${CMAKE_COMMAND} -E copy_if_different "${SP_FONT_TYPING}" "${site}/assets/fonts/starpath-ui-typing.ttf"
        COMMAND ${CMAKE_COMMAND} -DSITE=${site} -DNAME=${target} -DSW=${worker}
                -P "${CMAKE_SOURCE_DIR}/cmake/WebPage.cmake"
        VERBATIM)
endfunction()
