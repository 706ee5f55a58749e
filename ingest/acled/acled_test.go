package acled

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/peacewatch/peacewatch/actor"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/ingest/dataset"
)

var defaultDict = sync.OnceValues(actor.Default)

func dict(t testing.TB) *actor.Dictionary {
	d, err := defaultDict()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func readFile(t testing.TB, name string, opts dataset.Options) ([]event.Event, dataset.Stats, error) {
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var evs []event.Event
	st, err := NewReader(dict(t)).Read(context.Background(), f, name, func(e event.Event) error {
		evs = append(evs, e)
		return nil
	}, opts)
	return evs, st, err
}

// summary is one line per event: id, date/granularity, cameo, source codes, target
// codes, country, killed.
func summary(evs []event.Event) string {
	var lines []string
	for _, e := range evs {
		killed := ""
		for _, q := range e.Quantities {
			killed = " " + q.Role + "=" + strconv.FormatFloat(q.Value, 'f', -1, 64) + " " + q.Unit
		}
		lines = append(lines, e.ID+" "+e.Date.Value+"/"+e.Date.Granularity+" "+e.Cameo+" "+codes(e.Source)+" > "+codes(e.Target)+" "+e.Location.Country+killed)
	}
	return strings.Join(lines, "\n")
}

func codes(as []event.Actor) string {
	var s []string
	for _, a := range as {
		c := a.Code
		if c == "" {
			c = "?"
		}
		s = append(s, c)
	}
	if len(s) == 0 {
		return "-"
	}
	return strings.Join(s, "+")
}

func TestReadFiles(t *testing.T) {
	v2023 := `acled:UKR1001 2022-02-24/day 194 RUSMIL > UKRMIL UKR
acled:SDN2001 2023-04-15/day 190 SDNMIL > SDNREB SDN killed=56 people
acled:NGA3001 2020-10-20/day 175 NGAMIL > NGAOPP+NGAOPP NGA killed=12 people
acled:AFG4001 2021-08-15/day 192 AFGREB > AFGGOV AFG
acled:COL5001 2023-03-06/week 141 COLOPP+COLOPP > - COL
acled:ETH6001 2022-11-02/day 057 ETHGOV > ETHREB ETH
acled:ISR7001 2023-10-07/day 181 PSEREB > ISRCVL ISR`
	tests := []struct {
		file, want string
	}{
		{"acled_2023.csv", v2023},
		{"acled_2023.csv.gz", v2023},
		{"acled_2023.zip", v2023},
		{"acled_2018.csv", `acled:YEM31001 2018-06-13/day 190 YEMMIL > YEMREB YEM killed=30 people
acled:SYR52001 2018-02-20/day 195 RUSMIL > SYRCVL SYR killed=25 people
acled:NGA14001 2018-02-19/day 181 NGAREB > NGACVL+NGACVL NGA`},
		{"acled_2016.csv", `acled:SOM20001 2016-01-15/day 192 SOMMIL+IGOAFRAU > SOMREB SOM killed=4 people
acled:DRC9001 2012-11-20/day 192 CODREB > CODMIL COD`},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			evs, st, err := readFile(t, tt.file, dataset.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := summary(evs); got != tt.want {
				t.Errorf("events:\n%s\nwant\n%s", got, tt.want)
			}
			if st.Read != len(evs) || st.Skipped != 0 {
				t.Errorf("stats %+v", st)
			}
		})
	}
}
