package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// FuzzParseRules checks that any rules text is parsed or refused, never a crash.
func FuzzParseRules(f *testing.F) {
	f.Add("implement\twithdraw\t087\twithdraw*\n")
	f.Add("cue\tintent\t-\twill,required!by\n")
	f.Add("stage\tdeploy\t-\t2\n# comment\n\n")
	f.Fuzz(func(t *testing.T, src string) {
		r, err := agreement.ParseRules(src, "fuzz.tsv")
		if err == nil && r == nil {
			t.Fatal("no rules and no error")
		}
	})
}
