package gdelt

import (
	"strings"
	"testing"
)

func TestTablesReportTheirLine(t *testing.T) {
	tests := []struct {
		name, src, want string
		parse           func(string) error
	}{
		{"columns header", "# comment\nlayout\tcol\tname\n", "columns.tsv:2: header",
			func(s string) error { _, err := parseLayouts(s); return err }},
		{"columns gap", "layout\tcolumn\tname\nv2\t1\tGLOBALEVENTID\nv2\t3\tSQLDATE\n", "columns.tsv:3: column \"3\" of v2: want 2",
			func(s string) error { _, err := parseLayouts(s); return err }},
		{"fips fields", "fips\tiso3\tname\tprimary\n\nAF\tAFG\tAfghanistan\t\nXX\tXXXX\tNowhere\t\n", "fips.tsv:4:",
			func(s string) error { _, err := parseFIPS(s); return err }},
		{"fips twice", "fips\tiso3\tname\tprimary\nAF\tAFG\tAfghanistan\t\nAF\tAFG\tAfghanistan\t\n", "fips.tsv:3: code AF twice",
			func(s string) error { _, err := parseFIPS(s); return err }},
	}
	for _, tt := range tests {
		err := tt.parse(tt.src)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.want)
		}
	}
	if _, err := parseFIPS(fipsTSV); err != nil {
		t.Errorf("embedded FIPS table: %v", err)
	}
}
