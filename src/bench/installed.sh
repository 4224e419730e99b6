#!/bin/sh
# Start-up and memory of the installed app (the .deb's launcher: its own runtime, the class-data
# archive postinst wrote, the launcher's JVM options) against the floor, alternating, in the same
# run. Appends 'installed' rows to OUT_DIR/startup.tsv and writes OUT_DIR/memory-installed.tsv.
# Skips (exit 0) when the app is not installed. Needs the bench build's OUT_DIR/classpath.txt
# for the 1 MB fixture (./mvnw -Pbench package), and a display (runs itself under xvfb-run).
#   src/bench/installed.sh OUT_DIR [PAIRS]      MLSD_INSTALLED (default /opt/mlsd-composer/bin/mlsd-composer)
set -eu
OUT=${1:-target/bench}
PAIRS=${2:-9}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
APP=${MLSD_INSTALLED:-/opt/mlsd-composer/bin/mlsd-composer}
if [ ! -x "$APP" ]; then
  echo "installed.sh: $APP is not installed; skipping the installed app's figures" >&2
  exit 0
fi
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null 2>&1 || { echo "installed.sh: no display and no xvfb-run; skipping" >&2; exit 0; }
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# The user's folders of a fresh user, not this machine's.
export XDG_CONFIG_HOME="$WORK/config" XDG_STATE_HOME="$WORK/state" XDG_CACHE_HOME="$WORK/cache"

# The archive must be mapped, or the figures are not the installed app's: -Xshare:on fails loudly.
JAVA_TOOL_OPTIONS=-Xshare:on "$APP" --version > /dev/null 2>&1 || { echo "installed.sh: the installed app does not map its class-data archive" >&2; exit 1; }

sh "$HERE/floor/run.sh" > /dev/null 2>&1 || true   # compile the floor once, outside the measurement
touch "$OUT/startup.tsv"
sed -i '/^installed\t/d' "$OUT/startup.tsv"
for i in $(seq 1 "$PAIRS"); do
  app=$("$APP" --measure-startup 2>/dev/null | sed -n 's/^first-frame-ms //p')
  floor=$(sh "$HERE/floor/run.sh" 2>/dev/null | sed -n 's/^first-frame-ms //p')
  printf 'installed\t%s\t%s\n' "$app" "$floor" >> "$OUT/startup.tsv"
done

: > "$OUT/memory-installed.tsv"
if [ -f "$OUT/classpath.txt" ]; then
  java -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$OUT/classpath.txt")" dev.mlsd.composer.bench.MemoryFixtures "$WORK"
  for i in 1 2 3; do
    app=$(JAVA_TOOL_OPTIONS=-Dmlsd.bench.exitAfterChecks=true /usr/bin/time -f "%M" "$APP" "$WORK/1mb.mlsd" 2>&1 >/dev/null | tail -1)
    floor=$(/usr/bin/time -f "%M" sh "$HERE/floor/run.sh" "$WORK/1mb.txt" 2>&1 >/dev/null | tail -1)
    printf '%s\t%s\n' "$app" "$floor" >> "$OUT/memory-installed.tsv"
  done
fi
grep '^installed' "$OUT/startup.tsv"
cat "$OUT/memory-installed.tsv"
