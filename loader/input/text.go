package input

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTitleRunes is the longest first line a plain-text file can have and
// still be taken as its title. Headlines are short; a first line longer
// than this is a paragraph of a file that has no title, and taking it as
// the title would lose it from the text the extractor sees.
const maxTitleRunes = 300

// parseText reads the plain-text format: the first non-empty line is the
// title, the rest is the body. The body is kept as written — no reflowing
// inside paragraphs — apart from the normalisation in paragraphs, and a
// first body line that repeats the title is dropped (exports from news
// sites often print the headline twice).
func parseText(s string) (title, body string) {
	lines := splitLines(s)
	i := 0
	for i < len(lines) && lines[i] == "" {
		i++
	}
	if i < len(lines) && utf8.RuneCountInString(strings.TrimSpace(lines[i])) <= maxTitleRunes {
		title = strings.TrimSpace(lines[i])
		i++
		j := i
		for j < len(lines) && lines[j] == "" {
			j++
		}
		if j < len(lines) && strings.TrimSpace(lines[j]) == title {
			i = j + 1
		}
	}
	return title, joinParagraphLines(lines[i:])
}

// splitLines normalises line endings (CRLF and lone CR become LF), removes
// trailing white space from every line and empties lines that hold only
// white space, so that "blank line" means one thing everywhere.
func splitLines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRightFunc(l, unicode.IsSpace)
	}
	return lines
}

// joinParagraphLines joins lines back into text whose paragraphs are
// separated by exactly one blank line: leading and trailing blank lines go,
// and any run of blank lines becomes one. Lines inside a paragraph keep
// their single line breaks and their indentation.
func joinParagraphLines(lines []string) string {
	var b strings.Builder
	blank := false
	for _, l := range lines {
		if l == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if blank {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(l)
	}
	return b.String()
}

// normaliseParagraphs applies the same rules to text assembled from
// markup (Markdown, HTML).
func normaliseParagraphs(s string) string {
	return joinParagraphLines(splitLines(s))
}

// paragraphs joins paragraphs with one blank line, dropping empty ones. A
// paragraph's own line breaks survive; blank lines inside it are collapsed
// by the normalisation.
func paragraphs(ps []string) string {
	return normaliseParagraphs(strings.Join(ps, "\n\n"))
}

// dropLeadingTitle removes a first paragraph equal to the title: HTML and
// Markdown bodies usually repeat the headline.
func dropLeadingTitle(body, title string) string {
	if title == "" {
		return body
	}
	first, rest, _ := strings.Cut(body, "\n\n")
	if collapseSpace(first) == collapseSpace(title) {
		return rest
	}
	return body
}

// collapseSpace folds runs of white space to one space and trims, for
// comparing titles and headings written across lines.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
