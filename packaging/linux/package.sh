#!/bin/sh
# Builds the Linux app image target/dist/mlsd-composer/ and the Debian package
# target/dist/mlsd-composer_VERSION-RELEASE_amd64.deb from target/mlsd-composer.jar
# (./mvnw -Ppackage package runs this after the jar is made).
#   packaging/linux/package.sh VERSION [RELEASE]
# Needs a JDK 17+ (jdeps, jlink, jpackage), objcopy (binutils, for --strip-debug), dpkg-deb,
# and a display or xvfb-run: the class lists are recorded from a real first frame.
set -eu
VERSION=$1
RELEASE=${2:-1}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
TARGET=$ROOT/target
WORK=$TARGET/package
DIST=$TARGET/dist
JAR=$TARGET/mlsd-composer.jar
if [ -n "${JAVA_HOME:-}" ]; then JDK=$JAVA_HOME; else JDK=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")"); fi
NAME=mlsd-composer
MAIN=dev.mlsd.composer.app.Main

rm -rf "$WORK" "$DIST"
mkdir -p "$WORK/input" "$DIST"

# 1. The runtime: the modules jdeps finds, less those the libraries declare optional, plus those
#    jdeps cannot see (looked up by name at run time). Both lists, with reasons, are beside this script.
words() { sed -e 's/#.*//' "$1" | tr -s ' \n\t' ' '; }
# (--list-deps, not --print-module-deps: that one leaves out what an optional module requires transitively.)
FOUND=$("$JDK/bin/jdeps" --list-deps --ignore-missing-deps --multi-release 17 "$JAR" | sed -e 's/^ *//' -e 's,/.*,,' | grep -v ' ' | sort -u)
MODULES=""
for m in $FOUND $(words "$HERE/modules-extra.txt"); do
  case " $(words "$HERE/modules-optional.txt") $MODULES " in *" $m "*) ;; *) MODULES="$MODULES $m" ;; esac
done
MODULES=$(echo $MODULES | tr ' ' ',')
echo "$MODULES" > "$WORK/modules.txt"
echo "package.sh: runtime modules: $MODULES"
"$JDK/bin/jlink" --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages \
  --output "$WORK/runtime"

# 2. The launcher's JVM options, taken from packaging/mlsd-composer (one place for them), and the
#    class-data archive that the package's postinst writes beside the jar.
OPTIONS=$(sed -n 's/^exec "\$JAVA" \$CDS \(.*\) \${MLSD_CONFIG_ARGS:-}.*/\1/p' "$ROOT/packaging/mlsd-composer")
[ -n "$OPTIONS" ] || { echo "package.sh: no JVM options found in packaging/mlsd-composer" >&2; exit 1; }

# 3. The class lists, from a first frame of this jar on this runtime with these options: the
#    class-data archive's list (every class loaded, JDK's included) and app.Warmup's list (the
#    jar's own classes), which goes into the packaged jar instead of the committed one.
cp "$JAR" "$WORK/input/$NAME.jar"
"$HERE/record-classes.sh" "$WORK/runtime/bin/java" "$WORK/input/$NAME.jar" "$WORK" $OPTIONS
(cd "$WORK" && mkdir -p jar/app && cp startup-classes.txt jar/app/ && "$JDK/bin/jar" uf "input/$NAME.jar" -C jar app/startup-classes.txt)
cp "$WORK/classes.lst" "$WORK/input/$NAME.classlist"
# JavaFX's native libraries beside the jar: JavaFX loads them from there instead of checking and
# copying them out of the jar into ~/.openjfx/cache on every start.
(cd "$WORK/input" && "$JDK/bin/jar" tf "$NAME.jar" | grep '^lib[^/]*\.so$' | xargs "$JDK/bin/jar" xf "$NAME.jar")

# 4. The app image. The archive's option points where postinst writes it; without the file (an
#    image run from target/dist) the JVM starts without an archive.
JAVA_OPTIONS="-XX:SharedArchiveFile=\$APPDIR/$NAME.jsa $OPTIONS"
"$JDK/bin/jpackage" --type app-image --name "$NAME" --app-version "$VERSION" \
  --vendor "MLSD Composer" --description "Composes the prompt for section 4 of an ML System Design document" \
  --input "$WORK/input" --main-jar "$NAME.jar" --main-class "$MAIN" \
  --runtime-image "$WORK/runtime" --icon "$ROOT/assets/icons/$NAME-512.png" \
  --java-options "$JAVA_OPTIONS" --dest "$DIST"

# 5. The .deb, built from the app image: jpackage's own .deb fails to install on a minimal Debian
#    and its .desktop file does not validate, so the desktop files are ours, as package files.
"$HERE/build-deb.sh" "$DIST/$NAME" "$VERSION-$RELEASE" "$DIST"
