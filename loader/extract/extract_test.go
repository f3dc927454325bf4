package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph"
)

var update = flag.Bool("update", false, "rewrite testdata/cases/*.golden.json from the extractor's output")

var (
	testX    *Extractor
	testXErr error
	testOnce sync.Once
)

// mustExtractor builds one Extractor for all tests.
func mustExtractor(tb testing.TB) *Extractor {
	tb.Helper()
	testOnce.Do(func() { testX, testXErr = New() })
	if testXErr != nil {
		tb.Fatalf("New: %v", testXErr)
	}
	return testX
}

// articleFile is the article part of a gold file (FORMAT.md).
type articleFile struct {
	ID        string  `json:"id"`
	Lang      string  `json:"lang"`
	Title     string  `json:"title"`
	Publisher *string `json:"publisher"`
	Text      string  `json:"text"`
}

func readArticle(tb testing.TB, path string) claimgraph.Article {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	var af articleFile
	if err := json.Unmarshal(data, &af); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	a := claimgraph.Article{ID: af.ID, Name: af.ID, Lang: af.Lang, Title: af.Title, Text: af.Text}
	if af.Publisher != nil {
		a.Publisher = *af.Publisher
	}
	return a
}

// checkFacts verifies the invariants every output must keep: ids are
// unique and resolve, evidence is the text at its rune offsets,
// confidences lie in (0,1], keys are slugs.
func checkFacts(t testing.TB, a claimgraph.Article, f claimgraph.ArticleFacts) {
	t.Helper()
	rs := []rune(a.Text)
	ents := map[string]claimgraph.FactEntity{}
	for _, e := range f.Entities {
		if _, dup := ents[e.ID]; dup {
			t.Errorf("duplicate entity id %s", e.ID)
		}
		ents[e.ID] = e
		if !e.Type.Valid() || strings.TrimSpace(e.Name) == "" {
			t.Errorf("entity %s: type %q name %q", e.ID, e.Type, e.Name)
		}
		if e.Key == "" || e.Key != strings.Trim(e.Key, "-") {
			t.Errorf("entity %s %q: bad key %q", e.ID, e.Name, e.Key)
		}
		for _, r := range e.Key {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
				t.Errorf("entity %s: key %q is not a slug", e.ID, e.Key)
				break
			}
		}
	}
	for _, e := range f.Entities {
		if e.Affiliation != "" {
			if _, ok := ents[e.Affiliation]; !ok {
				t.Errorf("entity %s: affiliation %s does not exist", e.ID, e.Affiliation)
			}
		}
	}
	span := func(what string, start, end int, evidence string) {
		if start < 0 || end > len(rs) || start >= end {
			t.Errorf("%s: offsets %d..%d outside text of %d runes", what, start, end, len(rs))
			return
		}
		if got := string(rs[start:end]); got != evidence {
			t.Errorf("%s: text[%d:%d] = %q, evidence %q", what, start, end, got, evidence)
		}
	}
	accs := map[string]bool{}
	for _, a := range f.Accusations {
		accs[a.ID] = true
		for _, id := range append([]string{a.Accuser, a.Accused}, a.Via...) {
			if _, ok := ents[id]; !ok {
				t.Errorf("accusation %s: entity %s does not exist", a.ID, id)
			}
		}
		if a.Confidence <= 0 || a.Confidence > 1 || a.Rule == "" {
			t.Errorf("accusation %s: confidence %v rule %q", a.ID, a.Confidence, a.Rule)
		}
		span("accusation "+a.ID, a.Start, a.End, a.Evidence)
	}
	for _, d := range f.Denials {
		if _, ok := ents[d.Denier]; !ok {
			t.Errorf("denial %s: denier %s does not exist", d.ID, d.Denier)
		}
		if !accs[d.Denies] {
			t.Errorf("denial %s: accusation %s does not exist", d.ID, d.Denies)
		}
		if d.Confidence <= 0 || d.Confidence > 1 || d.Rule == "" {
			t.Errorf("denial %s: confidence %v rule %q", d.ID, d.Confidence, d.Rule)
		}
		span("denial "+d.ID, d.Start, d.End, d.Evidence)
	}
}

// TestGolden runs the extractor over testdata/cases/<case>.json and
// compares its output with <case>.golden.json. Run with -update to rewrite
// the golden files, then review the diff like code.
func TestGolden(t *testing.T) {
	x := mustExtractor(t)
	files, err := filepath.Glob("testdata/cases/*.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []string
	for _, f := range files {
		if !strings.HasSuffix(f, ".golden.json") {
			cases = append(cases, f)
		}
	}
	sort.Strings(cases)
	if len(cases) == 0 {
		t.Fatal("no test cases")
	}
	for _, path := range cases {
		name := strings.TrimSuffix(filepath.Base(path), ".json")
		t.Run(name, func(t *testing.T) {
			a := readArticle(t, path)
			facts := x.Extract(a)
			checkFacts(t, a, facts)
			got, err := json.MarshalIndent(facts, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(path, ".json") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s; run go test ./loader/extract -run TestGolden -update and review the diff\ngot:\n%s", golden, got)
			}
		})
	}
}

// TestDeterministic: the same article gives byte-identical facts, also
// when extracted concurrently.
func TestDeterministic(t *testing.T) {
	x := mustExtractor(t)
	a := readArticle(t, "testdata/cases/de-via-chain.json")
	first, _ := json.Marshal(x.Extract(a))
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, _ := json.Marshal(x.Extract(a))
			if !bytes.Equal(got, first) {
				errs <- string(got)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("nondeterministic output: %s", e)
	}
}

// TestSegment checks sentence ends around abbreviations, initials,
// numbers and quotations.
func TestSegment(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Die Firma beschäftigt 4.800 Mitarbeiter. Sie wächst.", []string{"Die Firma beschäftigt 4.800 Mitarbeiter.", "Sie wächst."}},
		{"Er zahlte 1,1 Milliarden Euro, z.B. für Dr. Müller. Danach nichts.", []string{"Er zahlte 1,1 Milliarden Euro, z.B. für Dr. Müller.", "Danach nichts."}},
		{"The U.S. Treasury acted. Korvin Semiconductor Inc. The company said no.", []string{"The U.S. Treasury acted.", "Korvin Semiconductor Inc.", "The company said no."}},
		{"J. Smith of St. Louis spoke. „Das ist Unsinn.“ Sie ging.", []string{"J. Smith of St. Louis spoke.", "„Das ist Unsinn.“", "Sie ging."}},
		{"He said \"no.\" Then he left.\n\nNew paragraph", []string{"He said \"no.\"", "Then he left.", "New paragraph"}},
		{"Am 3. März kam es. Nr. 5 folgte.", []string{"Am 3. März kam es.", "Nr. 5 folgte."}},
		// German ordinals after a determiner; a year or a bare rank ends.
		{"Der 1. FC Wendburg siegte in der 71. Minute. Umsatz im Jahr 2023. Er kam als 3. Danach nichts.", []string{"Der 1. FC Wendburg siegte in der 71. Minute.", "Umsatz im Jahr 2023.", "Er kam als 3.", "Danach nichts."}},
		{"»Nein«, sagte er. Gut!", []string{"»Nein«, sagte er.", "Gut!"}},
		// Datelines stand apart from the first sentence.
		{"GENEVA, Aug 4 - Estavia accused Morland. It denied.", []string{"GENEVA, Aug 4 -", "Estavia accused Morland.", "It denied."}},
		{"PARIS, Jan. 5 (AFP) - Greenpeace sued Total.", []string{"PARIS, Jan. 5 (AFP) -", "Greenpeace sued Total."}},
		{"WASHINGTON—The agency sued.", []string{"WASHINGTON—", "The agency sued."}},
		{"London, 3 March: Greenpeace sued Shell.", []string{"London, 3 March:", "Greenpeace sued Shell."}},
		{"Hannover – Die Kasse klagt.", []string{"Hannover –", "Die Kasse klagt."}},
		{"Nairobi, Kenya — The group sued.", []string{"Nairobi, Kenya —", "The group sued."}},
		{"SAN JOSE, Calif., March 3 (Reuters) - Vantrell sued.", []string{"SAN JOSE, Calif., March 3 (Reuters) -", "Vantrell sued."}},
		{"BOSTON, Mass. — The state sued.", []string{"BOSTON, Mass. —", "The state sued."}},
		// No dateline: an apposition between dashes, a name and its verb.
		{"Greenpeace – the campaign group – sued Shell.", []string{"Greenpeace – the campaign group – sued Shell."}},
		{"Siemens – Der Konzern klagt – verliert.", []string{"Siemens – Der Konzern klagt – verliert."}},
		{"Shell said: The claims are false.", []string{"Shell said: The claims are false."}},
	} {
		rs := []rune(tc.text)
		var got []string
		for _, s := range segment(rs) {
			got = append(got, string(rs[s.start:s.end]))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("segment(%q)\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

// TestKey checks identity keys across languages, inflection and legal
// forms.
func TestKey(t *testing.T) {
	x := mustExtractor(t)
	same := [][2]string{
		{"US-Geheimdienst", "US intelligence"},
		{"Alibaba Group", "Alibaba"},
		{"Süddeutschen Zeitung", "Süddeutsche Zeitung"},
		{"Weißen Hauses", "White House"},
		{"chinesischen Militär", "Chinese military"},
		{"Peking", "chinesische Regierung"},
		{"EU-Kommission", "European Commission"},
		{"Justice Department", "U.S. Department of Justice"},
		{"Bundesnachrichtendienst", "BND"},
		{"Hamburger Allgemeinen Zeitung", "Hamburger Allgemeine Zeitung"},
		{"Bundesamts für Strahlenforschung", "Bundesamt für Strahlenforschung"},
	}
	for _, p := range same {
		a, b := x.Key(claimgraph.Agency, p[0], nil), x.Key(claimgraph.Agency, p[1], nil)
		if a != b {
			t.Errorf("Key(%q) = %q, Key(%q) = %q; want equal", p[0], a, p[1], b)
		}
	}
	for name, want := range map[string]string{
		"Veltrano Logistics AG":     "veltrano-logistics",
		"Alibaba Group":             "alibaba",
		"Lindqvist & Morrow LLP":    "lindqvist-and-morrow",
		"Korvin Semiconductor Inc.": "korvin-semiconductor",
		"Straße der Einheit GmbH":   "strasse-der-einheit",
	} {
		if got := x.Key(claimgraph.Company, name, nil); got != want {
			t.Errorf("Key(%q) = %q, want %q", name, got, want)
		}
	}
	if got := x.Key(claimgraph.Company, "Unbekannt", []string{"Alibaba"}); got != "alibaba" {
		t.Errorf("alias in lexicon: got %q", got)
	}
	for _, name := range []string{"北京", "!!!", " ", "AG"} {
		if got := x.Key(claimgraph.Company, name, nil); got == "" {
			t.Errorf("Key(%q) is empty", name)
		}
	}
}

// TestNoDenialWithoutAccusation: rebutting a report that alleges no
// wrongdoing and declining to comment are not denials.
func TestNoDenialWithoutAccusation(t *testing.T) {
	x := mustExtractor(t)
	for _, text := range []string{
		"Halden Motors AB on Tuesday denied a Bloomberg News report that it was in talks to sell its truck unit. The company declined to comment further.",
		"Die Veltronik AG wies Spekulationen über einen Stellenabbau zurück. Ein Sprecher wollte sich nicht äußern.",
	} {
		f := x.Extract(claimgraph.Article{Name: "t", Text: text})
		if len(f.Denials) != 0 || len(f.Accusations) != 0 {
			t.Errorf("%q: got %d accusations, %d denials", text, len(f.Accusations), len(f.Denials))
		}
	}
}

// TestDenialQuote checks that a denial carries the words in which it
// rejects the accusation: its own quotation, in any quotation style, or
// the quotation that opens the next sentence.
func TestDenialQuote(t *testing.T) {
	x := mustExtractor(t)
	for _, c := range []struct{ lang, text, want string }{
		{"de", "Die Staatsanwaltschaft Köln wirft der Kerlon AG Betrug vor. Kerlon bezeichnete die Vorwürfe als „völligen Unsinn“.", "völligen Unsinn"},
		{"en", "The SEC accused Norbrook Capital of fraud. Norbrook said the claims were \"completely without merit\" and it would fight them.", "completely without merit"},
		{"de", "Die Verbraucherzentrale Hessen wirft der Telvio GmbH Täuschung vor. »Die Vorwürfe sind haltlos«, sagte ein Telvio-Sprecher.", "Die Vorwürfe sind haltlos"},
		{"en", "The U.S. Attorney's Office in Boston charged Dana Whitcomb with bribery. Whitcomb denied the charges. \"I have never taken a bribe,\" she told reporters.", "I have never taken a bribe"},
		{"de", "Die BaFin wirft der Nordbank AG vor, Meldungen verschleppt zu haben. Die Bank wies die Vorwürfe zurück. ‚Wir haben alle Pflichten erfüllt‘, sagte ein Sprecher.", "Wir haben alle Pflichten erfüllt"},
	} {
		f := x.Extract(claimgraph.Article{Name: "t", Lang: c.lang, Text: c.text})
		if len(f.Denials) == 0 {
			t.Errorf("%q: no denial", c.text)
			continue
		}
		if got := f.Denials[0].Quote; got != c.want {
			t.Errorf("%q: quote %q, want %q", c.text, got, c.want)
		}
	}
}

// FuzzExtract: no panics, and every output keeps its invariants.
func FuzzExtract(f *testing.F) {
	x := mustExtractor(f)
	seeds, _ := filepath.Glob("testdata/fuzz/*.txt")
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err == nil {
			f.Add(string(data), "de")
			f.Add(string(data), "en")
		}
	}
	cases, _ := filepath.Glob("testdata/cases/*.json")
	for _, c := range cases {
		if !strings.HasSuffix(c, ".golden.json") {
			a := readArticle(f, c)
			f.Add(a.Text, a.Lang)
		}
	}
	f.Add("", "")
	f.Add("„“ \"\" ... . . ! ?", "xx")
	recoverPanics = false
	f.Fuzz(func(t *testing.T, text, lang string) {
		if !utf8.ValidString(text) {
			return
		}
		a := claimgraph.Article{Name: "fuzz", Text: text, Lang: lang, Publisher: "The Ledger"}
		done := make(chan claimgraph.ArticleFacts, 1)
		go func() { done <- x.Extract(a) }()
		select {
		case f := <-done:
			checkFacts(t, a, f)
		case <-time.After(5 * time.Second):
			t.Fatalf("Extract hangs on %q (lang %q)", text, lang)
		}
	})
}

// BenchmarkExtract measures throughput over the dev corpus (or the test
// cases where the shared corpus is absent) in words per second.
func BenchmarkExtract(b *testing.B) {
	x := mustExtractor(b)
	files, _ := filepath.Glob("../../../shared/corpus/dev/*.json")
	if len(files) == 0 {
		files, _ = filepath.Glob("testdata/cases/*.json")
	}
	var arts []claimgraph.Article
	words := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".golden.json") {
			continue
		}
		a := readArticle(b, f)
		arts = append(arts, a)
		words += len(strings.Fields(a.Text))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			x.Extract(a)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
