package claimgraph

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
)

// MaxArticleBytes bounds the text of one article. Longer inputs are rejected
// rather than truncated, so that nothing is lost silently.
const MaxArticleBytes = 2 << 20

// Article is one news item as the loader read it.
type Article struct {
	// ID is the node id: "article:" and the input's own id when it gives
	// one, or else "article:sha256:" and the first 32 hex digits of SHA256,
	// so that two files that happen to share a name never overwrite each
	// other. Readers may leave out the prefix; ArticleID adds it.
	ID string
	// Name is how people refer to the article: the input's id, or the file
	// name without extension ("alibaba-de"); `extract` prints it as "id".
	Name      string
	Title     string
	URL       string
	Publisher string
	// Published is the publication date; zero when the input gives none.
	Published time.Time
	// Lang is an ISO 639-1 code ("de", "en"), given or detected.
	Lang string
	// Text is the body, paragraphs separated by a blank line.
	Text string
	// Source names where the article came from (a path, "path:line", "-").
	Source string
	// SHA256 is the hex digest of Title and Text; a reload with the same
	// digest is skipped as unchanged.
	SHA256   string
	LoadedAt time.Time
}

// ContentHash returns the digest used for SHA256 and for derived ids.
func ContentHash(title, text string) string {
	h := sha256.New()
	h.Write([]byte(strings.TrimSpace(title)))
	h.Write([]byte{0})
	h.Write([]byte(text))
	return hex.EncodeToString(h.Sum(nil))
}

// Validate checks an article before extraction or storage.
func (a *Article) Validate() error {
	switch {
	case a.ID == "":
		return Errorf(EINVALID, "article has no id")
	case strings.TrimSpace(a.Text) == "":
		return Errorf(EINVALID, "article %s: empty text", a.ID)
	case len(a.Text) > MaxArticleBytes:
		return Errorf(EINVALID, "article %s: text of %d bytes exceeds the limit of %d", a.ID, len(a.Text), MaxArticleBytes)
	}
	return nil
}

// SeenAt is when an article counts as seen, the sort key of articles and
// the time of their evidence: the publication day (UTC midnight), else the
// load time.
func SeenAt(a Article) time.Time {
	if !a.Published.IsZero() {
		y, m, d := a.Published.Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	return a.LoadedAt.UTC()
}

// ArticleIDPrefix starts every article node id, so a global id tells its kind.
const ArticleIDPrefix = "article:"

// ArticleID returns id with the article prefix, added if missing.
func ArticleID(id string) string {
	if strings.HasPrefix(id, ArticleIDPrefix) {
		return id
	}
	return ArticleIDPrefix + id
}
