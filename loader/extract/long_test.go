package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph"
)

// TestLongInputs guards against quadratic blow-ups on pathological text:
// one endless sentence, thousands of names, thousands of sentences.
func TestLongInputs(t *testing.T) {
	x := mustExtractor(t)
	for name, text := range map[string]string{
		"one sentence":   strings.Repeat("Die Veltrano Logistics AG wirft der Quentara Biotech AG und dem Sprecher von Oberwald vor, ", 400),
		"many names":     strings.Repeat("Korvin Semiconductor Inc. Lanxu Vision Technology Calder Sound Shipping FZE ", 500),
		"many sentences": strings.Repeat("Der BND wirft der Alibaba Group vor, Daten geliefert zu haben. Alibaba weist das zurück. ", 400),
		"quotes":         strings.Repeat("„Das ist Unsinn“, sagte er. \"No\" she said. ", 800),
	} {
		start := time.Now()
		f := x.Extract(claimgraph.Article{Name: "long", Text: text})
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: %v for %d runes (%d entities)", name, d, len([]rune(text)), len(f.Entities))
		}
	}
}
