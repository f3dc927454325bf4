package input

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/claimgraph/claimgraph"
)

// TestRejectFiles reads one file per reject reason and checks the exact
// message, which names the source and, where there is one, the line.
func TestRejectFiles(t *testing.T) {
	tests := []struct {
		file, want string
	}{
		{"empty.txt", "testdata/reject/empty.txt: file is empty"},
		{"whitespace.txt", "testdata/reject/whitespace.txt: file contains only white space"},
		{"binary.txt", "testdata/reject/binary.txt: contains NUL bytes: this looks like a binary file, not text"},
		{"controls.txt", "testdata/reject/controls.txt: has 160 control characters in 307: this looks like a binary file, not text"},
		{"undecodable.txt", "testdata/reject/undecodable.txt: not valid UTF-8 (first bad byte 0x81 at line 3, column 18), and not clean Windows-1252 either"},
		{"title-only.txt", "testdata/reject/title-only.txt: has a title line but no body text"},
		{"latin1.json", "testdata/reject/latin1.json: not valid UTF-8 (first bad byte 0xF6 at line 1, column 24)"},
		{"truncated.json", "testdata/reject/truncated.json:3:30: malformed JSON: unexpected end of input"},
		{"syntax.json", "testdata/reject/syntax.json:4:18: malformed JSON: invalid character '\"' after object key:value pair"},
		{"no-text.json", `testdata/reject/no-text.json: has no "text" field`},
		{"empty-text.json", `testdata/reject/empty-text.json: has an empty "text"`},
		{"wrong-type.json", `testdata/reject/wrong-type.json: field "title" must be a string, not a number`},
		{"bad-lang.json", `testdata/reject/bad-lang.json: has lang "Klingonisch!", which is not a language code (want e.g. "de" or "en")`},
		{"bad-date.json", `testdata/reject/bad-date.json: has published date "gestern Abend", which is not a date (want 2026-03-14 or RFC 3339 like 2026-03-14T09:30:00+01:00)`},
		{"bad-id.json", `testdata/reject/bad-id.json: has id "a\nb" with control characters`},
		{"scalar.json", "testdata/reject/scalar.json: JSON holds a string, not an article object or an array of them"},
		{"empty-array.json", "testdata/reject/empty-array.json: JSON array holds no articles"},
		{"front-matter-only.md", "testdata/reject/front-matter-only.md: has no body text after the front matter and title"},
		{"too-deep.md", "testdata/reject/too-deep.md: has a Markdown line nested 100 characters deep (limit 64): too deep for an article"},
		{"no-text.html", "testdata/reject/no-text.html: has no readable text in its HTML"},
		{"unknown.pdf", `testdata/reject/unknown.pdf: has unknown file extension ".pdf" (want ` + knownExtensions + ")"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := "testdata/reject/" + tt.file
			items, st := readAll(t, []string{path}, testOptions())
			if len(items) != 1 {
				t.Fatalf("got %d items, want 1", len(items))
			}
			if got := errString(items[0].Err); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
			if items[0].Source != path {
				t.Errorf("Source = %q, want %q", items[0].Source, path)
			}
			if st.Rejected != 1 || st.Articles != 0 {
				t.Errorf("stats %+v, want one reject", st)
			}
		})
	}

	// The whole directory at once: every file is rejected on its own,
	// none stops the others, and the unknown extension is skipped.
	items, st := readAll(t, []string{"testdata/reject"}, testOptions())
	if want := len(tests) - 1; len(items) != want || st.Rejected != want || st.Skipped != 1 {
		t.Errorf("directory: %d items, stats %+v; want %d rejects and 1 skip", len(items), st, want)
	}
}

// TestRejectPartialArticle checks that a reject keeps what was read.
func TestRejectPartialArticle(t *testing.T) {
	items, _ := readAll(t, []string{"testdata/reject/no-text.json"}, testOptions())
	a := items[0].Article
	if a.ID != "no-text" || a.Name != "no-text" || a.Title != "Ohne Text" || a.Lang != "de" {
		t.Errorf("partial article %+v", a)
	}
}

func TestRejectPaths(t *testing.T) {
	items, _ := readAll(t, []string{"testdata/does-not-exist.txt", "testdata/no-dir/"}, testOptions())
	want := []string{
		"testdata/does-not-exist.txt: does not exist",
		"testdata/no-dir/: does not exist",
	}
	for i, it := range items {
		if got := errString(it.Err); got != want[i] {
			t.Errorf("got %q, want %q", got, want[i])
		}
	}
}

// TestRejectLimits covers the size limits: the file limit (MaxBytes), the
// line limit of JSON Lines, and the article text limit.
func TestRejectLimits(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	writeFile(t, big, "Title\n\n"+strings.Repeat("Zu lang. ", 20))
	opts := testOptions()
	opts.MaxBytes = 64

	items, _ := readAll(t, []string{big}, opts)
	if got, want := errString(items[0].Err), big+": is 187 bytes, over the limit of 64 bytes"; got != want {
		t.Errorf("file limit: got %q, want %q", got, want)
	}

	lines := filepath.Join(dir, "lines.jsonl")
	writeFile(t, lines, `{"text": "short enough"}`+"\n"+`{"text": "`+strings.Repeat("x", 100)+`"}`+"\n"+`{"text": "short again"}`+"\n")
	items, _ = readAll(t, []string{lines}, opts)
	got := []string{}
	for _, it := range items {
		got = append(got, it.Source+" "+errString(it.Err))
	}
	want := []string{
		lines + ":1 ",
		lines + ":2 " + lines + ":2: line is longer than the limit of 64 bytes",
		lines + ":3 ",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("line limit:\ngot  %q\nwant %q", got, want)
	}

	text := strings.Repeat("a", claimgraph.MaxArticleBytes+1)
	doc, _ := json.Marshal(map[string]string{"id": "huge", "text": text})
	items = ParseBytes("huge.json", doc, testOptions())
	if got, want := errString(items[0].Err), fmt.Sprintf("huge.json: has text of %d bytes, over the limit of %d bytes", len(text), claimgraph.MaxArticleBytes); got != want {
		t.Errorf("text limit: got %q, want %q", got, want)
	}
	items = ParseBytes("huge.txt", []byte(text), testOptions())
	if items[0].Err == nil {
		t.Errorf("text limit: a %d-byte text file was accepted", len(text))
	}
}

// TestJSONLines reads a JSON Lines file where good and bad lines mix: each
// bad line is rejected with its number, the good ones are read.
func TestJSONLines(t *testing.T) {
	const path = "testdata/formats/mixed.jsonl"
	items, st := readAll(t, []string{path}, testOptions())
	want := []struct{ source, name, err string }{
		{path + ":1", "jl-1", ""},
		{path + ":3", "", path + ":3:31: malformed JSON: unexpected end of input"},
		{path + ":4", "jl-4", path + `:4: has no "text" field`},
		{path + ":5", "", path + ":5: line holds an array, not an article object"},
		{path + ":6", "mixed-6", ""},
		{path + ":7", "", path + ":7:26: not valid UTF-8 (bad byte 0xF6)"},
		{path + ":9", "jl-9", ""},
	}
	if len(items) != len(want) {
		t.Fatalf("got %d items, want %d", len(items), len(want))
	}
	for i, w := range want {
		it := items[i]
		if it.Source != w.source || errString(it.Err) != w.err || (w.name != "" && it.Article.Name != w.name) {
			t.Errorf("item %d: got %s %q %q, want %s %q %q", i, it.Source, it.Article.Name, errString(it.Err), w.source, w.name, w.err)
		}
	}
	if st.Articles != 3 || st.Rejected != 4 {
		t.Errorf("stats %+v", st)
	}
	if re := items[1].Err.(*RejectError); re.Source != path || re.Line != 3 || re.Column != 31 {
		t.Errorf("reject fields %+v", re)
	}
}

// TestJSONArray reads an array: elements are "path#i", named "<stem>-<i>"
// without an id, and rejected one by one.
func TestJSONArray(t *testing.T) {
	const path = "testdata/formats/array.json"
	items, _ := readAll(t, []string{path}, testOptions())
	want := []struct{ source, name, err string }{
		{path + "#1", "arr-1", ""},
		{path + "#2", "", path + "#2: array element is not a JSON object"},
		{path + "#3", "array-3", ""},
		{path + "#4", "arr-4", path + `#4: has no "text" field`},
	}
	if len(items) != len(want) {
		t.Fatalf("got %d items, want %d", len(items), len(want))
	}
	for i, w := range want {
		it := items[i]
		if it.Source != w.source || errString(it.Err) != w.err || (w.name != "" && it.Article.Name != w.name) {
			t.Errorf("item %d: got %s %q %q, want %s %q %q", i, it.Source, it.Article.Name, errString(it.Err), w.source, w.name, w.err)
		}
	}
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestJSONLinesEncodings covers what a JSON Lines file can start with: a
// UTF-8 or UTF-16 byte order mark, binary garbage, nothing at all.
func TestJSONLinesEncodings(t *testing.T) {
	lines := `{"id": "u1", "text": "Über Zeilen."}` + "\n" + `{"id": "u2", "text": "Zweite Zeile."}` + "\n"
	enc16 := func(bom []byte, le bool) string {
		b := append([]byte{}, bom...)
		for _, u := range utf16.Encode([]rune(lines)) {
			if le {
				b = append(b, byte(u), byte(u>>8))
			} else {
				b = append(b, byte(u>>8), byte(u))
			}
		}
		return string(b)
	}
	tests := []struct {
		name, data string
		want       []string
	}{
		{"UTF8BOM", "\xEF\xBB\xBF" + lines, []string{"x.jsonl:1 u1|", "x.jsonl:2 u2|"}},
		{"UTF16LEBOM", enc16([]byte{0xFF, 0xFE}, true), []string{"x.jsonl:1 u1|", "x.jsonl:2 u2|"}},
		{"UTF16BEBOM", enc16([]byte{0xFE, 0xFF}, false), []string{"x.jsonl:1 u1|", "x.jsonl:2 u2|"}},
		{"UTF16LENoBOM", enc16(nil, true), []string{"x.jsonl:1 u1|", "x.jsonl:2 u2|"}},
		{"Binary", "\x00\x01\x02\xff\x00garbage\x00", []string{"x.jsonl |x.jsonl: contains NUL bytes: this looks like a binary file, not text"}},
		{"Empty", "", []string{"x.jsonl |x.jsonl: file is empty"}},
		{"BlankLines", "\n  \r\n\t\n", []string{"x.jsonl |x.jsonl: file holds only blank lines"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, it := range ParseBytes("x.jsonl", []byte(tt.data), testOptions()) {
				checkItem(t, it)
				got = append(got, it.Source+" "+it.Article.Name+"|"+errString(it.Err))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
