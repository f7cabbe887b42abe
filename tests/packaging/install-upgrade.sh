#!/usr/bin/env bash
# The packages installed on this machine as an administrator would (root, through apt), then taken away:
#   1. a bare install and purge of the server: its user and data folder made, the empty folder purged;
#   2. an upgrade: the same programs packaged as an older version are installed, data is made (a customer
#      data file through the CLI, a server made with init, the listening address changed in
#      /etc/default), the new packages are installed over them, and the data opens with the new programs,
#      the changed defaults kept, and the installed app starts offscreen in training mode;
#   3. removal keeps the server's data; purge removes the defaults and still keeps a server's data.
# It changes the machine, so it runs only as root and only when no Tariff Audit package is installed; it
# says so (SKIP) otherwise. What it made is removed at the end.
#   tests/packaging/install-upgrade.sh BUILD_DIR
set -euo pipefail

build=$(cd "$1" && pwd)
if [[ $(id -u) -ne 0 ]]; then
    echo "SKIP: installs packages on this machine; run as root (CI does)."
    exit 0
fi
if dpkg-query -W -f='${db:Status-Status}' tariff-audit tariff-audit-server 2>/dev/null | grep -q installed; then
    echo "SKIP: a Tariff Audit package is installed on this machine already; not touched."
    exit 0
fi

work=$(mktemp -d)
data=/var/lib/tariff-audit-server
cleanup() {
    dpkg --purge tariff-audit tariff-audit-server >/dev/null 2>&1 || true
    rm -rf "$data"
    if getent passwd tariff-audit-server >/dev/null; then userdel tariff-audit-server || true; fi
    if getent group tariff-audit-server >/dev/null; then groupdel tariff-audit-server 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export DEBIAN_FRONTEND=noninteractive HOME="$work/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
apt_install() { apt-get install -y -qq --no-install-recommends "$@" >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log"; fail "apt-get install $*"; }; }

version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack"; }
arch=$(dpkg --print-architecture)
app="$work/out/tariff-audit_${version}_${arch}.deb"
server="$work/out/tariff-audit-server_${version}_${arch}.deb"

echo "== 1. install and purge the server, nothing made in between"
apt_install "$server"
getent passwd tariff-audit-server >/dev/null || fail "no tariff-audit-server user"
[[ "$(stat -c '%U %a' "$data")" == "tariff-audit-server 700" ]] || fail "$data: $(stat -c '%U %a' "$data")"
[[ -f /lib/systemd/system/tariff-audit-server.service ]] || fail "no unit"
apt-get purge -y -qq tariff-audit-server >/dev/null
[[ ! -e "$data" && ! -e /etc/default/tariff-audit-server ]] || fail "purge left the empty data folder or the defaults"

echo "== 2. upgrade from an older package with data"
older=0.0.0~previous
for deb in "$app" "$server"; do
    name=$(dpkg-deb -f "$deb" Package)
    rm -rf "$work/repack" && dpkg-deb -R "$deb" "$work/repack"
    sed -i "s/^Version: .*/Version: $older/" "$work/repack/DEBIAN/control"
    dpkg-deb -b "$work/repack" "$work/${name}_older.deb" >/dev/null
done
apt_install "$work/tariff-audit_older.deb" "$work/tariff-audit-server_older.deb"
[[ "$(dpkg-query -W -f='${Version}' tariff-audit)" == "$older" ]] || fail "the older app is not installed"
tariff-audit-cli generate --customers 50 --seed 7 --out "$work/customers.csv" >/dev/null 2>&1
tariff-audit-cli import --db "$work/data.sqlite" "$work/customers.csv" >/dev/null 2>&1 ||
    fail "import with the older CLI"
code=$(head -2 "$work/customers.csv" | tail -1 | cut -d, -f1)
runuser -u tariff-audit-server -- tariff-audit-server --lang en init --data "$data" --host localhost \
    >"$work/init.log" 2>&1 || { cat "$work/init.log"; fail "server init"; }
sed -i 's/^LISTEN=.*/LISTEN=127.0.0.1:9443/' /etc/default/tariff-audit-server

apt_install "$app" "$server"
[[ "$(dpkg-query -W -f='${Version}' tariff-audit)" == "$version" ]] || fail "the new app is not installed"
[[ "$(tariff-audit-cli --version)" == *"$version"* ]] || fail "tariff-audit-cli --version after the upgrade"
tariff-audit-cli --lang en search --db "$work/data.sqlite" "$code" | grep -q "$code" ||
    fail "the customer data file does not open with the new CLI"
runuser -u tariff-audit-server -- tariff-audit-server --lang en devices list --data "$data" >/dev/null ||
    fail "the server's data does not open with the new server"
grep -qx "LISTEN=127.0.0.1:9443" /etc/default/tariff-audit-server || fail "the changed defaults were not kept"
# The installed app, from /usr/bin, offscreen in training mode: its screen tour of every main screen.
mkdir -m 700 -p "$work/runtime"
XDG_RUNTIME_DIR="$work/runtime" timeout 120 tariff-audit --training --tour "$work/tour" >"$work/tour.log" 2>&1 ||
    { cat "$work/tour.log"; fail "the installed app in training mode"; }
[[ -s "$work/tour/worklist-vi.png" && -s "$work/tour/review-en.png" ]] || fail "no screen tour: $(ls "$work/tour")"

echo "== 3. remove, then purge: the server's data stays"
apt-get remove -y -qq tariff-audit tariff-audit-server >/dev/null
[[ ! -e /usr/bin/tariff-audit-server && -f "$data/server.json" ]] || fail "remove: programs left or data lost"
grep -qx "LISTEN=127.0.0.1:9443" /etc/default/tariff-audit-server || fail "remove took the defaults"
dpkg --purge tariff-audit-server >/dev/null
[[ ! -e /etc/default/tariff-audit-server ]] || fail "purge left the defaults"
[[ -f "$data/server.json" ]] || fail "purge removed a server's data"

echo "install, upgrade and removal OK ($older → $version)"
