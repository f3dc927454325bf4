package loader

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph"
)

// Extractor finds the facts of one article and gives entities their
// canonical identity keys. loader/extract implements it; the interface lets
// the loader be tested with any extractor.
type Extractor interface {
	// ExtractChecked returns the facts, or an error when the extractor
	// failed on the article (the article is then rejected, not loaded
	// empty).
	ExtractChecked(a claimgraph.Article) (claimgraph.ArticleFacts, error)
	// Key returns the canonical identity key of an entity (lexicon key, or
	// a slug of its normalised name); never empty for a non-empty name.
	Key(t claimgraph.EntityType, name string, aliases []string) string
}

// AnnotatedRule is the evidence rule of facts imported as they stand.
const AnnotatedRule = "annotated"

// Build resolves the article-local facts of one article into a Batch with
// global ids: every entity gets its stable id (anonymous officials one
// scoped to the article), two local entities that resolve to one id become
// one, accusations are keyed by their parties, denials by denier and
// accusation, and evidence offsets are located in the text when the facts
// lack them. It returns an Invalid error naming the article when the facts
// are inconsistent (a reference to an unknown id).
func Build(x Extractor, a claimgraph.Article, f claimgraph.ArticleFacts) (claimgraph.Batch, error) {
	b := claimgraph.Batch{Article: a}
	bad := func(format string, args ...any) (claimgraph.Batch, error) {
		return claimgraph.Batch{}, claimgraph.Errorf(claimgraph.EINVALID, "article %s: "+format, append([]any{a.Name}, args...)...)
	}

	// Local id → global id, and the global entities in first-seen order.
	global := map[string]string{}
	index := map[string]int{}
	keys := map[string]string{}
	for _, fe := range f.Entities {
		if fe.ID == "" || !fe.Type.Valid() || strings.TrimSpace(fe.Name) == "" {
			return bad("entity %q is incomplete (id, type %q, name %q)", fe.ID, fe.Type, fe.Name)
		}
		if _, dup := global[fe.ID]; dup {
			return bad("entity id %q is used twice", fe.ID)
		}
		key := fe.Key
		if key == "" {
			key = x.Key(fe.Type, fe.Name, fe.Aliases)
		}
		if key == "" {
			return bad("entity %q (%s) has no usable name", fe.ID, fe.Name)
		}
		id := claimgraph.EntityID(fe.Type, key)
		if fe.Anonymous && fe.Type == claimgraph.Official {
			id = claimgraph.AnonymousID(a.ID, key)
		}
		global[fe.ID] = id
		forms := append([]string{fe.Name}, fe.Aliases...)
		if i, ok := index[id]; ok {
			e := &b.Entities[i]
			e.Aliases = appendNew(e.Aliases, nameLike(x, fe.Type, key, e.Name, forms)...)
			b.Mentions[i].Forms = appendNew(b.Mentions[i].Forms, forms...)
			b.Mentions[i].Count += max(fe.Mentions, 1)
			continue
		}
		index[id] = len(b.Entities)
		keys[id] = key
		b.Entities = append(b.Entities, claimgraph.Entity{
			ID:        id,
			Type:      fe.Type,
			Name:      strings.TrimSpace(fe.Name),
			Aliases:   nameLike(x, fe.Type, key, fe.Name, fe.Aliases),
			Lang:      a.Lang,
			Anonymous: fe.Anonymous,
		})
		b.Mentions = append(b.Mentions, claimgraph.Mention{EntityID: id, Forms: appendNew(nil, forms...), Count: max(fe.Mentions, 1)})
	}
	// Affiliations second: they may point forward in the list.
	for _, fe := range f.Entities {
		if fe.Affiliation == "" {
			continue
		}
		org, ok := global[fe.Affiliation]
		if !ok {
			return bad("entity %q is affiliated with unknown entity %q", fe.ID, fe.Affiliation)
		}
		e := &b.Entities[index[global[fe.ID]]]
		if org != e.ID && e.Type == claimgraph.Official {
			e.AffiliationID = org
		}
	}

	if a.Publisher != "" {
		b.PublisherID = publisherOf(x, &b, a.Publisher, keys)
	}

	seen := claimgraph.SeenAt(a)
	accusations := map[string]string{} // local accusation id → claim id
	claimIndex := map[string]int{}
	for _, fa := range f.Accusations {
		accuser, ok1 := global[fa.Accuser]
		accused, ok2 := global[fa.Accused]
		if !ok1 || !ok2 {
			return bad("accusation %q refers to unknown entity %q or %q", fa.ID, fa.Accuser, fa.Accused)
		}
		if accuser == accused {
			// Identity resolution folded both parties into one node; a
			// claim against oneself is not an accusation.
			continue
		}
		id := claimgraph.AccusationID(accuser, accused)
		accusations[fa.ID] = id
		if _, dup := claimIndex[id]; dup {
			continue // one accusation per pair and article; the first sentence is the evidence
		}
		var via []string
		for _, v := range fa.Via {
			g, ok := global[v]
			if !ok {
				return bad("accusation %q has unknown via entity %q", fa.ID, v)
			}
			if g != accused && !contains(via, g) {
				via = append(via, g)
			}
		}
		claimIndex[id] = len(b.Accusations)
		b.Accusations = append(b.Accusations, claimgraph.AccusationReport{
			Accusation: claimgraph.Accusation{
				ID: id, AccuserID: accuser, AccusedID: accused,
				Summary: strings.TrimSpace(fa.Summary), Via: via, FirstSeen: seen, LastSeen: seen,
			},
			Evidence: evidence(a, fa.Evidence, fa.Start, fa.End, fa.Rule, fa.Confidence, seen),
		})
	}
	denials := map[string]bool{}
	for _, fd := range f.Denials {
		denier, ok := global[fd.Denier]
		if !ok {
			return bad("denial %q refers to unknown entity %q", fd.ID, fd.Denier)
		}
		acc, ok := accusations[fd.Denies]
		if !ok {
			if !hasAccusation(f, fd.Denies) {
				return bad("denial %q answers unknown accusation %q", fd.ID, fd.Denies)
			}
			continue // the accusation was dropped above, and its denial with it
		}
		id := claimgraph.DenialID(denier, acc)
		if denials[id] {
			continue
		}
		denials[id] = true
		b.Denials = append(b.Denials, claimgraph.DenialReport{
			Denial:   claimgraph.Denial{ID: id, DenierID: denier, AccusationID: acc, Quote: strings.TrimSpace(fd.Quote), FirstSeen: seen, LastSeen: seen},
			Evidence: evidence(a, fd.Evidence, fd.Start, fd.End, fd.Rule, fd.Confidence, seen),
		})
	}
	return b, nil
}

func hasAccusation(f claimgraph.ArticleFacts, id string) bool {
	for _, fa := range f.Accusations {
		if fa.ID == id {
			return true
		}
	}
	return false
}

// publisherOf finds the Publication entity for the article's publisher
// metadata, adding one when the text never names the outlet.
func publisherOf(x Extractor, b *claimgraph.Batch, publisher string, keys map[string]string) string {
	key := x.Key(claimgraph.Publication, publisher, nil)
	for _, e := range b.Entities {
		if e.Type != claimgraph.Publication {
			continue
		}
		if keys[e.ID] == key || strings.EqualFold(e.Name, publisher) {
			return e.ID
		}
	}
	if key == "" {
		return ""
	}
	id := claimgraph.EntityID(claimgraph.Publication, key)
	b.Entities = append(b.Entities, claimgraph.Entity{ID: id, Type: claimgraph.Publication, Name: publisher, Lang: b.Article.Lang})
	return id
}

// evidence completes one piece of evidence: facts from the extractor carry
// offsets; imported facts often carry only the sentence, which is located
// in the text here so that offsets always point at it.
func evidence(a claimgraph.Article, sentence string, start, end int, rule string, conf float64, seen time.Time) claimgraph.Evidence {
	if end <= start && sentence != "" {
		if i := strings.Index(a.Text, sentence); i >= 0 {
			start = utf8.RuneCountInString(a.Text[:i])
			end = start + utf8.RuneCountInString(sentence)
		}
	}
	if rule == "" {
		rule = AnnotatedRule
	}
	if conf <= 0 || conf > 1 {
		conf = 1
	}
	return claimgraph.Evidence{ArticleID: a.ID, Sentence: sentence, Start: start, End: end, Rule: rule, Confidence: conf, SeenAt: seen}
}

// nameLike keeps the forms that can stand for the entity outside this
// article, so a node's aliases are names and not descriptions: forms that
// resolve to the same key on their own (lexicon aliases, short forms),
// acronyms, and forms sharing a word with the name ("Alibaba-Unternehmen").
// Descriptions such as "das Unternehmen" or "the regulator" stay on the
// article's MENTIONS relationship only, where they cannot make search
// return every company for "Unternehmen".
func nameLike(x Extractor, t claimgraph.EntityType, key, name string, forms []string) []string {
	nameWords := words(name)
	var out []string
	for _, f := range forms {
		f = strings.TrimSpace(f)
		if f == "" || f == name || contains(out, f) {
			continue
		}
		if isAcronym(f) || x.Key(t, f, nil) == key || sharesWord(words(f), nameWords) {
			out = append(out, f)
		}
	}
	return out
}

// articles and generic words never make two names "share a word".
var stopwords = map[string]bool{
	"der": true, "die": true, "das": true, "dem": true, "den": true, "des": true, "ein": true, "eine": true,
	"the": true, "a": true, "an": true, "of": true, "and": true, "für": true, "und": true, "von": true,
	"group": true, "gruppe": true, "inc": true, "ag": true, "gmbh": true, "ltd": true, "corp": true, "se": true,
	"unternehmen": true, "company": true, "konzern": true, "firm": true, "us": true, "u": true, "s": true,
}

func words(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len([]rune(w)) >= 3 && !stopwords[w] {
			out = append(out, w)
		}
	}
	return out
}

func sharesWord(a, b []string) bool {
	for _, x := range a {
		if contains(b, x) {
			return true
		}
	}
	return false
}

func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			n++
		case r == '.' || r == '&' || r == '-':
		default:
			return false
		}
	}
	return n >= 2 && n <= 8
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func appendNew(list []string, xs ...string) []string {
	for _, x := range xs {
		if x = strings.TrimSpace(x); x != "" && !contains(list, x) {
			list = append(list, x)
		}
	}
	return list
}
