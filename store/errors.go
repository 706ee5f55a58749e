package store

import "errors"

// Errors of the Store contract. Adapters wrap them with the key concerned; test with
// errors.Is.
var (
	// ErrNotFound: no record under the key asked for.
	ErrNotFound = errors.New("not found")
	// ErrConflict: the write contradicts what is stored (an id taken by another record).
	ErrConflict = errors.New("conflict")
	// ErrInvalid: the record or filter cannot be stored or run as given.
	ErrInvalid = errors.New("invalid")
)
