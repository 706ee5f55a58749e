package agreement

import "time"

// Assess returns ags with every provision's Status as of asOf and its History (the
// status on each date it changed, up to asOf), computed from rec. Nothing dated or
// published after asOf is used.
func Assess(ags []Agreement, rec Record, asOf time.Time) []Agreement {
	// TODO(issue 3): assessment.
	return ags
}

// Conflicts pairs the claims of rec that contradict each other or contradict a
// provision of ags, as of asOf.
func Conflicts(ags []Agreement, rec Record, asOf time.Time) []Conflict {
	// TODO(issue 3): conflicting claims.
	return nil
}
