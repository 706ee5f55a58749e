package agreement_test

import (
	"os"
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/eval"
)

// TestAssessDebug prints the readings of one case (ASSESS_CASE=name[/provision]).
func TestAssessDebug(t *testing.T) {
	name := os.Getenv("ASSESS_CASE")
	if name == "" {
		t.Skip("set ASSESS_CASE to print a case's readings")
	}
	name, id, _ := strings.Cut(name, "/")
	cs, err := eval.ReadCase("../testdata/agreements/" + name)
	if err != nil {
		t.Fatal(err)
	}
	rec := record(t, cs.Articles)
	t.Log("\n" + agreement.DebugReadings(stripped(cs.Agreements), rec, cs.AsOf, id))
}
