package extract

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestLexiconFiles validates the shipped data: every line has its
// columns, keys are unique slugs, types are organisation types, no name
// is given to two entries of the same file, and README.md documents the
// folder.
func TestLexiconFiles(t *testing.T) {
	if _, err := os.Stat("lexicon/README.md"); err != nil {
		t.Errorf("lexicon/README.md: %v", err)
	}
	keys := map[string]string{}
	for _, file := range []string{"institutions.tsv", "outlets.tsv", "companies.tsv"} {
		entries, err := readEntries("lexicon/" + file)
		if err != nil {
			t.Fatal(err)
		}
		if len(entries) == 0 {
			t.Errorf("%s: no entries", file)
		}
		names := map[string]string{}
		for _, e := range entries {
			// A "meto" line adds the seats of a body listed before.
			if prev, ok := keys[e.key]; ok && !e.meto {
				t.Errorf("%s: key %s already used in %s", file, e.key, prev)
			}
			keys[e.key] = file
			for _, n := range e.names {
				if n != strings.TrimSpace(n) || n == "" {
					t.Errorf("%s: %s: name %q has stray spaces", file, e.key, n)
				}
				np := normKey(n)
				if other, ok := names[np]; ok && other != e.key {
					t.Errorf("%s: name %q belongs to %s and %s", file, n, other, e.key)
				}
				names[np] = e.key
			}
		}
	}
	cs, err := readCountries("lexicon/countries.tsv")
	if err != nil {
		t.Fatal(err)
	}
	codes := map[string]bool{}
	for _, c := range cs {
		if len(c.code) != 2 || codes[c.code] {
			t.Errorf("countries.tsv: bad or repeated code %q", c.code)
		}
		codes[c.code] = true
		if len(c.names) == 0 || len(c.adjEN) == 0 || len(c.adjDE) == 0 {
			t.Errorf("countries.tsv: %s lacks names or adjectives", c.code)
		}
	}
	// Every data line has tabs, not spaces, between columns.
	for _, file := range []string{"institutions.tsv", "outlets.tsv", "companies.tsv", "countries.tsv"} {
		f, err := os.Open("lexicon/" + file)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		n := 0
		for sc.Scan() {
			n++
			line := sc.Text()
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if !strings.Contains(line, "\t") {
				t.Errorf("%s:%d: no tab", file, n)
			}
		}
		f.Close()
	}
}

// TestLexiconLookups spot-checks names in both languages.
func TestLexiconLookups(t *testing.T) {
	x := mustExtractor(t)
	for name, key := range map[string]string{
		"BND": "de-bnd", "Bundesnachrichtendienst": "de-bnd", "SEC": "us-sec", "Securities and Exchange Commission": "us-sec",
		"Justice Department": "us-doj", "DOJ": "us-doj", "FCA": "uk-fca", "BaFin": "de-bafin", "Bundeskartellamt": "de-cartel-office",
		"EU-Kommission": "eu-commission", "European Commission": "eu-commission", "US-Geheimdienst": "us-intelligence",
		"US intelligence": "us-intelligence", "Weißes Haus": "us-white-house", "White House": "us-white-house",
		"US-Regierung": "us-government", "U.S. government": "us-government", "Washington": "us-government",
		"chinesische Regierung": "cn-government", "Peking": "cn-government", "Beijing": "cn-government",
		"chinesisches Militär": "cn-military", "Chinese military": "cn-military", "chinesische Armee": "cn-military", "PLA": "cn-military",
		"Reuters": "reuters", "AP": "ap", "AFP": "afp", "dpa": "dpa", "Bloomberg": "bloomberg", "FT": "ft", "WSJ": "wsj",
		"NYT": "nyt", "Spiegel": "spiegel", "SZ": "sz", "FAZ": "faz", "Handelsblatt": "handelsblatt", "BBC": "bbc", "Guardian": "guardian",
		"China's foreign ministry": "cn-foreign-ministry", "russische Botschaft": "ru-embassy",
	} {
		e := x.lx.lookupKey(name)
		if e == nil || e.key != key {
			got := "<none>"
			if e != nil {
				got = e.key
			}
			t.Errorf("lookup %q = %s, want %s", name, got, key)
		}
	}
	if n := len(x.lx.byKey); n < 300 {
		t.Errorf("lexicon has %d entries, want hundreds", n)
	}
}

// TestGivenNames checks that lexicon/firstnames.tsv loads, that a name
// written with accents also counts folded and plain ("Tomás", "Tomas";
// "Jürgen", "Juergen", "Jurgen"), and that words that would make false
// persons stay out of it.
func TestGivenNames(t *testing.T) {
	names, err := readGivenNames("lexicon/firstnames.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 3000 {
		t.Errorf("only %d given names", len(names))
	}
	for _, w := range []string{"Tomás", "Tomas", "Jürgen", "Juergen", "Jurgen", "Jørgen", "Jorgen", "Małgorzata", "Malgorzata",
		"Gülsüm", "Gulsum", "Yıldız", "Yildiz", "François", "Francois", "Dolores", "Priya", "Chidinma", "Kwame", "Hiroshi", "Wang", "Anna-Lena"} {
		if !names[fold(w)] {
			t.Errorf("%q is not a given name", w)
		}
		if !firstNames[fold(w)] {
			t.Errorf("%q is not in firstNames", w)
		}
	}
	for _, w := range []string{"will", "bill", "ray", "joy", "may", "april", "june", "hope", "faith", "summer", "chase", "page", "sterling",
		"art", "rose", "said", "can", "don", "guy", "morgan", "mercedes", "florence", "milan", "marina", "sofia", "santiago", "washington",
		"hong", "kong", "sri", "van", "ngo", "nur", "du", "tor", "anders", "solange", "per", "jung", "roman", "sultan", "amir", "sue"} {
		if names[w] {
			t.Errorf("%q is a word, place or brand before capitals and must not be a given name", w)
		}
	}
}
