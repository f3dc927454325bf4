package main

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/claimgraph/claimgraph"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/loader"
	"github.com/claimgraph/claimgraph/loader/extract"
	"github.com/claimgraph/claimgraph/neo4jstore"
)

func (a *App) serve(ctx context.Context, args []string) error {
	fs := a.flags("serve", "[--addr HOST:PORT]")
	addr := fs.String("addr", ":8080", "listen address")
	timeout := fs.Duration("timeout", graph.DefaultRequestTimeout, "deadline of each request, passed down to Neo4j")
	complexity := fs.Int("complexity", graph.DefaultComplexityLimit, "largest operation complexity accepted")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"serve takes no arguments, got " + strings.Join(fs.Args(), " ")}
	}
	store, err := a.openStore(ctx, 0)
	if err != nil {
		return err
	}
	defer store.Close(context.WithoutCancel(ctx))

	// The server starts at once and reports unready until Neo4j answers and
	// the schema is in place, so it can start before the database and
	// recovers by itself when the database comes back.
	var migrated atomic.Bool
	go a.migrateUntilDone(ctx, store, &migrated)

	x, err := extract.New()
	if err != nil {
		return err
	}
	ld := loader.New(x, store, loader.Options{Workers: 1, Logger: a.log})
	introspection := a.env("CLAIMGRAPH_INTROSPECTION", "true") != "false"
	var origins []string
	for _, o := range strings.Split(a.Getenv("CLAIMGRAPH_CORS_ORIGINS"), ",") {
		if o = strings.TrimSpace(o); o != "" {
			origins = append(origins, o)
		}
	}
	h := graph.NewServer(graph.ServerConfig{
		Store:           store,
		Ingester:        ld,
		Token:           a.Getenv("CLAIMGRAPH_TOKEN"),
		RequestTimeout:  *timeout,
		ComplexityLimit: *complexity,
		Introspection:   introspection,
		Suggestions:     introspection,
		CORSOrigins:     origins,
		Logger:          a.log,
		Ready: func(ctx context.Context) error {
			if err := store.Ping(ctx); err != nil {
				return err
			}
			if !migrated.Load() {
				return claimgraph.Errorf(claimgraph.EUNAVAILABLE, "schema migration has not finished")
			}
			return nil
		},
	})

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      *timeout + 10*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	a.log.Info("serving", "addr", ln.Addr().String(), "graphql", "/graphql", "graphiql", "/", "mutations", a.Getenv("CLAIMGRAPH_TOKEN") != "")
	if a.OnListen != nil {
		a.OnListen(ln.Addr().String())
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	a.log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 20*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// migrateUntilDone applies the schema, retrying while Neo4j is away.
func (a *App) migrateUntilDone(ctx context.Context, store *neo4jstore.Store, done *atomic.Bool) {
	for wait := time.Second; ; wait = min(2*wait, 30*time.Second) {
		err := store.Migrate(ctx)
		if err == nil {
			done.Store(true)
			a.log.Info("schema ready")
			return
		}
		a.log.Warn("schema migration failed; retrying", "in", wait, "err", err)
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
	}
}
