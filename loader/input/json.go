package input

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/claimgraph/claimgraph"
)

// jsonArticle is one article object in the shape of FORMAT.md. Strings are
// pointers so that null and a missing key both mean "not given", and
// missing text can be told apart from empty text. Annotations stay raw
// until Options.Annotated asks for them, so a broken annotation never
// rejects an article that is read without them. Unknown keys are ignored.
type jsonArticle struct {
	ID        *string `json:"id"`
	Lang      *string `json:"lang"`
	Title     *string `json:"title"`
	Published *string `json:"published"`
	Publisher *string `json:"publisher"`
	URL       *string `json:"url"`
	// Source is either a note ("written for this corpus") or the address
	// of a freely licensed original; in the latter case it is the URL.
	Source *string `json:"source"`
	// License is read so that a wrong type is reported, but Article has
	// no field for it.
	License     *string         `json:"license"`
	Text        *string         `json:"text"`
	Entities    json.RawMessage `json:"entities"`
	Accusations json.RawMessage `json:"accusations"`
	Denials     json.RawMessage `json:"denials"`
}

// jsonReject is a JSON problem with its place in the input.
type jsonReject struct {
	line, col int
	reason    string
}

// splitJSON checks the syntax of a .json input and returns its article
// objects: one for an object, each element for an array. A syntax error
// rejects the whole input, with the line and column of the error; an array
// element that is not an object is returned as nil so the caller rejects
// just that element.
func splitJSON(data []byte) (objs []json.RawMessage, isArray bool, rej *jsonReject) {
	var raw json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, false, syntaxReject(data, err)
	}
	raw = bytes.TrimSpace(raw)
	switch raw[0] {
	case '{':
		return []json.RawMessage{raw}, false, nil
	case '[':
		var elems []json.RawMessage
		if err := json.Unmarshal(raw, &elems); err != nil {
			return nil, true, &jsonReject{reason: "malformed JSON: " + jsonMessage(err)}
		}
		if len(elems) == 0 {
			return nil, true, &jsonReject{reason: "JSON array holds no articles"}
		}
		for i, e := range elems {
			if e = bytes.TrimSpace(e); len(e) == 0 || e[0] != '{' {
				elems[i] = nil
			}
		}
		return elems, true, nil
	}
	return nil, false, &jsonReject{reason: fmt.Sprintf("JSON holds %s, not an article object or an array of them", jsonKind(raw))}
}

// syntaxReject places a json.Unmarshal error in the input.
func syntaxReject(data []byte, err error) *jsonReject {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off := int(se.Offset)
		if off > 0 && off <= len(data) && !strings.Contains(se.Error(), "end of JSON input") {
			off-- // Offset is just past the offending byte.
		}
		line, col := position(data, off)
		return &jsonReject{line: line, col: col, reason: "malformed JSON: " + jsonMessage(err)}
	}
	return &jsonReject{reason: "malformed JSON: " + jsonMessage(err)}
}

// jsonMessage trims encoding/json's wording to read well after our prefix.
func jsonMessage(err error) string {
	msg := err.Error()
	msg = strings.TrimPrefix(msg, "json: ")
	return strings.ReplaceAll(msg, "end of JSON input", "end of input")
}

// decodeArticle decodes one article object. Field type errors are
// reported by field name rather than Go type.
func decodeArticle(obj []byte) (*jsonArticle, string) {
	var a jsonArticle
	if err := json.Unmarshal(obj, &a); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			return &a, fmt.Sprintf("field %q must be a string, not %s", te.Field, article(te.Value))
		}
		return &a, "malformed JSON: " + jsonMessage(err)
	}
	return &a, ""
}

// jsonKind names the kind of a JSON value for messages.
func jsonKind(raw []byte) string {
	if len(raw) == 0 {
		return "nothing"
	}
	switch raw[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

func article(kind string) string {
	switch kind {
	case "array", "object", "number", "bool", "string":
		if kind == "bool" {
			kind = "boolean"
		}
		if kind == "array" || kind == "object" {
			return "an " + kind
		}
		return "a " + kind
	}
	return kind
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// hasAnnotations reports whether an article object carries annotations
// at all; null lists count as absent.
func (a *jsonArticle) hasAnnotations() bool {
	for _, r := range []json.RawMessage{a.Entities, a.Accusations, a.Denials} {
		if len(r) > 0 && string(bytes.TrimSpace(r)) != "null" {
			return true
		}
	}
	return false
}

// facts decodes the annotations of an article object. The lists are never
// nil, so they print as [] rather than null.
func (a *jsonArticle) facts() (*claimgraph.ArticleFacts, string) {
	f := &claimgraph.ArticleFacts{
		Entities:    []claimgraph.FactEntity{},
		Accusations: []claimgraph.FactAccusation{},
		Denials:     []claimgraph.FactDenial{},
	}
	parts := []struct {
		name string
		raw  json.RawMessage
		dst  any
	}{
		{"entities", a.Entities, &f.Entities},
		{"accusations", a.Accusations, &f.Accusations},
		{"denials", a.Denials, &f.Denials},
	}
	for _, p := range parts {
		if len(p.raw) == 0 || string(bytes.TrimSpace(p.raw)) == "null" {
			continue
		}
		if err := json.Unmarshal(p.raw, p.dst); err != nil {
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) {
				where := p.name
				if te.Field != "" {
					where += "." + te.Field
				}
				return nil, fmt.Sprintf("annotation field %q has %s where %s is wanted", where, article(te.Value), goKind(te.Type.Kind().String()))
			}
			return nil, fmt.Sprintf("annotation field %q is malformed: %s", p.name, jsonMessage(err))
		}
	}
	return f, ""
}

// goKind words a Go kind as the JSON it stands for.
func goKind(k string) string {
	switch k {
	case "slice", "array":
		return "an array"
	case "struct", "map":
		return "an object"
	case "string":
		return "a string"
	case "bool":
		return "a boolean"
	}
	return "a number"
}
