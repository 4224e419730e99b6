#!/bin/sh
# Start-up and memory against the floor (a bare JavaFX window, src/bench/floor, a copy of
# ../shared/bench/floor), alternating, in the same run. Needs a display: runs itself under
# xvfb-run when there is none. Usage: src/bench/startup.sh OUT_DIR [PAIRS]
set -eu
OUT=${1:-target/bench}
PAIRS=${2:-11}  # 11 alternating pairs: on a shared 2-core machine single start-ups move by ±15 %
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
JAR="$ROOT/target/mlsd-composer.jar"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
if [ -z "${DISPLAY:-}" ]; then
  if command -v xvfb-run >/dev/null 2>&1; then
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
  fi
  echo "startup.sh: no display and no xvfb-run; skipping start-up and memory" >&2
  exit 0
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# The text both hold for the memory figure: 1 MB, as a project for the app, as plain text for the floor.
java -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$OUT/classpath.txt")" dev.mlsd.composer.bench.MemoryFixtures "$WORK"

peak_rss() { # prints the peak RSS in KB of the command
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%M" -o "$WORK/rss" "$@" > /dev/null 2>&1 || true
    cat "$WORK/rss"
  else
    python3 -c 'import resource,subprocess,sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' "$@"
  fi
}

APP="java -Dmlsd.configDir=$WORK/config -Dmlsd.stateDir=$WORK/state -jar $JAR"
: > "$OUT/startup.tsv"
sh "$HERE/floor/run.sh" > /dev/null 2>&1 || true   # compile the floor once, outside the measurement
$APP --measure-startup > /dev/null 2>&1 || true   # the first run writes the jar's class-data archive (FastStart)
for i in $(seq 1 "$PAIRS"); do
  app=$($APP --measure-startup 2>/dev/null | sed -n 's/^first-frame-ms //p')
  floor=$(sh "$HERE/floor/run.sh" 2>/dev/null | sed -n 's/^first-frame-ms //p')
  printf 'plain\t%s\t%s\n' "$app" "$floor" >> "$OUT/startup.tsv"
done
if [ -x "$ROOT/packaging/mlsd-composer" ]; then
  "$ROOT/packaging/mlsd-composer" --measure-startup > /dev/null 2>&1 || true   # the first run writes the CDS archive
  for i in $(seq 1 "$PAIRS"); do
    app=$(MLSD_CONFIG_ARGS="-Dmlsd.configDir=$WORK/config -Dmlsd.stateDir=$WORK/state" "$ROOT/packaging/mlsd-composer" --measure-startup 2>/dev/null | sed -n 's/^first-frame-ms //p')
    floor=$(sh "$HERE/floor/run.sh" 2>/dev/null | sed -n 's/^first-frame-ms //p')
    printf 'launcher\t%s\t%s\n' "$app" "$floor" >> "$OUT/startup.tsv"
  done
fi

: > "$OUT/memory.tsv"
for i in 1 2 3; do
  app=$(peak_rss java -Dmlsd.configDir="$WORK/config" -Dmlsd.stateDir="$WORK/state" -Dmlsd.bench.exitAfterChecks=true -jar "$JAR" "$WORK/1mb.mlsd")
  floor=$(peak_rss sh "$HERE/floor/run.sh" "$WORK/1mb.txt")
  printf '%s\t%s\n' "$app" "$floor" >> "$OUT/memory.tsv"
done

# The installed package, when there is one (sudo apt install ./target/dist/mlsd-composer_…deb).
sh "$HERE/installed.sh" "$OUT" "$PAIRS"
