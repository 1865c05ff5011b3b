#!/usr/bin/env bash
# Pictures every page of the console at 1600x1000 under a virtual display, on the demo scenario:
# each page as the role that works on it sees it, the German UI, and the dark palette.
# Usage: tests/ui/screenshots.sh PLANBRIDGE_BINARY OUTPUT_FOLDER
set -euo pipefail
console=$(realpath "$1")
out=$2
mkdir -p "$out"
out=$(realpath "$out")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR="$work/run" HOME="$work/home"
mkdir -p "$XDG_RUNTIME_DIR" "$HOME" && chmod 700 "$XDG_RUNTIME_DIR"

shot() { # NAME USER PAGE [more console options]
    local name=$1 user=$2 page=$3
    shift 3
    (cd "$work" && xvfb-run -a -s "-screen 0 1600x1000x24" "$console" --demo --user "$user" --page "$page" \
        --screenshot "$out/$name.png" "$@" >"$work/$name.log" 2>&1) || {
        cat "$work/$name.log"
        echo "screenshot $name failed" >&2
        exit 1
    }
    echo "$out/$name.png"
}

shot 1-versions paula 0
shot 2-rejections paula 1
shot 3-release arno 2
shot 4-feedback sara 3
shot 5-exceptions ines 4
shot 6-dashboards arno 5
shot 7-audit ines 6
shot 8-settings ada 7
shot 9-versions-de paula 0 --lang de
shot 10-rejections-de paula 1 --lang de
shot 11-versions-dark paula 0 --palette dark
shot 12-dashboards-dark arno 5 --palette dark
