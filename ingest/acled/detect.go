package acled

import "bytes"

// Detect reports whether line, the first line of a file, looks like the header of an
// ACLED export: comma-separated, naming event_id_cnty or event_date (in any case). It
// lets a caller tell ACLED files from other CSV files.
func Detect(line []byte) bool {
	lower := bytes.ToLower(bytes.TrimRight(line, "\r\n"))
	return bytes.IndexByte(lower, ',') >= 0 &&
		(bytes.Contains(lower, []byte("event_id_cnty")) || bytes.Contains(lower, []byte("event_date")))
}
