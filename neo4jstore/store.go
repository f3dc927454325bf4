package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync/atomic"
	"time"

	"github.com/claimgraph/claimgraph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// Config says where Neo4j is and how long to wait for it.
type Config struct {
	// URI is a Bolt URI: bolt://host:7687, neo4j://host (routing, for
	// clusters) or neo4j+s://… (Aura).
	URI      string
	Username string
	Password string
	// Database defaults to "neo4j", the only database of Community.
	Database string
	// QueryTimeout bounds each transaction on the server as well as on the
	// client; a request's own deadline applies when it is shorter.
	QueryTimeout time.Duration
	// ConnectTimeout bounds connecting and acquiring a pooled connection, so
	// an outage answers quickly instead of hanging.
	ConnectTimeout time.Duration
	// MaxConnections bounds the connection pool.
	MaxConnections int
	Logger         *slog.Logger
}

func (c *Config) setDefaults() {
	if c.Database == "" {
		c.Database = "neo4j"
	}
	if c.QueryTimeout <= 0 {
		c.QueryTimeout = 30 * time.Second
	}
	if c.ConnectTimeout <= 0 {
		c.ConnectTimeout = 5 * time.Second
	}
	if c.MaxConnections <= 0 {
		c.MaxConnections = 50
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
}

// Store is a claimgraph.Store backed by Neo4j. It is safe for concurrent use.
type Store struct {
	driver neo4j.DriverWithContext
	cfg    Config
	// queries counts statements sent to Neo4j; tests use it to prove that
	// dataloaders keep round trips constant.
	queries atomic.Int64
}

var _ claimgraph.Store = (*Store)(nil)

// Open creates a driver for cfg. It does not connect: the driver connects
// lazily, so a process can start while Neo4j is still down and become ready
// when it comes up. It returns an Invalid error for a malformed URI.
func Open(cfg Config) (*Store, error) {
	cfg.setDefaults()
	if cfg.URI == "" {
		return nil, claimgraph.Errorf(claimgraph.EINVALID, "no Neo4j URI configured")
	}
	auth := neo4j.NoAuth()
	if cfg.Username != "" {
		auth = neo4j.BasicAuth(cfg.Username, cfg.Password, "")
	}
	drv, err := neo4j.NewDriverWithContext(cfg.URI, auth, func(c *config.Config) {
		c.MaxConnectionPoolSize = cfg.MaxConnections
		c.ConnectionAcquisitionTimeout = cfg.ConnectTimeout
		c.SocketConnectTimeout = cfg.ConnectTimeout
		// Retries of transient errors must end well within a request's
		// deadline; the loader retries whole batches itself.
		c.MaxTransactionRetryTime = 2 * cfg.ConnectTimeout
		c.SocketKeepalive = true
	})
	if err != nil {
		return nil, &claimgraph.Error{Code: claimgraph.EINVALID, Message: fmt.Sprintf("neo4j driver for %q: %v", cfg.URI, err), Err: err}
	}
	return &Store{driver: drv, cfg: cfg}, nil
}

// Close releases the driver's connections.
func (s *Store) Close(ctx context.Context) error { return s.driver.Close(ctx) }

// Queries returns how many statements the store has sent to Neo4j.
func (s *Store) Queries() int64 { return s.queries.Load() }

// Ping checks that Neo4j answers, within ctx's deadline and the connect
// timeout. It returns an Unavailable error otherwise.
func (s *Store) Ping(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.ConnectTimeout)
	defer cancel()
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		return translate("ping", err)
	}
	return nil
}

// WaitReady pings until Neo4j answers or ctx ends, for start-up while the
// database may still be starting.
func (s *Store) WaitReady(ctx context.Context) error {
	for {
		err := s.Ping(ctx)
		if err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// read runs work in one managed read transaction.
func read[T any](ctx context.Context, s *Store, op string, work func(tx neo4j.ManagedTransaction) (T, error)) (T, error) {
	return execute(ctx, s, op, neo4j.AccessModeRead, work)
}

// write runs work in one managed write transaction.
func write[T any](ctx context.Context, s *Store, op string, work func(tx neo4j.ManagedTransaction) (T, error)) (T, error) {
	return execute(ctx, s, op, neo4j.AccessModeWrite, work)
}

func execute[T any](ctx context.Context, s *Store, op string, mode neo4j.AccessMode, work func(tx neo4j.ManagedTransaction) (T, error)) (T, error) {
	var zero T
	timeout := s.cfg.QueryTimeout
	if d, ok := ctx.Deadline(); ok {
		if left := time.Until(d); left < timeout {
			timeout = left
		}
	} else {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	if timeout <= 0 {
		return zero, claimgraph.Errorf(claimgraph.EUNAVAILABLE, "%s: deadline exceeded before the query started", op)
	}
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: mode})
	defer session.Close(context.WithoutCancel(ctx))
	fn := session.ExecuteRead
	if mode == neo4j.AccessModeWrite {
		fn = session.ExecuteWrite
	}
	out, err := fn(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return work(tx)
	}, neo4j.WithTxTimeout(timeout), neo4j.WithTxMetadata(map[string]any{"app": "claimgraph", "op": op}))
	if err != nil {
		return zero, translate(op, err)
	}
	return out.(T), nil
}

// run sends one statement and collects its records.
func (s *Store) run(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	s.queries.Add(1)
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// exec sends one statement whose records are not needed.
func (s *Store) exec(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) error {
	s.queries.Add(1)
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}

// translate turns a driver error into a coded claimgraph error. Errors that
// already carry a code (raised inside a transaction function) pass through.
func translate(op string, err error) error {
	var ce *claimgraph.Error
	if errors.As(err, &ce) {
		return err
	}
	var nerr *neo4j.Neo4jError
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return &claimgraph.Error{Code: claimgraph.EUNAVAILABLE, Message: op + ": the database did not answer in time", Err: err}
	case errors.Is(err, context.Canceled):
		return &claimgraph.Error{Code: claimgraph.EUNAVAILABLE, Message: op + ": cancelled", Err: err}
	case neo4j.IsConnectivityError(err), neo4j.IsTransactionExecutionLimit(err):
		return &claimgraph.Error{Code: claimgraph.EUNAVAILABLE, Message: op + ": the database is unavailable", Err: err}
	case errors.As(err, &nerr):
		switch {
		case strings.Contains(nerr.Code, "TransactionTimedOut"), strings.Contains(nerr.Code, "Transaction.Terminated"),
			strings.HasPrefix(nerr.Code, "Neo.TransientError"), strings.Contains(nerr.Code, "DatabaseUnavailable"):
			return &claimgraph.Error{Code: claimgraph.EUNAVAILABLE, Message: op + ": the database is busy or the query took too long", Err: err}
		case strings.Contains(nerr.Code, "ConstraintValidationFailed"):
			return &claimgraph.Error{Code: claimgraph.ECONFLICT, Message: op + ": conflicts with stored data", Err: err}
		case strings.Contains(nerr.Code, "Security"):
			return &claimgraph.Error{Code: claimgraph.EUNAVAILABLE, Message: op + ": the database refused the credentials", Err: err}
		}
	}
	// Connection failures that surface as plain errors (dial, pool
	// acquisition) still mean "unavailable" to a client.
	msg := err.Error()
	if strings.Contains(msg, "connect") || strings.Contains(msg, "connection") || strings.Contains(msg, "pool") {
		return &claimgraph.Error{Code: claimgraph.EUNAVAILABLE, Message: op + ": the database is unavailable", Err: err}
	}
	return &claimgraph.Error{Code: claimgraph.EINTERNAL, Message: op + ": " + msg, Err: err}
}
