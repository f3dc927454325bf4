package input

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// frontMatter is what the optional header of a Markdown file may say.
type frontMatter struct {
	id, title, url, publisher, published, lang string
}

// parseMarkdown reads a Markdown article: optional front matter, then a
// CommonMark body turned into plain text by walking goldmark's syntax tree.
//
// Conversion rules, chosen so the text reads like the article and nothing
// the author wrote as prose is lost:
//   - headings, paragraphs, list items and the paragraphs of block quotes
//     each become one paragraph; markers (#, -, 1., >) are dropped;
//   - emphasis, strong emphasis, links and code spans are reduced to their
//     text; autolinks keep the address they show;
//   - soft line breaks become spaces (that is how Markdown renders them),
//     hard line breaks stay line breaks;
//   - code blocks are kept as a paragraph of their literal lines: in a news
//     article they hold quoted material (a statement, a log) that is text;
//   - raw HTML, images and thematic breaks are dropped: markup, not text;
//   - backslash escapes and character references are resolved.
//
// The title is the front matter's title, else the first level-1 heading,
// which is then not repeated in the body; a first heading equal to the
// front-matter title is dropped too.
func parseMarkdown(s string) (fm frontMatter, title, body, reason string) {
	fm, s = splitFrontMatter(s)
	if n := maxNesting(s); n > maxMarkdownNesting {
		return fm, "", "", fmt.Sprintf("has a Markdown line nested %d characters deep (limit %d): too deep for an article", n, maxMarkdownNesting)
	}
	src := []byte(s)
	doc := goldmark.New().Parser().Parse(text.NewReader(src))

	w := &mdWriter{src: src}
	title = fm.title
	var titleNode ast.Node
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok && h.Level == 1 {
			t := collapseSpace(w.inline(h))
			if title == "" {
				title, titleNode = t, h
			} else if collapseSpace(title) == t && n == doc.FirstChild() {
				titleNode = h
			}
			break
		}
	}
	w.blocks(doc, titleNode)
	return fm, title, paragraphs(w.paras), ""
}

// maxMarkdownNesting bounds the container prefix of a Markdown line. An
// article nests a quote in a list at most a few levels deep; goldmark's
// time grows with the square of the nesting depth (100 000 ">" take
// seconds), so deeper input is hostile, not prose.
const maxMarkdownNesting = 64

// maxNesting is the longest run of container markers and indentation
// (>, -, *, +, digits, ".", ")", space, tab) that starts a line. A line
// made only of "-" or only of "*" (and spaces) is a thematic break or a
// heading underline, however long, and does not count.
func maxNesting(s string) int {
	longest := 0
	for line := range strings.SplitSeq(s, "\n") {
		run := 0
		for run < len(line) && strings.IndexByte(">-*+ \t.)0123456789", line[run]) >= 0 {
			run++
		}
		if run == len(line) {
			if t := strings.ReplaceAll(strings.TrimSpace(line), " ", ""); t == "" ||
				strings.Trim(t, "-") == "" || strings.Trim(t, "*") == "" {
				continue
			}
		}
		longest = max(longest, run)
	}
	return longest
}

// mdWriter collects paragraphs while walking a goldmark tree.
type mdWriter struct {
	src   []byte
	paras []string
}

// blocks walks block nodes, emitting a paragraph for every leaf block.
func (w *mdWriter) blocks(parent ast.Node, skip ast.Node) {
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		if n == skip {
			continue
		}
		switch n := n.(type) {
		case *ast.Paragraph, *ast.TextBlock, *ast.Heading:
			w.paras = append(w.paras, w.inline(n))
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			var b strings.Builder
			lines := n.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				b.Write(seg.Value(w.src))
			}
			w.paras = append(w.paras, b.String())
		case *ast.HTMLBlock, *ast.ThematicBreak:
			// Markup, not text.
		default:
			// Lists, list items, block quotes and the document hold
			// further blocks.
			w.blocks(n, skip)
		}
	}
}

// inline renders the inline children of a leaf block as plain text.
func (w *mdWriter) inline(parent ast.Node) string {
	var b bytes.Buffer
	w.writeInline(&b, parent)
	return strings.TrimSpace(b.String())
}

func (w *mdWriter) writeInline(b *bytes.Buffer, parent ast.Node) {
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		switch n := n.(type) {
		case *ast.Text:
			v := n.Value(w.src)
			if !n.IsRaw() {
				v = resolveMarkdownText(v)
			}
			b.Write(v)
			switch {
			case n.HardLineBreak():
				b.WriteByte('\n')
			case n.SoftLineBreak():
				b.WriteByte(' ')
			}
		case *ast.String:
			v := n.Value
			if !n.IsRaw() && !n.IsCode() {
				v = resolveMarkdownText(v)
			}
			b.Write(v)
		case *ast.AutoLink:
			b.Write(n.Label(w.src))
		case *ast.Image, *ast.RawHTML:
			// An image's alt text describes a picture, it is not prose;
			// raw HTML is markup.
		default:
			// Emphasis, links, code spans: their text is in the children.
			w.writeInline(b, n)
		}
	}
}

func resolveMarkdownText(v []byte) []byte {
	v = util.UnescapePunctuations(v)
	v = util.ResolveNumericReferences(v)
	return util.ResolveEntityNames(v)
}

// splitFrontMatter separates a "---" … "---" header of "key: value" lines.
// It is parsed minimally on purpose — no YAML dependency for six keys —
// so nested values, lists and multi-line strings are not understood; lines
// that are not "key: value" are ignored. Without a closing "---" (or "...")
// there is no front matter and the whole input is the body.
func splitFrontMatter(s string) (frontMatter, string) {
	var fm frontMatter
	first, rest, ok := strings.Cut(s, "\n")
	if !ok || strings.TrimRight(first, " \t\r") != "---" {
		return fm, s
	}
	var header []string
	for {
		line, more, ok := strings.Cut(rest, "\n")
		l := strings.TrimRight(line, " \t\r")
		if l == "---" || l == "..." {
			rest = more
			break
		}
		if !ok {
			return frontMatter{}, s
		}
		header = append(header, l)
		rest = more
	}
	for _, l := range header {
		key, val, ok := strings.Cut(l, ":")
		if !ok || strings.HasPrefix(strings.TrimSpace(key), "#") {
			continue
		}
		val = unquote(strings.TrimSpace(val))
		switch strings.ToLower(strings.TrimSpace(key)) {
		case "id":
			fm.id = val
		case "title":
			fm.title = val
		case "url", "link", "canonical":
			fm.url = val
		case "publisher", "site", "site_name", "outlet":
			fm.publisher = val
		case "published", "date", "published_at":
			fm.published = val
		case "lang", "language":
			fm.lang = val
		}
	}
	return fm, rest
}

// unquote strips one pair of matching YAML quotes.
func unquote(v string) string {
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		inner := v[1 : len(v)-1]
		if v[0] == '\'' {
			return strings.ReplaceAll(inner, "''", "'")
		}
		return strings.ReplaceAll(inner, `\"`, `"`)
	}
	return v
}
