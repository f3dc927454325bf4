package model

import (
	"time"

	"github.com/claimgraph/claimgraph"
)

// Article wraps a domain article.
type Article struct {
	A *claimgraph.Article
}

func (a *Article) NodeID() string      { return a.A.ID }
func (a *Article) ID() string          { return a.A.ID }
func (a *Article) Name() string        { return a.A.Name }
func (a *Article) Title() string       { return a.A.Title }
func (a *Article) URL() *string        { return optional(a.A.URL) }
func (a *Article) Language() string    { return a.A.Lang }
func (a *Article) LoadedAt() time.Time { return a.A.LoadedAt }
func (a *Article) Sha256() string      { return a.A.SHA256 }
func (a *Article) Text() string        { return a.A.Text }

// PublishedAt is nil when the article gives no date.
func (a *Article) PublishedAt() *time.Time {
	if a.A.Published.IsZero() {
		return nil
	}
	t := a.A.Published
	return &t
}

// Accusation wraps a domain accusation.
type Accusation struct {
	A *claimgraph.Accusation
}

func (a *Accusation) NodeID() string       { return a.A.ID }
func (a *Accusation) ID() string           { return a.A.ID }
func (a *Accusation) Summary() string      { return a.A.Summary }
func (a *Accusation) Denied() bool         { return a.A.Denied }
func (a *Accusation) FirstSeen() time.Time { return a.A.FirstSeen }
func (a *Accusation) LastSeen() time.Time  { return a.A.LastSeen }

// Denial wraps a domain denial.
type Denial struct {
	D *claimgraph.Denial
}

func (d *Denial) NodeID() string       { return d.D.ID }
func (d *Denial) ID() string           { return d.D.ID }
func (d *Denial) Quote() *string       { return optional(d.D.Quote) }
func (d *Denial) FirstSeen() time.Time { return d.D.FirstSeen }
func (d *Denial) LastSeen() time.Time  { return d.D.LastSeen }

// Provenance is the provenance of one accusation; its lists are resolved
// on demand.
type Provenance struct {
	A *claimgraph.Accusation
}

func (p *Provenance) FirstSeen() time.Time { return p.A.FirstSeen }
func (p *Provenance) LastSeen() time.Time  { return p.A.LastSeen }

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// NewArticle, NewAccusation and NewDenial wrap domain values; nil stays nil.
func NewArticle(a *claimgraph.Article) *Article {
	if a == nil {
		return nil
	}
	return &Article{A: a}
}

func NewAccusation(a *claimgraph.Accusation) *Accusation {
	if a == nil {
		return nil
	}
	return &Accusation{A: a}
}

func NewDenial(d *claimgraph.Denial) *Denial {
	if d == nil {
		return nil
	}
	return &Denial{D: d}
}
