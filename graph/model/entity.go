package model

import "github.com/claimgraph/claimgraph"

// Node is anything with a global id.
type Node interface {
	NodeID() string
}

// Entity is one of the five entity object types; Value gives the domain
// entity behind it.
type Entity interface {
	Node
	Value() *claimgraph.Entity
}

// entity provides the fields all entity types share.
type entity struct {
	E *claimgraph.Entity
}

func (e entity) NodeID() string              { return e.E.ID }
func (e entity) Value() *claimgraph.Entity   { return e.E }
func (e entity) ID() string                  { return e.E.ID }
func (e entity) Type() claimgraph.EntityType { return e.E.Type }
func (e entity) Name() string                { return e.E.Name }
func (e entity) Aliases() []string {
	if e.E.Aliases == nil {
		return []string{}
	}
	return e.E.Aliases
}

// The entity object types.
type (
	Company     struct{ entity }
	Agency      struct{ entity }
	Publication struct{ entity }
	Document    struct{ entity }
	Official    struct{ entity }
)

// Anonymous is true for an official the text does not name.
func (o Official) Anonymous() bool { return o.E.Anonymous }

// NewEntity wraps a domain entity in the object type of its kind; nil
// stays nil.
func NewEntity(e *claimgraph.Entity) Entity {
	if e == nil {
		return nil
	}
	base := entity{E: e}
	switch e.Type {
	case claimgraph.Company:
		return &Company{base}
	case claimgraph.Agency:
		return &Agency{base}
	case claimgraph.Publication:
		return &Publication{base}
	case claimgraph.Official:
		return &Official{base}
	default:
		return &Document{base}
	}
}
