package graph

import (
	"context"
	"crypto/subtle"
	"net/http"
	"strings"
	"time"

	"github.com/claimgraph/claimgraph"
	"github.com/claimgraph/claimgraph/graph/model"
)

type authKey struct{}

// WithAuth is middleware that checks the bearer token of a request against
// token and records the outcome for authorize. Queries never need a token;
// mutations always do, and are refused when no token is configured, so a
// deployment that forgot CLAIMGRAPH_TOKEN is read-only rather than open.
func WithAuth(token string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		state := authMissing
		switch {
		case token == "":
			state = authDisabled
		case r.Header.Get("Authorization") != "":
			got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
			state = authWrong
			if ok && subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(token)) == 1 {
				state = authOK
			}
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), authKey{}, state)))
	})
}

type authState int

const (
	authMissing authState = iota
	authDisabled
	authWrong
	authOK
)

func authorize(ctx context.Context) error {
	switch state, _ := ctx.Value(authKey{}).(authState); state {
	case authOK:
		return nil
	case authDisabled:
		return claimgraph.Errorf(claimgraph.EUNAUTHENTICATED, "mutations are disabled: the server has no CLAIMGRAPH_TOKEN")
	case authWrong:
		return claimgraph.Errorf(claimgraph.EUNAUTHENTICATED, "the bearer token is not valid")
	default:
		return claimgraph.Errorf(claimgraph.EUNAUTHENTICATED, "mutations need an Authorization: Bearer token")
	}
}

// ingest runs one article through the loader and returns what is now
// stored for it, read back through the loaders so that names merged with
// earlier articles show as they are in the graph.
func (r *Resolver) ingest(ctx context.Context, in model.ArticleInput) (*model.IngestResult, error) {
	if err := authorize(ctx); err != nil {
		return nil, err
	}
	if r.Ingester == nil {
		return nil, claimgraph.Errorf(claimgraph.EUNAVAILABLE, "this server does not ingest articles")
	}
	a := claimgraph.Article{
		Title:     strings.TrimSpace(in.Title),
		Text:      in.Text,
		URL:       deref(in.URL),
		Publisher: strings.TrimSpace(deref(in.Publisher)),
		Lang:      strings.ToLower(strings.TrimSpace(deref(in.Language))),
		Source:    "graphql",
		LoadedAt:  time.Now().UTC(),
	}
	if in.PublishedAt != nil {
		a.Published = *in.PublishedAt
	}
	a.SHA256 = claimgraph.ContentHash(a.Title, a.Text)
	if in.ID != nil && strings.TrimSpace(*in.ID) != "" {
		a.Name = strings.TrimSpace(*in.ID)
		a.ID = claimgraph.ArticleID(a.Name)
	} else {
		a.Name = "graphql-" + a.SHA256[:12]
		a.ID = claimgraph.ArticleID("sha256:" + a.SHA256[:32])
	}
	res, err := r.Ingester.Ingest(ctx, a)
	if err != nil {
		return nil, err
	}
	b := res.Batch
	l := r.loaders(ctx)
	art, err := l.Article.Load(ctx, b.Article.ID)
	if err != nil {
		return nil, err
	}
	if art == nil {
		return nil, claimgraph.Errorf(claimgraph.EINTERNAL, "article %q was written but cannot be read back", b.Article.ID)
	}
	out := &model.IngestResult{Status: res.Status, Article: model.NewArticle(art)}
	ids := make([]string, len(b.Entities))
	for i, e := range b.Entities {
		ids[i] = e.ID
	}
	if out.Entities, err = r.entities(ctx, ids); err != nil {
		return nil, err
	}
	accIDs := make([]string, len(b.Accusations))
	for i, rep := range b.Accusations {
		accIDs[i] = rep.Accusation.ID
	}
	accs, err := l.Accusation.LoadAll(ctx, accIDs)
	if err != nil {
		return nil, err
	}
	for _, a := range accs {
		if a != nil {
			out.Accusations = append(out.Accusations, model.NewAccusation(a))
		}
	}
	denIDs := make([]string, len(b.Denials))
	for i, rep := range b.Denials {
		denIDs[i] = rep.Denial.ID
	}
	dens, err := l.Denial.LoadAll(ctx, denIDs)
	if err != nil {
		return nil, err
	}
	for _, d := range dens {
		if d != nil {
			out.Denials = append(out.Denials, model.NewDenial(d))
		}
	}
	if out.Accusations == nil {
		out.Accusations = []*model.Accusation{}
	}
	if out.Denials == nil {
		out.Denials = []*model.Denial{}
	}
	return out, nil
}
