package ingest

import "github.com/peacewatch/peacewatch/agreement"

// SetGroupEvents sets the bound of a group's events (groupEvents) and returns a
// function that puts it back.
func SetGroupEvents(n int) (restore func()) {
	old := groupEvents
	groupEvents = n
	return func() { groupEvents = old }
}

// PackClaims returns cs packed and unpacked again (claimPack), and false when
// they have no packed form.
func PackClaims(cs []agreement.Claim) ([]agreement.Claim, bool, error) {
	p, ok := packClaims(cs)
	if !ok {
		return nil, false, nil
	}
	out, err := p.claims()
	return out, true, err
}
