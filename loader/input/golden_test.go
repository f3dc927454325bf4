package input

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.golden.json")

// goldenItem is what a golden file records of an item: everything but
// LoadedAt (fixed by testOptions anyway) and the facts.
type goldenItem struct {
	Source    string `json:"source"`
	Err       string `json:"err,omitempty"`
	ID        string `json:"id,omitempty"`
	Name      string `json:"name,omitempty"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Published string `json:"published,omitempty"`
	Lang      string `json:"lang,omitempty"`
	SHA256    string `json:"sha256,omitempty"`
	Text      string `json:"text,omitempty"`
}

// TestGolden reads each example article (testdata/articles) and compares
// the items with testdata/golden/<file>.golden.json, as go/printer does.
// Run with -update to rewrite them, and review the diff like code: a
// changed Text moves every offset the extractor computes.
func TestGolden(t *testing.T) {
	paths, err := filepath.Glob("testdata/articles/*")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no example articles: %v", err)
	}
	paths = append(paths, "testdata/formats/array.json", "testdata/formats/mixed.jsonl")
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			items, _ := readAll(t, []string{path}, testOptions())
			var got []goldenItem
			for _, it := range items {
				a := it.Article
				g := goldenItem{Source: it.Source, Err: errString(it.Err), ID: a.ID, Name: a.Name, Title: a.Title,
					URL: a.URL, Publisher: a.Publisher, Lang: a.Lang, SHA256: a.SHA256, Text: a.Text}
				if !a.Published.IsZero() {
					g.Published = a.Published.Format(time.RFC3339)
				}
				got = append(got, g)
			}
			data, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			data = append(data, '\n')
			golden := filepath.Join("testdata/golden", filepath.Base(path)+".golden.json")
			if *update {
				must(t, os.MkdirAll(filepath.Dir(golden), 0o755))
				must(t, os.WriteFile(golden, data, 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(data, want) {
				t.Errorf("items differ from %s (run go test -update and review the diff):\n%s", golden, data)
			}
		})
	}
}
