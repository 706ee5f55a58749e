package verb

import (
	"strings"
	"testing"
)

func FuzzLoad(f *testing.F) {
	f.Add("190 clash +with\n0874 pull .. out\n0874 ~withdrawal $of $by\n")
	f.Add("0874 withdraw - +from\n..\n~ ~\n+ $ -\n")
	f.Fuzz(func(t *testing.T, src string) {
		d := New()
		if err := d.Load(strings.NewReader(src), "f.verbs"); err != nil {
			if d.Len() != 0 {
				t.Fatalf("failed load added %d patterns", d.Len())
			}
			return
		}
		for _, cands := range d.forms {
			for _, c := range cands {
				if c.Pattern.Gap > 0 && len(c.Pattern.Rest) == 0 {
					t.Fatalf("gap without rest: %+v", c.Pattern)
				}
			}
		}
	})
}

func FuzzLoadPhoenix(f *testing.F) {
	f.Add(phoenixSample)
	f.Fuzz(func(t *testing.T, src string) {
		if _, err := New().LoadPhoenix(strings.NewReader(src), "f.txt"); err != nil {
			t.Skip()
		}
	})
}
