//go:build tools

// Package deps pins the project's chosen dependencies until code imports them.
package deps

import (
	_ "codeberg.org/readeck/go-readability/v2"
	_ "github.com/abadojack/whatlanggo"
	_ "github.com/google/go-cmp/cmp"
	_ "github.com/jackc/pgx/v5"
	_ "github.com/jdkato/prose/v3/segment"
	_ "github.com/jdkato/prose/v3/tag"
	_ "github.com/jdkato/prose/v3/tokenize"
	_ "github.com/kljensen/snowball"
	_ "github.com/markusmobius/go-dateparser"
	_ "github.com/mmcdole/gofeed"
	_ "github.com/petar-dambovaliev/aho-corasick"
	_ "github.com/pressly/goose/v3"
	_ "github.com/rogpeppe/go-internal/testscript"
	_ "go.yaml.in/yaml/v3"
	_ "modernc.org/sqlite"
	_ "pgregory.net/rapid"
)
