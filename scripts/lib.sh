# Shared by scripts/play, scripts/test and scripts/web: install what is missing, then configure
# and build.
# Sourced, not run.

# Debian packages the native game and its tests need (see ../shared/PLATFORM.md).
STARPATH_PACKAGES="cmake ninja-build g++ pkg-config libsdl2-dev libbox2d-dev libimgui-dev libstb-dev \
catch2 nlohmann-json3-dev libeigen3-dev zlib1g-dev libqrcodegencpp-dev zbar-tools libgl1-mesa-dri libegl1 libgles-dev xvfb xauth fonts-wqy-microhei python3-fonttools xplanet-images"

# starpath_stage TEXT: "== TEXT (at 3 min 07 s)", timed from the first script that sourced this
# file (scripts/test and the scripts/test-web it starts share one clock), so a slow CI run
# says where its time went.
: "${STARPATH_T0:=$(date +%s)}"
export STARPATH_T0
starpath_stage() {
    local s=$(($(date +%s) - STARPATH_T0))
    printf '== %s (at %d min %02d s)\n' "$1" $((s / 60)) $((s % 60))
}

starpath_root() { cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd; }

# Runs a command as root: directly when we are root, through sudo otherwise.
starpath_as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# starpath_install_packages [PACKAGE...]: installs only the packages that are missing
# (by default the native game's, STARPATH_PACKAGES).
starpath_install_packages() {
    local missing=()
    for p in ${@:-$STARPATH_PACKAGES}; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "== installing: ${missing[*]}"
    starpath_as_root apt-get update -qq
    starpath_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# starpath_build PRESET [TARGET...]
starpath_build() {
    local preset=$1; shift
    local root; root=$(starpath_root)
    (cd "$root" && cmake --preset "$preset" >/dev/null && cmake --build --preset "$preset" -j "$(nproc)" ${1:+--target "$@"})
}
