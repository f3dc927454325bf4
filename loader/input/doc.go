// Package input reads article files into claimgraph.Article values: the
// first step of the loader, before extraction and identity resolution.
//
// What lives here: walking paths (files, directories in lexical order,
// stdin), telling formats apart (by extension, or by sniffing the content),
// decoding bytes to UTF-8 (BOM, UTF-16, a declared HTML charset, clean
// Windows-1252), parsing the five input formats (plain text, Markdown,
// FORMAT.md JSON, JSON Lines, HTML), deriving an article's Name, ID and
// SHA256, parsing dates, detecting the language when the input does not say,
// and — with Options.Annotated — reading and checking gold annotations into
// claimgraph.ArticleFacts.
//
// What does not: extraction of entities and claims, identity resolution,
// anything that talks to Neo4j, command-line flags. The package does no
// network I/O and imports no database driver.
//
// Every input ends as exactly one Item per article: either an Article that
// passes Article.Validate, or a rejection carrying a *RejectError whose
// message names the source (and line) and says in a sentence what is wrong.
// A bad file never stops the others, and nothing panics on hostile input
// (FuzzParseBytes checks that). Item order is deterministic: paths in the
// order given, directory entries in lexical order, lines in file order.
//
// The text an Article carries is the exact string the extractor will
// compute offsets into, so every normalisation happens here, once: line
// endings become "\n", paragraphs are separated by exactly one blank line,
// Unicode is NFC (for text, Markdown and HTML; JSON text is kept verbatim
// because annotations may carry offsets into it).
package input
