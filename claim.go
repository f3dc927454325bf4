package claimgraph

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Evidence ties a claim to the sentence of an article that states it.
type Evidence struct {
	ArticleID string
	Sentence  string
	// Start and End are offsets of the sentence in the article text,
	// counted in Unicode code points, End exclusive.
	Start, End int
	// Rule names the extraction rule (or "annotated") that found the claim.
	Rule       string
	Confidence float64
	// SeenAt is the article's publication date, or its load time when the
	// article gives none; it orders reports and sets first/last seen.
	SeenAt time.Time
}

// Accusation is a claim that AccuserID did something wrong, made against
// AccusedID. One accusation per accuser–accused pair: every article that
// reports it adds Evidence rather than a new claim.
type Accusation struct {
	ID        string
	AccuserID string
	AccusedID string
	Summary   string
	// Via lists the documents and publications through which the claim
	// reached the articles, origin first.
	Via []string
	// Denied is true when at least one denial answers the accusation.
	Denied    bool
	FirstSeen time.Time
	LastSeen  time.Time
}

// Denial is a statement by DenierID that rejects AccusationID.
type Denial struct {
	ID           string
	DenierID     string
	AccusationID string
	// Quote is the denial's own words where the text quotes them.
	Quote     string
	FirstSeen time.Time
	LastSeen  time.Time
}

// AccusationID derives the id of the accusation between two entities.
func AccusationID(accuserID, accusedID string) string {
	return "accusation:" + shortHash(accuserID, accusedID)
}

// DenialID derives the id of a denier's denial of one accusation.
func DenialID(denierID, accusationID string) string {
	return "denial:" + shortHash(denierID, accusationID)
}

func shortHash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:20]
}
