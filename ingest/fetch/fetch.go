// Package fetch gets pages and feeds over HTTP for ingest, with the limits anything
// fetched from outside needs: a timeout on the whole request, a cap on the body's
// size, a User-Agent that names peacewatch, and a bounded number of redirects. Only
// http and https URLs are fetched.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Defaults of Options.
const (
	DefaultTimeout      = 20 * time.Second
	DefaultMaxSize      = 16 << 20
	DefaultMaxRedirects = 5
	DefaultUserAgent    = "peacewatch/1 (+https://github.com/peacewatch/peacewatch)"
)

// ErrTooLarge is wrapped by the error for a body over Options.MaxSize.
var ErrTooLarge = errors.New("too large")

// Options are a Client's limits; zero fields take the defaults above.
type Options struct {
	Timeout      time.Duration
	MaxSize      int64
	MaxRedirects int
	UserAgent    string
	// Transport, when set, replaces http.DefaultTransport (tests).
	Transport http.RoundTripper
}

// Client fetches URLs within its Options. It is safe for concurrent use.
type Client struct {
	http    *http.Client
	maxSize int64
	agent   string
}

// New returns a Client with opt's limits.
func New(opt Options) *Client {
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	if opt.MaxSize <= 0 {
		opt.MaxSize = DefaultMaxSize
	}
	if opt.MaxRedirects <= 0 {
		opt.MaxRedirects = DefaultMaxRedirects
	}
	if opt.UserAgent == "" {
		opt.UserAgent = DefaultUserAgent
	}
	max := opt.MaxRedirects
	c := &http.Client{
		Timeout:   opt.Timeout,
		Transport: opt.Transport,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > max {
				return fmt.Errorf("more than %d redirects", max)
			}
			if !IsURL(req.URL.String()) {
				return fmt.Errorf("redirect to %s: not an http or https URL", req.URL.Redacted())
			}
			return nil
		},
	}
	return &Client{http: c, maxSize: opt.MaxSize, agent: opt.UserAgent}
}

// Response is a fetched body.
type Response struct {
	// URL is where the body came from, after redirects.
	URL         string
	ContentType string
	Body        []byte
}

// IsURL reports whether s is an http or https URL, the only ones fetched.
func IsURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// Get fetches rawURL. A status other than 2xx, a body over the size limit (wrapping
// ErrTooLarge), a timeout or too many redirects is an error naming the URL.
func (c *Client) Get(ctx context.Context, rawURL string) (Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil || !IsURL(rawURL) || u.Host == "" {
		return Response{}, fmt.Errorf("fetch %s: not an http or https URL", rawURL)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Response{}, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	req.Header.Set("User-Agent", c.agent)
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5")
	resp, err := c.http.Do(req)
	if err != nil {
		return Response{}, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return Response{}, fmt.Errorf("fetch %s: %s", rawURL, resp.Status)
	}
	if resp.ContentLength > c.maxSize {
		return Response{}, fmt.Errorf("fetch %s: %w: %d bytes, over the %d-byte limit", rawURL, ErrTooLarge, resp.ContentLength, c.maxSize)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.maxSize+1))
	if err != nil {
		return Response{}, fmt.Errorf("fetch %s: read body: %w", rawURL, err)
	}
	if int64(len(body)) > c.maxSize {
		return Response{}, fmt.Errorf("fetch %s: %w: over the %d-byte limit", rawURL, ErrTooLarge, c.maxSize)
	}
	return Response{URL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type"), Body: body}, nil
}
