package input

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzParseBytes feeds arbitrary bytes under arbitrary names to
// ParseBytes: it must not panic, must return at least one item, and every
// item must either carry a *RejectError or an article that passes
// Validate with consistent hashes and ids. Seeds: every file under
// testdata (articles, formats, rejects, tree) and testdata/fuzz.
func FuzzParseBytes(f *testing.F) {
	for _, pattern := range []string{"testdata/articles/*", "testdata/formats/*", "testdata/reject/*", "testdata/tree/*/*"} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				continue
			}
			f.Add(filepath.Base(p), data, false)
			f.Add(filepath.Base(p), data, true)
		}
	}
	f.Fuzz(func(t *testing.T, name string, data []byte, annotated bool) {
		opts := testOptions()
		opts.Annotated = annotated
		opts.MaxBytes = 1 << 20
		items := ParseBytes(name, data, opts)
		if len(items) == 0 {
			t.Fatal("no items")
		}
		for _, it := range items {
			checkItem(t, it)
			if it.Err == nil {
				if !utf8.ValidString(it.Article.Text) {
					t.Fatalf("accepted invalid UTF-8")
				}
				if it.Facts != nil && !annotated {
					t.Fatalf("facts without Annotated")
				}
			}
		}
	})
}
