#!/bin/sh
# Re-records src/main/resources/app/startup-classes.txt (read by app.Warmup) from a real first frame,
# with packaging/linux/record-classes.sh, the recorder the package build uses for its own list.
# Rerun after changes to what the window shows at start (StartupClassesTest fails when the list
# names a class that no longer exists):
#   ./mvnw -q package -DskipTests && src/bench/startup-classes.sh
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
if [ -n "${JAVA_HOME:-}" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi
"$ROOT/packaging/linux/record-classes.sh" "$JAVA" "$ROOT/target/mlsd-composer.jar" "$OUT"
cp "$OUT/startup-classes.txt" "$ROOT/src/main/resources/app/startup-classes.txt"
wc -l < "$ROOT/src/main/resources/app/startup-classes.txt"
