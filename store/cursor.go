package store

import (
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
)

// EncodeCursor packs the sort key of the last row of a page into an opaque cursor.
func EncodeCursor(key ...string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(strings.Join(key, "\x00")))
}

// DecodeCursor unpacks a cursor made by EncodeCursor with n parts. A cursor that is
// not one is ErrInvalid.
func DecodeCursor(c string, n int) ([]string, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return nil, fmt.Errorf("cursor %q: %w", c, ErrInvalid)
	}
	parts := strings.Split(string(b), "\x00")
	if len(parts) != n {
		return nil, fmt.Errorf("cursor %q: %w", c, ErrInvalid)
	}
	return parts, nil
}

// OffsetCursor is the cursor of a page that starts at offset.
func OffsetCursor(offset int) string { return EncodeCursor(strconv.Itoa(offset)) }

// DecodeOffset returns the offset an OffsetCursor holds, 0 for "".
func DecodeOffset(c string) (int, error) {
	if c == "" {
		return 0, nil
	}
	p, err := DecodeCursor(c, 1)
	if err != nil {
		return 0, err
	}
	n, err := strconv.Atoi(p[0])
	if err != nil || n < 0 {
		return 0, fmt.Errorf("cursor %q: %w", c, ErrInvalid)
	}
	return n, nil
}
