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

// TestPhraseSet checks the one-pass phrase search against a loop of
// strings.Contains on every sentence-sized piece of the test articles,
// and that it finds each phrase inside some text.
func TestPhraseSet(t *testing.T) {
	ps := newPhraseSet(denialPhrases)
	var texts []string
	for _, p := range denialPhrases {
		texts = append(texts, "er sagte, "+p+".", p, p[:len(p)-1])
	}
	files, _ := filepath.Glob("testdata/cases/*.json")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(fold(string(b)), ".")...)
	}
	found := 0
	for _, s := range texts {
		want := false
		for _, p := range denialPhrases {
			if strings.Contains(s, p) {
				want = true
				break
			}
		}
		if got := ps.in(s); got != want {
			t.Errorf("%q: phrase set says %v, Contains says %v", s, got, want)
		}
		if want {
			found++
		}
	}
	if found < len(denialPhrases) {
		t.Errorf("only %d texts hold a phrase", found)
	}
}
