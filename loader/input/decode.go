package input

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// decodeText turns the bytes of one input into UTF-8 text without a BOM.
// The order of attempts matters: a BOM is the strongest evidence and is
// believed first; NUL bytes mean UTF-16 without BOM or binary; valid UTF-8
// is taken as UTF-8 (legacy encodings rarely produce valid multi-byte
// sequences by accident); only then are legacy encodings tried: the
// charset an HTML document declares, and for text and Markdown clean
// Windows-1252 (a superset of Latin-1, still common for German text saved
// by old editors). JSON is required to be UTF-8 (RFC 8259), so it gets no
// legacy fallback. The reason is "" on success.
func decodeText(data []byte, f format) (string, string) {
	if len(bytes.TrimSpace(data)) == 0 {
		if len(data) == 0 {
			return "", "file is empty"
		}
		return "", "file contains only white space"
	}
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		data = data[len(bomUTF8):]
		if !utf8.Valid(data) {
			return "", notUTF8(data, "despite its UTF-8 byte order mark")
		}
		return checkControls(string(data))
	case bytes.HasPrefix(data, bomUTF16LE), bytes.HasPrefix(data, bomUTF16BE):
		s, err := decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), data)
		if err != nil {
			return "", "cannot be decoded as UTF-16 despite its byte order mark"
		}
		return checkControls(s)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		if e := sniffUTF16(data); e != nil {
			if s, err := decodeWith(e, data); err == nil {
				return checkControls(s)
			}
		}
		return "", "contains NUL bytes: this looks like a binary file, not text"
	}
	if utf8.Valid(data) {
		return checkControls(string(data))
	}
	switch f {
	case formatHTML:
		// DetermineEncoding honours a <meta charset> and otherwise
		// falls back to Windows-1252, as browsers do.
		e, name, _ := charset.DetermineEncoding(data, "")
		if name != "utf-8" {
			if s, ok := decodeClean(e, data); ok {
				return checkControls(s)
			}
			return "", notUTF8(data, fmt.Sprintf("and it does not decode cleanly as %s either", name))
		}
	case formatText, formatMarkdown, formatSniff:
		if s, ok := decodeClean(charmap.Windows1252, data); ok {
			return checkControls(s)
		}
		return "", notUTF8(data, "and not clean Windows-1252 either")
	}
	return "", notUTF8(data, "")
}

// notUTF8 words the rejection of undecodable bytes, pointing at the first
// bad byte so the user can find it in an editor.
func notUTF8(data []byte, tail string) string {
	off := invalidUTF8Offset(data)
	line, col := position(data, off)
	msg := fmt.Sprintf("not valid UTF-8 (first bad byte 0x%02X at line %d, column %d)", data[min(off, len(data)-1)], line, col)
	if tail != "" {
		msg += ", " + tail
	}
	return msg
}

// position converts a byte offset into a 1-based line and a 1-based column
// counted in characters (invalid bytes count as one each).
func position(data []byte, off int) (line, col int) {
	off = min(max(off, 0), len(data))
	line = 1 + bytes.Count(data[:off], []byte{'\n'})
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	return line, 1 + utf8.RuneCount(data[start:off])
}

func decodeWith(e encoding.Encoding, data []byte) (string, error) {
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return "", err
	}
	return string(out), nil
}

// decodeClean decodes with a single-byte encoding and refuses the result if
// it holds C1 control characters or U+FFFD: those come from bytes the
// encoding leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D in Windows-1252),
// which real text never contains, so their presence means the guess was
// wrong. (The input was not valid UTF-8, so it held no U+FFFD of its own.)
func decodeClean(e encoding.Encoding, data []byte) (string, bool) {
	s, err := decodeWith(e, data)
	if err != nil {
		return "", false
	}
	for _, r := range s {
		if (r >= 0x80 && r <= 0x9F) || r == utf8.RuneError {
			return "", false
		}
	}
	return s, true
}

// sniffUTF16 recognises UTF-16 without a byte order mark by where the NUL
// bytes sit: text in Latin script has a zero high byte in most code units,
// so nearly all NULs fall on one parity. Binary data spreads them.
func sniffUTF16(data []byte) encoding.Encoding {
	n := min(len(data), 4096) &^ 1
	if n < 4 {
		return nil
	}
	var even, odd int
	for i := 0; i < n; i++ {
		if data[i] == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	units := n / 2
	switch {
	case odd*10 >= units*6 && even*50 <= units:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case even*10 >= units*6 && odd*50 <= units:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	}
	return nil
}

// checkControls rejects decoded text with a high share of control
// characters: binary data that happens to contain no NUL byte. Tab, line
// feed, carriage return and form feed are ordinary in text. A few stray
// controls do not condemn a file; they stay in the text.
func checkControls(s string) (string, string) {
	var runes, controls int
	for _, r := range s {
		runes++
		if isBadControl(r) {
			controls++
		}
	}
	if runes > 0 && controls*100 > runes*2 && controls >= 3 {
		return "", fmt.Sprintf("has %d control characters in %d: this looks like a binary file, not text", controls, runes)
	}
	return s, ""
}

func isBadControl(r rune) bool {
	switch r {
	case '\t', '\n', '\r', '\f':
		return false
	}
	return r < 0x20 || (r >= 0x7F && r <= 0x9F) || r == utf8.RuneError
}
