#!/usr/bin/env bash
# Builds the packages from the release preset: build/release/packages/planbridge_<version>_amd64.deb
# and planbridge-<version>-linux-x86_64.tar.gz. Needs the Debian packages installer/dev.sh package
# installs (rsvg-convert, help2man, dpkg-dev for dpkg-shlibdeps).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

echo "==> package: configure and build (release)"
cmake --preset release -DPLANBRIDGE_WITH_UI=ON -DPLANBRIDGE_PACKAGING=ON >/dev/null
# Only what the packages hold: cpack itself does not build (CMAKE_SKIP_INSTALL_ALL_DEPENDENCY).
cmake --build --preset release --target planbridge_package_files
out=build/release/packages
rm -f "$out"/planbridge_*.deb "$out"/planbridge-*.tar.gz
echo "==> package: cpack"
(cd build/release && cpack -G "DEB;TGZ" >cpack.log 2>&1) || { cat build/release/cpack.log; exit 1; }
ls -l "$out"/planbridge_*.deb "$out"/planbridge-*.tar.gz
