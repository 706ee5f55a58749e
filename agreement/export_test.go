package agreement

// DecideEveryDate makes assessments decide every provision on every date while it
// is set, for tests comparing them with the change-driven decisions.
func DecideEveryDate(on bool) { decideEveryDate = on }
