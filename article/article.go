// Package article defines the Article, peacewatch's unit of input, and reads the input
// formats of DESIGN.md (plain text with an optional header block, JSONL) into it.
package article

import "time"

// Article is one news report.
type Article struct {
	ID     string // the record's id when given, else a hash of the normalised body
	URL    string
	Title  string
	Source string
	// Date is the publication date; the zero time means unknown.
	Date time.Time
	// DateApprox is set when the header's date started with "~".
	DateApprox bool
	Text       string
	// Name says where the article came from (file name and line) for messages.
	Name string
}
