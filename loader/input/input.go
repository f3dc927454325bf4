package input

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/claimgraph/claimgraph"
)

// DefaultMaxBytes is the per-file (and, for JSON Lines, per-line) limit when
// Options.MaxBytes is zero. It is larger than claimgraph.MaxArticleBytes
// because markup and JSON escapes make a file bigger than the text it holds;
// the text itself is still held to claimgraph.MaxArticleBytes.
const DefaultMaxBytes = 8 << 20

// Options control reading. The zero value is ready to use.
type Options struct {
	// Annotated makes JSON inputs also parse gold annotations (entities,
	// accusations, denials) into Item.Facts, and reject an article whose
	// annotations are broken. Without it annotations are ignored unread.
	Annotated bool
	// MaxBytes limits one file, or one line of a JSON Lines file; 0 means
	// DefaultMaxBytes. Article text is limited by claimgraph.MaxArticleBytes
	// whatever this says.
	MaxBytes int64
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
	// Now stamps Article.LoadedAt; nil means time.Now.
	Now func() time.Time
	// OnSkip, if set, is told about every path Read passes over without
	// reading: hidden files and directories, unknown extensions, symbolic
	// links to directories, and files already read in the same call.
	// Skips are not rejects: they produce no Item.
	OnSkip func(path, reason string)
}

func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.Stdin == nil {
		o.Stdin = os.Stdin
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}

// Item is one article read, or one input rejected.
type Item struct {
	Article claimgraph.Article
	// Facts holds the input's own annotations; it is set only with
	// Options.Annotated and a JSON input that carries annotations, and
	// only when they are sound (else the item is rejected). Its ID, Lang
	// and Title are the article's Name, Lang and Title; entity types are
	// in their canonical spelling; lists are never nil.
	Facts *claimgraph.ArticleFacts
	// Source names where the item came from: "path" for a file, "path:line"
	// for a line of JSON Lines, "path#i" for the i-th (from 1) object of a
	// JSON array, and "-" / "-:line" for stdin. Article.Source is the same.
	Source string
	// Err is nil for an article read, and a *RejectError naming Source (and
	// line) and the reason otherwise. Article may then be partial: it holds
	// whatever was read before the problem showed.
	Err error
}

// RejectError says why an input was not read as an article. It unwraps to a
// claimgraph.Error with code EINVALID, so claimgraph.ErrorCode and
// claimgraph.ErrorMessage treat it as the caller's mistake, not a bug.
type RejectError struct {
	// Source is the file path ("-" for stdin, "path#i" for an element of a
	// JSON array), without the line.
	Source string
	// Line is the 1-based line the problem is on, or 0 if it concerns the
	// whole source.
	Line int
	// Column is the 1-based column (in characters) for syntax errors, or 0.
	Column int
	// Reason is a sentence fragment naming the problem, without the source.
	Reason string
}

// Error formats the rejection compiler-style: "path:line:col: reason", with
// line and column left out when unknown.
func (e *RejectError) Error() string {
	var b strings.Builder
	b.WriteString(e.Source)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Column > 0 {
			fmt.Fprintf(&b, ":%d", e.Column)
		}
	}
	b.WriteString(": ")
	b.WriteString(e.Reason)
	return b.String()
}

// Unwrap gives the coded application error, so a rejection crossing the
// GraphQL edge is reported as invalid input.
func (e *RejectError) Unwrap() error {
	return &claimgraph.Error{Code: claimgraph.EINVALID, Message: e.Error()}
}

// Stats counts what one Read call did.
type Stats struct {
	// Articles is the number of items yielded without Err.
	Articles int
	// Rejected is the number of items yielded with Err.
	Rejected int
	// Skipped is the number of paths passed over (see Options.OnSkip).
	Skipped int
}

// ParseBytes reads one input held in memory, as the GraphQL ingest mutation
// receives it. name labels the items (it is their Source) and its extension
// picks the format; with no known extension the format is sniffed from the
// content. The name "-" is treated as stdin (Name "stdin"). Items come back
// in input order; the result is never empty.
func ParseBytes(name string, data []byte, opts Options) []Item {
	opts = opts.withDefaults()
	if name == "" {
		name = "input"
	}
	f := formatOf(name)
	if f == formatUnknown {
		f = formatSniff
	}
	var items []Item
	p := &parser{ctx: context.Background(), opts: opts, src: name, stem: stemOf(name)}
	_ = p.parseBytes(f, data, func(it Item) error {
		items = append(items, it)
		return nil
	})
	return items
}

// stemOf is the file name without directory and extension: the Name of an
// article whose input gives no id.
func stemOf(path string) string {
	if path == "-" {
		return "stdin"
	}
	base := filepath.Base(path)
	if stem := strings.TrimSuffix(base, filepath.Ext(base)); stem != "" {
		return stem
	}
	return base
}

// format is an input format.
type format int

const (
	formatUnknown format = iota
	formatSniff          // no extension: look at the content
	formatText
	formatMarkdown
	formatJSON
	formatJSONL
	formatHTML
)

// formatOf picks the format from the extension, in any letter case.
func formatOf(path string) format {
	if path == "-" {
		return formatSniff
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case "":
		return formatSniff
	case ".txt", ".text":
		return formatText
	case ".md", ".markdown":
		return formatMarkdown
	case ".json":
		return formatJSON
	case ".jsonl", ".ndjson":
		return formatJSONL
	case ".html", ".htm", ".xhtml":
		return formatHTML
	}
	return formatUnknown
}

// knownExtensions is for the message that rejects an unknown extension.
const knownExtensions = ".txt, .md, .markdown, .json, .jsonl, .ndjson, .html, .htm or none"
