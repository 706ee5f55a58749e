package source

import (
	"bytes"
	"path/filepath"
	"strings"

	"github.com/peacewatch/peacewatch/ingest/acled"
	"github.com/peacewatch/peacewatch/ingest/feed"
	"github.com/peacewatch/peacewatch/ingest/gdelt"
)

// formatDataset is the format of compressed inputs and event files, whose members
// are told apart by DetectDataset.
const formatDataset Format = "dataset"

// sniffLen is how much of an input Detect looks at.
const sniffLen = 64 << 10

// Detect tells an input's format from its name and its first bytes: .txt, .text and
// .md are text, .jsonl and .ndjson JSON Lines, .html, .htm and .xhtml HTML, whatever
// the content. Other names are told by content: gzip or zip data and files whose
// first line is a GDELT row or an ACLED header are event data ("dataset"), then RSS
// and Atom feeds, HTML, a first character '{' (JSON Lines), and plain text last.
func Detect(name string, head []byte) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text", ".md", ".markdown":
		return FormatText
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	}
	return sniff(head)
}

func sniff(head []byte) Format {
	if bytes.HasPrefix(head, []byte{0x1f, 0x8b}) || bytes.HasPrefix(head, []byte("PK\x03\x04")) || bytes.HasPrefix(head, []byte("PK\x05\x06")) {
		return formatDataset
	}
	if f := DetectDataset(head); f != "" {
		return f
	}
	if feed.Detect(head) {
		return FormatFeed
	}
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	l := bytes.ToLower(trimmed[:min(len(trimmed), 1024)])
	if bytes.HasPrefix(l, []byte("<!doctype html")) || bytes.HasPrefix(l, []byte("<html")) ||
		bytes.Contains(l, []byte("<head")) || bytes.Contains(l, []byte("<body")) {
		return FormatHTML
	}
	if len(trimmed) > 0 && trimmed[0] == '{' {
		return FormatJSONL
	}
	return FormatText
}

// DetectDataset tells a GDELT event file or an ACLED export from its first line
// (gdelt.Detect, acled.Detect); "" when it is neither.
func DetectDataset(head []byte) Format {
	line, _, _ := bytes.Cut(head, []byte("\n"))
	switch {
	case gdelt.Detect(line):
		return FormatGDELT
	case acled.Detect(line):
		return FormatACLED
	}
	return ""
}
