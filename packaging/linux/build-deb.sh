#!/bin/sh
# Builds the Debian package from the app image: the image under /opt/mlsd-composer, the command on
# the PATH, and the desktop entry, MIME type and icons as files under /usr/share (so dpkg's triggers
# of desktop-file-utils, shared-mime-info and the hicolor theme update their caches, and dpkg -r
# takes them away). The class-data archive is made by postinst, after the jar is in place.
# gzip, not xz: xz took minutes on a shared 2-core machine for 20 % less.
#   build-deb.sh APP_IMAGE VERSION-RELEASE OUT_DIR
set -eu
IMAGE=$(cd "$1" && pwd)
DEBVERSION=$2
OUT=$3
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
NAME=mlsd-composer
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT

mkdir -p "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" "$STAGE/usr/share/mime/packages" \
  "$STAGE/usr/share/doc/$NAME" "$STAGE/DEBIAN"
cp -a "$IMAGE" "$STAGE/opt/$NAME"
rm -f "$STAGE/opt/$NAME/lib/app/$NAME.jsa"
ln -s "/opt/$NAME/bin/$NAME" "$STAGE/usr/bin/$NAME"
install -m 644 "$HERE/$NAME.desktop" "$STAGE/usr/share/applications/$NAME.desktop"
install -m 644 "$HERE/$NAME-mime.xml" "$STAGE/usr/share/mime/packages/$NAME.xml"
for size in 16 24 32 48 64 128 256 512; do
  for kind in apps mimetypes; do
    mkdir -p "$STAGE/usr/share/icons/hicolor/${size}x$size/$kind"
  done
  install -m 644 "$ROOT/assets/icons/$NAME-$size.png" "$STAGE/usr/share/icons/hicolor/${size}x$size/apps/$NAME.png"
  install -m 644 "$ROOT/assets/icons/$NAME-$size.png" "$STAGE/usr/share/icons/hicolor/${size}x$size/mimetypes/application-x-mlsd-project.png"
done
mkdir -p "$STAGE/usr/share/icons/hicolor/scalable/apps"
install -m 644 "$ROOT/assets/icons/$NAME.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/$NAME.svg"
printf 'MLSD Composer\nSource: the project repository; the runtime under /opt/%s/lib/runtime is OpenJDK (GPL-2.0 with the Classpath Exception).\n' "$NAME" \
  > "$STAGE/usr/share/doc/$NAME/copyright"

for script in postinst prerm postrm; do
  install -m 755 "$HERE/$script" "$STAGE/DEBIAN/$script"
done
INSTALLED_KB=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
sed -e "s/@VERSION@/$DEBVERSION/" -e "s/@INSTALLED_KB@/$INSTALLED_KB/" "$HERE/control" > "$STAGE/DEBIAN/control"

if command -v desktop-file-validate >/dev/null 2>&1; then
  find "$STAGE" -type f -name '*.desktop' -exec desktop-file-validate {} +
fi
dpkg-deb --root-owner-group -Zgzip -z6 --build "$STAGE" "$OUT/${NAME}_${DEBVERSION}_amd64.deb"
