package input

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func TestDetectLang(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		// Short German and English: a sentence, a headline.
		{"Die Regierung weist die Vorwürfe zurück.", "de"},
		{"Siemens weist Vorwürfe zurück", "de"},
		{"Cyber-Angriff auf Computer der Stadtverwaltung", "de"},
		{"Das Unternehmen äußerte sich nicht.", "de"},
		{"The company denied the allegations.", "en"},
		{"Regulator says the bank hid losses from investors", "en"},
		{"Shares fell sharply after the report was published", "en"},
		// Longer texts.
		{strings.Repeat("Der Konzern bestreitet, dass er Daten an die Behörden weitergegeben habe. ", 5), "de"},
		{strings.Repeat("The ministry said it would review the contracts and that no decision had been taken. ", 5), "en"},
		// German with English names and quotes stays German, and the
		// other way round.
		{"Die Financial Times berichtet, das Unternehmen habe „The Cloud Project“ gestoppt, und der Vorstand schweigt.", "de"},
		{"The Bundeskartellamt said on Tuesday that Nordkai Logistik AG had fixed prices with two rivals.", "en"},
		// Not German or English: another code, or unsure, never de/en.
		{"Le gouvernement rejette les accusations portées contre la société.", "fr"},
		{"El gobierno rechaza las acusaciones contra la empresa.", "es"},
		{"De regering wijst de beschuldigingen tegen het bedrijf af.", "nl"},
		{"Il governo respinge le accuse contro la società.", ""},
		// Too little to say.
		{"", ""},
		{"12345 67,8 %", ""},
		{"Tesla", ""},
		{"Alibaba-Unternehmen beschuldigt", ""},
		{"Die", ""}, // German article or Dutch relative pronoun
	}
	for _, tt := range tests {
		if got := DetectLang(tt.text); got != tt.want {
			t.Errorf("DetectLang(%q) = %q, want %q", clip(tt.text), got, tt.want)
		}
	}
}

// TestDetectLangHeadlines runs the detector on the dev corpus headlines
// alone, the hardest case it meets: it may be unsure, never wrong, and
// should be sure for most.
func TestDetectLangHeadlines(t *testing.T) {
	needDir(t, devDir)
	paths, _ := filepath.Glob(filepath.Join(devDir, "*.json"))
	sure := 0
	for _, path := range paths {
		var g goldFile
		if err := json.Unmarshal(mustRead(t, path), &g); err != nil {
			t.Fatal(err)
		}
		switch got := DetectLang(g.Title); got {
		case g.Lang:
			sure++
		case "":
		default:
			t.Errorf("%s: headline %q detected as %q, want %q", path, g.Title, got, g.Lang)
		}
	}
	if sure < len(paths)-2 {
		t.Errorf("sure of %d headlines of %d", sure, len(paths))
	}
}

func TestNormaliseLang(t *testing.T) {
	tests := []struct {
		tag, want string
		ok        bool
	}{
		{"de", "de", true},
		{"DE", "de", true},
		{"de-DE", "de", true},
		{"de_AT", "de", true},
		{"en-GB", "en", true},
		{" en ", "en", true},
		{"deu", "de", true},
		{"ger", "de", true},
		{"German", "de", true},
		{"eng", "en", true},
		{"fr-CA", "fr", true},
		{"zh-Hant-TW", "zh", true},
		{"", "", true},
		{"und", "", true},
		{"zz", "", false},
		{"Klingonisch!", "", false},
		{"de DE", "", false},
		{"english language", "", false},
		{"xx-", "", false},
	}
	for _, tt := range tests {
		got, ok := normaliseLang(tt.tag)
		if got != tt.want || ok != tt.ok {
			t.Errorf("normaliseLang(%q) = %q, %v; want %q, %v", tt.tag, got, ok, tt.want, tt.ok)
		}
	}
}

func BenchmarkDetectLang(b *testing.B) {
	text := strings.Repeat("Der Konzern bestreitet, dass er Daten an die Behörden weitergegeben habe. ", 40)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		DetectLang(text)
	}
}
