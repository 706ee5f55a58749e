package source

import (
	"bytes"
	"context"
	"strings"
)

func bytesReader(b []byte) *bytes.Reader { return bytes.NewReader(b) }

// url fetches an http or https URL and reads the body as its content type says (a
// feed, an HTML page, plain text), or as its content shows.
func (r *Reader) url(ctx context.Context, u string, emit func(Item) error) error {
	resp, err := r.opt.Client.Get(ctx, u)
	if err != nil {
		return emit(Item{Err: err})
	}
	rr := *r
	if rr.opt.Format == FormatAuto {
		ct := strings.ToLower(resp.ContentType)
		switch {
		case strings.Contains(ct, "rss") || strings.Contains(ct, "atom"):
			rr.opt.Format = FormatFeed
		case strings.Contains(ct, "html"):
			rr.opt.Format = FormatHTML
			if sniff(resp.Body) == FormatFeed {
				rr.opt.Format = FormatFeed
			}
		case strings.HasPrefix(ct, "text/plain"):
			rr.opt.Format = FormatText
		default:
			rr.opt.Format = sniff(resp.Body)
		}
	}
	return rr.stream(ctx, bytesReader(resp.Body), u, resp.URL, emit)
}
