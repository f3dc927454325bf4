// Package input reads article files into claimgraph.Article values: the
// first step of the loader, before extraction and identity resolution.
//
// What lives here: walking paths (files, directories in lexical order,
// stdin), telling formats apart (by extension, or by sniffing the content),
// decoding bytes to UTF-8, parsing the five input formats, deriving an
// article's Name, ID and SHA256, parsing dates, detecting the language when
// the input does not say (DetectLang), and — with Options.Annotated —
// reading and checking gold annotations into claimgraph.ArticleFacts.
//
// What does not: extraction of entities and claims, identity resolution,
// anything that talks to Neo4j, command-line flags. The package does no
// network I/O and imports no database driver.
//
// # Formats
//
// The extension picks the format, in any letter case; without one (and on
// stdin) the content is sniffed.
//
//   - .txt: the first non-empty line is the title (unless it is longer than
//     a headline can be), the rest the body; a body line repeating the
//     title at the top is dropped.
//   - .md, .markdown: optional "---" front matter (id, title, url,
//     publisher, published or date, lang or language); the title is the
//     front matter's or the first "# heading"; the body is CommonMark
//     rendered to plain paragraphs (see parseMarkdown).
//   - .json: one object in the shape of corpus/FORMAT.md, or an array of
//     them (items "path#1", "path#2", …). Annotations are read only with
//     Options.Annotated, and then checked.
//   - .jsonl, .ndjson: one object per line (items "path:3"), streamed.
//   - .html, .htm: main text by readability, metadata from the page.
//
// Name is the input's id, else the file name without extension
// ("<stem>-<line>" for JSON Lines, "<stem>-<i>" in arrays, "stdin" on
// stdin). ID is the input's id, else "sha256:" and 32 hex digits of the
// content hash, so two files with the same name never collide.
//
// # Text
//
// Article.Text is the exact string the extractor computes offsets into, so
// every normalisation happens here, once: line endings become "\n",
// trailing white space goes, paragraphs are separated by exactly one blank
// line, Unicode is NFC and no-break spaces are plain spaces. JSON text is
// the exception and is kept byte for byte, because annotations may carry
// offsets into it.
//
// # Rejects
//
// Every input ends as Items: an Article that passes Article.Validate, or a
// rejection with a *RejectError whose message names the source (and line)
// and says in words what is wrong. A bad file never stops the others, and
// hostile input gives a reject, not a panic (FuzzParseBytes). Item order is
// deterministic: paths in the order given, directory entries in lexical
// order, articles in file order.
package input
