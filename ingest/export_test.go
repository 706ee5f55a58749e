package ingest

// SetGroupEvents sets the bound of a group's events (groupEvents) and returns a
// function that puts it back.
func SetGroupEvents(n int) (restore func()) {
	old := groupEvents
	groupEvents = n
	return func() { groupEvents = old }
}
