package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSuffixIndex checks that the indexed lookup answers exactly as the
// scan it replaces, for every word of the test articles and a few made-up
// compounds.
func TestSuffixIndex(t *testing.T) {
	list := foldSorted(companyDescriptorsDE)
	ix := newSuffixIndex(list)
	words := []string{"", "e", "konzern", "autokonzerne", "autokonzernen", "modekonzerninnen", "discounter", "discountern", "xyz"}
	files, _ := filepath.Glob("testdata/cases/*.json")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		words = append(words, strings.Fields(fold(string(b)))...)
	}
	if len(words) < 1000 {
		t.Fatalf("only %d words to check", len(words))
	}
	for _, w := range words {
		if got, want := ix.match(w), hasSuffixInflected(w, list); got != want {
			t.Errorf("%q: index says %q, scan says %q", w, got, want)
		}
	}
}
