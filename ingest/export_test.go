package ingest

// SetGroupEvents sets the bound of a group's events (groupEvents) and returns a
// function that puts it back.
func SetGroupEvents(n int) (restore func()) {
	old := groupEvents
	groupEvents = n
	return func() { groupEvents = old }
}

// SetMaxCarried sets the bound of the claims carried across groups (maxCarried)
// and returns a function that puts it back.
func SetMaxCarried(n int) (restore func()) {
	old := maxCarried
	maxCarried = n
	return func() { maxCarried = old }
}
