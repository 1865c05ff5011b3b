#!/usr/bin/env bash
# A throwaway Tryton 6.0 for PlanBridge's tests: Debian's trytond on a SQLite file, seeded once and
# cached, started on a free loopback port.
#
#   installer/tryton-env.sh install       install the Tryton packages with apt (when missing)
#   installer/tryton-env.sh check         exit 0 when trytond and every module are installed
#   installer/tryton-env.sh template      build the seeded database once; print its cached path
#   installer/tryton-env.sh start DIR     copy the seeded database into DIR, start trytond there on a
#                                         free port; print "url=… database=… pid=…"
#   installer/tryton-env.sh stop DIR      stop the trytond started in DIR (and wait for it)
#
# The seeded database is cached under ${PLANBRIDGE_TRYTON_CACHE:-~/.cache/planbridge-tryton}/<key>,
# the key being a hash of this script, the seed script and the trytond version, so a changed seed
# builds a new one. The admin password is "admin" (a test database on loopback only).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
database=planbridge
python=/usr/bin/python3 # Debian's trytond lives in the system Python, whatever python3 is on PATH
packages=(tryton-server tryton-modules-stock-forecast tryton-modules-stock-supply
    tryton-modules-stock-supply-forecast tryton-modules-production tryton-modules-stock-supply-production
    tryton-modules-purchase-request)
modules=(stock_forecast stock_supply production stock_supply_production purchase_request stock_supply_forecast)

die() { echo "tryton-env: $*" >&2; exit 1; }

missing_packages() {
    local p
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
    done
}

cmd_install() {
    local missing
    mapfile -t missing < <(missing_packages)
    ((${#missing[@]} == 0)) && return 0
    echo "==> installing ${missing[*]}"
    local sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    # The package would start a system trytond where an init system runs; policy-rc.d is not
    # ours to change, and a stray service on port 8000 does not disturb the tests' own servers.
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

cmd_check() {
    [[ -x /usr/bin/trytond && -x /usr/bin/trytond-admin ]] || return 1
    [[ -z "$(missing_packages)" ]]
}

free_port() {
    "$python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# write_config DIR PORT
write_config() {
    cat >"$1/trytond.conf" <<EOF
[database]
uri = sqlite://
path = $1/db
language = en

[web]
listen = 127.0.0.1:$2

EOF
}

# start_server DIR: trytond in the background; waits until it answers HTTP (30 s at most).
start_server() {
    local dir=$1 port
    port=$(free_port)
    write_config "$dir" "$port"
    /usr/bin/trytond -c "$dir/trytond.conf" --pidfile "$dir/trytond.pid" \
        >"$dir/trytond.log" 2>&1 </dev/null &
    local pid=$! i
    for ((i = 0; i < 300; i++)); do
        if "$python" - "$port" <<'EOF' 2>/dev/null; then
import json, sys, urllib.request
req = urllib.request.Request("http://127.0.0.1:%s/" % sys.argv[1], method="POST",
    data=json.dumps({"id": 1, "method": "common.server.version", "params": []}).encode(),
    headers={"Content-Type": "application/json"})
urllib.request.urlopen(req, timeout=2).read()
EOF
            echo "$pid" >"$dir/trytond.pid"
            echo "url=http://127.0.0.1:$port database=$database pid=$pid"
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || { tail -n 20 "$dir/trytond.log" >&2; die "trytond exited while starting"; }
        sleep 0.1
    done
    kill "$pid" 2>/dev/null || true
    die "trytond did not answer on port $port within 30 s"
}

stop_server() {
    local dir=$1 pid i
    [[ -f "$dir/trytond.pid" ]] || return 0
    pid=$(cat "$dir/trytond.pid")
    rm -f "$dir/trytond.pid"
    kill "$pid" 2>/dev/null || return 0
    for ((i = 0; i < 200; i++)); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.05
    done
    kill -9 "$pid" 2>/dev/null || true
}

cache_key() {
    {
        cat "$here/tryton-env.sh" "$here/tryton-seed.py"
        dpkg-query -W -f='${Version}\n' "${packages[@]}" 2>/dev/null
    } | sha256sum | cut -c1-16
}

cmd_template() {
    cmd_check || die "trytond is not installed (installer/tryton-env.sh install)"
    local root=${PLANBRIDGE_TRYTON_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/planbridge-tryton}
    local key cached
    key=$(cache_key)
    cached="$root/$key/$database.sqlite"
    mkdir -p "$root/$key"
    # One builder at a time; the others wait and then find the file.
    exec 9>"$root/$key/lock"
    flock 9
    if [[ ! -f "$cached" ]]; then
        local work started=$SECONDS
        work=$(mktemp -d "$root/$key/build.XXXXXX")
        mkdir -p "$work/db"
        touch "$work/db/$database.sqlite" # the SQLite backend does not create the file itself
        printf 'admin\n' >"$work/admin.pass"
        write_config "$work" 0
        echo "==> tryton: creating the database (about 20-30 s, once per seed)" >&2
        TRYTONPASSFILE="$work/admin.pass" /usr/bin/trytond-admin -c "$work/trytond.conf" -d "$database" \
            --email admin@example.com -u "${modules[@]}" --activate-dependencies \
            >"$work/admin.log" 2>&1 || { tail -n 20 "$work/admin.log" >&2; die "trytond-admin failed"; }
        local line url
        line=$(start_server "$work")
        url=$(sed -E 's/^url=([^ ]+) .*/\1/' <<<"$line")
        TRYTON_ADMIN_PASSWORD=admin "$python" "$here/tryton-seed.py" "$url" "$database" >&2 \
            || { stop_server "$work"; die "seeding failed (log: $work/trytond.log)"; }
        stop_server "$work"
        cp "$work/db/$database.sqlite" "$cached.tmp" && mv "$cached.tmp" "$cached"
        rm -rf "$work"
        echo "==> tryton: database ready in $((SECONDS - started)) s, cached as $cached" >&2
    fi
    echo "$cached"
}

cmd_start() {
    local dir=${1:?usage: tryton-env.sh start DIR}
    local template
    template=$(cmd_template)
    mkdir -p "$dir/db"
    dir=$(cd "$dir" && pwd)
    stop_server "$dir"
    cp "$template" "$dir/db/$database.sqlite"
    start_server "$dir"
}

cmd_stop() { stop_server "$(cd "${1:?usage: tryton-env.sh stop DIR}" && pwd)"; }

case "${1:-}" in
install) cmd_install ;;
check) cmd_check ;;
template) cmd_template ;;
start) shift; cmd_start "$@" ;;
stop) shift; cmd_stop "$@" ;;
*)
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
