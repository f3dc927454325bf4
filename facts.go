package claimgraph

// ArticleFacts is what one article states, in the shape of
// ../shared/corpus/FORMAT.md: entities with article-local ids ("e1"),
// accusations ("a1") and denials ("d1") that refer to them. The extractor
// produces it, `claimgraph extract` prints it one object per line, the
// evaluator scores it against gold files of the same shape, and
// `load --annotated` imports it as it stands. Keep the JSON names stable:
// they are a contract with external tools.
type ArticleFacts struct {
	ID          string           `json:"id"`
	Lang        string           `json:"lang,omitempty"`
	Title       string           `json:"title,omitempty"`
	Entities    []FactEntity     `json:"entities"`
	Accusations []FactAccusation `json:"accusations"`
	Denials     []FactDenial     `json:"denials"`
}

// FactEntity is an entity as one article names it.
type FactEntity struct {
	ID      string     `json:"id"`
	Type    EntityType `json:"type"`
	Name    string     `json:"name"`
	Aliases []string   `json:"aliases"`
	// Anonymous marks an official the text does not name.
	Anonymous bool `json:"anonymous,omitempty"`
	// Affiliation is the local id of the organisation an official speaks for.
	Affiliation string `json:"affiliation,omitempty"`
	// Key, when set, is the canonical identity key the extractor resolved
	// the entity to (from the lexicon), e.g. "us-intelligence"; the loader
	// derives the node id from it. Empty means: derive it from Name.
	Key string `json:"key,omitempty"`
	// Mentions counts the entity's mentions in the article.
	Mentions int `json:"mentions,omitempty"`
}

// FactAccusation is an accusation as one article states it.
type FactAccusation struct {
	ID      string `json:"id"`
	Accuser string `json:"accuser"`
	Accused string `json:"accused"`
	Summary string `json:"summary"`
	// Evidence is one sentence copied exactly from the text.
	Evidence string `json:"evidence"`
	// Start and End locate Evidence in the text, in code points.
	Start int `json:"start"`
	End   int `json:"end"`
	// Via lists local entity ids, origin first.
	Via        []string `json:"via"`
	Rule       string   `json:"rule,omitempty"`
	Confidence float64  `json:"confidence,omitempty"`
}

// FactDenial is a denial as one article states it.
type FactDenial struct {
	ID     string `json:"id"`
	Denier string `json:"denier"`
	// Denies is the local id of the accusation it answers.
	Denies     string  `json:"denies"`
	Evidence   string  `json:"evidence"`
	Quote      string  `json:"quote,omitempty"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Rule       string  `json:"rule,omitempty"`
	Confidence float64 `json:"confidence,omitempty"`
}
