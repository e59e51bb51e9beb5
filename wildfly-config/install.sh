#!/usr/bin/env bash
# Production: applies the CLI scripts of this folder to an existing, stopped WildFly 39 and points its
# datasource at a PostgreSQL server. Build first (mvn -DskipTests package), then for example:
#   wildfly-config/install.sh --wildfly-home /opt/wildfly --db-url jdbc:postgresql://db.example:5432/callcenter \
#       --db-user callcenter --db-password 'secret' --ear ear/target/callcenter.ear
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar="$here/target/callcenter-wildfly-config.jar"
[ -f "$jar" ] || { echo "Build first: mvn -DskipTests package" >&2; exit 1; }
exec java -cp "$jar:$here/target/lib/*" it.callcenter.server.Install "$@"
