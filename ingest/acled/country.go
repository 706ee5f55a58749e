package acled

import _ "embed"

// ISO 3166-1 numeric codes and their alpha-3 codes: numeric, alpha3, name.
//
//go:embed data/iso_numeric.tsv
var isoTSV string
