package store

import (
	"context"

	"github.com/peacewatch/peacewatch/agreement"
)

// ArticleClaimer is what a Store may offer besides: the claims of many articles in
// one read, for a reader that would otherwise ask Claims once per article. It
// returns what Claims(ctx, ClaimFilter{ArticleID: id}) returns for each of ids:
// each article's claims together and in Claims' order, the articles in an order of
// the adapter's; an id without claims, or repeated, adds nothing.
type ArticleClaimer interface {
	ArticleClaims(ctx context.Context, ids []string) ([]agreement.Claim, error)
}
