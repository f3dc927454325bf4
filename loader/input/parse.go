package input

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph"
	"golang.org/x/text/unicode/norm"
)

// parser reads the inputs of one source (a file, stdin, a byte slice).
type parser struct {
	ctx  context.Context
	opts Options
	// src is the source as items name it: a path, "-", or ParseBytes's name.
	src string
	// stem is the Name of an article from this source that gives no id.
	stem string
}

// doc is an article as a format parser hands it over, before the rules
// that apply to every format (ids, dates, language, hashing, limits).
type doc struct {
	// source and line place the item: source is src, src#i for array
	// elements; line is the JSON Lines line, 0 otherwise.
	source string
	line   int
	// name is the Name to use when the input gives no id.
	name string

	id, title, url, publisher, lang, text string
	// published is set by formats that parse dates themselves (HTML);
	// publishedRaw is parsed here and rejected when unreadable.
	published    time.Time
	publishedRaw string
	// strictLang makes an unusable declared language a rejection (JSON,
	// front matter: someone typed it) rather than a cue to detect (HTML
	// attributes are often wrong and nobody reads them).
	strictLang bool
	// verbatim keeps the text byte for byte (JSON: annotations may hold
	// offsets into it); otherwise it is NFC-normalised.
	verbatim bool
	// noText is the reason to give when text is empty.
	noText string
	facts  *claimgraph.ArticleFacts
}

// parseBytes parses a whole input held in memory.
func (p *parser) parseBytes(f format, data []byte, emit func(Item) error) error {
	if f == formatJSONL {
		return p.parseJSONL(bytes.NewReader(data), emit)
	}
	if int64(len(data)) > p.opts.MaxBytes {
		return emit(p.rejectAll(tooBig(int64(len(data)), p.opts.MaxBytes)))
	}
	s, reason := decodeText(data, f)
	if reason != "" {
		return emit(p.rejectAll(reason))
	}
	return p.parseString(f, s, emit)
}

// parseString parses decoded text in a known or sniffed format.
func (p *parser) parseString(f format, s string, emit func(Item) error) error {
	if f == formatSniff {
		f = sniff(s)
	}
	d := doc{source: p.src, name: p.stem}
	switch f {
	case formatJSON:
		return p.parseJSON([]byte(s), emit)
	case formatJSONL:
		return p.parseJSONL(strings.NewReader(s), emit)
	case formatMarkdown:
		var fm frontMatter
		var title, text, reason string
		if panicked := guard(func() { fm, title, text, reason = parseMarkdown(s) }); panicked != "" {
			reason = "could not be parsed as Markdown (" + panicked + ")"
		}
		if reason != "" {
			return emit(p.rejectAll(reason))
		}
		d.title, d.text = title, text
		d.id, d.url, d.publisher, d.publishedRaw, d.lang = fm.id, fm.url, fm.publisher, fm.published, fm.lang
		d.strictLang = true
		d.noText = "has no body text after the front matter and title"
	case formatHTML:
		var h htmlDoc
		var reason string
		if panicked := guard(func() { h, reason = parseHTML(s) }); panicked != "" {
			reason = "could not be parsed as HTML (" + panicked + ")"
		}
		if reason != "" {
			return emit(p.rejectAll(reason))
		}
		d.title, d.url, d.publisher, d.lang, d.text, d.published = h.title, h.url, h.publisher, h.lang, h.body, h.published
		d.noText = "has no readable text in its HTML"
	default:
		d.title, d.text = parseText(s)
		d.noText = "has no body text"
		if d.title != "" {
			d.noText = "has a title line but no body text"
		}
	}
	return emit(p.build(d))
}

// guard runs fn, turning a panic into its message. The Markdown and HTML
// parsers are third-party code walking hostile input; fuzzing has found
// no panic in them, but one would otherwise take down a whole load, and
// the promise of this package is a reject, not a crash.
func guard(fn func()) (panicked string) {
	defer func() {
		if r := recover(); r != nil {
			panicked = fmt.Sprintf("parser failure: %v", r)
		}
	}()
	fn()
	return ""
}

// parseJSON reads a .json input: one article object, or an array of them.
func (p *parser) parseJSON(data []byte, emit func(Item) error) error {
	objs, isArray, rej := splitJSON(data)
	if rej != nil {
		return emit(p.reject(p.src, &RejectError{Source: p.src, Line: rej.line, Column: rej.col, Reason: rej.reason}))
	}
	if !isArray {
		return emit(p.jsonItem(objs[0], p.src, 0, p.stem))
	}
	for i, obj := range objs {
		if err := p.ctx.Err(); err != nil {
			return err
		}
		source := fmt.Sprintf("%s#%d", p.src, i+1)
		var it Item
		if obj == nil {
			it = p.reject(source, &RejectError{Source: source, Reason: "array element is not a JSON object"})
		} else {
			it = p.jsonItem(obj, source, 0, fmt.Sprintf("%s-%d", p.stem, i+1))
		}
		if err := emit(it); err != nil {
			return err
		}
	}
	return nil
}

// jsonItem turns one article object into an item.
func (p *parser) jsonItem(obj []byte, source string, line int, name string) Item {
	a, reason := decodeArticle(obj)
	d := doc{
		source: source, line: line, name: name,
		id: str(a.ID), title: strings.TrimSpace(str(a.Title)), url: strings.TrimSpace(str(a.URL)),
		publisher: strings.TrimSpace(str(a.Publisher)), lang: str(a.Lang), publishedRaw: str(a.Published),
		strictLang: true, verbatim: true, noText: `has an empty "text"`,
	}
	if d.url == "" && isHTTPURL(strings.TrimSpace(str(a.Source))) {
		d.url = strings.TrimSpace(str(a.Source))
	}
	if a.Text != nil {
		d.text = *a.Text
	}
	if reason == "" && a.Text == nil {
		reason = `has no "text" field`
	}
	if reason != "" {
		return p.rejectDoc(d, reason)
	}
	if p.opts.Annotated && a.hasAnnotations() {
		f, reason := a.facts()
		if reason != "" {
			return p.rejectDoc(d, reason)
		}
		d.facts = f
	}
	return p.build(d)
}

// build applies the rules common to every format and returns the item.
func (p *parser) build(d doc) Item {
	if !d.verbatim {
		d.title = cleanSpaces(norm.NFC.String(d.title))
		d.text = cleanSpaces(norm.NFC.String(d.text))
	}
	d.title = collapseSpace(d.title)
	d.id = strings.TrimSpace(d.id)
	if reason := checkID(d.id); reason != "" {
		return p.rejectDoc(d, reason)
	}
	if strings.TrimSpace(d.publishedRaw) != "" && d.published.IsZero() {
		t, ok := parseDate(d.publishedRaw)
		if !ok {
			return p.rejectDoc(d, fmt.Sprintf("has published date %q, which is not a date (want 2026-03-14 or RFC 3339 like 2026-03-14T09:30:00+01:00)", clip(d.publishedRaw)))
		}
		d.published = t
	}
	lang, ok := normaliseLang(d.lang)
	if !ok && d.strictLang {
		return p.rejectDoc(d, fmt.Sprintf("has lang %q, which is not a language code (want e.g. \"de\" or \"en\")", clip(d.lang)))
	}
	d.lang = lang
	if strings.TrimSpace(d.text) == "" {
		return p.rejectDoc(d, d.noText)
	}
	if len(d.text) > claimgraph.MaxArticleBytes {
		return p.rejectDoc(d, fmt.Sprintf("has text of %d bytes, over the limit of %d bytes", len(d.text), claimgraph.MaxArticleBytes))
	}
	if !utf8.ValidString(d.text) || !utf8.ValidString(d.title) {
		// JSON strings may smuggle lone surrogates as \ud800 escapes;
		// encoding/json turns them into U+FFFD, so this is a last guard.
		return p.rejectDoc(d, "has text that is not valid UTF-8")
	}
	if d.lang == "" {
		d.lang = DetectLang(d.title + "\n" + d.text)
	}
	it := p.item(d)
	a := &it.Article
	a.SHA256 = claimgraph.ContentHash(a.Title, a.Text)
	a.ID, a.Name = d.id, d.id
	if a.ID == "" {
		a.ID, a.Name = "sha256:"+a.SHA256[:32], d.name
	}
	if d.facts != nil {
		if reason := checkFacts(d.facts, a.Text); reason != "" {
			return p.rejectDoc(d, reason)
		}
		d.facts.ID, d.facts.Lang, d.facts.Title = a.Name, a.Lang, a.Title
		it.Facts = d.facts
	}
	if err := a.Validate(); err != nil {
		return p.rejectDoc(d, claimgraph.ErrorMessage(err))
	}
	return it
}

// fixedSpaces are the no-break spaces of typeset text (18&nbsp;Prozent,
// "z.\u202fB."). They become plain spaces because Go's regexp \s, and
// most tokenisers, do not count them as space, and an extractor that
// misses a word boundary misses a name.
var fixedSpaces = strings.NewReplacer("\u00a0", " ", "\u202f", " ", "\u2007", " ")

func cleanSpaces(s string) string { return fixedSpaces.Replace(s) }

// item makes an item of a doc, without judging it.
func (p *parser) item(d doc) Item {
	source := d.source
	if d.line > 0 {
		source += ":" + strconv.Itoa(d.line)
	}
	return Item{
		Source: source,
		Article: claimgraph.Article{
			Name:      d.name,
			Title:     d.title,
			URL:       d.url,
			Publisher: d.publisher,
			Published: d.published,
			Lang:      d.lang,
			Text:      d.text,
			Source:    source,
			LoadedAt:  p.opts.Now(),
		},
	}
}

// rejectDoc rejects a doc, keeping what it has as a partial article.
func (p *parser) rejectDoc(d doc, reason string) Item {
	it := p.item(d)
	if d.id != "" && checkID(d.id) == "" {
		it.Article.ID, it.Article.Name = d.id, d.id
	}
	it.Err = &RejectError{Source: d.source, Line: d.line, Reason: reason}
	return it
}

// reject rejects a source (or one of its lines) before any article was
// made of it; itemSource is the Source the item reports.
func (p *parser) reject(itemSource string, e *RejectError) Item {
	return Item{
		Source:  itemSource,
		Article: claimgraph.Article{Source: itemSource, LoadedAt: p.opts.Now()},
		Err:     e,
	}
}

// rejectAll rejects the whole source for a reason.
func (p *parser) rejectAll(reason string) Item {
	return p.reject(p.src, &RejectError{Source: p.src, Reason: reason})
}

// checkID refuses ids that cannot serve as node ids or names: very long
// ones (a text pasted into the wrong field) and ones with control
// characters or inner line breaks.
func checkID(id string) string {
	if len(id) > 200 {
		return fmt.Sprintf("has an id of %d bytes; ids are at most 200", len(id))
	}
	for _, r := range id {
		if unicode.IsControl(r) {
			return fmt.Sprintf("has id %q with control characters", clip(id))
		}
	}
	return ""
}

func isHTTPURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

func tooBig(size, limit int64) string {
	return fmt.Sprintf("is %d bytes, over the limit of %d bytes", size, limit)
}

// sniff guesses the format of text that came without a telling extension.
// JSON is recognised by its first character ("{", or "[" followed by "{"
// or "]"), and told from JSON Lines by whether the whole is one value;
// HTML by a tag at the start; Markdown by front matter or a leading
// "# " heading. Everything else is plain text.
func sniff(s string) format {
	t := strings.TrimLeft(s, " \t\r\n\ufeff")
	switch {
	case strings.HasPrefix(t, "{"):
		if json.Valid([]byte(t)) {
			return formatJSON
		}
		// Not one value. JSON Lines if one of the first two lines is a
		// whole object (the other may be the broken one); else a broken
		// JSON document, so the user hears where it broke.
		var lines []string
		for l := range strings.SplitSeq(t, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				if lines = append(lines, l); len(lines) == 2 {
					break
				}
			}
		}
		if len(lines) == 2 && (isJSONObject(lines[0]) || isJSONObject(lines[1])) {
			return formatJSONL
		}
		return formatJSON
	case strings.HasPrefix(t, "["):
		u := strings.TrimLeft(t[1:], " \t\r\n")
		if strings.HasPrefix(u, "{") || strings.HasPrefix(u, "]") {
			return formatJSON
		}
	case strings.HasPrefix(t, "<"):
		if len(t) > 1 && (t[1] == '!' || t[1] == '?' || isASCIILetter(t[1])) {
			return formatHTML
		}
	}
	if strings.HasPrefix(s, "---\n") || strings.HasPrefix(s, "---\r\n") {
		if fm, _ := splitFrontMatter(s); fm != (frontMatter{}) {
			return formatMarkdown
		}
	}
	if strings.HasPrefix(t, "# ") {
		return formatMarkdown
	}
	return formatText
}

func isJSONObject(s string) bool { return strings.HasPrefix(s, "{") && json.Valid([]byte(s)) }

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }
