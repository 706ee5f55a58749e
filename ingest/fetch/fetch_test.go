package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestGet(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, r.UserAgent())
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/ok", http.StatusMovedPermanently) })
	mux.HandleFunc("/file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, strings.Repeat("x", 200)) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := New(Options{MaxSize: 100, UserAgent: "test-agent"})
	ctx := context.Background()

	r, err := c.Get(ctx, srv.URL+"/moved")
	if err != nil || string(r.Body) != "test-agent" || r.URL != srv.URL+"/ok" || r.ContentType != "text/plain" {
		t.Errorf("Get(/moved) = %+v, %v", r, err)
	}
	if _, err := c.Get(ctx, srv.URL+"/big"); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Get(/big) = %v, want ErrTooLarge", err)
	}
	for _, u := range []string{srv.URL + "/file", srv.URL + "/missing", "file:///etc/passwd", "http://"} {
		if _, err := c.Get(ctx, u); err == nil || !strings.Contains(err.Error(), u) {
			t.Errorf("Get(%s) = %v, want an error naming it", u, err)
		}
	}
}

func TestIsURL(t *testing.T) {
	for s, want := range map[string]bool{"http://x": true, "HTTPS://x/y": true, "ftp://x": false, "news/a.txt": false, "-": false} {
		if IsURL(s) != want {
			t.Errorf("IsURL(%q) = %v", s, !want)
		}
	}
}
