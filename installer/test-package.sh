#!/usr/bin/env bash
# Builds the .deb, checks it with lintian, installs it with apt-get as a plant's IT would, runs
# the installed programs from outside the build tree (the console under Xvfb, to a screenshot),
# then purges it and checks nothing of it is left under /usr. Needs root (or sudo) for apt-get.
# The screenshot stays in build/release/packages/installed-console.png.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)

fail() {
    echo "package test: FAILED: $*" >&2
    exit 1
}

[[ ${SKIP_BUILD:-} == 1 ]] || installer/package.sh
out=$root/build/release/packages
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build/release/CMakeCache.txt)
deb=planbridge_${version}_amd64.deb
[[ -f $out/$deb ]] || fail "$out/$deb was not built"

echo "==> package test: lintian"
# Errors fail; every warning must be one the README explains (section "Lintian").
lintian --no-tag-display-limit "$out/$deb" 2>/dev/null | tee "$out/lintian.log" || true
grep -q '^E: ' "$out/lintian.log" && fail "lintian reports errors"
echo "lintian: $(grep -c '^E: ' "$out/lintian.log") errors, $(grep -c '^W: ' "$out/lintian.log") warnings"
readme_section=$(sed -n '/^### Lintian/,/^## /p' README.md)
for tag in $(sed -n 's/^W: [^ ]* \([^ ]*\).*/\1/p' "$out/lintian.log" | sort -u); do
    grep -q -- "$tag" <<<"$readme_section" || fail "lintian warning $tag is not explained in README.md"
done

echo "==> package test: install"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if dpkg-query -W -f='${Status}' planbridge 2>/dev/null | grep -q "install ok installed"; then
    "${sudo[@]}" apt-get purge -y -q planbridge >/dev/null
fi
(cd "$out" && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q "./$deb") >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log"; fail "apt-get install ./$deb"; }
dpkg-query -W -f='${Package} ${Version} ${Status}\n' planbridge
dpkg -L planbridge >"$work/files"
for program in planbridge planbridge-sync planbridge-sandbox; do
    [[ -x /usr/bin/$program ]] || fail "/usr/bin/$program is not installed"
    [[ -f /usr/share/man/man1/$program.1.gz ]] || fail "no man page for $program"
done
[[ -f /usr/share/icons/hicolor/48x48/apps/planbridge.png ]] || fail "no 48x48 icon"
desktop-file-validate /usr/share/applications/org.planbridge.PlanBridge.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.planbridge.PlanBridge.metainfo.xml

# The programs, run as a planner would: a fresh home, a folder far from the build tree.
home=$work/home
mkdir -p "$home" "$work/run"
run() { (cd "$work/run" && env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 "$@"); }

echo "==> package test: planbridge-sync --version"
line=$(run /usr/bin/planbridge-sync --version)
echo "$line"
[[ $line =~ ^planbridge-sync\ ${version//./\\.}\ \(commit\ ([0-9a-f]{7,}|unknown)\)$ ]] \
    || fail "unexpected version line: $line"
run /usr/bin/planbridge-sandbox --version
run /usr/bin/planbridge --version

echo "==> package test: planbridge-sync demo"
run /usr/bin/planbridge-sync demo >"$work/demo.log" 2>&1 || { cat "$work/demo.log"; fail "planbridge-sync demo"; }
head -n 3 "$work/demo.log"
echo "..."
tail -n 3 "$work/demo.log"
# The first start made the per-user folders, owner-only.
for dir in "$home/.local/share/planbridge" "$home/.config/planbridge"; do
    [[ $(stat -c %a "$dir" 2>/dev/null) == 700 ]] || fail "$dir is missing or not mode 0700"
done
echo "per-user folders: $(stat -c '%a %n' "$home/.local/share/planbridge" "$home/.config/planbridge" | tr '\n' ' ')"

echo "==> package test: planbridge under xvfb-run"
shot=$work/run/console.png
run XDG_RUNTIME_DIR="$work/run" timeout 180 xvfb-run -a -s "-screen 0 1600x1000x24" \
    /usr/bin/planbridge --demo --screenshot "$shot" >"$work/console.log" 2>&1 \
    || { cat "$work/console.log"; fail "the installed console did not start and draw"; }
[[ -s $shot ]] || fail "no screenshot"
file "$shot"
(($(stat -c %s "$shot") > 20000)) || fail "the screenshot is nearly empty ($(stat -c %s "$shot") bytes)"
cp "$shot" "$out/installed-console.png"

echo "==> package test: purge"
"${sudo[@]}" apt-get purge -y -q planbridge >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get purge"; }
left=()
while read -r path; do
    [[ -f $path || -L $path ]] && left+=("$path")
done <"$work/files"
while read -r path; do left+=("$path"); done < <(find /usr -name '*planbridge*' 2>/dev/null)
((${#left[@]} == 0)) || fail "left under /usr after purge: ${left[*]}"
echo "purged: none of the $(wc -l <"$work/files") paths of the package is left under /usr"
echo "package test: passed"
