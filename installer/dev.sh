#!/usr/bin/env bash
# PlanBridge developer entry point. Each command installs the Debian packages it needs (when
# missing), configures, builds and runs, so it works on a fresh Debian 12 machine.
#
#   installer/dev.sh demo    open the console on the built-in sandbox, signed in as the demo planner
#                            (headless demo without a display); --user NAME for another demo user
#   installer/dev.sh test    build everything and run every test (dev, then asan), plus fuzz smoke runs
#                            and the package test (install, run, purge; needs root or sudo)
#   installer/dev.sh bench   the 1M-record validate benchmark (release build)
#   installer/dev.sh fuzz [SECONDS]   run each fuzz target (default 300 s each)
#   installer/dev.sh package build the .deb and .tar.gz into build/release/packages (release build)
#   installer/dev.sh screenshots   picture every console page at 1600x1000 into docs/screenshots
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

# ccache hits across fresh clones in other folders too.
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
export CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}"
# Keeps Qt quiet about a missing runtime dir in CI and containers.
if [[ -z "${XDG_RUNTIME_DIR:-}" ]]; then
    export XDG_RUNTIME_DIR="${TMPDIR:-/tmp}/planbridge-runtime-$(id -u)"
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
fi

build_packages=(cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    linguist-qt6 qt6-qpa-plugins libsqlite3-dev libcurl4-openssl-dev nlohmann-json3-dev libssl-dev
    libcpp-httplib-dev
    fonts-dejavu-core)
fuzz_packages=(clang libclang-rt-14-dev)
# Icons, man pages, dpkg-shlibdeps, and the package test: lintian, validators, a virtual display.
package_packages=(librsvg2-bin help2man dpkg-dev file lintian appstream desktop-file-utils
    xvfb xauth)

ensure_packages() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    ((${#missing[@]} == 0)) && return 0
    echo "==> installing ${missing[*]}"
    local sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

configure() { cmake --preset "$1" >/dev/null; }

cmd_demo() {
    ensure_packages "${build_packages[@]}"
    configure dev
    cmake --build --preset dev --target planbridge planbridge-sync
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        echo "No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the console window cannot open."
        echo "Showing the headless demo instead; in a desktop session this command opens the console."
        echo
        exec build/dev/app/sync/planbridge-sync demo
    fi
    exec build/dev/app/console/planbridge --demo "$@"
}

cmd_screenshots() {
    ensure_packages "${build_packages[@]}" xvfb xauth
    configure dev
    cmake --build --preset dev --target planbridge
    exec tests/ui/screenshots.sh build/dev/app/console/planbridge docs/screenshots
}

run_suite() {
    local preset=$1
    echo "==> $preset: configure and build"
    configure "$preset"
    cmake --build --preset "$preset"
    echo "==> $preset: tests"
    local status=0
    ctest --preset "$preset" 2>&1 | tee "build/$preset/ctest.log" || status=$?
    # "100% tests passed, 0 tests failed out of 14" -> totals for the closing line.
    local line total failed
    line=$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "build/$preset/ctest.log" | tail -n 1)
    total=$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$line")
    failed=$(sed -E 's/.* ([0-9]+) tests? failed.*/\1/' <<<"$line")
    passed_total=$((passed_total + ${total:-0} - ${failed:-0}))
    failed_total=$((failed_total + ${failed:-0}))
    return "$status"
}

passed_total=0
failed_total=0

cmd_test() {
    ensure_packages "${build_packages[@]}" "${fuzz_packages[@]}" "${package_packages[@]}"
    # A real Tryton for tests/tryton's end-to-end test; its seeded database is built once and cached.
    installer/tryton-env.sh install
    trap 'echo "tests: $passed_total passed, $failed_total failed"' EXIT
    run_suite dev
    # Sanitizers: leak checking is off because Qt's font and platform plugins keep caches for the
    # life of the process; address and undefined-behaviour errors still fail the run.
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 run_suite asan
    fuzz_smoke 20
    # Last: the .deb built, linted, installed, run from /usr/bin and purged.
    if installer/test-package.sh; then
        passed_total=$((passed_total + 1))
    else
        failed_total=$((failed_total + 1))
        return 1
    fi
}

# Runs each fuzz target for SECONDS on a copy of its seed corpus; a crash fails the run and keeps
# the crashing input.
fuzz_smoke() {
    local seconds=$1
    configure fuzz
    cmake --build --preset fuzz --target fuzz_readers fuzz_odata
    fuzz_target fuzz_readers tests/fuzz/corpus "$seconds"
    fuzz_target fuzz_odata tests/fuzz/corpus_odata "$seconds"
}

fuzz_target() {
    local target=$1 seeds=$2 seconds=$3 work status=0
    echo "==> fuzz: $target for ${seconds}s"
    work=$(mktemp -d)
    mkdir "$work/corpus"
    cp "$seeds"/* "$work/corpus/"
    (cd "$work" && "$root/build/fuzz/tests/fuzz/$target" -max_total_time="$seconds" -max_len=4096 \
        -timeout=10 -print_final_stats=1 corpus >fuzz.log 2>&1) || status=$?
    grep -E '^(stat::|Done|SUMMARY|==[0-9]+==)' "$work/fuzz.log" || true
    if ((status != 0)); then
        tail -n 40 "$work/fuzz.log"
        echo "fuzz: $target failed (status $status); the crashing input is in $work"
        return "$status"
    fi
    rm -rf "$work"
}

cmd_fuzz() {
    ensure_packages "${build_packages[@]}" "${fuzz_packages[@]}"
    fuzz_smoke "${1:-300}"
}

cmd_package() {
    ensure_packages "${build_packages[@]}" "${package_packages[@]}"
    exec installer/package.sh
}

cmd_bench() {
    ensure_packages "${build_packages[@]}"
    exec tests/bench/bench_validate.sh "$@"
}

case "${1:-}" in
demo) shift; cmd_demo "$@" ;;
test) shift; cmd_test "$@" ;;
bench) shift; cmd_bench "$@" ;;
fuzz) shift; cmd_fuzz "$@" ;;
package) shift; cmd_package ;;
screenshots) shift; cmd_screenshots ;;
*)
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
