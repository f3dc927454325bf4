package claimgraph

import (
	"errors"
	"fmt"
)

// Error codes. The set is small on purpose: each maps to one GraphQL
// extensions.code and one HTTP status.
const (
	EINVALID         = "invalid"         // the caller's input is wrong
	ENOTFOUND        = "not_found"       // the thing asked for does not exist
	ECONFLICT        = "conflict"        // the request contradicts stored state
	EUNAUTHENTICATED = "unauthenticated" // a token is missing or wrong
	EUNAVAILABLE     = "unavailable"     // the database cannot be reached now
	EINTERNAL        = "internal"        // a bug or an unexpected failure
)

// Error is the application error: a code for machines and a message for
// people. Errors without a code are internal and are shown to users only as
// "internal error".
type Error struct {
	Code    string
	Message string
	// Err is the underlying cause, kept for logs and errors.Is.
	Err error
}

// Error implements error.
func (e *Error) Error() string {
	if e.Err != nil && e.Message == "" {
		return e.Err.Error()
	}
	return e.Message
}

// Unwrap exposes the cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Code != "" {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the message safe to show to a user: the message of
// a coded error, and "internal error" for anything else.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Code != "" && e.Code != EINTERNAL {
		return e.Message
	}
	return "internal error"
}
