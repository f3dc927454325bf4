package claimgraph

import (
	"fmt"
	"strings"
)

// EntityType is the kind of an entity node. The string values are the ones
// FORMAT.md uses and the labels the graph carries.
type EntityType string

// The entity types. Company, Agency, Publication and Official are the four
// core types; Document stands for a report, memorandum or filing cited as a
// source of a claim.
const (
	Company     EntityType = "Company"
	Agency      EntityType = "Agency"
	Publication EntityType = "Publication"
	Official    EntityType = "Official"
	Document    EntityType = "Document"
)

// EntityTypes lists every entity type in a fixed order.
var EntityTypes = []EntityType{Company, Agency, Publication, Official, Document}

// Valid reports whether t is one of the known entity types.
func (t EntityType) Valid() bool {
	switch t {
	case Company, Agency, Publication, Official, Document:
		return true
	}
	return false
}

// ParseEntityType accepts a type name in any letter case ("company",
// "COMPANY", "Company"). It returns an Invalid error for anything else.
func ParseEntityType(s string) (EntityType, error) {
	for _, t := range EntityTypes {
		if strings.EqualFold(string(t), s) {
			return t, nil
		}
	}
	return "", Errorf(EINVALID, "unknown entity type %q", s)
}

// Entity is a node of the graph: an organisation, an official or a document.
type Entity struct {
	// ID is stable: "<type>:<key>", see EntityID.
	ID   string
	Type EntityType
	// Name is the fullest base form seen for the entity.
	Name string
	// Aliases are the other surface forms that referred to it, merged over
	// every article that mentions it; merged-away entity ids are kept here
	// too, so a merge can be traced and undone.
	Aliases []string
	// Lang is the language of the article that first named the entity.
	Lang string
	// Anonymous is true for an official whom the text does not name.
	Anonymous bool
	// AffiliationID is the organisation an official speaks for, if known.
	AffiliationID string
	// MergedInto is set on an entity that a curator merged into another.
	MergedInto string
}

// EntityID derives the stable id of an entity from its type and canonical
// key, e.g. EntityID(Company, "alibaba-group") = "company:alibaba-group".
func EntityID(t EntityType, key string) string {
	return strings.ToLower(string(t)) + ":" + key
}

// AnonymousID derives the article-scoped id of an anonymous official: the
// same unnamed official in two articles is two nodes, because nothing in
// the text says they are one person.
func AnonymousID(articleID, key string) string {
	return "official:" + articleID + "/" + key
}

// TypeOfID returns the type encoded in an entity id. It returns an Invalid
// error if the id does not start with a known type.
func TypeOfID(id string) (EntityType, error) {
	prefix, _, ok := strings.Cut(id, ":")
	if !ok {
		return "", Errorf(EINVALID, "malformed entity id %q", id)
	}
	t, err := ParseEntityType(prefix)
	if err != nil {
		return "", Errorf(EINVALID, "malformed entity id %q", id)
	}
	return t, nil
}

// Validate checks the fields every stored entity must have.
func (e *Entity) Validate() error {
	switch {
	case e.ID == "":
		return Errorf(EINVALID, "entity has no id")
	case !e.Type.Valid():
		return Errorf(EINVALID, "entity %s: unknown type %q", e.ID, e.Type)
	case strings.TrimSpace(e.Name) == "":
		return Errorf(EINVALID, "entity %s: empty name", e.ID)
	}
	return nil
}

// String is for logs.
func (e *Entity) String() string { return fmt.Sprintf("%s(%s)", e.Type, e.Name) }
