package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"time"

	"github.com/claimgraph/claimgraph"
	"github.com/claimgraph/claimgraph/graph"
)

// APIStore is what the API benchmark needs: the whole service store, and a
// way to measure and empty the graph. *neo4jstore.Store implements it.
type APIStore interface {
	claimgraph.Store
	Counts(ctx context.Context) (nodes, rels int, err error)
	Wipe(ctx context.Context) error
}

// GraphBuild says how the benchmark graph came about.
type GraphBuild struct {
	Reused   bool
	Articles int
	Entities int
	Nodes    int
	Rels     int
	Elapsed  time.Duration
}

// BuildGraph writes g through s.WriteBatches, with workers concurrent
// transactions of batch articles each, unless reuse is set and the marker
// of the same graph is stored already. A graph that is not reused is
// written into a wiped store, and the marker goes last, so an interrupted
// build is never taken for a complete one.
func BuildGraph(ctx context.Context, s APIStore, g *Graph, reuse bool, workers, batch int, log *slog.Logger) (GraphBuild, error) {
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	batch = max(batch, 1)
	res := GraphBuild{Articles: g.Articles()}
	if reuse {
		arts, err := s.ArticlesByID(ctx, []string{MarkerID})
		if err != nil {
			return res, err
		}
		if arts[0] != nil && arts[0].Title == g.Signature() {
			res.Reused = true
			return res, measure(ctx, s, &res)
		}
	}
	log.Info("building graph", "entities", g.Entities(), "articles", g.Articles(), "workers", workers, "batch", batch)
	if err := s.Wipe(ctx); err != nil {
		return res, fmt.Errorf("wipe: %w", err)
	}
	start := time.Now()
	groups := make(chan []claimgraph.Batch, workers)
	errc := make(chan error, workers)
	var wg sync.WaitGroup
	for range max(workers, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for group := range groups {
				if err := writeRetrying(ctx, s, group); err != nil {
					errc <- err
					return
				}
			}
		}()
	}
	// send hands a group to the writers; it fails if one of them failed.
	send := func(group []claimgraph.Batch) error {
		select {
		case groups <- group:
			return nil
		case err := <-errc:
			return err
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	var group []claimgraph.Batch
	done, step := 0, max(g.Articles()/10, 1)
	var sendErr error
	for b := range g.Batches() {
		if group = append(group, b); len(group) < batch {
			continue
		}
		if sendErr = send(group); sendErr != nil {
			break
		}
		done += len(group)
		group = nil
		if done/step != (done-batch)/step {
			log.Info("graph progress", "articles", done, "of", g.Articles(), "elapsed", time.Since(start).Round(time.Second))
		}
	}
	if sendErr == nil && len(group) > 0 {
		sendErr = send(group)
	}
	close(groups)
	wg.Wait()
	close(errc)
	if sendErr != nil {
		return res, sendErr
	}
	if err := <-errc; err != nil {
		return res, err
	}
	if _, err := s.WriteBatches(ctx, []claimgraph.Batch{g.Marker()}); err != nil {
		return res, err
	}
	res.Elapsed = time.Since(start)
	return res, measure(ctx, s, &res)
}

// writeRetrying writes a group, retrying a few times while the database
// reports itself unavailable: concurrent MERGEs on the same hub nodes can
// deadlock, and the driver's own retries give up after a few seconds.
func writeRetrying(ctx context.Context, s claimgraph.Writer, group []claimgraph.Batch) error {
	var err error
	for attempt := range 5 {
		if _, err = s.WriteBatches(ctx, group); err == nil || claimgraph.ErrorCode(err) != claimgraph.EUNAVAILABLE {
			return err
		}
		select {
		case <-time.After(time.Duration(1<<attempt) * time.Second):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return err
}

func measure(ctx context.Context, s APIStore, res *GraphBuild) error {
	var err error
	if res.Nodes, res.Rels, err = s.Counts(ctx); err != nil {
		return err
	}
	res.Entities, err = s.CountEntities(ctx, claimgraph.EntityFilter{})
	return err
}

// Query is one kind of request the API benchmark sends.
type Query struct {
	Name string
	// Text is the GraphQL document; Vars draws the variables of one
	// request.
	Text string
	Vars func(r *rand.Rand) map[string]any
}

// The benchmark's GraphQL documents: what a front end asks for on an
// entity page, a search box, a network view and a provenance panel.
const (
	queryEntity = `query Entity($id: ID!) {
  entity(id: $id) {
    id type name aliases
    accusationsMade(first: 10) { totalCount nodes { id summary denied lastSeen accused { id name type } } }
    accusationsReceived(first: 10) { totalCount nodes { id summary denied lastSeen accuser { id name type } } }
  }
}`
	querySearch = `query Search($text: String!) {
  search(text: $text, first: 10) { totalCount nodes { id type name } pageInfo { hasNextPage endCursor } }
}`
	queryNetwork = `query Network($id: ID!) {
  network(center: $id, depth: 2, limit: 200) {
    truncated
    nodes { id type name }
    edges { type source { id } target { id } }
  }
}`
	queryProvenance = `query Provenance($id: ID!) {
  provenance(accusation: $id) {
    accusation { id summary denied }
    origin { id name type }
    chain { id name type }
    firstSeen lastSeen
    reports(first: 20) { sentence rule confidence seenAt article { id title publishedAt publisher { id name } } }
    denials { id quote denier { id name } evidence(first: 5) { sentence } }
  }
}`
)

// Queries returns the four benchmark queries with variables drawn from g:
// an entity page (a random company or agency with the accusations it made
// and received), a search for a random term, the depth-2 network of a
// random company or agency, and the provenance of a random accusation.
// accusations are the graph's accusation ids (Graph.AccusationIDs).
func Queries(g *Graph, accusations []string) []Query {
	parties := append(g.CompanyIDs(), g.AgencyIDs()...)
	terms := g.SearchTerms()
	party := func(r *rand.Rand) map[string]any { return map[string]any{"id": parties[r.IntN(len(parties))]} }
	return []Query{
		{Name: "entity by id + accusations", Text: queryEntity, Vars: party},
		{Name: "search", Text: querySearch, Vars: func(r *rand.Rand) map[string]any {
			return map[string]any{"text": terms[r.IntN(len(terms))]}
		}},
		{Name: "network depth 2", Text: queryNetwork, Vars: party},
		{Name: "provenance", Text: queryProvenance, Vars: func(r *rand.Rand) map[string]any {
			return map[string]any{"id": accusations[r.IntN(len(accusations))]}
		}},
	}
}

// APIConfig says how hard and how long the API benchmark pushes.
type APIConfig struct {
	Store   claimgraph.Store
	Queries []Query
	// Clients is the number of concurrent clients, each sending its next
	// request as soon as the last one was answered.
	Clients int
	// Warmup runs each query unmeasured first (JIT, page cache, plan
	// cache); Duration is the measured time per query.
	Warmup, Duration time.Duration
	Seed             uint64
	Logger           *slog.Logger
}

// APIResult is the measurement of one query.
type APIResult struct {
	Query    string
	Clients  int
	Requests int
	// Errors counts responses that were not 200 or carried GraphQL errors;
	// they are not in the latencies.
	Errors      int
	FirstError  string
	Elapsed     time.Duration
	P50, P99    time.Duration
	Mean, Worst time.Duration
	// Bytes is the mean response size.
	Bytes int
	// Load is the one-minute load average when the measurement started
	// (-1 if unknown): client, server and Neo4j share the machine with
	// whatever else runs on it.
	Load float64
}

// RequestsPerSec is the throughput of successful requests.
func (r APIResult) RequestsPerSec() float64 { return perSec(r.Requests, r.Elapsed) }

// RunAPI serves the store through the real GraphQL handler (graph.NewServer)
// on a loopback listener, warms every query up for Warmup, then measures
// each query in turn: Clients goroutines post requests back to back for
// Duration.
func RunAPI(ctx context.Context, cfg APIConfig) ([]APIResult, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	cfg.Clients = max(cfg.Clients, 1)
	srv := httptest.NewServer(graph.NewServer(graph.ServerConfig{
		Store: cfg.Store,
		// The server's own log would interleave with the table; errors are
		// counted by the client instead.
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	}))
	defer srv.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: cfg.Clients, MaxConnsPerHost: cfg.Clients}}
	defer client.CloseIdleConnections()

	// Every query warms up before any is measured, so that the first
	// measurement does not pay for the JVM compiling what the others use.
	for qi, q := range cfg.Queries {
		if cfg.Warmup <= 0 {
			break
		}
		cfg.Logger.Info("warm-up", "query", q.Name, "for", cfg.Warmup)
		if _, err := drive(ctx, client, srv.URL+"/graphql", q, cfg.Clients, cfg.Warmup, cfg.Seed+uint64(qi)*1000+500); err != nil {
			return nil, err
		}
	}
	var out []APIResult
	for qi, q := range cfg.Queries {
		cfg.Logger.Info("measuring", "query", q.Name, "clients", cfg.Clients, "for", cfg.Duration)
		res, err := drive(ctx, client, srv.URL+"/graphql", q, cfg.Clients, cfg.Duration, cfg.Seed+uint64(qi)*1000)
		if err != nil {
			return out, err
		}
		out = append(out, res)
	}
	return out, nil
}

// drive runs one query from clients goroutines for d.
func drive(ctx context.Context, client *http.Client, url string, q Query, clients int, d time.Duration, seed uint64) (APIResult, error) {
	type clientResult struct {
		lat    []time.Duration
		errors int
		first  string
		bytes  int
	}
	results := make([]clientResult, clients)
	load := loadAvg()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	start := time.Now()
	deadline := start.Add(d)
	var wg sync.WaitGroup
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(seed, uint64(c)))
			res := &results[c]
			for time.Now().Before(deadline) && ctx.Err() == nil {
				body, _ := json.Marshal(map[string]any{"query": q.Text, "variables": q.Vars(r)})
				t0 := time.Now()
				n, err := post(ctx, client, url, body)
				lat := time.Since(t0)
				if err != nil {
					if ctx.Err() != nil {
						return
					}
					res.errors++
					if res.first == "" {
						res.first = err.Error()
					}
					continue
				}
				res.lat = append(res.lat, lat)
				res.bytes += n
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	if err := ctx.Err(); err != nil {
		return APIResult{}, err
	}
	res := APIResult{Query: q.Name, Clients: clients, Elapsed: elapsed, Load: load}
	var all []time.Duration
	bytes := 0
	for _, cr := range results {
		all = append(all, cr.lat...)
		res.Errors += cr.errors
		bytes += cr.bytes
		if res.FirstError == "" {
			res.FirstError = cr.first
		}
	}
	res.Requests = len(all)
	if len(all) > 0 {
		slices.Sort(all)
		res.P50, res.P99 = Percentile(all, 50), Percentile(all, 99)
		res.Worst = all[len(all)-1]
		var sum time.Duration
		for _, l := range all {
			sum += l
		}
		res.Mean = sum / time.Duration(len(all))
		res.Bytes = bytes / len(all)
	}
	return res, nil
}

// post sends one GraphQL request and returns the response size; a non-200
// status or a response with GraphQL errors is an error.
func post(ctx context.Context, client *http.Client, url string, body []byte) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, err
	}
	// A full decode would cost the client as much CPU as the server spends
	// encoding, on the same two cores; errors are a top-level key, and no
	// generated name contains this text.
	if resp.StatusCode != http.StatusOK || bytes.Contains(data, []byte(`"errors":`)) {
		return 0, fmt.Errorf("status %d: %.300s", resp.StatusCode, data)
	}
	return len(data), nil
}

// Percentile returns the p-th percentile (nearest rank) of sorted
// latencies; 0 for none.
func Percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(math.Ceil(p / 100 * float64(len(sorted))))
	return sorted[min(max(rank, 1), len(sorted))-1]
}
