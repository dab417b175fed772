package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"diglot.dev/diglot/index"
)

// Only one process can hold a Bleve index open. While "diglot serve"
// runs, it owns the index, and the commands that write to it ("diglot
// index", and the nightly job) hand their documents to the server over
// loopback instead: the search page keeps answering while the index
// grows. The server says where it listens in DIR/serve.json, readable by
// its user only, with a random token that every hand-off request must
// carry.

// serveInfo is the content of DIR/serve.json.
type serveInfo struct {
	Addr  string `json:"addr"`  // host:port the server listens on
	Token string `json:"token"` // bearer token of the /internal/ API
	PID   int    `json:"pid"`
}

const serveInfoFile = "serve.json"

// indexDir is where the index lives under the data directory.
func indexDir(data string) string { return filepath.Join(data, "index") }

// writeServeInfo writes DIR/serve.json atomically, for this user only.
func writeServeInfo(data string, info serveInfo) error {
	b, err := json.Marshal(info)
	if err != nil {
		return err
	}
	return writeFileAtomic(filepath.Join(data, serveInfoFile), 0o600, func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	})
}

// newToken returns a random hand-off token.
func newToken() string {
	b := make([]byte, 24)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// indexWriter is where "diglot index" sends documents: the index itself,
// or the server that holds it.
type indexWriter interface {
	// lastSeq is the store sequence the index is complete up to.
	lastSeq() (uint64, error)
	// put adds or replaces docs and, when seq is larger than the recorded
	// one, records seq.
	put(docs []index.Doc, seq uint64) error
	close() error
	// via names the way documents go, for messages.
	via() string
}

// openIndexWriter opens the index under data, or, when a running server
// holds it, a client of that server.
func openIndexWriter(ctx context.Context, data string) (indexWriter, error) {
	if err := os.MkdirAll(data, 0o755); err != nil {
		return nil, err
	}
	ix, err := index.Open(indexDir(data))
	if err == nil {
		return &localIndex{ix: ix}, nil
	}
	if !errors.Is(err, index.ErrLocked) {
		return nil, fmt.Errorf("open index: %w", err)
	}
	c, cerr := serverClient(data)
	if cerr != nil {
		return nil, fmt.Errorf("the index in %s is in use by another process, and no diglot serve answers for it (%v)", indexDir(data), cerr)
	}
	return &remoteIndex{c: c, ctx: ctx}, nil
}

// localIndex writes to an index this process holds.
type localIndex struct{ ix *index.Index }

func (l *localIndex) lastSeq() (uint64, error) { return readSeq(l.ix) }
func (l *localIndex) put(docs []index.Doc, seq uint64) error {
	return putDocs(l.ix, docs, seq)
}
func (l *localIndex) close() error { return l.ix.Close() }
func (l *localIndex) via() string  { return "the index" }

// readSeq reads the store sequence recorded in the index.
func readSeq(ix *index.Index) (uint64, error) {
	v, ok, err := ix.Meta(metaStoreSeq)
	if err != nil || !ok {
		return 0, err
	}
	return strconv.ParseUint(v, 10, 64)
}

// putDocs adds docs to ix, then records seq when it is newer.
func putDocs(ix *index.Index, docs []index.Doc, seq uint64) error {
	if len(docs) > 0 {
		if err := ix.Put(docs); err != nil {
			return err
		}
	}
	last, err := readSeq(ix)
	if err != nil {
		return err
	}
	if seq > last {
		return ix.SetMeta(metaStoreSeq, strconv.FormatUint(seq, 10))
	}
	return nil
}

// client talks to a running server's /internal/ API.
type client struct {
	info serveInfo
	http *http.Client
}

// serverClient reads DIR/serve.json and checks that the server answers.
func serverClient(data string) (*client, error) {
	b, err := os.ReadFile(filepath.Join(data, serveInfoFile))
	if err != nil {
		return nil, err
	}
	var info serveInfo
	if err := json.Unmarshal(b, &info); err != nil {
		return nil, fmt.Errorf("%s: %w", serveInfoFile, err)
	}
	c := &client{info: info, http: &http.Client{Timeout: 2 * time.Minute}}
	if _, err := c.state(context.Background()); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *client) do(ctx context.Context, method, path string, body []byte, out any) error {
	req, err := http.NewRequestWithContext(ctx, method, "http://"+c.info.Addr+path, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.info.Token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<10))
		return fmt.Errorf("server: %s: %s", resp.Status, bytes.TrimSpace(msg))
	}
	if out == nil {
		return nil
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// handoffState is the answer of GET /internal/index.
type handoffState struct {
	StoreSeq uint64 `json:"store_seq"`
	Docs     uint64 `json:"docs"`
}

// handoffBatch is the body of POST /internal/index.
type handoffBatch struct {
	Docs []index.Doc `json:"docs"`
	Seq  uint64      `json:"seq"`
}

func (c *client) state(ctx context.Context) (handoffState, error) {
	var st handoffState
	err := c.do(ctx, http.MethodGet, "/internal/index", nil, &st)
	return st, err
}

// remoteIndex hands documents to the server that holds the index.
type remoteIndex struct {
	c   *client
	ctx context.Context
}

func (r *remoteIndex) lastSeq() (uint64, error) {
	st, err := r.c.state(r.ctx)
	return st.StoreSeq, err
}

func (r *remoteIndex) put(docs []index.Doc, seq uint64) error {
	body, err := json.Marshal(handoffBatch{Docs: docs, Seq: seq})
	if err != nil {
		return err
	}
	return r.c.do(r.ctx, http.MethodPost, "/internal/index", body, nil)
}

func (r *remoteIndex) close() error { return nil }
func (r *remoteIndex) via() string  { return "diglot serve at " + r.c.info.Addr }

// maxHandoff is the largest hand-off batch the server reads.
const maxHandoff = 256 << 20

// handoffHandler serves the /internal/index API of a server holding ix:
// GET gives the recorded store sequence, POST adds a batch of documents.
// Requests without the token are refused.
func handoffHandler(ix *index.Index, token string) http.Handler {
	var mu sync.Mutex // one batch at a time
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		auth := []byte(r.Header.Get("Authorization"))
		if subtle.ConstantTimeCompare(auth, []byte("Bearer "+token)) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		switch r.Method {
		case http.MethodGet:
			seq, err := readSeq(ix)
			n, err2 := ix.Count()
			if err = errors.Join(err, err2); err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			w.Header().Set("Content-Type", "application/json")
			json.NewEncoder(w).Encode(handoffState{StoreSeq: seq, Docs: n})
		case http.MethodPost:
			var batch handoffBatch
			if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxHandoff)).Decode(&batch); err != nil {
				http.Error(w, "bad batch: "+err.Error(), http.StatusBadRequest)
				return
			}
			mu.Lock()
			err := putDocs(ix, batch.Docs, batch.Seq)
			mu.Unlock()
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			w.WriteHeader(http.StatusOK)
		default:
			w.Header().Set("Allow", "GET, POST")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		}
	})
}
