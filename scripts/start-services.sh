#!/bin/sh
# Starts Redis on 127.0.0.1:6379 and PostgreSQL on 127.0.0.1:5432 with a `botlogin` role and
# database (password `botlogin`), for the store and scheduler tests. Idempotent: whatever is
# already running is left alone. Installs the Debian packages first when they are missing.
# Loopback only: neither service listens on any other address.
set -eu

if ! command -v redis-server >/dev/null 2>&1 || ! command -v pg_ctlcluster >/dev/null 2>&1; then
  flock /tmp/botlogin-apt.lock sh -c 'apt-get update && apt-get install -y redis-server postgresql'
fi

# Redis: no persistence needed for tests; daemonized, loopback only.
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save '' --appendonly no \
    --protected-mode yes --logfile /tmp/botlogin-redis.log --dir /tmp
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break
    sleep 0.5
  done
fi
redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null

# PostgreSQL: the Debian cluster (first installed version), listening on loopback only.
pg_version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if [ -z "$(pg_lsclusters -h | awk -v v="$pg_version" '$1 == v && $2 == "main"')" ]; then
  pg_createcluster "$pg_version" main
fi
conf_dir="/etc/postgresql/$pg_version/main"
if ! grep -q "^listen_addresses = '127.0.0.1'" "$conf_dir/postgresql.conf"; then
  echo "listen_addresses = '127.0.0.1'" >>"$conf_dir/postgresql.conf"
fi
if ! pg_lsclusters -h | awk -v v="$pg_version" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
  pg_ctlcluster "$pg_version" main start
fi
for _ in 1 2 3 4 5 6 7 8 9 10; do
  pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1 && break
  sleep 0.5
done
pg_isready -h 127.0.0.1 -p 5432 >/dev/null

as_postgres() { su postgres -c "$1"; }
if ! as_postgres "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'botlogin'\"" | grep -q 1; then
  as_postgres "psql -c \"CREATE ROLE botlogin LOGIN PASSWORD 'botlogin'\""
fi
if ! as_postgres "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = 'botlogin'\"" | grep -q 1; then
  as_postgres "psql -c \"CREATE DATABASE botlogin OWNER botlogin\""
fi

echo "redis      redis://127.0.0.1:6379"
echo "postgresql postgres://botlogin:botlogin@127.0.0.1:5432/botlogin"
