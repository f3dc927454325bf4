package neo4jstore

import (
	"encoding/base64"
	"encoding/json"
	"strings"
	"time"

	"github.com/claimgraph/claimgraph"
)

// Cursors are keyset positions: the sort key and id of the last item seen,
// JSON-encoded and base64url'd so clients treat them as opaque. A keyset
// cursor stays valid while data is added: a new item sorts before or after
// it, so pages never repeat or skip items that existed when paging began.
// Search, ranked by relevance, is the exception and uses an offset.

type cursor struct {
	// T is a time sort key, S a string sort key, ID the tie breaker, and O
	// an offset for relevance-ranked lists.
	T  *time.Time `json:"t,omitempty"`
	S  *string    `json:"s,omitempty"`
	ID string     `json:"id,omitempty"`
	O  int        `json:"o,omitempty"`
}

func (c cursor) encode() string {
	b, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeCursor parses an `after` argument; "" means the start. It returns
// an Invalid error for anything this package did not produce.
func decodeCursor(s string) (*cursor, error) {
	if s == "" {
		return nil, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	var c cursor
	if err == nil {
		err = json.Unmarshal(b, &c)
	}
	if err != nil || (c.ID == "" && c.O <= 0) || c.O < 0 {
		return nil, claimgraph.Errorf(claimgraph.EINVALID, "malformed cursor %q", s)
	}
	return &c, nil
}

func timeCursor(t time.Time, id string) string { return cursor{T: &t, ID: id}.encode() }
func nameCursor(s, id string) string           { return cursor{S: &s, ID: id}.encode() }
func offsetCursor(o int) string                { return cursor{O: o}.encode() }

// after narrows q to the rows after the cursor s, for lists sorted by the
// expression key (a name ascending, or a time descending) and then by the
// id of the same variable. A cursor of another list is Invalid.
func (q *query) after(s, key string, desc bool) error {
	c, err := decodeCursor(s)
	if err != nil || c == nil {
		return err
	}
	id := strings.SplitN(key, ".", 2)[0] + ".id"
	switch {
	case desc && c.T != nil:
		q.and("("+key+" < $afterKey OR ("+key+" = $afterKey AND "+id+" > $afterID))", "afterKey", *c.T, "afterID", c.ID)
	case !desc && c.S != nil:
		q.and("("+key+" > $afterKey OR ("+key+" = $afterKey AND "+id+" > $afterID))", "afterKey", *c.S, "afterID", c.ID)
	default:
		return claimgraph.Errorf(claimgraph.EINVALID, "cursor %q does not belong to this list", s)
	}
	return nil
}
