package sqlite

// SetTextDriveLimit changes when s starts a text filter from the full-text index,
// so that tests take both paths.
func SetTextDriveLimit(s *Store, n int) { s.textDriveLimit = n }

// SetBulkMinEvents changes how many events a run writes before it drops the
// filter indexes, so that tests take that path.
func SetBulkMinEvents(s *Store, n int64) { s.bulk.minEvents = n }
