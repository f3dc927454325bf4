package input

import (
	"context"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph"
)

var fixedNow = time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)

// testOptions fixes the clock so items compare equal across runs.
func testOptions() Options {
	return Options{Now: func() time.Time { return fixedNow }}
}

// readAll runs Read and collects the items, checking each one.
func readAll(t *testing.T, paths []string, opts Options) ([]Item, Stats) {
	t.Helper()
	var items []Item
	st, err := ReadStats(context.Background(), paths, opts, func(it Item) error {
		checkItem(t, it)
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatalf("ReadStats: %v", err)
	}
	return items, st
}

// checkItem asserts the invariants every item keeps, reject or not.
func checkItem(t testing.TB, it Item) {
	t.Helper()
	if it.Source == "" || it.Article.Source != it.Source {
		t.Errorf("item source %q, article source %q", it.Source, it.Article.Source)
	}
	if it.Err != nil {
		re, ok := it.Err.(*RejectError)
		if !ok {
			t.Errorf("%s: Err is %T, want *RejectError", it.Source, it.Err)
			return
		}
		if re.Reason == "" || re.Source == "" {
			t.Errorf("%s: reject without source or reason: %#v", it.Source, re)
		}
		if !strings.HasPrefix(it.Source, re.Source) {
			t.Errorf("reject source %q does not start item source %q", re.Source, it.Source)
		}
		if it.Facts != nil {
			t.Errorf("%s: rejected item has facts", it.Source)
		}
		return
	}
	a := it.Article
	if err := a.Validate(); err != nil {
		t.Errorf("%s: accepted article fails Validate: %v", it.Source, err)
	}
	if a.SHA256 != claimgraph.ContentHash(a.Title, a.Text) {
		t.Errorf("%s: SHA256 is not ContentHash(title, text)", it.Source)
	}
	if a.Name == "" {
		t.Errorf("%s: no Name", it.Source)
	}
	if strings.HasPrefix(a.ID, "sha256:") && a.ID != "sha256:"+a.SHA256[:32] {
		t.Errorf("%s: derived ID %q does not match SHA256 %q", it.Source, a.ID, a.SHA256)
	}
	if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
		t.Errorf("%s: invalid UTF-8 in title or text", it.Source)
	}
	if a.LoadedAt.IsZero() {
		t.Errorf("%s: LoadedAt not set", it.Source)
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestRejectError(t *testing.T) {
	tests := []struct {
		err  RejectError
		want string
	}{
		{RejectError{Source: "a.txt", Reason: "file is empty"}, "a.txt: file is empty"},
		{RejectError{Source: "x.json", Line: 3, Reason: "malformed JSON: unexpected end of input"}, "x.json:3: malformed JSON: unexpected end of input"},
		{RejectError{Source: "x.jsonl", Line: 3, Column: 7, Reason: "r"}, "x.jsonl:3:7: r"},
		{RejectError{Source: "-", Line: 2, Reason: "r"}, "-:2: r"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
	var err error = &RejectError{Source: "a.txt", Reason: "file is empty"}
	if got := claimgraph.ErrorCode(err); got != claimgraph.EINVALID {
		t.Errorf("ErrorCode = %q, want %q", got, claimgraph.EINVALID)
	}
	if got := claimgraph.ErrorMessage(err); got != "a.txt: file is empty" {
		t.Errorf("ErrorMessage = %q", got)
	}
}

// TestParseBytes covers each format's rules on small inputs held in memory.
func TestParseBytes(t *testing.T) {
	type want struct {
		source, name, id, title, text, lang, publisher, url string
		published                                           time.Time
	}
	date := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name  string // test name
		file  string // ParseBytes name
		input string
		want  want
	}{
		{
			name: "TextRepeatedTitle", file: "notiz.txt",
			input: "\n  Titel der Meldung  \r\n\r\nTitel der Meldung\r\n\r\n\r\n  Eingerückt bleibt.\r\nZweite Zeile   \r\n \t \r\n\r\n\r\n\r\nZweiter Absatz.\r\n\r\n",
			want: want{source: "notiz.txt", name: "notiz", title: "Titel der Meldung",
				text: "  Eingerückt bleibt.\nZweite Zeile\n\nZweiter Absatz.", lang: "de"},
		},
		{
			name: "TextTitleNotRepeated", file: "a.txt",
			input: "The headline\nThe first paragraph follows at once.\n\nThe second paragraph.",
			want: want{source: "a.txt", name: "a", title: "The headline",
				text: "The first paragraph follows at once.\n\nThe second paragraph.", lang: "en"},
		},
		{
			name: "TextLoneCR", file: "mac.TXT",
			input: "Title\r\rThe old Mac line endings are normalised to LF.\rSame paragraph.",
			want: want{source: "mac.TXT", name: "mac", title: "Title",
				text: "The old Mac line endings are normalised to LF.\nSame paragraph.", lang: "en"},
		},
		{
			name: "TextNoTitleWhenFirstLineIsLong", file: "long.txt",
			input: strings.Repeat("The first line is a long paragraph, not a headline. ", 8) + "\n\nSecond.",
			want: want{source: "long.txt", name: "long", title: "",
				text: strings.TrimSpace(strings.Repeat("The first line is a long paragraph, not a headline. ", 8)) + "\n\nSecond.", lang: "en"},
		},
		{
			name: "TextNoExtensionSniffed", file: "notes",
			input: "Notes\n\nPlain text without an extension is read as text.",
			want:  want{source: "notes", name: "notes", title: "Notes", text: "Plain text without an extension is read as text.", lang: "en"},
		},
		{
			name: "TextUnknownExtensionSniffed", file: "upload.dat",
			input: "Upload\n\nParseBytes sniffs what Read would reject by name.",
			want:  want{source: "upload.dat", name: "upload", title: "Upload", text: "ParseBytes sniffs what Read would reject by name.", lang: "en"},
		},
		{
			name: "NoName", file: "",
			input: "Title\n\nParseBytes without a name labels the input \"input\".",
			want:  want{source: "input", name: "input", title: "Title", text: "ParseBytes without a name labels the input \"input\".", lang: "en"},
		},
		{
			name: "MarkdownFrontMatter", file: "fm.md",
			input: "---\nid: md-42\ntitle: \"Quoted: title\"\npublisher: 'Der ''Bote'''\ndate: 2026-03-14\nlanguage: de-AT\nurl: https://example.org/a\ntags:\n  - ignored\n---\n# Quoted: title\n\nDer Text folgt.\n",
			want: want{source: "fm.md", name: "md-42", id: "md-42", title: "Quoted: title", publisher: "Der 'Bote'",
				url: "https://example.org/a", published: date(2026, 3, 14), lang: "de", text: "Der Text folgt."},
		},
		{
			name: "MarkdownInline", file: "inline.markdown",
			input: "Intro\n=====\n\nA *soft*\nbreak, a **strong** [link](http://x.org \"t\"), `code`, <https://auto.example>, \\*escaped\\*, &amp; &#228;.  \nHard break.\n\n" +
				"<div>raw html block</div>\n\n![alt text](pic.png)\n\n> Quoted paragraph\n> continues.\n\n1. first item\n2. second item\n\n---\n\n    indented code\n\n## Sub heading\n\nEnd <b>inline html</b> here.\n",
			want: want{source: "inline.markdown", name: "inline", title: "Intro", lang: "en",
				text: "A soft break, a strong link, code, https://auto.example, *escaped*, & ä.\nHard break.\n\nQuoted paragraph continues.\n\nfirst item\n\nsecond item\n\nindented code\n\nSub heading\n\nEnd inline html here."},
		},
		{
			name: "MarkdownNoTitle", file: "untitled.md",
			input: "## Not a title\n\nOnly level-one headings become the title.",
			want: want{source: "untitled.md", name: "untitled", title: "", lang: "en",
				text: "Not a title\n\nOnly level-one headings become the title."},
		},
		{
			name: "MarkdownUnclosedFrontMatter", file: "open.md",
			input: "---\ntitle: never closed\n\nThe text is the whole file.",
			want: want{source: "open.md", name: "open", title: "", lang: "en",
				text: "title: never closed\n\nThe text is the whole file."},
		},
		{
			name: "MarkdownSniffed", file: "-",
			input: "# Sniffed heading\n\nA heading at the top makes stdin Markdown.",
			want:  want{source: "-", name: "stdin", title: "Sniffed heading", lang: "en", text: "A heading at the top makes stdin Markdown."},
		},
		{
			name: "JSONAllFields", file: "full.json",
			input: `{"id": " full-1 ", "lang": "DE-de", "title": "  Titel  ", "published": "2026-03-14T09:30:00+01:00",
				"publisher": "Hanse Depesche", "url": "https://hd.example/1", "source": "written for this corpus",
				"license": "CC0", "text": "Text\r\nbleibt  wörtlich.", "extra": {"ignored": true}, "entities": "ignored without Annotated"}`,
			want: want{source: "full.json", name: "full-1", id: "full-1", title: "Titel", lang: "de", publisher: "Hanse Depesche",
				url: "https://hd.example/1", text: "Text\r\nbleibt  wörtlich.",
				published: time.Date(2026, 3, 14, 9, 30, 0, 0, time.FixedZone("", 3600))},
		},
		{
			name: "JSONSourceURLAndNulls", file: "src.json",
			input: `{"title": null, "publisher": null, "published": null, "lang": null, "source": "https://en.wikinews.org/wiki/X", "text": "The source field holds the original's address."}`,
			want:  want{source: "src.json", name: "src", url: "https://en.wikinews.org/wiki/X", lang: "en", text: "The source field holds the original's address."},
		},
		{
			name: "JSONGermanDate", file: "datum.json",
			input: `{"published": "14.03.2026", "text": "Ein deutsches Datum wird gelesen."}`,
			want:  want{source: "datum.json", name: "datum", published: date(2026, 3, 14), lang: "de", text: "Ein deutsches Datum wird gelesen."},
		},
		{
			name: "JSONSniffedOnStdin", file: "-",
			input: "\n  {\"id\": \"piped\", \"text\": \"A JSON object on stdin.\"}\n\n",
			want:  want{source: "-", name: "piped", id: "piped", lang: "en", text: "A JSON object on stdin."},
		},
		{
			name: "HTMLFragmentSniffed", file: "fragment",
			input: "<p>Ein kurzer Absatz ohne Kopf.</p><p>Und noch einer, der die Behörde nennt.</p>",
			want:  want{source: "fragment", name: "fragment", lang: "de", text: "Ein kurzer Absatz ohne Kopf.\n\nUnd noch einer, der die Behörde nennt."},
		},
		{
			name: "HTMLLangMetaAndBreaks", file: "meta.htm",
			input: `<html><head><meta http-equiv="Content-Language" content="en-US, de"><title>Page title</title></head>` +
				`<body><p>Line one<br>line two</p><ul><li>item one</li><li>item two</li></ul></body></html>`,
			want: want{source: "meta.htm", name: "meta", title: "Page title", lang: "en", text: "Line one\n\nline two\n\nitem one\n\nitem two"},
		},
		{
			name: "HTMLBadLangDetected", file: "badlang.html",
			input: `<html lang="zz-totally-wrong-tag!"><body><article><p>Das Attribut ist unbrauchbar, also wird die Sprache erkannt, und sie ist deutsch.</p></article></body></html>`,
			want:  want{source: "badlang.html", name: "badlang", lang: "de", text: "Das Attribut ist unbrauchbar, also wird die Sprache erkannt, und sie ist deutsch."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := ParseBytes(tt.file, []byte(tt.input), testOptions())
			if len(items) != 1 {
				t.Fatalf("got %d items, want 1", len(items))
			}
			it := items[0]
			checkItem(t, it)
			if it.Err != nil {
				t.Fatalf("unexpected reject: %v", it.Err)
			}
			a := it.Article
			id := tt.want.id
			if id == "" {
				id = "sha256:" + a.SHA256[:32]
			}
			got := want{it.Source, a.Name, a.ID, a.Title, a.Text, a.Lang, a.Publisher, a.URL, a.Published}
			w := tt.want
			w.id = id
			if !got.published.Equal(w.published) {
				t.Errorf("published = %v, want %v", got.published, w.published)
			}
			got.published, w.published = time.Time{}, time.Time{}
			if got != w {
				t.Errorf("got  %#v\nwant %#v", got, w)
			}
			if !a.LoadedAt.Equal(fixedNow) {
				t.Errorf("LoadedAt = %v, want %v", a.LoadedAt, fixedNow)
			}
		})
	}
}

// TestNormalisation checks the rewriting every non-JSON format gets: NFC
// and plain spaces for no-break spaces.
func TestNormalisation(t *testing.T) {
	items, _ := readAll(t, []string{"testdata/formats/nfd.txt"}, testOptions())
	a := items[0].Article
	if a.Title != "Müller" || a.Text != "Die Müller GmbH zahlt ein Bußgeld von 18 Prozent." {
		t.Errorf("title %q text %q: want NFC and plain spaces", a.Title, a.Text)
	}
}

// TestEncodings reads the same German article saved in different
// encodings; all must give the same title and text.
func TestEncodings(t *testing.T) {
	const (
		title = "Bußgeld für Müller"
		text  = "Die Behörde verhängte ein Bußgeld gegen die Müller GmbH.\n\nDas Unternehmen prüft rechtliche Schritte."
	)
	for _, file := range []string{"utf8-bom.txt", "utf16le-bom.txt", "utf16be-bom.txt", "utf16le-nobom.txt", "latin1.html"} {
		t.Run(file, func(t *testing.T) {
			items, _ := readAll(t, []string{"testdata/formats/" + file}, testOptions())
			a := items[0].Article
			if items[0].Err != nil || a.Title != title || a.Text != text || a.Lang != "de" {
				t.Errorf("got err %v title %q text %q lang %q", items[0].Err, a.Title, a.Text, a.Lang)
			}
		})
	}
	t.Run("windows1252.txt", func(t *testing.T) {
		items, _ := readAll(t, []string{"testdata/formats/windows1252.txt"}, testOptions())
		a := items[0].Article
		if want := text + "\n„Zitat“ – Ende."; a.Title != title || a.Text != want {
			t.Errorf("got err %v title %q text %q", items[0].Err, a.Title, a.Text)
		}
	})
}

func TestGuard(t *testing.T) {
	if got := guard(func() { panic("boom") }); got != "parser failure: boom" {
		t.Errorf("guard = %q", got)
	}
	if got := guard(func() {}); got != "" {
		t.Errorf("guard = %q", got)
	}
}
