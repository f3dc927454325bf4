package loader_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph"
	"github.com/claimgraph/claimgraph/loader"
	"github.com/claimgraph/claimgraph/loader/extract"
	"github.com/claimgraph/claimgraph/neo4jstore"
	"github.com/claimgraph/claimgraph/neo4jstore/neo4jtest"
)

const devDir = "../../shared/corpus/dev"

// writeFiles creates files under a temp dir and returns it.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const goodDE = `Kartellamt wirft Zementhersteller Preisabsprachen vor

Das Bundeskartellamt wirft der Rheinkalk Zement AG vor, Preise abgesprochen zu haben. Rheinkalk weist die Vorwürfe zurück.`

const goodEN = `Regulator accuses Brantwood Energy

The Federal Energy Regulatory Commission accused Brantwood Energy Inc. of manipulating power prices. Brantwood rejected the accusation.`

type recorder struct {
	mu           sync.Mutex
	total, added int
	finished     bool
}

func (r *recorder) Start(n int) { r.total = n }
func (r *recorder) Add(n int)   { r.mu.Lock(); r.added += n; r.mu.Unlock() }
func (r *recorder) Finish()     { r.finished = true }

func load(t *testing.T, s claimgraph.Writer, opts loader.Options, paths ...string) (*loader.Report, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	return loader.New(mustExtractor(t), s, opts).Load(ctx, paths)
}

func TestLoad(t *testing.T) {
	s := neo4jtest.MustOpen(t)
	dir := writeFiles(t, map[string]string{
		"de.txt":          goodDE,
		"sub/en.txt":      goodEN,
		"empty.txt":       "   \n",
		"binary.txt":      "abc\x00\x01\x02def",
		"broken.json":     `{"id": "x", "text": "unterminated`,
		"lines.jsonl":     `{"id": "l1", "title": "Eins", "text": "` + strings.ReplaceAll(goodDE, "\n", " ") + `"}` + "\n" + `{"id": "l2", "text": }` + "\n",
		".hidden.txt":     goodDE,
		"notes.unknownxt": "skip me",
	})
	prog := &recorder{}
	rep, err := load(t, s, loader.Options{Workers: 2, BatchSize: 2, Progress: prog}, dir)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Loaded != 3 || rep.Rejected != 4 || rep.Unchanged != 0 || rep.OK() {
		t.Fatalf("report = %+v, want 3 loaded and 4 rejected", rep)
	}
	wantRejects := map[string]string{"empty.txt": "white space", "binary.txt": "binary", "broken.json": "JSON", "lines.jsonl:2": ""}
	for _, r := range rep.Rejects {
		for src, reason := range wantRejects {
			if strings.HasSuffix(r.Source, src) && strings.Contains(r.Reason, reason) {
				delete(wantRejects, src)
			}
		}
		if r.Reason == "" || r.Stage != loader.StageRead {
			t.Errorf("reject %+v lacks a reason or stage", r)
		}
	}
	if len(wantRejects) > 0 {
		t.Errorf("missing rejects %v in %+v", wantRejects, rep.Rejects)
	}
	if rep.Accusations < 3 || rep.Denials < 2 {
		t.Errorf("report counts %d accusations and %d denials, want at least 3 and 2", rep.Accusations, rep.Denials)
	}
	if prog.added != 7 || !prog.finished || prog.total < 4 {
		t.Errorf("progress saw total %d, %d done, finished %v; want every article counted", prog.total, prog.added, prog.finished)
	}

	t.Run("RerunUnchanged", func(t *testing.T) {
		n1, r1, _ := s.Counts(context.Background())
		rep, err := load(t, s, loader.Options{Workers: 2}, dir)
		if err != nil {
			t.Fatal(err)
		}
		if rep.Loaded != 0 || rep.Unchanged != 3 {
			t.Errorf("rerun report = %+v, want 3 unchanged", rep)
		}
		n2, r2, _ := s.Counts(context.Background())
		if n1 != n2 || r1 != r2 {
			t.Errorf("rerun changed the graph: %d/%d → %d/%d", n1, r1, n2, r2)
		}
	})
}

// TestCrashRerun: a load that stopped half way, run again over everything,
// ends with exactly the graph of one complete load.
func TestCrashRerun(t *testing.T) {
	if _, err := os.Stat(devDir); err != nil {
		t.Skipf("shared corpus not found: %v", err)
	}
	s := neo4jtest.MustOpen(t)
	if _, err := load(t, s, loader.Options{Workers: 2, Annotated: true}, devDir); err != nil {
		t.Fatal(err)
	}
	full1, fullRels, _ := s.Counts(context.Background())
	if err := s.Wipe(context.Background()); err != nil {
		t.Fatal(err)
	}
	half, _ := filepath.Glob(filepath.Join(devDir, "dev-de-*.json"))
	if _, err := load(t, s, loader.Options{Workers: 2, Annotated: true}, half...); err != nil {
		t.Fatal(err)
	}
	rep, err := load(t, s, loader.Options{Workers: 2, Annotated: true}, devDir)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Unchanged != len(half) || rep.Loaded != 16-len(half) {
		t.Errorf("rerun report = %+v, want %d unchanged", rep, len(half))
	}
	n, r, _ := s.Counts(context.Background())
	if n != full1 || r != fullRels {
		t.Errorf("after crash and rerun: %d nodes, %d relationships; one clean load gives %d, %d", n, r, full1, fullRels)
	}
}

// TestUnavailable: with the database gone, every article is accounted for
// as not written, and the load returns the coded error.
func TestUnavailable(t *testing.T) {
	s, err := neo4jstore.Open(neo4jstore.Config{URI: "bolt://127.0.0.1:1", ConnectTimeout: 500 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(context.Background())
	dir := writeFiles(t, map[string]string{"a.txt": goodDE, "b.txt": goodEN, "c.txt": goodDE + "\nNoch ein Satz."})
	rep, err := load(t, s, loader.Options{Workers: 1, BatchSize: 1, Retries: 1}, dir)
	if claimgraph.ErrorCode(err) != claimgraph.EUNAVAILABLE {
		t.Fatalf("got %v, want unavailable", err)
	}
	if rep == nil || rep.Failed != 3 || rep.Loaded != 0 {
		t.Fatalf("report = %+v, want all 3 articles failed to write", rep)
	}
	for _, r := range rep.Rejects {
		if r.Stage != loader.StageWrite {
			t.Errorf("reject %+v, want stage write", r)
		}
	}
}

// TestIngest runs one in-memory article through the same path.
func TestIngest(t *testing.T) {
	s := neo4jtest.MustOpen(t)
	ld := loader.New(mustExtractor(t), s, loader.Options{})
	a := article("ingest-1", strings.SplitN(goodEN, "\n\n", 2)[1])
	a.Lang = ""
	res, err := ld.Ingest(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	if res.Status != claimgraph.Loaded || len(res.Batch.Accusations) != 1 || res.Batch.Article.Lang != "en" {
		t.Errorf("ingest = %+v, want LOADED with one accusation, language detected as en", res)
	}
	if _, err := ld.Ingest(context.Background(), article("empty", " ")); claimgraph.ErrorCode(err) != claimgraph.EINVALID {
		t.Errorf("empty article: got %v, want invalid", err)
	}
}

// failingExtractor is the real extractor except on articles whose text
// holds a marker, where it fails as a bug in the extractor would.
type failingExtractor struct {
	*extract.Extractor
	marker string
}

func (f failingExtractor) ExtractChecked(a claimgraph.Article) (claimgraph.ArticleFacts, error) {
	if strings.Contains(a.Text, f.marker) {
		return claimgraph.ArticleFacts{}, errors.New("extraction failed: index out of range")
	}
	return f.Extractor.ExtractChecked(a)
}

// TestExtractFailureRejects: an article the extractor fails on is rejected
// by name at the extract stage, never loaded empty, and the others load.
func TestExtractFailureRejects(t *testing.T) {
	s := neo4jtest.MustOpen(t)
	dir := writeFiles(t, map[string]string{
		"good.txt": goodEN,
		"bad.txt":  strings.Replace(goodDE, "Preise", "Preise TRIPWIRE", 1),
	})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	rep, err := loader.New(failingExtractor{mustExtractor(t), "TRIPWIRE"}, s, loader.Options{Workers: 2}).Load(ctx, []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Loaded != 1 || rep.Rejected != 1 || rep.OK() {
		t.Fatalf("report = %+v, want 1 loaded and 1 rejected", rep)
	}
	r := rep.Rejects[0]
	if !strings.HasSuffix(r.Source, "bad.txt") || r.Stage != loader.StageExtract || !strings.Contains(r.Reason, "extraction failed") {
		t.Errorf("reject = %+v, want bad.txt rejected at the extract stage with the reason", r)
	}
}
