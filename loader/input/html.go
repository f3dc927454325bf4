package input

import (
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlDoc is what an HTML page yields.
type htmlDoc struct {
	title, url, publisher, lang string
	// published is zero when the page gives no date or one that cannot
	// be read: HTML metadata is too noisy to reject a page for it.
	published time.Time
	body      string
}

// maxHTMLElements bounds readability's work on one page. Real articles
// have a few thousand elements; a page with more is generated junk, and
// readability's scoring is superlinear in the element count.
const maxHTMLElements = 100000

// parseHTML extracts the main text of a page with readability (the port of
// Firefox Reader View), which drops navigation, ads and boilerplate, and
// reads title, site name, byline, publication time and language from the
// page's metadata (Open Graph, JSON-LD, meta tags). Paragraph breaks
// survive as blank lines; list items and line breaks become paragraphs of
// their own. When readability finds no main content (short pages, bare
// fragments), the text of <article>, <main> or <body> is used instead, so
// a small but valid page is not lost.
func parseHTML(s string) (htmlDoc, string) {
	var d htmlDoc
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return d, "cannot be parsed as HTML: " + err.Error()
	}
	if n := countElements(root, maxHTMLElements+1); n > maxHTMLElements {
		return d, "has more than 100000 HTML elements: too large to be an article page"
	}
	d.lang = htmlLang(root)
	d.url = canonicalURL(root)

	parser := readability.NewParser()
	art, err := parser.ParseDocument(root, nil)
	var byline string
	if err == nil {
		byline = collapseSpace(art.Byline())
		d.title = strings.TrimSpace(art.Title())
		d.publisher = strings.TrimSpace(art.SiteName())
		if d.publisher == "" {
			// Wire copy often carries the outlet as its byline
			// ("Reuters", "dpa"); better than nothing.
			d.publisher = strings.TrimSpace(art.Byline())
		}
		if t, err := art.PublishedTime(); err == nil && t.Year() >= 1800 && t.Year() <= 2200 {
			d.published = t
		}
		if d.lang == "" {
			d.lang = art.Language()
		}
		if art.Node != nil && !mostlyLinks(art.Node) {
			d.body = htmlText(art.Node)
		}
	}
	if strings.TrimSpace(d.body) == "" {
		if n := fallbackNode(root); n != nil && !mostlyLinks(n) {
			d.body = htmlText(n)
		}
	}
	if d.title == "" {
		d.title = collapseSpace(textOf(find(root, atom.Title)))
	}
	d.body = dropLeadingTitle(d.body, d.title)
	d.body = dropByline(d.body, byline)
	return d, ""
}

// dropByline removes a short first paragraph naming the byline ("Von
// Jana Petersen", "By Jana Petersen, Reuters"): readability keeps it when
// the page also gives the author in its metadata, and the author of a
// report is not a party to the story the extractor looks for.
func dropByline(body, byline string) string {
	if byline == "" {
		return body
	}
	first, rest, _ := strings.Cut(body, "\n\n")
	if rest != "" && utf8.RuneCountInString(first) <= 100 && strings.Contains(collapseSpace(first), byline) {
		return rest
	}
	return body
}

// htmlText renders a subtree as paragraphs. render.InnerText follows the
// browser's innerText (block elements break lines, <p> and headings leave a
// blank line); every line it produces is then treated as a paragraph, since
// a line of rendered HTML is a block (a list item, a <br>-separated line).
func htmlText(n *html.Node) string {
	if n == nil {
		return ""
	}
	lines := splitLines(render.InnerText(n))
	var ps []string
	for _, l := range lines {
		if l = strings.TrimSpace(cleanSpaces(l)); l != "" {
			ps = append(ps, l)
		}
	}
	return paragraphs(ps)
}

// fallbackNode is the element whose text stands in for the article when
// readability finds none, with scripts, styles and navigation removed.
func fallbackNode(root *html.Node) *html.Node {
	n := find(root, atom.Article)
	if n == nil {
		n = find(root, atom.Main)
	}
	if n == nil {
		n = find(root, atom.Body)
	}
	if n == nil {
		return nil
	}
	removeAll(n, func(c *html.Node) bool {
		switch c.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Nav, atom.Header, atom.Footer, atom.Aside, atom.Template, atom.Form:
			return true
		}
		return false
	})
	return n
}

// htmlLang is the language the page declares: <html lang>, else a
// Content-Language meta.
func htmlLang(root *html.Node) string {
	if h := find(root, atom.Html); h != nil {
		if v := attr(h, "lang"); v != "" {
			return v
		}
		if v := attr(h, "xml:lang"); v != "" {
			return v
		}
	}
	var lang string
	walk(root, func(n *html.Node) bool {
		if n.DataAtom == atom.Meta {
			if strings.EqualFold(attr(n, "http-equiv"), "content-language") || strings.EqualFold(attr(n, "name"), "language") {
				lang = attr(n, "content")
				return false
			}
		}
		return true
	})
	// A Content-Language header may list several languages.
	lang, _, _ = strings.Cut(lang, ",")
	return strings.TrimSpace(lang)
}

// canonicalURL is the page's own address: <link rel=canonical>, else
// og:url. Only absolute http(s) addresses count; a relative one says
// nothing without the address the page was fetched from.
func canonicalURL(root *html.Node) string {
	var canon, og string
	walk(root, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Link:
			if canon == "" && strings.EqualFold(attr(n, "rel"), "canonical") {
				canon = attr(n, "href")
			}
		case atom.Meta:
			if og == "" && strings.EqualFold(attr(n, "property"), "og:url") {
				og = attr(n, "content")
			}
		}
		return true
	})
	for _, u := range []string{canon, og} {
		if u = strings.TrimSpace(u); isHTTPURL(u) {
			return u
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

// walk visits n and its descendants in document order until fn returns
// false.
func walk(n *html.Node, fn func(*html.Node) bool) bool {
	if !fn(n) {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !walk(c, fn) {
			return false
		}
	}
	return true
}

func find(root *html.Node, a atom.Atom) *html.Node {
	var found *html.Node
	walk(root, func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.DataAtom == a {
			found = n
			return false
		}
		return true
	})
	return found
}

func removeAll(root *html.Node, drop func(*html.Node) bool) {
	for c := root.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && drop(c) {
			root.RemoveChild(c)
		} else {
			removeAll(c, drop)
		}
		c = next
	}
}

func textOf(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		return true
	})
	return b.String()
}

// mostlyLinks reports whether most of the text under n is link text: a
// menu or a list of teasers, which readability may return for a page with
// no article, and which is not an article either.
func mostlyLinks(n *html.Node) bool {
	var all, links int
	var count func(n *html.Node, inLink bool)
	count = func(n *html.Node, inLink bool) {
		if n.Type == html.TextNode {
			k := len(strings.TrimSpace(n.Data))
			all += k
			if inLink {
				links += k
			}
		}
		inLink = inLink || n.DataAtom == atom.A
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			count(c, inLink)
		}
	}
	count(n, false)
	return all > 0 && links*2 > all
}

func countElements(root *html.Node, limit int) int {
	count := 0
	walk(root, func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			count++
		}
		return count < limit
	})
	return count
}
