package agreement

import "time"

// AssessEveryDate is Assess deciding every provision on every date, for tests
// comparing it with the change-driven decisions.
func AssessEveryDate(ags []Agreement, rec Record, asOf time.Time) []Agreement {
	return DefaultRules().assess(ags, rec, asOf, true)
}
