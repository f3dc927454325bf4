package claimgraph

import (
	"context"
	"time"
)

// Page sizes: every list is bounded.
const (
	DefaultPageSize = 20
	MaxPageSize     = 100
)

// Page asks for at most First items after the opaque cursor After.
type Page struct {
	First int
	After string
}

// NewPage applies the default and the cap to a requested page size. It
// returns an Invalid error for a negative size.
func NewPage(first *int, after *string) (Page, error) {
	p := Page{First: DefaultPageSize}
	if first != nil {
		switch {
		case *first < 0:
			return p, Errorf(EINVALID, "first must not be negative, got %d", *first)
		case *first > MaxPageSize:
			p.First = MaxPageSize
		default:
			p.First = *first
		}
	}
	if after != nil {
		p.After = *after
	}
	return p, nil
}

// List is one page of a longer list: the items, a cursor for each, and
// whether more follow.
type List[T any] struct {
	Items       []T
	Cursors     []string
	HasNextPage bool
}

// EndCursor returns the cursor of the last item, or "" for an empty page.
func (l List[T]) EndCursor() string {
	if len(l.Cursors) == 0 {
		return ""
	}
	return l.Cursors[len(l.Cursors)-1]
}

// EntityFilter selects entities. Zero fields select everything.
type EntityFilter struct {
	Type EntityType
	// ArticleID keeps entities the article mentions.
	ArticleID string
	// AffiliationID keeps officials who speak for that organisation.
	AffiliationID string
}

// SearchQuery is a full-text search over entity names and aliases.
type SearchQuery struct {
	Text  string
	Types []EntityType
}

// ArticleFilter selects articles. Zero fields select everything.
type ArticleFilter struct {
	// EntityID keeps articles that mention the entity.
	EntityID string
	// PublisherID keeps articles published by that publication.
	PublisherID string
}

// AccusationFilter selects accusations. Zero fields select everything.
type AccusationFilter struct {
	AccuserID string
	AccusedID string
	ArticleID string
	// Since keeps accusations last seen at or after it; Until keeps those
	// first seen before it (an exclusive bound).
	Since, Until time.Time
	// Denied keeps denied (true) or undenied (false) accusations.
	Denied *bool
}

// DenialFilter selects denials. Zero fields select everything.
type DenialFilter struct {
	DenierID     string
	AccuserID    string
	AccusationID string
	ArticleID    string
	Since, Until time.Time
}

// RelationType is the kind of an edge between two entities.
type RelationType string

// The relation types of the entity network.
const (
	Accused   RelationType = "ACCUSED"
	Denied    RelationType = "DENIED"
	SpeaksFor RelationType = "SPEAKS_FOR"
)

// Relation is one edge between two entities; ClaimID names the accusation
// or denial behind an ACCUSED or DENIED edge.
type Relation struct {
	Type     RelationType
	SourceID string
	TargetID string
	ClaimID  string
}

// Network bounds.
const (
	MaxNetworkDepth = 3
	MaxNetworkLimit = 500
	// HubCap bounds how many neighbours of one node a traversal expands,
	// so one very connected entity cannot blow up a request.
	HubCap         = 100
	MaxPathLength  = 6
	MaxPaths       = 10
	MaxEvidence    = 100
	MaxMergeAtOnce = 50
)

// NetworkQuery asks for the neighbourhood of Center up to Depth hops, at
// most Limit entities. Types, when not empty, keeps only relations of those
// types. Since and Until, when set, keep only accusations and denials seen
// in [Since, Until) (last seen on or after Since, first seen before Until);
// SPEAKS_FOR has no time and always passes, so officials stay attached to
// their organisations in any window.
type NetworkQuery struct {
	Center       string
	Depth        int
	Limit        int
	Types        []RelationType
	Since, Until time.Time
}

// Network is a bounded neighbourhood.
type Network struct {
	Entities  []*Entity
	Relations []Relation
	// Truncated is true when a cap cut the neighbourhood short.
	Truncated bool
}

// PathQuery asks for the First shortest undirected connections between
// two entities of at most MaxLength relations.
type PathQuery struct {
	From, To  string
	MaxLength int
	First     int
}

// Path is a chain of relations, in order from the query's From to its To;
// EntityIDs has one more element than Relations.
type Path struct {
	EntityIDs []string
	Relations []Relation
}

// WriteStatus says what writing one batch did.
type WriteStatus string

// The outcomes of writing a batch.
const (
	// Loaded: the article was new or its content changed, and was written.
	Loaded WriteStatus = "LOADED"
	// Unchanged: the same article with the same content is stored already.
	Unchanged WriteStatus = "UNCHANGED"
)

// Writer stores batches.
type Writer interface {
	// WriteBatches writes each batch in its own transaction, so one bad
	// article cannot roll back another, and returns one status per batch.
	// Writing the same batch twice changes nothing. An article whose id is
	// stored with another digest is replaced: its old evidence and
	// mentions are removed first. It returns an Unavailable error when the
	// database cannot be reached; statuses before the failure stay valid.
	WriteBatches(ctx context.Context, batches []Batch) ([]WriteStatus, error)
}

// EntityReader reads entities.
type EntityReader interface {
	// EntitiesByID returns the entities in the order of ids, with nil where
	// an id does not exist. A merged-away id resolves to the entity it was
	// merged into.
	EntitiesByID(ctx context.Context, ids []string) ([]*Entity, error)
	// Entities lists entities ordered by name and id.
	Entities(ctx context.Context, f EntityFilter, p Page) (List[*Entity], error)
	CountEntities(ctx context.Context, f EntityFilter) (int, error)
	// Search ranks entities by full-text relevance of names and aliases.
	// It returns an Invalid error for an empty or unusable query.
	Search(ctx context.Context, q SearchQuery, p Page) (List[*Entity], error)
	CountSearch(ctx context.Context, q SearchQuery) (int, error)
}

// ArticleReader reads articles.
type ArticleReader interface {
	// ArticlesByID returns articles in the order of ids, nil where missing.
	ArticlesByID(ctx context.Context, ids []string) ([]*Article, error)
	// Articles lists articles newest first.
	Articles(ctx context.Context, f ArticleFilter, p Page) (List[*Article], error)
	CountArticles(ctx context.Context, f ArticleFilter) (int, error)
	// PublishersOf returns the publisher entity id of each article ("" if
	// none), in the order of ids.
	PublishersOf(ctx context.Context, articleIDs []string) ([]string, error)
}

// ClaimReader reads accusations, denials and their evidence.
type ClaimReader interface {
	AccusationsByID(ctx context.Context, ids []string) ([]*Accusation, error)
	// Accusations lists accusations newest (last seen) first.
	Accusations(ctx context.Context, f AccusationFilter, p Page) (List[*Accusation], error)
	CountAccusations(ctx context.Context, f AccusationFilter) (int, error)
	DenialsByID(ctx context.Context, ids []string) ([]*Denial, error)
	// Denials lists denials newest (last seen) first.
	Denials(ctx context.Context, f DenialFilter, p Page) (List[*Denial], error)
	CountDenials(ctx context.Context, f DenialFilter) (int, error)
	// DenialsOf returns, for each accusation id, the denials answering it.
	DenialsOf(ctx context.Context, accusationIDs []string) ([][]*Denial, error)
	// EvidenceOf returns, for each claim id, at most limit pieces of
	// evidence, oldest first.
	EvidenceOf(ctx context.Context, claimIDs []string, limit int) ([][]Evidence, error)
	// EvidenceCounts returns, for each claim id, how many pieces of
	// evidence it has.
	EvidenceCounts(ctx context.Context, claimIDs []string) ([]int, error)
}

// GraphReader traverses the entity network.
type GraphReader interface {
	// Network returns the bounded neighbourhood of q.Center. It returns
	// NotFound if the center does not exist and Invalid for bad bounds.
	Network(ctx context.Context, q NetworkQuery) (*Network, error)
	// Paths returns the shortest connections first. It returns NotFound if
	// an endpoint does not exist and Invalid for bad bounds.
	Paths(ctx context.Context, q PathQuery) ([]Path, error)
}

// Curator merges and splits entities.
type Curator interface {
	// MergeEntities moves every relation, mention and piece of evidence of
	// the merged entities to keep, records their names and ids as aliases
	// of keep, and leaves each merged entity as a tombstone pointing at
	// keep. It returns NotFound for a missing id and Invalid for merging an
	// entity into itself or entities of different types.
	MergeEntities(ctx context.Context, keep string, merge []string) (*Entity, error)
	// SplitEntity undoes the merge of id: what was moved from it moves
	// back. It returns NotFound if id does not exist and Conflict if it is
	// not merged.
	SplitEntity(ctx context.Context, id string) (*Entity, error)
}

// Store is everything the service needs from the database.
type Store interface {
	Writer
	EntityReader
	ArticleReader
	ClaimReader
	GraphReader
	Curator
	// Ping reports whether the database answers; Unavailable if not.
	Ping(ctx context.Context) error
}

// IngestResult is what ingesting one article did: its status and the
// batch as written (with global ids), so a caller can show what was found.
type IngestResult struct {
	Status WriteStatus
	Batch  Batch
}

// Ingester runs one article through extraction, identity resolution and
// storage: the path `claimgraph load` takes, for the ingest mutation.
type Ingester interface {
	// Ingest returns an Invalid error for an article that cannot be loaded
	// (empty, oversized) and Unavailable when the database is down.
	Ingest(ctx context.Context, a Article) (*IngestResult, error)
}
