package claimgraph_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph"
)

func TestNewPage(t *testing.T) {
	n := func(i int) *int { return &i }
	for _, tc := range []struct {
		first *int
		want  int
		code  string
	}{
		{nil, claimgraph.DefaultPageSize, ""},
		{n(5), 5, ""},
		{n(0), 0, ""},
		{n(1000), claimgraph.MaxPageSize, ""},
		{n(-1), 0, claimgraph.EINVALID},
	} {
		p, err := claimgraph.NewPage(tc.first, nil)
		if claimgraph.ErrorCode(err) != tc.code || (err == nil && p.First != tc.want) {
			t.Errorf("NewPage(%v) = %d, %v; want %d, %q", tc.first, p.First, err, tc.want, tc.code)
		}
	}
}

func TestIDs(t *testing.T) {
	if got := claimgraph.EntityID(claimgraph.Company, "alibaba"); got != "company:alibaba" {
		t.Errorf("EntityID = %s", got)
	}
	if typ, err := claimgraph.TypeOfID("publication:financial-times"); err != nil || typ != claimgraph.Publication {
		t.Errorf("TypeOfID = %s, %v", typ, err)
	}
	for _, bad := range []string{"", "nocolon", "person:x"} {
		if _, err := claimgraph.TypeOfID(bad); claimgraph.ErrorCode(err) != claimgraph.EINVALID {
			t.Errorf("TypeOfID(%q) = %v, want invalid", bad, err)
		}
	}
	if claimgraph.ArticleID("x") != "article:x" || claimgraph.ArticleID("article:x") != "article:x" {
		t.Error("ArticleID must add the prefix once")
	}
	a, b := claimgraph.AccusationID("agency:a", "company:b"), claimgraph.AccusationID("company:b", "agency:a")
	if a == b || a != claimgraph.AccusationID("agency:a", "company:b") {
		t.Error("accusation ids must be deterministic and directed")
	}
	if claimgraph.AnonymousID("article:1", "sprecher") == claimgraph.AnonymousID("article:2", "sprecher") {
		t.Error("anonymous officials of two articles must differ")
	}
	if got, err := claimgraph.ParseEntityType("aGeNcY"); err != nil || got != claimgraph.Agency {
		t.Errorf("ParseEntityType = %s, %v", got, err)
	}
}

func TestErrors(t *testing.T) {
	coded := fmt.Errorf("load x: %w", claimgraph.Errorf(claimgraph.ENOTFOUND, "no entity %q", "e"))
	if claimgraph.ErrorCode(coded) != claimgraph.ENOTFOUND || claimgraph.ErrorMessage(coded) != `no entity "e"` {
		t.Errorf("wrapped coded error: %s / %s", claimgraph.ErrorCode(coded), claimgraph.ErrorMessage(coded))
	}
	plain := errors.New("driver said something internal")
	if claimgraph.ErrorCode(plain) != claimgraph.EINTERNAL || claimgraph.ErrorMessage(plain) != "internal error" {
		t.Error("uncoded errors must be internal and hidden")
	}
	if claimgraph.ErrorCode(nil) != "" || claimgraph.ErrorMessage(nil) != "" {
		t.Error("nil is no error")
	}
}

func TestSeenAt(t *testing.T) {
	loaded := time.Date(2026, 5, 1, 10, 30, 0, 0, time.FixedZone("CEST", 7200))
	a := claimgraph.Article{LoadedAt: loaded}
	if got := claimgraph.SeenAt(a); !got.Equal(loaded) || got.Location() != time.UTC {
		t.Errorf("without a date: %v", got)
	}
	a.Published = time.Date(2026, 3, 14, 23, 0, 0, 0, time.FixedZone("X", -3600))
	if got := claimgraph.SeenAt(a); !got.Equal(time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("with a date: %v, want the publication day", got)
	}
}

func TestArticleValidate(t *testing.T) {
	for _, a := range []claimgraph.Article{{Text: "x"}, {ID: "a"}, {ID: "a", Text: string(make([]byte, claimgraph.MaxArticleBytes+1))}} {
		if err := a.Validate(); claimgraph.ErrorCode(err) != claimgraph.EINVALID {
			t.Errorf("Validate(%q…) = %v, want invalid", a.ID, err)
		}
	}
}
