package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// shapeLimit rejects operations nested deeper than Depth or using more
// than Aliases aliased fields, before anything runs. Complexity alone does
// not catch them: a deep chain of single objects is cheap per level but
// still lets a client walk the graph without bounds, and aliases multiply
// work in ways page sizes do not show.
type shapeLimit struct {
	Depth   int
	Aliases int
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = shapeLimit{}

func (shapeLimit) ExtensionName() string                   { return "ShapeLimit" }
func (shapeLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (l shapeLimit) MutateOperationContext(ctx context.Context, op *graphql.OperationContext) *gqlerror.Error {
	if op.Operation == nil {
		return nil
	}
	aliases := 0
	depth := measure(op.Operation.SelectionSet, 1, &aliases, map[string]bool{})
	if l.Depth > 0 && depth > l.Depth {
		err := gqlerror.Errorf("operation is nested %d levels deep, which exceeds the limit of %d", depth, l.Depth)
		err.Extensions = map[string]any{"code": CodeDepthLimit}
		return err
	}
	if l.Aliases > 0 && aliases > l.Aliases {
		err := gqlerror.Errorf("operation uses %d aliases, which exceeds the limit of %d", aliases, l.Aliases)
		err.Extensions = map[string]any{"code": CodeAliasLimit}
		return err
	}
	return nil
}

// measure returns the depth of a selection set and counts aliases;
// fragments are followed once per path (a fragment cycle is already a
// validation error, the visiting set only guards against it).
func measure(set ast.SelectionSet, level int, aliases *int, visiting map[string]bool) int {
	deepest := level - 1
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if s.Alias != "" && s.Alias != s.Name {
				*aliases++
			}
			d = level
			if len(s.SelectionSet) > 0 {
				d = measure(s.SelectionSet, level+1, aliases, visiting)
			}
		case *ast.InlineFragment:
			d = measure(s.SelectionSet, level, aliases, visiting)
		case *ast.FragmentSpread:
			if s.Definition == nil || visiting[s.Name] {
				continue
			}
			visiting[s.Name] = true
			d = measure(s.Definition.SelectionSet, level, aliases, visiting)
			delete(visiting, s.Name)
		}
		deepest = max(deepest, d)
	}
	return deepest
}
