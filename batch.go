package claimgraph

// Batch is everything one article adds to the graph, with global ids: the
// loader builds it from ArticleFacts (resolving identities), and a Store
// writes it in one transaction, so an article's facts land together or not
// at all.
type Batch struct {
	Article Article
	// PublisherID is the Publication entity that published the article,
	// when the input names one; it is also among Entities.
	PublisherID string
	Entities    []Entity
	Mentions    []Mention
	Accusations []AccusationReport
	Denials     []DenialReport
}

// Mention records that an article names an entity, and in which forms.
type Mention struct {
	EntityID string
	Forms    []string
	Count    int
}

// AccusationReport is one article's report of an accusation: the claim
// (whose id is shared by every article reporting it) and this article's
// evidence and via chain.
type AccusationReport struct {
	Accusation Accusation
	Evidence   Evidence
}

// DenialReport is one article's report of a denial.
type DenialReport struct {
	Denial   Denial
	Evidence Evidence
}
