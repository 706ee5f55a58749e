package gdelt

import "bytes"

// Detect reports whether line, the first line of a file (without or with its line
// ending), looks like a GDELT event row: tab-separated with 57, 58 or 61 columns, or
// anything from 50 columns up, so that a malformed first row does not hide the
// file (mentions files have 16 columns, GKG files 27). It lets a caller
// tell GDELT files from others without trusting their names (GDELT's end in .CSV).
func Detect(line []byte) bool {
	line = bytes.TrimRight(line, "\r\n")
	n := bytes.Count(line, []byte("\t")) + 1
	return n >= 50
}
