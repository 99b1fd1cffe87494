#!/usr/bin/env bash
# Adds a migration named $1 for every database provider, each into its own folder,
# so the three schemas never drift apart.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: scripts/add-migration.sh MigrationName}"
dotnet tool restore >/dev/null
dotnet build src/Hub.Domain -v q -nologo >/dev/null
for provider in Sqlite Postgres SqlServer; do
  dotnet ef migrations add "$name" --no-build \
    --project src/Hub.Domain \
    --context "${provider}HubDbContext" \
    --output-dir "Persistence/Migrations/$provider"
done
