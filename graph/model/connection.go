package model

import (
	"context"

	"github.com/claimgraph/claimgraph"
)

// Counter counts the whole list behind a connection. It runs only when a
// client asks for totalCount, as its own count query.
type Counter func(ctx context.Context) (int, error)

// connection is the part every connection type shares.
type connection struct {
	Cursors []string
	HasNext bool
	Count   Counter
}

// PageInfo of the page.
func (c connection) PageInfo() *PageInfo {
	p := &PageInfo{HasNextPage: c.HasNext}
	if n := len(c.Cursors); n > 0 {
		p.EndCursor = &c.Cursors[n-1]
	}
	return p
}

// EntityConnection is one page of entities.
type EntityConnection struct {
	connection
	Items []Entity
}

// ArticleConnection is one page of articles.
type ArticleConnection struct {
	connection
	Items []*Article
}

// AccusationConnection is one page of accusations.
type AccusationConnection struct {
	connection
	Items []*Accusation
}

// DenialConnection is one page of denials.
type DenialConnection struct {
	connection
	Items []*Denial
}

func (c *EntityConnection) Nodes() []Entity { return c.Items }
func (c *EntityConnection) Edges() []*EntityEdge {
	out := make([]*EntityEdge, len(c.Items))
	for i, n := range c.Items {
		out[i] = &EntityEdge{Cursor: c.Cursors[i], Node: n}
	}
	return out
}

func (c *ArticleConnection) Nodes() []*Article { return c.Items }
func (c *ArticleConnection) Edges() []*ArticleEdge {
	out := make([]*ArticleEdge, len(c.Items))
	for i, n := range c.Items {
		out[i] = &ArticleEdge{Cursor: c.Cursors[i], Node: n}
	}
	return out
}

func (c *AccusationConnection) Nodes() []*Accusation { return c.Items }
func (c *AccusationConnection) Edges() []*AccusationEdge {
	out := make([]*AccusationEdge, len(c.Items))
	for i, n := range c.Items {
		out[i] = &AccusationEdge{Cursor: c.Cursors[i], Node: n}
	}
	return out
}

func (c *DenialConnection) Nodes() []*Denial { return c.Items }
func (c *DenialConnection) Edges() []*DenialEdge {
	out := make([]*DenialEdge, len(c.Items))
	for i, n := range c.Items {
		out[i] = &DenialEdge{Cursor: c.Cursors[i], Node: n}
	}
	return out
}

// Entities builds an entity connection from a store page.
func Entities(l claimgraph.List[*claimgraph.Entity], count Counter) *EntityConnection {
	items := make([]Entity, len(l.Items))
	for i, e := range l.Items {
		items[i] = NewEntity(e)
	}
	return &EntityConnection{connection{l.Cursors, l.HasNextPage, count}, items}
}

// Articles builds an article connection from a store page.
func Articles(l claimgraph.List[*claimgraph.Article], count Counter) *ArticleConnection {
	items := make([]*Article, len(l.Items))
	for i, a := range l.Items {
		items[i] = NewArticle(a)
	}
	return &ArticleConnection{connection{l.Cursors, l.HasNextPage, count}, items}
}

// Accusations builds an accusation connection from a store page.
func Accusations(l claimgraph.List[*claimgraph.Accusation], count Counter) *AccusationConnection {
	items := make([]*Accusation, len(l.Items))
	for i, a := range l.Items {
		items[i] = NewAccusation(a)
	}
	return &AccusationConnection{connection{l.Cursors, l.HasNextPage, count}, items}
}

// Denials builds a denial connection from a store page.
func Denials(l claimgraph.List[*claimgraph.Denial], count Counter) *DenialConnection {
	items := make([]*Denial, len(l.Items))
	for i, d := range l.Items {
		items[i] = NewDenial(d)
	}
	return &DenialConnection{connection{l.Cursors, l.HasNextPage, count}, items}
}
