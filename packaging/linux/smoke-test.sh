#!/bin/sh
# Smoke test of the .deb without installing it: unpacks it into a temporary folder, runs its
# postinst there (DPKG_ROOT, as dpkg does for an install into another root), and checks that the
# unpacked launcher maps the class-data archive, prints its version, renders the example project
# and repairs a MacRoman-mojibake import exactly as the jar does (the runtime has jdk.charsets).
#   packaging/linux/smoke-test.sh DEB JAR
set -eu
DEB=$1
JAR=$2
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "smoke-test: FAILED: $*" >&2; exit 1; }

SIZE_MB=$(( $(stat -c %s "$DEB") / 1048576 ))
[ "$SIZE_MB" -le 80 ] || fail "the .deb has $SIZE_MB MB (at most 80)"
dpkg-deb -x "$DEB" "$T/root"
dpkg-deb -e "$DEB" "$T/control"
if command -v desktop-file-validate >/dev/null 2>&1; then
  find "$T/root" -type f -name '*.desktop' -exec desktop-file-validate {} + || fail "a .desktop file does not validate"
fi
DPKG_ROOT="$T/root" sh "$T/control/postinst" configure
APP="$T/root/opt/mlsd-composer/bin/mlsd-composer"
export XDG_CONFIG_HOME="$T/config" XDG_STATE_HOME="$T/state" XDG_CACHE_HOME="$T/cache"
jar() { java -jar "$JAR" "$@"; }

version=$(JAVA_TOOL_OPTIONS=-Xshare:on "$APP" --version 2>"$T/err") || { cat "$T/err" >&2; fail "--version with -Xshare:on (is the archive mapped?)"; }
[ "$version" = "$(jar --version)" ] || fail "--version says '$version'"

"$APP" render "$ROOT/assets/example-churn.ru.mlsd" > "$T/app.md"
jar render "$ROOT/assets/example-churn.ru.mlsd" > "$T/jar.md"
cmp -s "$T/app.md" "$T/jar.md" || fail "render of the example differs from the jar's"

# A Russian document whose UTF-8 bytes were once read as MacRoman and saved again.
cat > "$T/doc.md" <<'DOC'
# Прогноз оттока

## 1. Постановка задачи
Снизить отток абонентов на 10 % за полгода.

## 2. Метрики
PR-AUC на отложенном месяце; отток в целевой группе.

## 3. Данные
Биллинг, звонки и обращения за два года.
DOC
iconv -f MACINTOSH -t UTF-8 < "$T/doc.md" > "$T/mojibake.md"
"$APP" import "$T/mojibake.md" -o "$T/app.mlsd" 2>"$T/app.err" || { cat "$T/app.err" >&2; fail "import"; }
jar import "$T/mojibake.md" -o "$T/jar.mlsd" 2>/dev/null
"$APP" render "$T/app.mlsd" > "$T/app-import.md" 2>/dev/null || true
jar render "$T/jar.mlsd" > "$T/jar-import.md" 2>/dev/null || true
cmp -s "$T/app-import.md" "$T/jar-import.md" || fail "the imported sections differ from the jar's"
grep -q 'Снизить отток абонентов' "$T/app-import.md" || fail "the mojibake was not repaired"
echo "smoke-test: OK ($SIZE_MB MB): version, archive mapped, render and MacRoman import as the jar"
