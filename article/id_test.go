package article

import "testing"

func TestID(t *testing.T) {
	base := ID("The Taliban and the US signed a deal.")
	tests := []struct {
		name string
		body string
		same bool
	}{
		{"re-wrapped", "The Taliban and the US\nsigned a deal.", true},
		{"indented and trailing space", "  The Taliban and the US\tsigned a deal. \n", true},
		{"one word changed", "The Taliban and the US signed a truce.", false},
		{"case changed", "the Taliban and the US signed a deal.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ID(tt.body)
			if len(got) != 16 {
				t.Fatalf("ID(%q) = %q, want 16 hex digits", tt.body, got)
			}
			if (got == base) != tt.same {
				t.Errorf("ID(%q) = %s, base %s: same = %v, want %v", tt.body, got, base, got == base, tt.same)
			}
		})
	}
}
