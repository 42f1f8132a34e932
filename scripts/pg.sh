#!/usr/bin/env bash
# Sourced by scripts/test: a throw-away PostgreSQL cluster on a free loopback port, for the
# tests labelled pg. Exports TIXSYNC_TEST_PG_URL (postgresql://tixsync@127.0.0.1:PORT/tixsync_test).
tixsync_start_postgres() {
    local dir="$1"
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$bin" ]; then
        echo "PostgreSQL server binaries not found; pg tests will be skipped." >&2
        return 0
    fi
    mkdir -p "$dir"
    local runas=()
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir"
        runas=(runuser -u postgres --)
    fi
    local port
    # A free loopback port: nothing answers a connection to it.
    while :; do
        port=$((20000 + RANDOM % 40000))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || break
    done
    "${runas[@]}" "$bin/initdb" -D "$dir/data" -U tixsync --auth=trust -E UTF8 >/dev/null
    "${runas[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off" start >/dev/null
    "${runas[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U tixsync tixsync_test
    export TIXSYNC_TEST_PG_URL="postgresql://tixsync@127.0.0.1:$port/tixsync_test"
    TIXSYNC_PG_DIR="$dir"
    TIXSYNC_PG_BIN="$bin"
    TIXSYNC_PG_RUNAS=("${runas[@]}")
    echo "PostgreSQL test cluster on port $port"
}

tixsync_stop_postgres() {
    [ -n "${TIXSYNC_PG_DIR:-}" ] || return 0
    "${TIXSYNC_PG_RUNAS[@]}" "$TIXSYNC_PG_BIN/pg_ctl" -D "$TIXSYNC_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
}
