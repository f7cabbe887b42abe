#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the sync suites: `start DIR` runs initdb in a fresh temporary
# folder (as the postgres user when run as root: initdb refuses root), starts it on a unix socket only
# (no TCP port) and writes the libpq URL of its maintenance database to DIR/url; `stop DIR` stops it
# and removes the cluster.
set -euo pipefail

action=${1:?start or stop}
dir=${2:?the fixture folder}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[[ -x "$bin/initdb" ]] || { echo "PostgreSQL server binaries not found under /usr/lib/postgresql (package postgresql-15)" >&2; exit 1; }

as_owner=()
owner=$(id -un)
if [[ $(id -u) -eq 0 ]]; then
    as_owner=(runuser -u postgres --)
    owner=postgres
fi

case "$action" in
start)
    # The socket path must stay short (a unix socket path holds 107 bytes): the cluster lives in /tmp.
    if [[ -f "$dir/cluster" ]]; then
        "$0" stop "$dir" || true
    fi
    mkdir -p "$dir"
    cluster=$(mktemp -d /tmp/ta-pg.XXXXXX)
    chown "$owner" "$cluster"
    echo "$cluster" >"$dir/cluster"
    "${as_owner[@]}" "$bin/initdb" -D "$cluster/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    "${as_owner[@]}" "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
        -o "-k $cluster -c listen_addresses='' -c max_connections=200" start >/dev/null ||
        { cat "$cluster/server.log" >&2; exit 1; }
    echo "postgresql:///postgres?host=$cluster&user=postgres" >"$dir/url"
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on $cluster"
    ;;
stop)
    [[ -f "$dir/cluster" ]] || exit 0
    cluster=$(cat "$dir/cluster")
    if [[ -d "$cluster/data" ]]; then
        "${as_owner[@]}" "$bin/pg_ctl" -D "$cluster/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$cluster" "$dir/cluster" "$dir/url"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
