package input

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// parseJSONL streams a JSON Lines input: one article object per line,
// blank lines skipped. It never holds more than one line (at most MaxBytes)
// in memory, so a corpus dump of any size can be loaded; each bad line is
// rejected with its number and the good ones are still read.
func (p *parser) parseJSONL(r io.Reader, emit func(Item) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(4096)
	switch {
	case len(head) == 0:
		return emit(p.rejectAll("file is empty"))
	case bytes.HasPrefix(head, bomUTF8):
		_, _ = br.Discard(len(bomUTF8))
	case bytes.HasPrefix(head, bomUTF16LE), bytes.HasPrefix(head, bomUTF16BE):
		dec := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
		br = bufio.NewReaderSize(transform.NewReader(br, dec), 64<<10)
	case bytes.IndexByte(head, 0) >= 0:
		e := sniffUTF16(head)
		if e == nil {
			return emit(p.rejectAll("contains NUL bytes: this looks like a binary file, not text"))
		}
		br = bufio.NewReaderSize(transform.NewReader(br, e.NewDecoder()), 64<<10)
	}
	return p.jsonLines(lineReader(br, p.opts.MaxBytes), 0, emit)
}

// lineReader returns successive raw lines (with their "\n") of br; see
// readLine.
func lineReader(br *bufio.Reader, limit int64) func() ([]byte, bool, error) {
	return func() ([]byte, bool, error) { return readLine(br, limit) }
}

// readLine reads one line including its "\n". A line longer than limit
// (not counting the line ending) is consumed but not kept: it comes back
// empty with tooLong set, so memory stays bounded by limit. err is io.EOF
// with the last line (which may be empty).
func readLine(br *bufio.Reader, limit int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > limit+2 {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if !tooLong && int64(len(bytes.TrimRight(line, "\r\n"))) > limit {
			tooLong, line = true, nil
		}
		return line, tooLong, err
	}
}

// jsonLines reads lines from next until io.EOF; skip is the number of the
// line before the first one next returns.
func (p *parser) jsonLines(next func() ([]byte, bool, error), skip int, emit func(Item) error) error {
	lineNo, articles := skip, 0
	for {
		if err := p.ctx.Err(); err != nil {
			return err
		}
		raw, tooLong, err := next()
		if len(raw) > 0 || tooLong {
			lineNo++
			it, ok := p.jsonLine(raw, lineNo, tooLong)
			if ok {
				articles++
				if err := emit(it); err != nil {
					return err
				}
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return emit(p.reject(p.src, &RejectError{Source: p.src, Line: lineNo + 1, Reason: "cannot be read: " + err.Error()}))
		}
	}
	if articles == 0 {
		if lineNo == 0 {
			return emit(p.rejectAll("file is empty"))
		}
		return emit(p.rejectAll("file holds only blank lines"))
	}
	return nil
}

// jsonLine makes the item of one line; ok is false for a blank line.
func (p *parser) jsonLine(raw []byte, lineNo int, tooLong bool) (Item, bool) {
	source := p.src + ":" + strconv.Itoa(lineNo)
	rej := func(col int, reason string) (Item, bool) {
		return p.reject(source, &RejectError{Source: p.src, Line: lineNo, Column: col, Reason: reason}), true
	}
	if tooLong {
		return rej(0, fmt.Sprintf("line is longer than the limit of %d bytes", p.opts.MaxBytes))
	}
	line := bytes.TrimRight(raw, "\r\n")
	if len(bytes.TrimSpace(line)) == 0 {
		return Item{}, false
	}
	if !utf8.Valid(line) {
		off := invalidUTF8Offset(line)
		_, col := position(line, off)
		return rej(col, fmt.Sprintf("not valid UTF-8 (bad byte 0x%02X)", line[off]))
	}
	var obj json.RawMessage
	if err := json.Unmarshal(line, &obj); err != nil {
		r := syntaxReject(line, err)
		return rej(r.col, r.reason)
	}
	if obj = bytes.TrimSpace(obj); obj[0] != '{' {
		return rej(0, fmt.Sprintf("line holds %s, not an article object", jsonKind(obj)))
	}
	return p.jsonItem(obj, p.src, lineNo, fmt.Sprintf("%s-%d", p.stem, lineNo)), true
}

// invalidUTF8Offset is the offset of the first byte that does not start a
// valid UTF-8 sequence, or len(b).
func invalidUTF8Offset(b []byte) int {
	off := 0
	for off < len(b) {
		r, n := utf8.DecodeRune(b[off:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		off += n
	}
	return off
}
