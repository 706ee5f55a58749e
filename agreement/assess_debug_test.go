package agreement_test

import (
	"os"
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/eval"
)

// TestAssessDebug prints the readings of one case (ASSESS_CASE=name[/provision];
// ASSESS_DIR=../testdata/agreements-dev2 for the second development set).
func TestAssessDebug(t *testing.T) {
	name := os.Getenv("ASSESS_CASE")
	if name == "" {
		t.Skip("set ASSESS_CASE to print a case's readings")
	}
	name, id, _ := strings.Cut(name, "/")
	dir := os.Getenv("ASSESS_DIR")
	if dir == "" {
		dir = "../testdata/agreements"
	}
	cs, err := eval.ReadCase(dir + "/" + name)
	if err != nil {
		t.Fatal(err)
	}
	rec := record(t, cs.Articles)
	t.Log("\n" + agreement.DebugReadings(stripped(cs.Agreements), rec, cs.AsOf, id))
}
