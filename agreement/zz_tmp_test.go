package agreement_test

import (
	"os"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/eval"
)

func TestTmpConf(t *testing.T) {
	cs, _ := eval.ReadCase("../testdata/agreements/" + os.Getenv("C"))
	rec := record(t, cs.Articles)
	t.Log("\n" + agreement.DebugStances(stripped(cs.Agreements), rec, cs.AsOf))
}
