package sqlite

// SetTextDriveLimit changes when s starts a text filter from the full-text index,
// so that tests take both paths.
func SetTextDriveLimit(s *Store, n int) { s.textDriveLimit = n }
