#!/usr/bin/env bash
# Fails when graph/generated.go or graph/model/models_gen.go differ from what
# gqlgen generates from schema.graphqls and gqlgen.yml: generated code is
# committed, and must be in sync. Regenerates in a scratch copy, so the
# working tree is never touched.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# Copy the module without build output, Neo4j stores or git metadata.
tar -C "$root" --exclude=./.git --exclude=./var --exclude=./bin --exclude=./tools/neo4j/target -cf - . | tar -C "$tmp" -xf -
(cd "$tmp" && go tool gqlgen generate >/dev/null)
status=0
for f in graph/generated.go graph/model/models_gen.go graph/schema.resolvers.go; do
  if ! cmp -s "$root/$f" "$tmp/$f"; then
    echo "check-generated: $f is out of date; run 'make generate' and commit" >&2
    diff -u "$root/$f" "$tmp/$f" | head -40 >&2 || true
    status=1
  fi
done
exit "$status"
