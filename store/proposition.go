package store

import (
	"encoding/json"
	"fmt"

	"github.com/peacewatch/peacewatch/agreement"
)

// EncodeProposition is how adapters keep a claim's proposition, the reading of its
// sentence that assessment needs: JSON, or "" for a claim without one. Its events are
// not in it: they are stored as events and put back by assessment.
func EncodeProposition(p agreement.Proposition) (string, error) {
	if !p.Read() {
		return "", nil
	}
	b, err := json.Marshal(p)
	if err != nil {
		return "", fmt.Errorf("encode proposition: %w", err)
	}
	return string(b), nil
}

// DecodeProposition reads what EncodeProposition wrote into p; "" leaves p zero.
func DecodeProposition(s string, p *agreement.Proposition) error {
	if s == "" {
		return nil
	}
	if err := json.Unmarshal([]byte(s), p); err != nil {
		return fmt.Errorf("decode proposition: %w", err)
	}
	return nil
}
