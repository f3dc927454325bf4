package input

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The shared corpus lives beside the repository; these tests skip when it
// is not there (a checkout on its own).
const (
	seedDir = "../../../shared/corpus/seed"
	devDir  = "../../../shared/corpus/dev"
)

func needDir(t *testing.T, dir string) {
	t.Helper()
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("corpus not available: %v", err)
	}
}

// goldFile is the part of a gold file the tests compare with.
type goldFile struct {
	ID          string            `json:"id"`
	Lang        string            `json:"lang"`
	Title       string            `json:"title"`
	Text        string            `json:"text"`
	Entities    []json.RawMessage `json:"entities"`
	Accusations []json.RawMessage `json:"accusations"`
	Denials     []json.RawMessage `json:"denials"`
}

func readGold(t *testing.T, path string) goldFile {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var g goldFile
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	return g
}

// TestSeed reads the seed article as plain text: the repeated title line
// is dropped and the body is exactly the text of the gold file, so gold
// evidence offsets hold for the text file too.
func TestSeed(t *testing.T) {
	needDir(t, seedDir)
	path := filepath.Join(seedDir, "alibaba-de.txt")
	items, _ := readAll(t, []string{path}, testOptions())
	if len(items) != 1 || items[0].Err != nil {
		t.Fatalf("items %+v", items)
	}
	a := items[0].Article
	gold := readGold(t, filepath.Join(seedDir, "alibaba-de.json"))
	if a.Title != "Alibaba-Unternehmen beschuldigt" || a.Title != gold.Title {
		t.Errorf("Title = %q", a.Title)
	}
	if !strings.HasPrefix(a.Text, "Der US-Geheimdienst") {
		t.Errorf("Text starts %q", a.Text[:40])
	}
	if a.Text != gold.Text {
		t.Errorf("Text differs from the gold text:\ngot  %q\nwant %q", a.Text, gold.Text)
	}
	if a.Name != "alibaba-de" || a.ID != "sha256:"+a.SHA256[:32] || a.Lang != "de" || a.Source != path {
		t.Errorf("Name %q ID %q Lang %q Source %q", a.Name, a.ID, a.Lang, a.Source)
	}
	// Same title and text, so the JSON and the text file hash alike.
	js := ParseBytes("alibaba-de.json", mustRead(t, filepath.Join(seedDir, "alibaba-de.json")), testOptions())
	if js[0].Err != nil || js[0].Article.SHA256 != a.SHA256 {
		t.Errorf("JSON seed: err %v, SHA256 %s, want %s", js[0].Err, js[0].Article.SHA256, a.SHA256)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestDevCorpus reads the dev directory: all 16 files, in name order,
// named by their ids, with their given language and text unchanged.
func TestDevCorpus(t *testing.T) {
	needDir(t, devDir)
	items, st := readAll(t, []string{devDir}, testOptions())
	if len(items) != 16 || st.Articles != 16 || st.Rejected != 0 || st.Skipped != 0 {
		t.Fatalf("%d items, stats %+v; want 16 articles", len(items), st)
	}
	for i, it := range items {
		want := "dev-de-0" + string(rune('1'+i%8))
		if i >= 8 {
			want = "dev-en-0" + string(rune('1'+i%8))
		}
		gold := readGold(t, it.Source)
		a := it.Article
		if a.Name != want || a.ID != want || a.Lang != gold.Lang || a.Text != gold.Text || a.Title != gold.Title {
			t.Errorf("%s: Name %q ID %q Lang %q, text equal %v; want %s", it.Source, a.Name, a.ID, a.Lang, a.Text == gold.Text, want)
		}
		if a.Published.IsZero() {
			t.Errorf("%s: no published date", it.Source)
		}
		if it.Facts != nil {
			t.Errorf("%s: facts without Annotated", it.Source)
		}
	}
}

// TestDevCorpusAnnotated reads the gold annotations along: they are
// valid, and every list has as many members as the file.
func TestDevCorpusAnnotated(t *testing.T) {
	needDir(t, devDir)
	opts := testOptions()
	opts.Annotated = true
	items, _ := readAll(t, []string{devDir, filepath.Join(seedDir, "alibaba-de.json")}, opts)
	if len(items) != 17 {
		t.Fatalf("%d items, want 17", len(items))
	}
	for _, it := range items {
		if it.Err != nil {
			t.Errorf("%v", it.Err)
			continue
		}
		gold := readGold(t, it.Source)
		f := it.Facts
		if f == nil {
			t.Fatalf("%s: no facts", it.Source)
		}
		if len(f.Entities) != len(gold.Entities) || len(f.Accusations) != len(gold.Accusations) || len(f.Denials) != len(gold.Denials) {
			t.Errorf("%s: %d/%d/%d entities/accusations/denials, want %d/%d/%d", it.Source,
				len(f.Entities), len(f.Accusations), len(f.Denials), len(gold.Entities), len(gold.Accusations), len(gold.Denials))
		}
		if f.ID != gold.ID || f.Lang != gold.Lang || f.Title != gold.Title {
			t.Errorf("%s: facts id %q lang %q title %q", it.Source, f.ID, f.Lang, f.Title)
		}
		for _, a := range f.Accusations {
			if !strings.Contains(it.Article.Text, a.Evidence) || a.Via == nil {
				t.Errorf("%s: accusation %s evidence or via lost", it.Source, a.ID)
			}
		}
	}
}

// TestDevCorpusDetectLang removes the lang field from every dev file and
// checks that detection gives it back.
func TestDevCorpusDetectLang(t *testing.T) {
	needDir(t, devDir)
	paths, _ := filepath.Glob(filepath.Join(devDir, "*.json"))
	for _, path := range paths {
		var m map[string]any
		if err := json.Unmarshal(mustRead(t, path), &m); err != nil {
			t.Fatal(err)
		}
		want := m["lang"]
		delete(m, "lang")
		data, _ := json.Marshal(m)
		items := ParseBytes(filepath.Base(path), data, testOptions())
		if got := items[0].Article.Lang; got != want {
			t.Errorf("%s: detected %q, want %q", path, got, want)
		}
		// The text alone, without the title, and its first paragraph.
		text := m["text"].(string)
		if got := DetectLang(text); got != want {
			t.Errorf("%s: text detected %q, want %q", path, got, want)
		}
		first, _, _ := strings.Cut(text, "\n\n")
		if got := DetectLang(first); got != want {
			t.Errorf("%s: first paragraph detected %q, want %q", path, got, want)
		}
	}
}
