package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"

	"github.com/99designs/gqlgen/graphql"
	"github.com/claimgraph/claimgraph"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// GraphQL error codes (extensions.code) for the domain codes.
const (
	CodeBadUserInput    = "BAD_USER_INPUT"
	CodeNotFound        = "NOT_FOUND"
	CodeConflict        = "CONFLICT"
	CodeUnauthenticated = "UNAUTHENTICATED"
	CodeUnavailable     = "UNAVAILABLE"
	CodeInternal        = "INTERNAL"
	CodeDepthLimit      = "DEPTH_LIMIT_EXCEEDED"
	CodeAliasLimit      = "ALIAS_LIMIT_EXCEEDED"
)

var codes = map[string]string{
	claimgraph.EINVALID:         CodeBadUserInput,
	claimgraph.ENOTFOUND:        CodeNotFound,
	claimgraph.ECONFLICT:        CodeConflict,
	claimgraph.EUNAUTHENTICATED: CodeUnauthenticated,
	claimgraph.EUNAVAILABLE:     CodeUnavailable,
	claimgraph.EINTERNAL:        CodeInternal,
}

// errorPresenter is the one place errors become GraphQL errors. Domain
// errors keep their message and get their code; errors gqlgen raised
// itself (parse, validation, argument coercion, limits) keep their code or
// become BAD_USER_INPUT; anything else is a bug: logged in full for the
// operator and shown to the client only as "internal error", never with a
// stack trace or driver detail.
func errorPresenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		cause := gerr.Err
		if cause == nil {
			var ge *gqlerror.Error
			if !errors.As(err, &ge) || ge.Err == nil {
				// Raised by gqlgen from the request itself.
				if gerr.Extensions == nil {
					gerr.Extensions = map[string]any{}
				}
				if _, ok := gerr.Extensions["code"]; !ok {
					gerr.Extensions["code"] = CodeBadUserInput
				}
				return gerr
			}
			cause = ge.Err
		}
		code := claimgraph.ErrorCode(cause)
		if code == claimgraph.EINTERNAL {
			log.ErrorContext(ctx, "internal error", "path", gerr.Path.String(), "err", cause)
		} else if code == claimgraph.EUNAVAILABLE {
			log.WarnContext(ctx, "database unavailable", "path", gerr.Path.String(), "err", cause)
		}
		gerr.Message = claimgraph.ErrorMessage(cause)
		gerr.Err = nil
		gerr.Extensions = map[string]any{"code": codes[code]}
		return gerr
	}
}

// recoverFunc turns a panic in a resolver into an internal error for the
// client and a log entry with the stack for the operator.
func recoverFunc(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "panic in resolver", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
		return claimgraph.Errorf(claimgraph.EINTERNAL, "internal error")
	}
}
