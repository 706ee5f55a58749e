package agreement_test

import (
	"strings"
	"testing"
)

// TestConflictJuxtaposedAccounts pairs two sides' reports of one matter set side by
// side, in sentences next to each other, though neither names a charge or negates a
// word of the other; not two reports of one side, not reports parted by another
// sentence, not two relief agencies' figures, not reports sharing only a word that
// names a speaker's own country, not two sides each saying the truce was broken,
// not in a story of no deal, and not a pledge.
func TestConflictJuxtaposedAccounts(t *testing.T) {
	const deal = "The two sides signed a truce in Geneva on Monday. "
	for _, tc := range []struct {
		name string
		body string
		want bool
	}{
		{"one matter told two ways",
			deal + "Serbia's defence ministry said its tank battalions had gone back to their barracks on Sunday. " +
				"The Kosovo Liberation Army said the tank battalions were dug in around three hamlets in Drenica.", true},
		{"two reports of one side",
			deal + "Serbia's defence ministry said its tank battalions had gone back to their barracks on Sunday. " +
				"Serbia's interior ministry said the tank battalions were resting near Pristina.", false},
		{"parted by another sentence",
			deal + "Serbia's defence ministry said its tank battalions had gone back to their barracks on Sunday. " +
				"Snow closed the mountain roads for much of the week. " +
				"The Kosovo Liberation Army said the tank battalions were dug in around three hamlets in Drenica.", false},
		{"two relief agencies' figures",
			deal + "The Red Cross said 400 families had left the old town by Tuesday. " +
				"A UN spokesman said 120 families had left the old town in buses.", false},
		{"only a speaker's own country in common",
			deal + "Armenia's foreign ministry said the border posts inside Armenia were quiet. " +
				"Azerbaijan's defence ministry said its exercises had been held far from Armenia.", false},
		{"no deal in the story",
			"Serbia's defence ministry said its tank battalions had gone back to their barracks on Sunday. " +
				"The Kosovo Liberation Army said the tank battalions were dug in around three hamlets in Drenica.", false},
		{"the truce said broken by both",
			deal + "The PKK said the army had broken the truce on Sunday. " +
				"Turkey's interior ministry said the PKK had broken the truce on Sunday.", false},
		{"a pledge",
			deal + "Serbia's defence ministry said its tank battalions had gone back to their barracks on Sunday. " +
				"The Kosovo Liberation Army said it would watch the tank battalions closely.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := false
			for _, c := range storyConflicts(t, "2031-05-06", tc.body) {
				got = got || strings.Contains(c.Reason, "different accounts")
			}
			if got != tc.want {
				t.Errorf("juxtaposed accounts paired: %v, want %v", got, tc.want)
			}
		})
	}
}
