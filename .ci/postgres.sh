# Sourced by .ci/run: make a PostgreSQL server answer and export
# PEACEWATCH_TEST_POSTGRES for the store's conformance suite, which CI requires.
#
# A DSN already in PEACEWATCH_TEST_POSTGRES is used as it is. Otherwise, as root
# (CI runs as root on a fresh Debian machine), Debian's postgresql package is
# installed when missing, its cluster created and started when down, and a role and
# database made for the tests; each step is skipped when already done, so the script
# also passes where PostgreSQL is installed and running. Not root and not in CI,
# nothing is set up and the PostgreSQL tests skip.

pg_user=peacewatch
pg_db=peacewatch_test
pg_port=${PEACEWATCH_TEST_POSTGRES_PORT:-5432}

as_postgres() {
	if command -v runuser >/dev/null; then
		runuser -u postgres -- "$@"
	else
		su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
	fi
}

pg_answers() {
	command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p "$pg_port"
}

setup_postgres() {
	if [ -n "${PEACEWATCH_TEST_POSTGRES:-}" ]; then
		echo "postgres: using PEACEWATCH_TEST_POSTGRES"
		return 0
	fi
	if [ "$(id -u)" != 0 ]; then
		if [ "${CI:-}" = true ]; then
			echo "postgres: CI needs root to install PostgreSQL" >&2
			return 1
		fi
		echo "postgres: not root, PostgreSQL tests will skip (set PEACEWATCH_TEST_POSTGRES to run them)"
		return 0
	fi
	local started=$SECONDS
	if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
		echo "postgres: installing Debian's postgresql package"
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq
		apt-get install -y -qq --no-install-recommends postgresql >/dev/null
	fi
	if ! pg_answers; then
		local version
		version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
		if ! pg_lsclusters -h 2>/dev/null | awk '{print $1, $2}' | grep -qx "$version main"; then
			pg_createcluster --port "$pg_port" "$version" main >/dev/null
		fi
		pg_ctlcluster "$version" main start
		for _ in $(seq 60); do
			pg_answers && break
			sleep 0.5
		done
		if ! pg_answers; then
			echo "postgres: the server does not answer on port $pg_port" >&2
			return 1
		fi
	fi
	as_postgres psql -q -v ON_ERROR_STOP=1 -p "$pg_port" -d postgres <<-SQL
		DO \$\$BEGIN
			IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$pg_user') THEN
				CREATE ROLE $pg_user LOGIN PASSWORD '$pg_user';
			END IF;
		END\$\$;
		SELECT 'CREATE DATABASE $pg_db OWNER $pg_user'
			WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$pg_db')\gexec
	SQL
	export PEACEWATCH_TEST_POSTGRES="postgres://$pg_user:$pg_user@127.0.0.1:$pg_port/$pg_db?sslmode=disable"
	echo "postgres: ready in $((SECONDS - started)) s"
}
