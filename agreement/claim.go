package agreement

// Claims finds the statements src attributes to speakers ("X said ...", "according to
// X", quotations), each with its evidence span.
func Claims(src Source) []Claim {
	// TODO(issue 3): claims.
	return nil
}
