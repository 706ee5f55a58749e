package actor

import "time"

// CodeAt returns the code e holds at t: the first dated code whose range contains t,
// else the first undated code, else "". With a zero t (date unknown) it returns the
// first undated code, else the code of the range that starts last.
func (e *Entry) CodeAt(t time.Time) string {
	undated := ""
	for _, c := range e.Codes {
		if c.From.IsZero() && c.To.IsZero() {
			if undated == "" {
				undated = c.Code
			}
			continue
		}
		if !t.IsZero() && c.Contains(t) {
			return c.Code
		}
	}
	if undated != "" || !t.IsZero() {
		return undated
	}
	var latest *DatedCode
	for i := range e.Codes {
		c := &e.Codes[i]
		if latest == nil || latest.From.Before(c.From) || c.From.Equal(latest.From) && after(c.To, latest.To) {
			latest = c
		}
	}
	if latest == nil {
		return ""
	}
	return latest.Code
}

// after reports whether the end a comes after the end b; zero is open-ended.
func after(a, b time.Time) bool {
	return !b.IsZero() && (a.IsZero() || a.After(b))
}

// Contains reports whether t falls in the code's range. To is the last day the code
// holds: the whole of that day is inside.
func (c DatedCode) Contains(t time.Time) bool {
	if !c.From.IsZero() && t.Before(c.From) {
		return false
	}
	return c.To.IsZero() || t.Before(c.To.AddDate(0, 0, 1))
}

// countryOf returns the ISO alpha-3 prefix of code: its first three letters when they
// are uppercase ASCII and not one of the non-state roots IGO, NGO, IMG.
func countryOf(code string) string {
	if len(code) < 3 {
		return ""
	}
	for i := 0; i < 3; i++ {
		if code[i] < 'A' || code[i] > 'Z' {
			return ""
		}
	}
	switch p := code[:3]; p {
	case "IGO", "NGO", "IMG":
		return ""
	default:
		return p
	}
}
