package sqlite

import (
	"database/sql/driver"
	"fmt"
	"sync"

	"modernc.org/sqlite"

	"github.com/peacewatch/peacewatch/store"
)

// matchFunc is the SQL function peacewatch_match(text, query): 1 when text passes
// the text query (store.Query.Matches), else 0. The driver's function table is
// process-wide, so it is registered once, by the first Open.
const matchFunc = "peacewatch_match"

var registerMatch = sync.OnceValue(func() error {
	return sqlite.RegisterDeterministicScalarFunction(matchFunc, 2, func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
		text, ok1 := args[0].(string)
		query, ok2 := args[1].(string)
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("%s takes two texts", matchFunc)
		}
		q, err := store.ParseQuery(query)
		if err != nil {
			return nil, err
		}
		if q.Matches(text) {
			return int64(1), nil
		}
		return int64(0), nil
	})
})

// defaultTextDriveLimit decides how a text filter runs. When fewer events than this hold
// the query's words, the query starts from the full-text index and sorts those
// events; when more do, it reads events in order and checks each with
// peacewatch_match, and finds a page after reading about 100·N/limit events at
// worst.
const defaultTextDriveLimit = 5000
