package store

import (
	"reflect"
	"testing"

	"github.com/peacewatch/peacewatch/event"
)

// TestActorKeys checks a code's keys (its prefixes of 3, 6, ... letters and itself),
// their roles merged across the sides, and that an empty code has none.
func TestActorKeys(t *testing.T) {
	e := event.Event{Source: []event.Actor{{Code: "SYRGOVMIL"}, {Code: ""}, {Code: "SYRGOVM"}},
		Target: []event.Actor{{Code: "SYRREB"}, {Code: "SYRGOV"}}}
	want := map[string]int{"SYR": SourceBit | TargetBit, "SYRGOV": SourceBit | TargetBit,
		"SYRGOVMIL": SourceBit, "SYRGOVM": SourceBit, "SYRREB": TargetBit}
	if got := ActorKeys(e); !reflect.DeepEqual(got, want) {
		t.Errorf("ActorKeys = %v, want %v", got, want)
	}
}
