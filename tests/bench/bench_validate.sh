#!/usr/bin/env bash
# End-to-end benchmark of `planbridge-sync validate` on a synthetic 1,000,000-record version
# (5,000 items x 20 plants x 10 weeks, ~3% rejects over every reason code), JSON and CSV input,
# against two baselines: a nlohmann::json DOM parse of the same file and a pandas pipeline doing
# comparable work (tests/bench/pandas_baseline.py).
#
# Usage: tests/bench/bench_validate.sh
# Environment:
#   BUILD_DIR      an existing build dir to use (default: build/release, configured with the
#                  release preset if it has no CMakeCache.txt yet)
#   CMAKE_ARGS     extra configure arguments when configuring (default: -DPLANBRIDGE_WITH_UI=OFF)
#   SKIP_BUILD=1   use the binaries in BUILD_DIR as they are
#   RUNS           runs per validate case (default 5)
#   BASELINE_RUNS  runs per baseline case (default 3; the pandas runs take ~30-50 s each)
#   RECORDS, SEED  size and seed of the synthetic version (default 1000000, 1)
#   DATA_DIR       where to generate (default: a temp dir, removed at exit unless KEEP_DATA=1)
#   NO_PANDAS=1    skip the pandas baseline
#   STRICT=1       exit 1 when a target is missed
# Targets: JSON median <= 2.0 s, CSV median <= 1.5 s, peak RSS <= 500 MB.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build/release}
RUNS=${RUNS:-5}
BASELINE_RUNS=${BASELINE_RUNS:-3}
RECORDS=${RECORDS:-1000000}
SEED=${SEED:-1}
AS_OF=2026-11-26 # the synthetic version's as_of; the CSV form needs it as a flag
JSON_TARGET_S=2.0
CSV_TARGET_S=1.5
RSS_TARGET_MB=500

log() { echo "bench: $*" >&2; }

# --- tools -------------------------------------------------------------------------------------
if [[ ! -x /usr/bin/time ]]; then
    log "installing GNU time (Debian package 'time')"
    SUDO=; [[ $(id -u) -eq 0 ]] || SUDO=sudo
    $SUDO apt-get install -y time >/dev/null 2>&1 || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y time >/dev/null; }
fi

# --- build -------------------------------------------------------------------------------------
if [[ ${SKIP_BUILD:-0} != 1 ]]; then
    if [[ ! -f $BUILD_DIR/CMakeCache.txt ]]; then
        log "configuring $BUILD_DIR (release preset)"
        # shellcheck disable=SC2086
        (cd "$ROOT" && cmake --preset release -B "$BUILD_DIR" ${CMAKE_ARGS:--DPLANBRIDGE_WITH_UI=OFF} >/dev/null)
    fi
    log "building planbridge-sync and bench_nlohmann_dom in $BUILD_DIR"
    cmake --build "$BUILD_DIR" --target planbridge-sync bench_nlohmann_dom -j"$(nproc)" >/dev/null
fi
SYNC=$BUILD_DIR/app/sync/planbridge-sync
DOM=$BUILD_DIR/tests/bench/bench_nlohmann_dom
[[ -x $SYNC ]] || { log "missing $SYNC"; exit 2; }

# --- data --------------------------------------------------------------------------------------
if [[ -z ${DATA_DIR:-} ]]; then
    DATA_DIR=$(mktemp -d "${TMPDIR:-/tmp}/pb-bench.XXXXXX")
    [[ ${KEEP_DATA:-0} == 1 ]] || trap 'rm -rf "$DATA_DIR"' EXIT
fi
log "generating $RECORDS records (seed $SEED) into $DATA_DIR"
"$SYNC" generate --records "$RECORDS" --seed "$SEED" --out "$DATA_DIR" >&2
MASTER=$DATA_DIR/master.json
cat "$DATA_DIR"/* >/dev/null # warm the page cache so every run sees the same state

# --- measuring ---------------------------------------------------------------------------------
# run_case NAME RUNS OUT CMD...: runs CMD RUNS times under /usr/bin/time, records "wall rss_kb" per
# run. OUT (the file the command writes, or -) is removed and the file system synced before each
# run, untimed: replacing a previous 280 MB result would otherwise add the old file's deletion
# (ext4 with discard) and the previous run's writeback to the measurement.
declare -A MEDIAN MAXRSS COUNT
run_case() {
    local name=$1 runs=$2 out=$3; shift 3
    local samples=$DATA_DIR/samples.$name
    : >"$samples"
    for ((i = 1; i <= runs; i++)); do
        [[ $out == - ]] || rm -f "$out"
        sync
        if ! /usr/bin/time -f "%e %M" -o "$DATA_DIR/time.out" "$@" >"$DATA_DIR/stdout.$name" 2>"$DATA_DIR/stderr.$name"; then
            log "$name failed:"; cat "$DATA_DIR/stderr.$name" >&2; exit 2
        fi
        tail -n 1 "$DATA_DIR/time.out" >>"$samples"
        log "$name run $i/$runs: $(tail -n 1 "$DATA_DIR/time.out" | awk '{printf "%.2f s, %.0f MB", $1, $2 / 1024}')"
    done
    MEDIAN[$name]=$(sort -n -k1,1 "$samples" | awk '{w[NR] = $1} END {print (NR % 2) ? w[(NR + 1) / 2] : (w[NR / 2] + w[NR / 2 + 1]) / 2}')
    MAXRSS[$name]=$(awk 'BEGIN {m = 0} {if ($2 > m) m = $2} END {printf "%.0f", m / 1024}' "$samples")
    COUNT[$name]=$runs
}

run_case ours_json "$RUNS" "$DATA_DIR/result-json.json" "$SYNC" validate --master "$MASTER" --input "$DATA_DIR/version.json" --out "$DATA_DIR/result-json.json"
run_case ours_csv "$RUNS" "$DATA_DIR/result-csv.json" "$SYNC" validate --master "$MASTER" --input "$DATA_DIR/version.csv" --as-of "$AS_OF" \
    --bucket week --out "$DATA_DIR/result-csv.json"
for f in json csv; do
    grep -q "\"rows_in\": $RECORDS," "$DATA_DIR/result-$f.json" || { log "unexpected summary in result-$f.json"; exit 2; }
done
SUMMARY=$(tail -n 2 "$DATA_DIR/result-json.json" | tr -d '\n' | tr -s ' ' | sed 's/^ *"summary": //; s/}$//')
REASONS=$(tail -n 1 "$DATA_DIR/result-json.json" | grep -o '"[A-Z_]*":' | wc -l)

if [[ -x $DOM ]]; then
    run_case nlohmann_dom "$BASELINE_RUNS" - "$DOM" "$DATA_DIR/version.json"
fi

PYTHON=
if [[ ${NO_PANDAS:-0} != 1 ]]; then
    # The Debian package python3-pandas serves /usr/bin/python3, which may not be the python3 on PATH.
    for py in python3 /usr/bin/python3; do
        if command -v "$py" >/dev/null && "$py" -c 'import pandas' 2>/dev/null; then PYTHON=$py; break; fi
    done
    if [[ -z $PYTHON ]] && command -v apt-get >/dev/null && [[ $(id -u) -eq 0 ]]; then
        log "installing python3-pandas (Debian package)"
        apt-get install -y python3-pandas >/dev/null 2>&1 || true
        /usr/bin/python3 -c 'import pandas' 2>/dev/null && PYTHON=/usr/bin/python3
    fi
fi
PANDAS_NOTE=
if [[ ${NO_PANDAS:-0} == 1 ]]; then
    PANDAS_NOTE="pandas baseline skipped (NO_PANDAS=1)"
elif [[ -n $PYTHON ]]; then
    PANDAS=$ROOT/tests/bench/pandas_baseline.py
    run_case pandas_json "$BASELINE_RUNS" "$DATA_DIR/pandas-json.json" "$PYTHON" "$PANDAS" --master "$MASTER" --input "$DATA_DIR/version.json" \
        --out "$DATA_DIR/pandas-json.json"
    run_case pandas_csv "$BASELINE_RUNS" "$DATA_DIR/pandas-csv.json" "$PYTHON" "$PANDAS" --master "$MASTER" --input "$DATA_DIR/version.csv" \
        --as-of "$AS_OF" --out "$DATA_DIR/pandas-csv.json"
else
    PANDAS_NOTE="pandas baseline skipped: pandas is not importable (apt-get install -y python3-pandas)"
fi

# --- report ------------------------------------------------------------------------------------
status() { # status VALUE LIMIT -> "ok" | "MISSED"
    awk -v v="$1" -v l="$2" 'BEGIN {print (v <= l) ? "ok" : "MISSED"}'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2fx", a / b; else print "-"}'; }
row() { # row NAME LABEL INPUT WALL_TARGET
    local n=$1
    [[ -n ${MEDIAN[$n]:-} ]] || return 0
    local wall_status="" rss_status=""
    if [[ -n $4 ]]; then
        wall_status=" ($(status "${MEDIAN[$n]}" "$4") <= $4 s)"
        rss_status=" ($(status "${MAXRSS[$n]}" "$RSS_TARGET_MB") <= $RSS_TARGET_MB MB)"
    fi
    printf '| %s | %s | %s | %.2f s%s | %s MB%s |\n' "$2" "$3" "${COUNT[$n]}" "${MEDIAN[$n]}" "$wall_status" \
        "${MAXRSS[$n]}" "$rss_status"
}
MISSED=0
for t in "ours_json $JSON_TARGET_S" "ours_csv $CSV_TARGET_S"; do
    read -r n limit <<<"$t"
    [[ $(status "${MEDIAN[$n]}" "$limit") == ok && $(status "${MAXRSS[$n]}" "$RSS_TARGET_MB") == ok ]] || MISSED=1
done

echo
echo "### planbridge-sync validate, $RECORDS records ($(nproc) cores, $(uname -m))"
echo
echo "RUNS=$RUNS BASELINE_RUNS=$BASELINE_RUNS RECORDS=$RECORDS SEED=$SEED BUILD_DIR=$BUILD_DIR; wall and peak RSS from /usr/bin/time -f '%e %M'"
echo
echo "| case | input | runs | median wall | max RSS |"
echo "|---|---|---|---|---|"
row ours_json "planbridge-sync validate" "version.json" "$JSON_TARGET_S"
row ours_csv "planbridge-sync validate" "version.csv" "$CSV_TARGET_S"
row nlohmann_dom "nlohmann::json DOM parse only" "version.json" ""
row pandas_json "pandas pipeline" "version.json" ""
row pandas_csv "pandas pipeline" "version.csv" ""
echo
[[ -n $PANDAS_NOTE ]] && echo "$PANDAS_NOTE" && echo
if [[ -n ${MEDIAN[nlohmann_dom]:-} || -n ${MEDIAN[pandas_json]:-} ]]; then
    echo "| ratio (median wall) | JSON | CSV |"
    echo "|---|---|---|"
    [[ -n ${MEDIAN[nlohmann_dom]:-} ]] &&
        echo "| nlohmann DOM parse / ours | $(ratio "${MEDIAN[nlohmann_dom]}" "${MEDIAN[ours_json]}") | - |"
    [[ -n ${MEDIAN[pandas_json]:-} ]] &&
        echo "| pandas / ours | $(ratio "${MEDIAN[pandas_json]}" "${MEDIAN[ours_json]}") | $(ratio "${MEDIAN[pandas_csv]}" "${MEDIAN[ours_csv]}") |"
    echo
fi
echo "ours (JSON input): $SUMMARY"
if [[ -n ${MEDIAN[pandas_json]:-} ]]; then
    # Same counts from both pipelines show they did comparable work.
    ours_counts=$(grep -o '"rows_accepted": [0-9]*\|"records_out": [0-9]*' "$DATA_DIR/result-json.json" | tr '\n' ' ')
    for f in json csv; do
        theirs=$(grep -o '"rows_accepted": [0-9]*\|"records_out": [0-9]*' "$DATA_DIR/stdout.pandas_$f" | tr '\n' ' ')
        [[ $theirs == "$ours_counts" ]] && same=yes || same="NO ($theirs)"
        echo "pandas ($f) counts match ours ($ours_counts): $same"
    done
fi
echo "reason codes present in rejects_by_reason: $REASONS of 15"
if [[ $MISSED == 1 ]]; then
    echo "At least one target was missed."
    [[ ${STRICT:-0} == 1 ]] && exit 1
fi
exit 0
