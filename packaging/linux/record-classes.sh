#!/bin/sh
# Records which classes the first frame loads, from a real start of the app with --measure-startup:
#   OUT_DIR/classes.lst          every class (JDK's too), for the class-data archive (-Xshare:dump)
#   OUT_DIR/startup-classes.txt  the jar's own classes, for app.Warmup (app/startup-classes.txt)
# Needs a display; runs itself under xvfb-run when there is none.
#   record-classes.sh JAVA JAR OUT_DIR [JVM_OPTION...]
set -eu
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null 2>&1 || { echo "record-classes.sh: no display and no xvfb-run (apt-get install xvfb)" >&2; exit 1; }
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
JAVA=$1
JAR=$2
OUT=$3
shift 3
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
# The warm-up is off: it would load the old list's classes, whether the first frame needs them or not.
"$JAVA" "$@" -XX:DumpLoadedClassList="$OUT/classes.lst" -Xlog:class+load=info:file="$SCRATCH/load.log" \
  -Dmlsd.warmup=false -Dmlsd.fastStart=false -Dmlsd.configDir="$SCRATCH/config" -Dmlsd.stateDir="$SCRATCH/state" \
  -jar "$JAR" --measure-startup > "$SCRATCH/out.txt" 2>&1 || { cat "$SCRATCH/out.txt" >&2; exit 1; }
grep -q '^first-frame-ms ' "$SCRATCH/out.txt" || { echo "record-classes.sh: the app showed no first frame" >&2; cat "$SCRATCH/out.txt" >&2; exit 1; }
# What runs before the warm-up starts, or only for commands, is not worth warming up.
awk '/source: file:/ {print $2}' "$SCRATCH/load.log" \
  | grep -v -e '^dev\.mlsd\.composer\.app\.Main$' -e '^dev\.mlsd\.composer\.app\.Warmup' -e '^dev\.mlsd\.composer\.app\.StartupCompiler' \
            -e '^dev\.mlsd\.composer\.app\.DisplayCheck' -e '^picocli\.' -e '^dev\.mlsd\.composer\.cli\.' \
  > "$OUT/startup-classes.txt"
echo "record-classes.sh: $(wc -l < "$OUT/classes.lst") classes for the archive, $(wc -l < "$OUT/startup-classes.txt") to warm up"
