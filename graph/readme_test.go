package graph_test

import (
	"os"
	"regexp"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/validator/rules"
)

// TestReadmeQueries validates every GraphQL block of the README against
// the schema, so the tour a new user pastes cannot drift from the API.
// (TestLoadAndServe in cmd/claimgraph runs the first one for its answer.)
func TestReadmeQueries(t *testing.T) {
	schemaText, err := os.ReadFile("../schema.graphqls")
	if err != nil {
		t.Fatal(err)
	}
	schema, gerr := gqlparser.LoadSchema(&ast.Source{Name: "schema.graphqls", Input: string(schemaText)})
	if gerr != nil {
		t.Fatal(gerr)
	}
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```graphql\n(.*?)```").FindAllStringSubmatch(string(readme), -1)
	if len(blocks) < 3 {
		t.Fatalf("README has %d GraphQL blocks, want the tour's three at least", len(blocks))
	}
	for i, b := range blocks {
		if _, errs := gqlparser.LoadQueryWithRules(schema, b[1], rules.NewDefaultRules()); errs != nil {
			t.Errorf("README GraphQL block %d does not validate: %v\n%s", i+1, errs, b[1])
		}
	}
}
