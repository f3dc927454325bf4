package graph

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/claimgraph/claimgraph"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/rs/cors"
	"github.com/vektah/gqlparser/v2/ast"
)

// ServerConfig configures the HTTP server. Zero limits take the defaults below.
type ServerConfig struct {
	Store    claimgraph.Store
	Ingester claimgraph.Ingester
	// Token is the bearer token mutations need; empty disables mutations.
	Token string
	// RequestTimeout is each request's deadline, passed down to Neo4j.
	RequestTimeout time.Duration
	// ComplexityLimit bounds the weighted size of an operation.
	ComplexityLimit int
	DepthLimit      int
	AliasLimit      int
	// TokenLimit bounds how many tokens the parser reads from a query.
	TokenLimit int
	// MaxBodyBytes bounds a request body (an ingested article travels in it).
	MaxBodyBytes int64
	// Introspection and Suggestions are on for development; production may
	// switch them off to hide the schema from strangers.
	Introspection bool
	Suggestions   bool
	// CORSOrigins lists the origins browsers may call from; empty sends no
	// CORS headers (same origin only). "*" allows any.
	CORSOrigins []string
	// Ready reports whether the service can answer; nil means Store.Ping.
	// serve also waits for schema migrations here.
	Ready func(context.Context) error
	// Registry receives the server's metrics; nil uses a private registry.
	Registry *prometheus.Registry
	Logger   *slog.Logger
}

// Defaults for ServerConfig.
const (
	DefaultRequestTimeout  = 15 * time.Second
	DefaultComplexityLimit = 25000
	DefaultDepthLimit      = 12
	DefaultAliasLimit      = 30
	DefaultTokenLimit      = 10000
	DefaultMaxBodyBytes    = 4 << 20
)

func (c *ServerConfig) setDefaults() {
	if c.RequestTimeout <= 0 {
		c.RequestTimeout = DefaultRequestTimeout
	}
	if c.ComplexityLimit <= 0 {
		c.ComplexityLimit = DefaultComplexityLimit
	}
	if c.DepthLimit <= 0 {
		c.DepthLimit = DefaultDepthLimit
	}
	if c.AliasLimit <= 0 {
		c.AliasLimit = DefaultAliasLimit
	}
	if c.TokenLimit <= 0 {
		c.TokenLimit = DefaultTokenLimit
	}
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.Ready == nil {
		c.Ready = c.Store.Ping
	}
	if c.Registry == nil {
		c.Registry = prometheus.NewRegistry()
	}
}

// NewGraphQL returns the /graphql handler alone: gqlgen with explicit
// transports, limits, persisted queries and a parsed-query cache, wrapped
// in per-request loaders, auth, deadline and body limit.
func NewGraphQL(cfg ServerConfig) http.Handler {
	cfg.setDefaults()
	ec := Config{Resolvers: &Resolver{Store: cfg.Store, Ingester: cfg.Ingester}}
	setComplexity(&ec.Complexity)
	srv := handler.New(NewExecutableSchema(ec))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetParserTokenLimit(cfg.TokenLimit)
	srv.SetDisableSuggestion(!cfg.Suggestions)
	if cfg.Introspection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	srv.Use(extension.FixedComplexityLimit(cfg.ComplexityLimit))
	srv.Use(shapeLimit{Depth: cfg.DepthLimit, Aliases: cfg.AliasLimit})
	srv.SetErrorPresenter(errorPresenter(cfg.Logger))
	srv.SetRecoverFunc(recoverFunc(cfg.Logger))

	var h http.Handler = srv
	h = WithLoaders(cfg.Store, h)
	h = WithAuth(cfg.Token, h)
	h = withDeadline(cfg.RequestTimeout, h)
	h = withBodyLimit(cfg.MaxBodyBytes, h)
	return h
}

// NewServer returns the whole HTTP surface: GraphQL at /graphql, GraphiQL
// at /, /healthz (the process answers; no database call), /readyz (Neo4j
// answers, else 503) and /metrics (Prometheus).
func NewServer(cfg ServerConfig) http.Handler {
	cfg.setDefaults()
	m := newMetrics(cfg.Registry)
	mux := http.NewServeMux()
	mux.Handle("/graphql", m.instrument("graphql", NewGraphQL(cfg)))
	mux.Handle("GET /{$}", playground.Handler("claimgraph", "/graphql"))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		if err := cfg.Ready(ctx); err != nil {
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "error": claimgraph.ErrorMessage(err)})
			return
		}
		writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(cfg.Registry, promhttp.HandlerOpts{}))

	var h http.Handler = withAccessLog(cfg.Logger, mux)
	if len(cfg.CORSOrigins) > 0 {
		h = cors.New(cors.Options{
			AllowedOrigins: cfg.CORSOrigins,
			AllowedMethods: []string{http.MethodGet, http.MethodPost, http.MethodOptions},
			AllowedHeaders: []string{"Content-Type", "Authorization"},
			MaxAge:         600,
		}).Handler(h)
	}
	return h
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// withDeadline gives every request a deadline; the store passes what is
// left of it to Neo4j as the transaction timeout.
func withDeadline(d time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// withBodyLimit refuses bodies over n bytes before they are parsed.
func withBodyLimit(n int64, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > n {
			writeJSON(w, http.StatusRequestEntityTooLarge, map[string]any{"errors": []map[string]any{{
				"message":    "request body of " + strconv.FormatInt(r.ContentLength, 10) + " bytes exceeds the limit of " + strconv.FormatInt(n, 10),
				"extensions": map[string]string{"code": CodeBadUserInput},
			}}})
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, n)
		next.ServeHTTP(w, r)
	})
}

type metrics struct {
	requests *prometheus.CounterVec
	duration *prometheus.HistogramVec
}

func newMetrics(reg *prometheus.Registry) *metrics {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "claimgraph_http_requests_total", Help: "HTTP requests by handler and status code.",
		}, []string{"handler", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "claimgraph_http_request_duration_seconds", Help: "HTTP request latency by handler.",
			Buckets: prometheus.DefBuckets,
		}, []string{"handler"}),
	}
	reg.MustRegister(m.requests, m.duration)
	return m
}

func (m *metrics) instrument(name string, next http.Handler) http.Handler {
	return promhttp.InstrumentHandlerDuration(m.duration.MustCurryWith(prometheus.Labels{"handler": name}),
		promhttp.InstrumentHandlerCounter(m.requests.MustCurryWith(prometheus.Labels{"handler": name}), next))
}

// slowRequest is when a request is logged at Info rather than Debug.
const slowRequest = time.Second

// withAccessLog logs every request as structured fields: at Debug level
// normally, at Info when it was slow or failed, so production logs show
// what needs attention without drowning in routine traffic.
func withAccessLog(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		d := time.Since(start)
		level := slog.LevelDebug
		if d >= slowRequest || rec.status >= 500 {
			level = slog.LevelInfo
		}
		log.Log(r.Context(), level, "request", "method", r.Method, "path", r.URL.Path, "status", rec.status, "duration", d.Round(time.Microsecond))
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

// Flush keeps streaming responses working through the recorder.
func (r *statusRecorder) Flush() {
	if f, ok := r.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}
