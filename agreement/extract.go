package agreement

// Extract finds the agreements src reports, with their provisions, each keeping the
// sentence that states it as evidence. An article that reports no deal yields none.
func Extract(src Source) []Agreement {
	// TODO(issue 3): extraction.
	return nil
}
