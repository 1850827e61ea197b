#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for tests and benches; no container, no system service.
#   bash scripts/postgres.sh start DIR [PORT]   → prints the connection URL on stdout
#   bash scripts/postgres.sh stop DIR           → stops the cluster and deletes DIR
# Installs Debian's postgresql package when no server binaries are found (as root,
# apt-get update first). PostgreSQL refuses to run as root, so as root the cluster
# runs as the unprivileged system user "laatuarvio-pg" (created when missing).
# fsync is off: the data is thrown away, and the tests are faster.
set -euo pipefail
cmd="${1:-}"; dir="${2:-}"; port="${3:-${PG_PORT:-55432}}"
[[ -n "$cmd" && -n "$dir" ]] || { echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2; }
PG_USER=laatuarvio-pg

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

as_owner() {
	if [[ "$(id -u)" == 0 ]]; then runuser -u "$PG_USER" -- "$@"; else "$@"; fi
}

case "$cmd" in
start)
	bin="$(find_bin)"
	if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
		echo "postgres.sh: installing Debian's postgresql package" >&2
		[[ "$(id -u)" == 0 ]] || { echo "postgres.sh: PostgreSQL is missing; run as root once to install it" >&2; exit 1; }
		apt-get update -qq >&2
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
		bin="$(find_bin)"
	fi
	if [[ "$(id -u)" == 0 ]] && ! id "$PG_USER" >/dev/null 2>&1; then
		useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_USER"
	fi
	mkdir -p "$dir"
	[[ "$(id -u)" == 0 ]] && chown "$PG_USER" "$dir"
	as_owner "$bin/initdb" -D "$dir/data" -U laatuarvio -A trust --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
		|| as_owner "$bin/initdb" -D "$dir/data" -U laatuarvio -A trust --no-sync -E UTF8 >"$dir/initdb.log" 2>&1 \
		|| { cat "$dir/initdb.log" >&2; exit 1; }
	as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
		-o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
		start >&2 || { cat "$dir/server.log" >&2; exit 1; }
	as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U laatuarvio laatuarvio >&2
	echo "postgres://laatuarvio@127.0.0.1:$port/laatuarvio"
	;;
stop)
	bin="$(find_bin)"
	if [[ -f "$dir/data/postmaster.pid" ]]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true; fi
	rm -rf "$dir"
	;;
*) echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2 ;;
esac
