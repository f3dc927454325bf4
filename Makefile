# claimgraph: one-line targets; the scripts they call say how.
# A fresh machine needs only `make run` and `make test`.

NEO4J_PORT ?= 7687
NEO4J_HOME ?= var/neo4j
ADDR       ?= :8080
STATICCHECK = honnef.co/go/tools/cmd/staticcheck@v0.8.2
export NEO4J_PORT NEO4J_HOME

.PHONY: run test build generate check-generated lint neo4j-start neo4j-stop bench eval help

## run: start the local Neo4j, load examples/, serve GraphQL on http://localhost:8080
run: build neo4j-start
	NEO4J_URI=bolt://127.0.0.1:$(NEO4J_PORT) bin/claimgraph load examples
	NEO4J_URI=bolt://127.0.0.1:$(NEO4J_PORT) bin/claimgraph serve --addr $(ADDR)

## test: lint, then every test against a throw-away Neo4j on a free port (serially: Community has one database)
test: lint
	scripts/with-neo4j.sh env CLAIMGRAPH_REQUIRE_DB=1 go test -p 1 -count=1 -timeout 30m ./...

## build: compile bin/claimgraph
build:
	go build -o bin/claimgraph ./cmd/claimgraph

## generate: regenerate gqlgen code from schema.graphqls and gqlgen.yml
generate:
	go tool gqlgen generate

## check-generated: fail if generated code is out of date
check-generated:
	scripts/check-generated.sh

## lint: gofmt, go vet, staticcheck, generated code in sync
lint: check-generated
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { echo "gofmt needed:"; gofmt -l $$(git ls-files '*.go'); exit 1; }
	go vet ./...
	go run $(STATICCHECK) ./...

## neo4j-start: start the local Neo4j (NEO4J_HOME, NEO4J_PORT) and wait for Bolt
neo4j-start:
	@scripts/neo4j-start.sh

## neo4j-stop: stop the local Neo4j cleanly
neo4j-stop:
	@scripts/neo4j-stop.sh

## bench: extraction speed, load throughput and API latency (see BENCHMARKS.md)
bench:
	scripts/bench.sh

## eval: score the extractor on the shared dev corpus and the seed
eval: build
	bin/claimgraph eval ../shared/corpus/dev ../shared/corpus/seed/alibaba-de.json

## help: list targets
help:
	@grep -E '^## ' Makefile | sed 's/^## //'
