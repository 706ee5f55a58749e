package gdelt

import "bytes"

// Detect reports whether line, the first line of a file (with or without its line
// ending), looks like a GDELT event row: at least 50 tab-separated columns (57, 58 or
// 61 when the row is well formed; a malformed first row must not hide the file, and
// GDELT's mentions and GKG files have 16 and 27). It tells GDELT files from others
// without trusting their names, which end in .CSV.
func Detect(line []byte) bool {
	line = bytes.TrimRight(line, "\r\n")
	n := bytes.Count(line, []byte("\t")) + 1
	return n >= 50
}
