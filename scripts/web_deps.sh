# The browser build's third-party libraries: SDL2, Box2D, Dear ImGui, zlib and qrcodegen compiled to
# WebAssembly from Debian's own source packages. (Emscripten's "-sUSE_SDL=2" port would
# download SDL from the internet; we only ever fetch from Debian's archive.)
# Each library is built once and kept: SDL2 alone takes about 7.5 minutes on 2 cores, so a
# stamp file marks a finished install and nothing is rebuilt while it is there.
# Sourced by scripts/web after lib.sh, not run.
#
#   build/web-deps/src/     `apt-get source` output, one folder per source package
#   build/web-deps/build/   the libraries' own CMake build trees
#   build/web-deps/prefix/  what cmake/Web.cmake uses: lib/*.a, include/, lib/cmake/*Config.cmake

# Debian packages the web build needs (chromium only for the browser tests: scripts/test-web).
STARPATH_WEB_PACKAGES="emscripten dpkg-dev cmake ninja-build python3-fonttools fonts-wqy-microhei libstb-dev nlohmann-json3-dev libeigen3-dev xplanet-images"

# Debian's emcc runs a JS optimizer that needs Debian's acorn, which Node.js from outside
# Debian does not look for: every emcc / em++ / emcmake call needs this.
export NODE_PATH=/usr/share/nodejs

starpath_web_deps_dir() { echo "$(starpath_root)/build/web-deps"; }

# node and npm: the browser tests need them; emscripten needs node. Use what is there (the
# machine may have a newer Node.js than Debian's) and fall back to Debian's packages.
starpath_web_install_node() {
    command -v node >/dev/null && command -v npm >/dev/null && return 0
    starpath_install_packages nodejs npm
}

# `apt-get source` needs a deb-src entry. Ours copies the first bookworm entry of
# /etc/apt/sources.list.d/debian.sources (same mirror, same keyring) with Types: deb-src.
starpath_web_enable_deb_src() {
    local list=/etc/apt/sources.list.d/starpath-deb-src.sources
    [ -f "$list" ] && return 0
    local entry
    entry=$(awk -v RS= '/Suites:[^\n]*bookworm( |$|\n)/ { print; exit }' /etc/apt/sources.list.d/debian.sources \
            | sed -e 's/^Types:.*/Types: deb-src/' -e 's/^Suites:.*/Suites: bookworm/' -e '/^#/d')
    if [ -z "$entry" ]; then
        echo "scripts/web: no bookworm entry in /etc/apt/sources.list.d/debian.sources to copy for deb-src" >&2
        return 1
    fi
    echo "== adding a deb-src entry for bookworm main ($list)"
    printf '%s\n' "$entry" | starpath_as_root tee "$list" >/dev/null
    starpath_as_root apt-get update -qq
}

# starpath_web_source PACKAGE: prints the unpacked source folder, fetching it if missing.
starpath_web_source() {
    local pkg=$1 src; src="$(starpath_web_deps_dir)/src"
    local dir; dir=$(find "$src" -maxdepth 1 -mindepth 1 -type d -name "$pkg-[0-9]*" 2>/dev/null | sort | tail -1)
    if [ -z "$dir" ]; then
        starpath_web_enable_deb_src >&2
        mkdir -p "$src"
        echo "== apt-get source $pkg" >&2
        # apt drops to the _apt user to download; it cannot write into root's build tree, so
        # it downloads as root and says so: that notice is expected here.
        (cd "$src" && apt-get source -qq "$pkg" 2>&1 | grep -v "unsandboxed as root" >&2) || true
        dir=$(find "$src" -maxdepth 1 -mindepth 1 -type d -name "$pkg-[0-9]*" | sort | tail -1)
        [ -n "$dir" ] || { echo "scripts/web: apt-get source $pkg failed" >&2; return 1; }
    fi
    echo "$dir"
}

# starpath_web_source_orig PACKAGE: the same for a package whose upstream tarball is all we
# compile, fetched alone (apt-get source --tar-only, checked against the .dsc like any source)
# and unpacked: bookworm's mirror here lacks qr-code-generator's Debian diff, which holds
# only Debian's packaging.
starpath_web_source_orig() {
    local pkg=$1 src; src="$(starpath_web_deps_dir)/src"
    local dir; dir=$(find "$src" -maxdepth 1 -mindepth 1 -type d -iname "*$pkg*-[0-9]*" 2>/dev/null | sort | tail -1)
    if [ -z "$dir" ]; then
        starpath_web_enable_deb_src >&2
        mkdir -p "$src/$pkg-orig"
        echo "== apt-get source --tar-only $pkg" >&2
        (cd "$src/$pkg-orig" && apt-get source -qq --tar-only "$pkg" 2>&1 | grep -v "unsandboxed as root" >&2) || true
        local tarball; tarball=$(find "$src/$pkg-orig" -name "*.orig.tar.*" | head -1)
        [ -n "$tarball" ] || { echo "scripts/web: apt-get source --tar-only $pkg failed" >&2; return 1; }
        tar -xf "$tarball" -C "$src"
        dir=$(find "$src" -maxdepth 1 -mindepth 1 -type d -iname "*$pkg*-[0-9]*" | sort | tail -1)
        [ -n "$dir" ] || { echo "scripts/web: $tarball unpacked to no $pkg-VERSION folder" >&2; return 1; }
    fi
    echo "$dir"
}

# starpath_web_cmake_lib NAME SOURCE_DIR [CMAKE_ARGS...]: configures, builds and installs one
# library into the prefix with Emscripten's toolchain, unless its stamp says it is done.
starpath_web_cmake_lib() {
    local name=$1 src=$2; shift 2
    local deps; deps=$(starpath_web_deps_dir)
    local stamp="$deps/prefix/.$name.done"
    [ -f "$stamp" ] && return 0
    starpath_stage "building $name for WebAssembly (once; cached in build/web-deps)"
    local t0=$SECONDS
    emcmake cmake -S "$src" -B "$deps/build/$name" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$deps/prefix" "$@" >"$deps/build/$name.configure.log" 2>&1 \
        || { tail -30 "$deps/build/$name.configure.log" >&2; return 1; }
    cmake --build "$deps/build/$name" -j "$(nproc)" >"$deps/build/$name.build.log" 2>&1 \
        || { tail -30 "$deps/build/$name.build.log" >&2; return 1; }
    cmake --install "$deps/build/$name" >/dev/null
    echo "$name: built in $((SECONDS - t0)) s" | tee "$stamp"
}

# Everything: sources, then SDL2, Box2D and ImGui (ImGui's backends need SDL2's headers), zlib.
starpath_web_deps() {
    local deps; deps=$(starpath_web_deps_dir)
    mkdir -p "$deps/build" "$deps/prefix"
    local sdl box2d imgui zlib qr
    sdl=$(starpath_web_source libsdl2)
    box2d=$(starpath_web_source box2d)
    imgui=$(starpath_web_source imgui)
    zlib=$(starpath_web_source zlib)
    qr=$(starpath_web_source_orig qr-code-generator)
    starpath_web_cmake_lib sdl2 "$sdl" -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF
    # No fused multiply-add: Box2D's float steps must round as the native build's do, or a
    # replay's hash differs between the browser and the desktop (CONVENTIONS.md, determinism).
    starpath_web_cmake_lib box2d "$box2d" -DBOX2D_BUILD_UNIT_TESTS=OFF -DBOX2D_BUILD_TESTBED=OFF \
        -DBOX2D_BUILD_DOCS=OFF -DBUILD_SHARED_LIBS=OFF -DCMAKE_CXX_FLAGS=-ffp-contract=off
    # ImGui ships no build system: web/deps/imgui/CMakeLists.txt is ours.
    starpath_web_cmake_lib imgui "$(starpath_root)/web/deps/imgui" -DIMGUI_SOURCE_DIR="$imgui"
    # Short links (engine/core/deflate.h). zlib's own CMake build needs the Windows files
    # Debian's source leaves out: web/deps/zlib/CMakeLists.txt is ours, like ImGui's.
    starpath_web_cmake_lib zlib "$(starpath_root)/web/deps/zlib" -DZLIB_SOURCE_DIR="$zlib"
    # QR codes of links (engine/core/qr.h): one C++ file, built by our CMakeLists.txt.
    starpath_web_cmake_lib qrcodegen "$(starpath_root)/web/deps/qrcodegen" -DQRCODEGEN_SOURCE_DIR="$qr"
}
