package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/claimgraph/claimgraph"
	"github.com/claimgraph/claimgraph/neo4jstore"
)

// Exit codes.
const (
	exitOK          = 0
	exitRejected    = 1 // something was rejected or failed; the rest was done
	exitUsage       = 2
	exitUnavailable = 3 // the database could not be reached
	exitInternal    = 4
)

// App is the program with its environment made explicit, so tests can run
// every subcommand in-process with their own streams and settings.
type App struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	// OnListen, if set, hears the address serve listens on (tests use port 0).
	OnListen func(addr string)
	// IsTerminal overrides terminal detection for the progress bar.
	IsTerminal func() bool
	log        *slog.Logger
}

const usage = `claimgraph turns news articles into a graph of who accuses whom and who denies what.

Usage:
  claimgraph serve   [--addr HOST:PORT]        serve GraphQL at /graphql and GraphiQL at /
  claimgraph load    [flags] PATH...           extract and store articles (files, directories, - for stdin)
  claimgraph extract [flags] PATH...           print extracted facts as JSON lines; no database
  claimgraph eval    [--json] PATH...          score the extractor against gold annotations; no database
  claimgraph bench   load|api [flags]          load throughput and API latency (wipes the database; see BENCHMARKS.md)

Run 'claimgraph COMMAND -h' for a command's flags.

Environment:
  NEO4J_URI         Bolt URI (default bolt://127.0.0.1:7687; neo4j:// for clusters, neo4j+s:// for Aura)
  NEO4J_USERNAME    user name (empty: no authentication)
  NEO4J_PASSWORD    password
  NEO4J_DATABASE    database (default neo4j)
  CLAIMGRAPH_TOKEN  bearer token for GraphQL mutations (empty: mutations refused)
  CLAIMGRAPH_CORS_ORIGINS   comma-separated origins allowed to call the API from a browser
  CLAIMGRAPH_INTROSPECTION  "false" to switch schema introspection and field suggestions off
  CLAIMGRAPH_LOG_LEVEL      debug, info (default), warn, error
`

// Run executes one command line and returns the process exit code.
func (a *App) Run(ctx context.Context, args []string) int {
	if a.Getenv == nil {
		a.Getenv = func(string) string { return "" }
	}
	level := slog.LevelInfo
	_ = level.UnmarshalText([]byte(a.Getenv("CLAIMGRAPH_LOG_LEVEL")))
	a.log = slog.New(slog.NewTextHandler(a.Stderr, &slog.HandlerOptions{Level: level}))
	if len(args) == 0 {
		fmt.Fprint(a.Stderr, usage)
		return exitUsage
	}
	var err error
	switch cmd, rest := args[0], args[1:]; cmd {
	case "serve":
		err = a.serve(ctx, rest)
	case "load":
		err = a.load(ctx, rest)
	case "extract":
		err = a.extract(ctx, rest)
	case "eval":
		err = a.eval(ctx, rest)
	case "bench":
		err = a.bench(ctx, rest)
	case "help", "-h", "--help":
		fmt.Fprint(a.Stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(a.Stderr, "claimgraph: unknown command %q\n\n%s", cmd, usage)
		return exitUsage
	}
	return a.exitCode(err)
}

// errRejected marks a run that finished but rejected some input; its
// details were printed already.
var errRejected = errors.New("some inputs were rejected")

type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func (a *App) exitCode(err error) int {
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &ue):
		if ue.msg != "" {
			fmt.Fprintf(a.Stderr, "claimgraph: %s\n", ue.msg)
		}
		return exitUsage
	case errors.Is(err, errRejected):
		return exitRejected
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(a.Stderr, "claimgraph: interrupted")
		return exitRejected
	}
	fmt.Fprintf(a.Stderr, "claimgraph: %v\n", err)
	switch claimgraph.ErrorCode(err) {
	case claimgraph.EUNAVAILABLE:
		return exitUnavailable
	case claimgraph.EINVALID, claimgraph.ENOTFOUND:
		return exitUsage
	}
	return exitInternal
}

func (a *App) flags(name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(a.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(a.Stderr, "Usage: claimgraph %s %s\n\nFlags:\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags; the flag package has printed what was wrong and the
// usage already, so a failure is a silent usage error.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{}
	}
	return nil
}

func (a *App) env(key, def string) string {
	if v := strings.TrimSpace(a.Getenv(key)); v != "" {
		return v
	}
	return def
}

// openStore connects to Neo4j from the environment and, with wait > 0,
// waits for it to answer and applies the schema migrations.
func (a *App) openStore(ctx context.Context, wait time.Duration) (*neo4jstore.Store, error) {
	s, err := neo4jstore.Open(neo4jstore.Config{
		URI:      a.env("NEO4J_URI", "bolt://127.0.0.1:7687"),
		Username: a.Getenv("NEO4J_USERNAME"),
		Password: a.Getenv("NEO4J_PASSWORD"),
		Database: a.env("NEO4J_DATABASE", "neo4j"),
		Logger:   a.log,
	})
	if err != nil {
		return nil, err
	}
	if wait <= 0 {
		return s, nil
	}
	wctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	if err := s.WaitReady(wctx); err != nil {
		s.Close(context.WithoutCancel(ctx))
		return nil, fmt.Errorf("neo4j at %s did not answer within %s: %w", a.env("NEO4J_URI", "bolt://127.0.0.1:7687"), wait, err)
	}
	if err := s.Migrate(ctx); err != nil {
		s.Close(context.WithoutCancel(ctx))
		return nil, fmt.Errorf("schema migration: %w", err)
	}
	return s, nil
}
