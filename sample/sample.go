// Package sample holds the articles that "peacewatch demo" codes: short original
// reports, written for this project from public facts, about real ceasefires and peace
// deals (Pretoria 2022, the Gaza truce of November 2023, the Black Sea grain deal,
// Colombia and the ELN, Congo and Rwanda in Washington, Armenia and Azerbaijan, the
// Yemen truce). Each one states a deal's terms with quantities and deadlines and what
// happened next: implementation, violations, refusals, denials and claims that
// contradict each other.
//
// Every file is plain text in peacewatch's article format: a header block of Title,
// Date and Source lines, a blank line, then the body.
package sample

import "embed"

// FS holds the sample articles as *.txt files at its root, one article per file, named
// so that name order is a sensible reading order.
//
//go:embed *.txt
var FS embed.FS
