package agreement

import "io"

// Load reads hand-written agreements from a YAML file (DESIGN.md's fields) and marks
// them Manual. Errors name the file and line. name is used in messages.
func Load(r io.Reader, name string) ([]Agreement, error) {
	// TODO(issue 3): YAML loading.
	return nil, nil
}
