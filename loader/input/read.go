package input

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// File-system access, replaceable in tests: as root, permission errors
// cannot be provoked for real.
var (
	statFile = os.Stat
	readDir  = os.ReadDir
	openFile = func(name string) (io.ReadCloser, error) { return os.Open(name) }
)

// Read walks paths and calls yield for each item, in a deterministic order:
// paths in the order given; a directory recursively, its entries in lexical
// order; the articles of one file in file order. The path "-" reads
// Options.Stdin, with the format sniffed from the content.
//
// Inside directories Read skips hidden files and directories (names
// starting with "."), files whose extension is not one of the known formats
// (including files without extension: a README is not an article),
// symbolic links to directories (they can form cycles), and files it has
// already read in this call; Options.OnSkip hears of each. A path named
// explicitly is read whatever its name, and rejected if its extension is
// unknown.
//
// Every problem with an input — a missing path, an unreadable directory, a
// bad file or line — becomes an item with Err set, and reading goes on.
// Read stops early only when ctx is cancelled (returning ctx.Err()) or
// yield returns an error (returning that error).
func Read(ctx context.Context, paths []string, opts Options, yield func(Item) error) error {
	_, err := ReadStats(ctx, paths, opts, yield)
	return err
}

// ReadStats is Read, also counting articles, rejects and skipped paths.
func ReadStats(ctx context.Context, paths []string, opts Options, yield func(Item) error) (Stats, error) {
	r := &reader{ctx: ctx, opts: opts.withDefaults(), yield: yield, seen: map[string]bool{}}
	for _, path := range paths {
		if err := ctx.Err(); err != nil {
			return r.stats, err
		}
		if err := r.path(path); err != nil {
			return r.stats, err
		}
	}
	return r.stats, nil
}

// reader is the state of one Read call.
type reader struct {
	ctx   context.Context
	opts  Options
	yield func(Item) error
	stats Stats
	// seen holds the resolved paths of files read, so a file named twice
	// (directly and through its directory) yields its articles once.
	seen map[string]bool
}

func (r *reader) emit(it Item) error {
	if it.Err != nil {
		r.stats.Rejected++
	} else {
		r.stats.Articles++
	}
	return r.yield(it)
}

func (r *reader) skip(path, reason string) {
	r.stats.Skipped++
	if r.opts.OnSkip != nil {
		r.opts.OnSkip(path, reason)
	}
}

func (r *reader) rejectPath(path, reason string) error {
	p := r.parser(path)
	return r.emit(p.rejectAll(reason))
}

func (r *reader) parser(path string) *parser {
	return &parser{ctx: r.ctx, opts: r.opts, src: path, stem: stemOf(path)}
}

// path reads one path given by the caller.
func (r *reader) path(path string) error {
	if path == "-" {
		return r.stdin()
	}
	fi, err := statFile(path)
	if err != nil {
		return r.rejectPath(path, pathError(err))
	}
	if fi.IsDir() {
		return r.dir(path)
	}
	return r.file(path, fi, true)
}

// dir reads a directory recursively.
func (r *reader) dir(dir string) error {
	entries, err := readDir(dir)
	if err != nil {
		// os.ReadDir returns what it read before failing; read that too.
		if err := r.rejectPath(dir, "directory "+pathError(err)); err != nil {
			return err
		}
	}
	for _, e := range entries {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		name := e.Name()
		path := filepath.Join(dir, name)
		if strings.HasPrefix(name, ".") {
			r.skip(path, "hidden")
			continue
		}
		fi, err := e.Info()
		if err == nil && fi.Mode()&fs.ModeSymlink != 0 {
			fi, err = statFile(path)
			if err == nil && fi.IsDir() {
				r.skip(path, "symbolic link to a directory")
				continue
			}
		}
		if err != nil {
			if err := r.rejectPath(path, pathError(err)); err != nil {
				return err
			}
			continue
		}
		switch {
		case fi.IsDir():
			err = r.dir(path)
		case !fi.Mode().IsRegular():
			r.skip(path, "not a regular file")
		case formatOf(name) == formatUnknown || formatOf(name) == formatSniff:
			r.skip(path, "unknown extension")
		default:
			err = r.file(path, fi, false)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// file reads one file; explicit says the caller named it.
func (r *reader) file(path string, fi fs.FileInfo, explicit bool) error {
	key := path
	if abs, err := filepath.Abs(path); err == nil {
		key = abs
	}
	if real, err := filepath.EvalSymlinks(key); err == nil {
		key = real
	}
	if r.seen[key] {
		r.skip(path, "already read")
		return nil
	}
	r.seen[key] = true

	f := formatOf(path)
	if f == formatUnknown {
		return r.rejectPath(path, fmt.Sprintf("has unknown file extension %q (want %s)", filepath.Ext(path), knownExtensions))
	}
	p := r.parser(path)
	if f != formatJSONL && fi.Mode().IsRegular() && fi.Size() > r.opts.MaxBytes {
		return r.emit(p.rejectAll(tooBig(fi.Size(), r.opts.MaxBytes)))
	}
	rc, err := openFile(path)
	if err != nil {
		return r.rejectPath(path, pathError(err))
	}
	defer rc.Close()
	if f == formatJSONL {
		return p.parseJSONL(rc, r.emit)
	}
	data, err := io.ReadAll(io.LimitReader(rc, r.opts.MaxBytes+1))
	if err != nil {
		return r.rejectPath(path, pathError(err))
	}
	if int64(len(data)) > r.opts.MaxBytes {
		// The file grew after Stat, or is not a regular file.
		return r.emit(p.rejectAll(fmt.Sprintf("is more than %d bytes, the limit", r.opts.MaxBytes)))
	}
	return p.parseBytes(f, data, r.emit)
}

// stdin reads Options.Stdin. JSON Lines are streamed, as from a file, so
// a pipe of any length works; anything else is read whole (up to
// MaxBytes) and sniffed. A first line holding one complete JSON object
// starts JSON Lines mode if another non-blank line follows; a single
// object alone is plain JSON with Source "-".
func (r *reader) stdin() error {
	p := r.parser("-")
	limit := r.opts.MaxBytes
	br := bufio.NewReaderSize(r.opts.Stdin, 64<<10)
	if head, _ := br.Peek(len(bomUTF8)); bytes.Equal(head, bomUTF8) {
		_, _ = br.Discard(len(bomUTF8))
	}
	var pre [][]byte // lines read so far, raw
	var size int64
	read := func() ([]byte, bool, error) {
		line, tooLong, err := readLine(br, limit)
		pre = append(pre, line)
		size += int64(len(line))
		return line, tooLong, err
	}
	isBlank := func(b []byte) bool { return len(bytes.TrimSpace(b)) == 0 }

	// Up to the first non-blank line.
	var line []byte
	var tooLong bool
	var err error
	for {
		line, tooLong, err = read()
		if tooLong || err != nil || !isBlank(line) {
			break
		}
	}
	first := bytes.TrimSpace(line)
	if !tooLong && len(first) > 0 && first[0] == '{' && json.Valid(first) {
		// One object so far: JSON Lines only if more content follows.
		for err == nil {
			var next []byte
			next, tooLong, err = read()
			if tooLong || !isBlank(next) {
				lines := pre
				pre = nil
				buffered := func() ([]byte, bool, error) {
					if len(lines) > 0 {
						l := lines[0]
						lines = lines[1:]
						// Only the last buffered line can be too long.
						return l, len(lines) == 0 && tooLong, nil
					}
					return readLine(br, limit)
				}
				return p.jsonLines(buffered, 0, r.emit)
			}
		}
		if err != io.EOF {
			return r.emit(p.rejectAll("cannot be read: " + err.Error()))
		}
		return p.parseBytes(formatJSON, bytes.Join(pre, nil), r.emit)
	}
	if tooLong {
		return r.emit(p.rejectAll(fmt.Sprintf("is more than %d bytes, the limit", limit)))
	}
	if err != nil && err != io.EOF {
		return r.emit(p.rejectAll("cannot be read: " + err.Error()))
	}
	rest, err := io.ReadAll(io.LimitReader(br, limit+1-size))
	if err != nil {
		return r.emit(p.rejectAll("cannot be read: " + err.Error()))
	}
	data := append(bytes.Join(pre, nil), rest...)
	if int64(len(data)) > limit {
		return r.emit(p.rejectAll(fmt.Sprintf("is more than %d bytes, the limit", limit)))
	}
	return p.parseBytes(formatSniff, data, r.emit)
}

// pathError words a file-system error without repeating the path, which
// the rejection already names.
func pathError(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "does not exist"
	case errors.Is(err, fs.ErrPermission):
		return "cannot be read: permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return "cannot be read: " + pe.Err.Error()
	}
	return "cannot be read: " + err.Error()
}
