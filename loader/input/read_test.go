package input

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
)

// TestReadTree walks a directory tree: recursion in lexical (byte) order,
// hidden entries, unknown and missing extensions skipped and reported.
func TestReadTree(t *testing.T) {
	var skips []string
	opts := testOptions()
	opts.OnSkip = func(path, reason string) { skips = append(skips, path+" ("+reason+")") }
	items, st := readAll(t, []string{"testdata/tree"}, opts)

	var got []string
	for _, it := range items {
		got = append(got, it.Source+" "+it.Article.Name+" "+errString(it.Err))
	}
	want := []string{
		"testdata/tree/a/10.json tree-a10 ",
		"testdata/tree/a/2.md 2 ",
		"testdata/tree/b.txt b ",
		"testdata/tree/sub/c.JSONL:1 tree-c1 ",
		"testdata/tree/sub/c.JSONL:2 tree-c2 ",
		"testdata/tree/sub/deeper/z.htm z ",
	}
	if !slices.Equal(got, want) {
		t.Errorf("items:\ngot  %q\nwant %q", got, want)
	}
	wantSkips := []string{
		"testdata/tree/.cache (hidden)",
		"testdata/tree/.hidden.txt (hidden)",
		"testdata/tree/README (unknown extension)",
		"testdata/tree/notes.pdf (unknown extension)",
	}
	if !slices.Equal(skips, wantSkips) {
		t.Errorf("skips:\ngot  %q\nwant %q", skips, wantSkips)
	}
	if st != (Stats{Articles: 6, Rejected: 0, Skipped: 4}) {
		t.Errorf("stats %+v", st)
	}

	// The same call twice gives the same items: the order is
	// deterministic, not an accident of one run.
	again, _ := readAll(t, []string{"testdata/tree"}, testOptions())
	for i := range again {
		if again[i].Article != items[i].Article {
			t.Errorf("second read differs at %d: %+v", i, again[i].Article)
		}
	}
}

// TestReadExplicitPaths checks that paths are read in the order given,
// that a hidden or extensionless file named explicitly is read, and that a
// file reached twice is read once.
func TestReadExplicitPaths(t *testing.T) {
	var skips []string
	opts := testOptions()
	opts.OnSkip = func(path, reason string) { skips = append(skips, path+" ("+reason+")") }
	items, st := readAll(t, []string{
		"testdata/tree/b.txt",
		"testdata/tree/.hidden.txt",
		"testdata/tree/README",
		"testdata/tree/a",
		"./testdata/tree/a/2.md",
	}, opts)
	var got []string
	for _, it := range items {
		got = append(got, it.Source)
	}
	want := []string{
		"testdata/tree/b.txt",
		"testdata/tree/.hidden.txt",
		"testdata/tree/README",
		"testdata/tree/a/10.json",
		"testdata/tree/a/2.md",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if !slices.Equal(skips, []string{"./testdata/tree/a/2.md (already read)"}) || st.Skipped != 1 {
		t.Errorf("skips %q, stats %+v", skips, st)
	}
}

func TestReadSymlinks(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "real", "a.txt"), "A\n\nThe only real file.")
	must(t, os.Symlink(filepath.Join(dir, "real"), filepath.Join(dir, "loop")))
	must(t, os.Symlink(filepath.Join(dir, "real", "a.txt"), filepath.Join(dir, "link.txt")))
	must(t, os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "broken.txt")))

	var skips []string
	opts := testOptions()
	opts.OnSkip = func(path, reason string) { skips = append(skips, filepath.Base(path)+" ("+reason+")") }
	items, _ := readAll(t, []string{dir}, opts)
	var got []string
	for _, it := range items {
		got = append(got, strings.TrimPrefix(it.Source, dir+"/")+" "+strings.TrimPrefix(errString(it.Err), dir+"/"))
	}
	// link.txt points at real/a.txt: read once, under the first name met.
	want := []string{"broken.txt broken.txt: does not exist", "link.txt "}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	wantSkips := []string{"loop (symbolic link to a directory)", "a.txt (already read)"}
	if !slices.Equal(skips, wantSkips) {
		t.Errorf("skips %q, want %q", skips, wantSkips)
	}
}

// TestReadUnreadableDirectory makes one directory fail to list (root can
// read everything, so the failure is injected) and checks the reject and
// that the rest of the tree is still read.
func TestReadUnreadableDirectory(t *testing.T) {
	orig := readDir
	t.Cleanup(func() { readDir = orig })
	readDir = func(name string) ([]os.DirEntry, error) {
		if filepath.Base(name) == "sub" {
			return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
		}
		return orig(name)
	}
	items, st := readAll(t, []string{"testdata/tree"}, testOptions())
	var got []string
	for _, it := range items {
		got = append(got, it.Source+" "+errString(it.Err))
	}
	want := []string{
		"testdata/tree/a/10.json ",
		"testdata/tree/a/2.md ",
		"testdata/tree/b.txt ",
		"testdata/tree/sub testdata/tree/sub: directory cannot be read: permission denied",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if st.Rejected != 1 || st.Articles != 3 {
		t.Errorf("stats %+v", st)
	}
}

func TestReadUnreadableFile(t *testing.T) {
	orig := openFile
	t.Cleanup(func() { openFile = orig })
	openFile = func(string) (io.ReadCloser, error) { return nil, fs.ErrPermission }
	items, _ := readAll(t, []string{"testdata/tree/b.txt"}, testOptions())
	if got, want := errString(items[0].Err), "testdata/tree/b.txt: cannot be read: permission denied"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestReadStdin(t *testing.T) {
	utf16le := func(s string) string {
		b := []byte{0xFF, 0xFE}
		for _, u := range utf16.Encode([]rune(s)) {
			b = append(b, byte(u), byte(u>>8))
		}
		return string(b)
	}
	tests := []struct {
		name, input string
		want        []string // "source name title|err"
	}{
		{"Text", "Titel\n\nDer Text kommt über stdin.\n", []string{"- stdin Titel|"}},
		{"JSONObjectOneLine", `{"id": "one", "text": "A single object on one line."}` + "\n\n", []string{"- one |"}},
		{"JSONPretty", "{\n  \"id\": \"pretty\",\n  \"text\": \"Indented JSON.\"\n}\n", []string{"- pretty |"}},
		{"JSONLines", "\n" + `{"id": "l2", "text": "Line two."}` + "\n\n" + `{"text": "Line four."}` + "\n{broken\n",
			[]string{"-:2 l2 |", "-:4 stdin-4 |", "-:5  |-:5:2: malformed JSON: invalid character 'b' looking for beginning of object key string"}},
		{"JSONLinesBadFirstLine", "{broken\n" + `{"id": "ok", "text": "Fine."}` + "\n",
			[]string{"-:1  |-:1:2: malformed JSON: invalid character 'b' looking for beginning of object key string", "-:2 ok |"}},
		{"HTML", "<!DOCTYPE html><html lang=en><title>Piped</title><p>An HTML page arrives on stdin.</p>", []string{"- stdin Piped|"}},
		{"UTF16", utf16le("Titel\r\n\r\nÜber UTF-16 auf stdin.\r\n"), []string{"- stdin Titel|"}},
		{"Empty", "", []string{"-  |-: file is empty"}},
		{"Binary", "\x00\x01\x02\x03garbage\x00\x00", []string{"-  |-: contains NUL bytes: this looks like a binary file, not text"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := testOptions()
			opts.Stdin = strings.NewReader(tt.input)
			items, _ := readAll(t, []string{"-"}, opts)
			var got []string
			for _, it := range items {
				got = append(got, it.Source+" "+it.Article.Name+" "+it.Article.Title+"|"+errString(it.Err))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestReadStdinLimits checks that stdin is bounded like a file, and JSON
// Lines on stdin like JSON Lines in a file.
func TestReadStdinLimits(t *testing.T) {
	opts := testOptions()
	opts.MaxBytes = 40
	opts.Stdin = strings.NewReader("Title\n\n" + strings.Repeat("word ", 20))
	items, _ := readAll(t, []string{"-"}, opts)
	if got, want := errString(items[0].Err), "-: is more than 40 bytes, the limit"; got != want {
		t.Errorf("text: got %q, want %q", got, want)
	}

	opts.Stdin = strings.NewReader(`{"text": "a"}` + "\n" + `{"text": "` + strings.Repeat("b", 50) + `"}` + "\n" + `{"text": "c"}`)
	items, _ = readAll(t, []string{"-"}, opts)
	var got []string
	for _, it := range items {
		got = append(got, it.Source+"|"+errString(it.Err))
	}
	want := []string{"-:1|", "-:2|-:2: line is longer than the limit of 40 bytes", "-:3|"}
	if !slices.Equal(got, want) {
		t.Errorf("lines: got %q, want %q", got, want)
	}
}

// TestReadStops checks the two ways Read stops early: cancellation and an
// error from yield; a reject is not a reason to stop.
func TestReadStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := Read(ctx, []string{"testdata/tree", "testdata/reject"}, testOptions(), func(Item) error {
		n++
		if n == 2 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 2 {
		t.Errorf("cancel: err %v after %d items, want context.Canceled after 2", err, n)
	}

	stop := errors.New("enough")
	n = 0
	err = Read(context.Background(), []string{"testdata/formats/mixed.jsonl"}, testOptions(), func(Item) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if err != stop || n != 3 {
		t.Errorf("yield error: err %v after %d items, want %v after 3", err, n, stop)
	}

	cancelled, cancel2 := context.WithCancel(context.Background())
	cancel2()
	err = Read(cancelled, []string{"testdata/tree"}, testOptions(), func(Item) error {
		t.Error("yield called after cancellation")
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("pre-cancelled: err %v", err)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
