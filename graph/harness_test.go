package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/loader"
	"github.com/claimgraph/claimgraph/loader/extract"
	"github.com/claimgraph/claimgraph/neo4jstore"
	"github.com/claimgraph/claimgraph/neo4jstore/neo4jtest"
)

// The shared corpus sits beside the repository (../shared from its root).
const (
	seedText = "../../shared/corpus/seed/alibaba-de.txt"
	seedGold = "../../shared/corpus/seed/alibaba-de.json"
	devDir   = "../../shared/corpus/dev"
)

const testToken = "test-token"

// needCorpus skips a test when the shared corpus is not beside the
// repository (a clone elsewhere); the example-based tests still run.
func needCorpus(t *testing.T) {
	t.Helper()
	for _, p := range []string{seedText, seedGold, devDir} {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("shared corpus not found (%v); it lives in ../shared beside the repository", err)
		}
	}
}

// env is a real server over a real, empty Neo4j.
type env struct {
	t      *testing.T
	store  *neo4jstore.Store
	loader *loader.Loader
	srv    *httptest.Server
}

func newEnv(t *testing.T, cfg graph.ServerConfig) *env {
	t.Helper()
	s := neo4jtest.MustOpen(t)
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	ld := loader.New(x, s, loader.Options{Workers: 2})
	cfg.Store, cfg.Ingester, cfg.Introspection, cfg.Suggestions = s, ld, true, true
	if cfg.Token == "" {
		cfg.Token = testToken
	}
	srv := httptest.NewServer(graph.NewServer(cfg))
	t.Cleanup(srv.Close)
	return &env{t: t, store: s, loader: ld, srv: srv}
}

// with returns e reporting to t, for subtests.
func (e *env) with(t *testing.T) *env {
	c := *e
	c.t = t
	return &c
}

// load runs the loader over paths; annotated loads gold facts as they stand.
func (e *env) load(annotated bool, paths ...string) *loader.Report {
	e.t.Helper()
	x, err := extract.New()
	if err != nil {
		e.t.Fatal(err)
	}
	ld := loader.New(x, e.store, loader.Options{Workers: 2, Annotated: annotated})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	rep, err := ld.Load(ctx, paths)
	if err != nil {
		e.t.Fatalf("load %v: %v", paths, err)
	}
	if !rep.OK() {
		e.t.Fatalf("load %v rejected: %+v", paths, rep.Rejects)
	}
	return rep
}

// gqlError is one error of a response.
type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

func (g gqlError) code() string { c, _ := g.Extensions["code"].(string); return c }

type response struct {
	status int
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
}

type request struct {
	query     string
	variables map[string]any
	token     string
	ext       map[string]any
}

// do posts one GraphQL request and decodes the response envelope.
func (e *env) do(r request) response {
	e.t.Helper()
	body := map[string]any{"query": r.query, "variables": r.variables}
	if r.query == "" {
		delete(body, "query")
	}
	if r.ext != nil {
		body["extensions"] = r.ext
	}
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/graphql", bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	if r.token != "" {
		req.Header.Set("Authorization", "Bearer "+r.token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	var out response
	if err := json.Unmarshal(raw, &out); err != nil {
		e.t.Fatalf("response %d is not JSON: %s", res.StatusCode, raw)
	}
	out.status = res.StatusCode
	return out
}

// query runs q, fails the test on any error, and decodes data into out.
func (e *env) query(q string, vars map[string]any, out any) {
	e.t.Helper()
	res := e.do(request{query: q, variables: vars})
	if len(res.Errors) > 0 {
		e.t.Fatalf("query failed: %+v\n%s", res.Errors, q)
	}
	if err := json.Unmarshal(res.Data, out); err != nil {
		e.t.Fatalf("decode %s: %v", res.Data, err)
	}
}

// wantError runs q and checks it fails with code.
func (e *env) wantError(r request, code string) response {
	e.t.Helper()
	res := e.do(r)
	if len(res.Errors) == 0 {
		e.t.Fatalf("want error %s, got data %s", code, res.Data)
	}
	if got := res.Errors[0].code(); got != code {
		e.t.Fatalf("want error code %s, got %s (%s)", code, got, res.Errors[0].Message)
	}
	for _, g := range res.Errors {
		if strings.Contains(g.Message, "goroutine") || strings.Contains(g.Message, ".go:") {
			e.t.Fatalf("error leaks internals: %s", g.Message)
		}
	}
	return res
}

func (e *env) get(path string) (int, string) {
	e.t.Helper()
	res, err := http.Get(e.srv.URL + path)
	if err != nil {
		e.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

func names[T interface{ GetName() string }](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = x.GetName()
	}
	return out
}

type named struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Type string `json:"type"`
}

func (n named) GetName() string { return n.Name }

func fmtJSON(v any) string {
	b, _ := json.MarshalIndent(v, "", "  ")
	return string(b)
}

var _ = fmt.Sprint

func jsonUnmarshal(b []byte, v any) error { return json.Unmarshal(b, v) }

func httptestServer(t *testing.T, h http.Handler) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}
