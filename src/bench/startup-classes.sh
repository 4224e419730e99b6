#!/bin/sh
# Records which of the jar's classes the first frame loads, for app/startup-classes.txt (read by
# app.Warmup). Rerun after changes to what the window shows at start:
#   ./mvnw -q package -DskipTests && src/bench/startup-classes.sh
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
LOG=$(mktemp)
WORK=$(mktemp -d)
java -Xlog:class+load:file="$LOG" -Dmlsd.warmup=false -Dmlsd.configDir="$WORK/config" -Dmlsd.stateDir="$WORK/state" \
  -jar "$ROOT/target/mlsd-composer.jar" --measure-startup > /dev/null 2>&1
awk '/source: file:/ {print $2}' "$LOG" \
  | grep -v -e '^dev\.mlsd\.composer\.app\.Main$' -e '^dev\.mlsd\.composer\.app\.Warmup' -e '^dev\.mlsd\.composer\.app\.StartupCompiler' -e '^picocli\.' -e '^dev\.mlsd\.composer\.cli\.' \
  > "$ROOT/src/main/resources/app/startup-classes.txt"
rm -rf "$LOG" "$WORK"
wc -l < "$ROOT/src/main/resources/app/startup-classes.txt"
