#!/usr/bin/env bash
# The Debian packages as a user gets them: built by CPack from this build, checked by lintian (no error), the
# desktop entry and the AppStream metainfo validated, then unpacked into an empty folder and run from there:
# the CLI's --version and a bill from a fixture, the server's --version, the app started offscreen in
# training mode (its screen tour), the man pages rendered without a warning, the maintainer scripts parsed.
#   tests/packaging/check-packages.sh BUILD_DIR
set -euo pipefail

build=$(cd "$1" && pwd)
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
[[ -n "$version" ]] || fail "no version in CPackConfig.cmake"
echo "== packages of $version"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack"; }
arch=$(dpkg --print-architecture)
app="$work/out/tariff-audit_${version}_${arch}.deb"
server="$work/out/tariff-audit-server_${version}_${arch}.deb"
[[ -f "$app" && -f "$server" ]] || fail "the two packages were not written: $(ls "$work/out")"

echo "== control fields"
for deb in "$app" "$server"; do
    depends=$(dpkg-deb -f "$deb" Depends)
    # Dependencies come from the shared libraries (dpkg-shlibdeps), never hand-listed.
    [[ "$depends" == *"libqt6core6"* && "$depends" == *"libc6"* ]] || fail "$(basename "$deb"): Depends: $depends"
    [[ "$(dpkg-deb -f "$deb" Version)" == "$version" ]] || fail "$(basename "$deb"): version"
done

echo "== lintian"
lintian --fail-on error --tag-display-limit 0 "$app" "$server" 2>&1 | grep -v "running with root privileges" || true
lintian --fail-on error "$app" "$server" >/dev/null 2>&1 || fail "lintian reports errors"

echo "== unpacked into an empty root"
root="$work/root"
dpkg-deb -x "$app" "$root"
dpkg-deb -x "$server" "$root"
for f in usr/bin/tariff-audit usr/bin/tariff-audit-cli usr/bin/tariff-audit-server \
    usr/share/applications/vn.tariff_audit.TariffAudit.desktop \
    usr/share/metainfo/vn.tariff_audit.TariffAudit.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/vn.tariff_audit.TariffAudit.svg \
    usr/share/icons/hicolor/48x48/apps/vn.tariff_audit.TariffAudit.png \
    usr/share/icons/hicolor/256x256/apps/vn.tariff_audit.TariffAudit.png \
    usr/share/man/man1/tariff-audit.1.gz usr/share/man/man1/tariff-audit-cli.1.gz \
    usr/share/man/man1/tariff-audit-server.1.gz \
    lib/systemd/system/tariff-audit-server.service usr/lib/sysusers.d/tariff-audit-server.conf \
    etc/default/tariff-audit-server usr/share/doc/tariff-audit/copyright usr/share/doc/tariff-audit/changelog.gz \
    usr/share/doc/tariff-audit-server/copyright; do
    [[ -e "$root/$f" ]] || fail "missing /$f"
done

echo "== desktop entry and AppStream metainfo"
desktop-file-validate "$root/usr/share/applications/vn.tariff_audit.TariffAudit.desktop" ||
    fail "desktop-file-validate"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/vn.tariff_audit.TariffAudit.metainfo.xml" ||
    fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/vn.tariff_audit.TariffAudit.metainfo.xml" ||
    fail "the metainfo has no release $version"

echo "== the installed programs"
export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
[[ "$("$root/usr/bin/tariff-audit-cli" --version)" == *"$version"* ]] || fail "tariff-audit-cli --version"
[[ "$("$root/usr/bin/tariff-audit-server" --version)" == *"$version"* ]] || fail "tariff-audit-server --version"
bill=$("$root/usr/bin/tariff-audit-cli" --lang en bill \
    --case "$source_dir/tests/fixtures/bills/issue-example-70-30-two-households/case.json")
# The fixture's bill, worked in its expected.json: 1,233,200 before VAT, 8 % VAT 98,656, total 1,331,856.
[[ "$bill" == *"Total: 1.331.856"* ]] || fail "the bill from the installed CLI: $bill"
timeout 120 "$root/usr/bin/tariff-audit" --training --tour "$work/tour" >"$work/tour.log" 2>&1 ||
    { cat "$work/tour.log"; fail "the installed app in training mode"; }
[[ -s "$work/tour/worklist-vi.png" && -s "$work/tour/dashboards-en.png" ]] || fail "no screen tour: $(ls "$work/tour")"

echo "== man pages"
for page in "$root"/usr/share/man/man1/*.1.gz; do
    warnings=$(zcat "$page" | LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z 2>&1 || true)
    [[ -z "$warnings" ]] || fail "$(basename "$page"): $warnings"
    zcat "$page" | grep -q "EXIT STATUS\|SEE ALSO" || fail "$(basename "$page") lacks its hand-written sections"
done
zcat "$root/usr/share/man/man1/tariff-audit-cli.1.gz" | grep -q "^\.SS prescreen" || fail "the CLI's page lacks its commands"

echo "== maintainer scripts"
ctrl="$work/control"
dpkg-deb -e "$server" "$ctrl"
for s in postinst prerm postrm; do
    [[ -x "$ctrl/$s" ]] || fail "$s is not executable"
    sh -n "$ctrl/$s" || fail "$s does not parse"
done
grep -qx "/etc/default/tariff-audit-server" "$ctrl/conffiles" || fail "the default options are not a conffile"

echo "packages OK: $(basename "$app") $(basename "$server")"
