package agreement

import (
	"fmt"
	"io"

	"go.yaml.in/yaml/v3"
)

// WriteYAML writes ags in the form Load reads (a mapping with the key "agreements"),
// statuses included, so that extracted agreements can be saved, corrected by hand
// and loaded again with Load.
func WriteYAML(w io.Writer, ags []Agreement) error {
	if ags == nil {
		ags = []Agreement{}
	}
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(struct {
		Agreements []Agreement `yaml:"agreements"`
	}{ags}); err != nil {
		return fmt.Errorf("write agreements: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("write agreements: %w", err)
	}
	return nil
}
