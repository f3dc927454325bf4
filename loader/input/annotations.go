package input

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph"
)

// maxProblems is how many annotation problems one rejection lists; the
// rest are counted. Fixing the first few usually fixes the file.
const maxProblems = 3

// checkFacts validates annotations against each other and against the
// article text, as FORMAT.md defines them: ids present and unique within
// their list, entity types known (normalised to their canonical spelling),
// names non-empty, every reference (affiliation, accuser, accused, via,
// denier, denies) naming an existing id of the right list, and every
// evidence sentence occurring in the text — at Start/End when those are
// given, as code-point offsets. It returns "" when the facts are sound.
func checkFacts(f *claimgraph.ArticleFacts, text string) string {
	var probs []string
	add := func(format string, args ...any) {
		probs = append(probs, fmt.Sprintf(format, args...))
	}

	entities := map[string]bool{}
	for i := range f.Entities {
		e := &f.Entities[i]
		switch {
		case strings.TrimSpace(e.ID) == "":
			add("entity #%d has no id", i+1)
			continue
		case entities[e.ID]:
			add("entity id %q is used twice", e.ID)
		}
		entities[e.ID] = true
		if t, err := claimgraph.ParseEntityType(string(e.Type)); err != nil {
			add("entity %q has unknown type %q (want Company, Agency, Publication, Official or Document)", e.ID, e.Type)
		} else {
			e.Type = t
		}
		if strings.TrimSpace(e.Name) == "" {
			add("entity %q has no name", e.ID)
		}
		if e.Aliases == nil {
			e.Aliases = []string{}
		}
	}
	for _, e := range f.Entities {
		if e.Affiliation == "" {
			continue
		}
		if e.Affiliation == e.ID {
			add("entity %q is affiliated with itself", e.ID)
		} else if !entities[e.Affiliation] {
			add("entity %q names affiliation %q, which is not an entity of this article", e.ID, e.Affiliation)
		}
	}

	ref := func(what, id, role, target string) {
		switch {
		case target == "":
			add("%s %q has no %s", what, id, role)
		case !entities[target]:
			add("%s %q names %s %q, which is not an entity of this article", what, id, role, target)
		}
	}
	accusations := map[string]bool{}
	for i := range f.Accusations {
		a := &f.Accusations[i]
		switch {
		case strings.TrimSpace(a.ID) == "":
			add("accusation #%d has no id", i+1)
			continue
		case accusations[a.ID]:
			add("accusation id %q is used twice", a.ID)
		}
		accusations[a.ID] = true
		ref("accusation", a.ID, "accuser", a.Accuser)
		ref("accusation", a.ID, "accused", a.Accused)
		for _, v := range a.Via {
			ref("accusation", a.ID, "via", v)
		}
		if a.Via == nil {
			a.Via = []string{}
		}
		if p := checkEvidence(text, a.Evidence, a.Start, a.End); p != "" {
			add("accusation %q %s", a.ID, p)
		}
	}

	denials := map[string]bool{}
	for i := range f.Denials {
		d := &f.Denials[i]
		switch {
		case strings.TrimSpace(d.ID) == "":
			add("denial #%d has no id", i+1)
			continue
		case denials[d.ID]:
			add("denial id %q is used twice", d.ID)
		}
		denials[d.ID] = true
		ref("denial", d.ID, "denier", d.Denier)
		switch {
		case d.Denies == "":
			add("denial %q does not say which accusation it denies", d.ID)
		case !accusations[d.Denies]:
			add("denial %q denies %q, which is not an accusation of this article", d.ID, d.Denies)
		}
		if p := checkEvidence(text, d.Evidence, d.Start, d.End); p != "" {
			add("denial %q %s", d.ID, p)
		}
	}

	switch n := len(probs); {
	case n == 0:
		return ""
	case n > maxProblems:
		probs = append(probs[:maxProblems], fmt.Sprintf("%d more", n-maxProblems))
	}
	return "broken annotations: " + strings.Join(probs, "; ")
}

// checkEvidence checks that an evidence sentence is copied from the text,
// and, when offsets are given (End > 0), that they locate it.
func checkEvidence(text, evidence string, start, end int) string {
	if strings.TrimSpace(evidence) == "" {
		return "has no evidence sentence"
	}
	if end == 0 && start == 0 {
		if !strings.Contains(text, evidence) {
			return fmt.Sprintf("has evidence %q that does not occur in the text", clip(evidence))
		}
		return ""
	}
	n := utf8.RuneCountInString(text)
	if start < 0 || end <= start || end > n {
		return fmt.Sprintf("has evidence offsets %d–%d outside the text of %d characters", start, end, n)
	}
	if got := runeSlice(text, start, end); got != evidence {
		return fmt.Sprintf("has evidence offsets %d–%d that point at %q, not at the evidence %q", start, end, clip(got), clip(evidence))
	}
	return ""
}

// runeSlice returns s[start:end] counted in code points.
func runeSlice(s string, start, end int) string {
	i, from := 0, -1
	for off := range s {
		if i == start {
			from = off
		}
		if i == end {
			return s[from:off]
		}
		i++
	}
	if from < 0 {
		return ""
	}
	return s[from:]
}

// clip shortens a quotation for a message.
func clip(s string) string {
	const max = 60
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	return string([]rune(s)[:max]) + "…"
}
