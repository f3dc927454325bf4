package model

import (
	"io"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/claimgraph/claimgraph"
)

// DateLayout is the wire form of the Date scalar.
const DateLayout = "2006-01-02"

// MarshalDate writes a calendar date as "2026-03-14".
func MarshalDate(t time.Time) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = io.WriteString(w, strconv.Quote(t.Format(DateLayout)))
	})
}

// UnmarshalDate reads "2026-03-14" as midnight UTC of that day.
func UnmarshalDate(v any) (time.Time, error) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, claimgraph.Errorf(claimgraph.EINVALID, "a Date must be a string like 2026-03-14, got %T", v)
	}
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return time.Time{}, claimgraph.Errorf(claimgraph.EINVALID, "a Date must look like 2026-03-14, got %q", s)
	}
	return t, nil
}
