package article

import (
	"fmt"
	"strings"
)

// headerKeys are the keys of a plain-text header block, lower-case.
var headerKeys = map[string]bool{"title": true, "url": true, "date": true, "source": true}

// ParseText reads a plain-text article: an optional header block of "Key: value" lines
// (keys Title, URL, Date, Source, case-insensitive; a Date may start with "~" for
// approximate), a blank line, then the body. Without such a block the whole input is
// the body; a block with any other key is taken for body text. The body is normalised
// as cleanBody says; damaged bytes are repaired silently (a Reader reports them as
// warnings). The ID is ID(body) and Name is name. Errors name the input and wrap
// ErrEmpty or ErrBinary; an unreadable Date is not an error, the article just has no
// date.
func ParseText(name string, data []byte) (Article, error) {
	a, _, err := parseText(name, data)
	if err != nil {
		return Article{}, fmt.Errorf("%s: %w", name, err)
	}
	return a, nil
}

// parseText is ParseText with its warnings; its errors do not name the input.
func parseText(name string, data []byte) (Article, []Warning, error) {
	body, warns, err := cleanBody(name, data)
	if err != nil {
		return Article{}, nil, err
	}
	a := Article{Name: name}
	if header, rest, ok := splitHeader(body); ok {
		body = rest
		for _, kv := range header {
			switch kv[0] {
			case "title":
				a.Title = kv[1]
			case "url":
				a.URL = kv[1]
			case "source":
				a.Source = kv[1]
			case "date":
				t, approx, err := ParseDate(kv[1])
				if err != nil {
					warns = append(warns, Warning{Name: name, Offset: -1, Msg: err.Error() + "; the article has no date"})
					continue
				}
				a.Date, a.DateApprox = t, approx
			}
		}
	}
	if strings.TrimSpace(body) == "" {
		return Article{}, nil, fmt.Errorf("%w body", ErrEmpty)
	}
	a.Text = body
	a.ID = ID(body)
	return a, warns, nil
}

// splitHeader separates a leading header block from the body. The block is every line
// before the first blank line, each "Key: value" with a known key; the body starts after
// that blank line.
func splitHeader(s string) (header [][2]string, body string, ok bool) {
	rest := s
	for {
		line, after, found := strings.Cut(rest, "\n")
		if !found {
			return nil, s, false
		}
		if strings.TrimSpace(line) == "" {
			if len(header) == 0 {
				return nil, s, false
			}
			return header, after, true
		}
		key, value, isKV := strings.Cut(line, ":")
		key = strings.ToLower(strings.TrimSpace(key))
		if !isKV || !headerKeys[key] {
			return nil, s, false
		}
		header = append(header, [2]string{key, strings.TrimSpace(value)})
		rest = after
	}
}
