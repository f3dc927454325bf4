package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph"
	"github.com/claimgraph/claimgraph/neo4jstore/neo4jtest"
)

// run executes one command line in-process and returns its exit code and
// output streams.
func run(t *testing.T, ctx context.Context, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	app := &App{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr, Getenv: func(k string) string { return env[k] }}
	code := app.Run(ctx, args)
	return code, stdout.String(), stderr.String()
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{nil, {"frobnicate"}, {"load"}, {"extract"}, {"eval"}, {"serve", "extra"}, {"load", "--no-such-flag"}} {
		if code, _, stderr := run(t, context.Background(), nil, args...); code != exitUsage || stderr == "" {
			t.Errorf("%v: exit %d, stderr %q; want %d and a message", args, code, stderr, exitUsage)
		}
	}
	if code, stdout, _ := run(t, context.Background(), nil, "help"); code != exitOK || !strings.Contains(stdout, "claimgraph serve") {
		t.Errorf("help: exit %d", code)
	}
}

// TestExtract checks the JSON-lines contract `extract` prints.
func TestExtract(t *testing.T) {
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk.txt")
	if err := os.WriteFile(junk, []byte("\x00\x01binary"), 0o644); err != nil {
		t.Fatal(err)
	}
	paths := []string{"../../examples", junk}
	const seed = "../../../shared/corpus/seed/alibaba-de.txt"
	if _, err := os.Stat(seed); err == nil {
		paths = append(paths, seed)
	}
	code, stdout, stderr := run(t, context.Background(), nil, append([]string{"extract"}, paths...)...)
	if code != exitRejected || !strings.Contains(stderr, "junk.txt") {
		t.Errorf("exit %d, stderr %q; want 1 naming the rejected file", code, stderr)
	}
	lines := 0
	sc := bufio.NewScanner(strings.NewReader(stdout))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		lines++
		var raw map[string]json.RawMessage
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil {
			t.Fatalf("line %d is not JSON: %v", lines, err)
		}
		for _, k := range []string{"id", "entities", "accusations", "denials"} {
			if _, ok := raw[k]; !ok {
				t.Errorf("line %d lacks %q", lines, k)
			}
		}
		var f claimgraph.ArticleFacts
		if err := json.Unmarshal(sc.Bytes(), &f); err != nil {
			t.Fatal(err)
		}
		if f.ID == "alibaba-de" && (len(f.Entities) == 0 || len(f.Accusations) == 0 || len(f.Denials) == 0) {
			t.Errorf("seed facts = %+v, want entities, an accusation and a denial", f)
		}
	}
	if lines < 7 { // the example articles (one file holds two)
		t.Errorf("printed %d articles, want at least 7", lines)
	}
}

func TestEval(t *testing.T) {
	if _, err := os.Stat("../../../shared/corpus/dev"); err != nil {
		t.Skipf("shared corpus not found: %v", err)
	}
	code, stdout, stderr := run(t, context.Background(), nil, "eval", "--json", "../../../shared/corpus/dev")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rep map[string]any
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("eval --json is not JSON: %v\n%s", err, stdout)
	}
	code, stdout, _ = run(t, context.Background(), nil, "eval", "../../../shared/corpus/dev")
	if code != exitOK || !strings.Contains(strings.ToLower(stdout), "accusation") {
		t.Errorf("text report: exit %d\n%s", code, stdout)
	}
}

// TestLoadAndServe is `make run` in-process: load the examples, serve on a
// free port, answer the README query, shut down on cancel.
func TestLoadAndServe(t *testing.T) {
	cfg := neo4jtest.Config(t)
	neo4jtest.MustOpen(t) // empty graph
	env := map[string]string{"NEO4J_URI": cfg.URI, "NEO4J_USERNAME": cfg.Username, "NEO4J_PASSWORD": cfg.Password}
	reportPath := filepath.Join(t.TempDir(), "report.json")
	code, _, stderr := run(t, context.Background(), env, "load", "--quiet", "--report", reportPath, "../../examples")
	if code != exitOK {
		t.Fatalf("load examples: exit %d\n%s", code, stderr)
	}
	var rep struct{ Loaded int }
	if b, err := os.ReadFile(reportPath); err != nil || json.Unmarshal(b, &rep) != nil || rep.Loaded < 7 {
		t.Errorf("report file: %v, loaded %d", err, rep.Loaded)
	}

	ctx, cancel := context.WithCancel(context.Background())
	addrc := make(chan string, 1)
	done := make(chan int, 1)
	app := &App{Stdout: io.Discard, Stderr: io.Discard, Getenv: func(k string) string { return env[k] }, OnListen: func(a string) { addrc <- a }}
	go func() { done <- app.Run(ctx, []string{"serve", "--addr", "127.0.0.1:0"}) }()
	var addr string
	select {
	case addr = <-addrc:
	case code := <-done:
		t.Fatalf("serve exited with %d before listening", code)
	case <-time.After(time.Minute):
		t.Fatal("serve did not start")
	}
	// Ready once the schema is in place.
	deadline := time.Now().Add(time.Minute)
	for {
		res, err := http.Get("http://" + addr + "/readyz")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatal("serve never became ready")
		}
		time.Sleep(200 * time.Millisecond)
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	query := readmeQuery(t, string(readme))
	body, _ := json.Marshal(map[string]any{"query": query})
	res, err := http.Post("http://"+addr+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var out struct {
		Data struct {
			Accusations struct {
				TotalCount int `json:"totalCount"`
				Nodes      []struct {
					Denials []struct {
						Denier struct{ Name string } `json:"denier"`
					} `json:"denials"`
				} `json:"nodes"`
			} `json:"accusations"`
		} `json:"data"`
		Errors []any `json:"errors"`
	}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil || len(out.Errors) > 0 {
		t.Fatalf("README query: %v %v", err, out.Errors)
	}
	denied := 0
	for _, n := range out.Data.Accusations.Nodes {
		if len(n.Denials) > 0 {
			denied++
		}
	}
	if out.Data.Accusations.TotalCount < 5 || denied < 3 {
		t.Errorf("README query over the examples: %d accusations, %d denied; want at least 5 and 3", out.Data.Accusations.TotalCount, denied)
	}
	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("serve exited with %d after shutdown", code)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not shut down")
	}
}

// readmeQuery returns the first ```graphql block of the README.
func readmeQuery(t *testing.T, readme string) string {
	t.Helper()
	_, rest, ok := strings.Cut(readme, "```graphql\n")
	if !ok {
		t.Fatal("README has no graphql block")
	}
	q, _, _ := strings.Cut(rest, "```")
	return q
}

func TestLoadUnavailable(t *testing.T) {
	env := map[string]string{"NEO4J_URI": "bolt://127.0.0.1:1"}
	code, _, stderr := run(t, context.Background(), env, "load", "--wait", "2s", "../../examples")
	if code != exitUnavailable || !strings.Contains(stderr, "did not answer") {
		t.Errorf("exit %d, stderr %q; want %d and a clear message", code, stderr, exitUnavailable)
	}
}

// TestLoadProgress: a bar on a terminal, log lines elsewhere.
func TestLoadProgress(t *testing.T) {
	cfg := neo4jtest.Config(t)
	neo4jtest.MustOpen(t)
	for _, term := range []bool{true, false} {
		var stderr bytes.Buffer
		app := &App{Stdout: io.Discard, Stderr: &stderr, Getenv: func(k string) string {
			return map[string]string{"NEO4J_URI": cfg.URI, "NEO4J_USERNAME": cfg.Username, "NEO4J_PASSWORD": cfg.Password}[k]
		}, IsTerminal: func() bool { return term }}
		if code := app.Run(context.Background(), []string{"load", "../../examples"}); code != exitOK {
			t.Fatalf("load: exit %d\n%s", code, stderr.String())
		}
		out := stderr.String()
		if term && !strings.Contains(out, "articles") {
			t.Errorf("terminal: no progress bar in %q", out)
		}
		if !term && strings.Contains(out, "\r") {
			t.Errorf("not a terminal: carriage returns in %q", out)
		}
		if !strings.Contains(out, "unchanged") {
			t.Errorf("no summary line in %q", out)
		}
	}
}
