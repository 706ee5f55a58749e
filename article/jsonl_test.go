package article

import (
	"errors"
	"io"
	"strings"
	"testing"
)

// readAll collects what a reader yields: articles as "id|name|text" and errors as
// their messages, marking fatal ones.
func readAll(t testing.TB, next func() (Article, error)) (got []string) {
	t.Helper()
	for range 1000 {
		a, err := next()
		var rec *RecordError
		switch {
		case errors.Is(err, io.EOF):
			return got
		case errors.As(err, &rec):
			got = append(got, "error "+err.Error())
		case err != nil:
			return append(got, "fatal "+err.Error())
		default:
			got = append(got, a.ID+"|"+a.Name+"|"+a.Text)
		}
	}
	t.Fatal("reader does not end")
	return nil
}

func TestJSONLReader(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		maxLine int
		want    []string
		warns   int
	}{
		{
			name: "ids kept, missing id hashed, blank lines skipped, no final newline",
			in:   "{\"id\":\"a1\",\"text\":\"One.\"}\n\n{\"text\":\"Two.\"}\r\n{\"id\":7,\"text\":\"Three.\"}",
			want: []string{"a1|in.jsonl:1|One.", ID("Two.") + "|in.jsonl:3|Two.", "7|in.jsonl:4|Three."},
		},
		{
			name: "bad lines reported, the rest read",
			in: "{\"id\":\"a\",\"text\":\"One.\"}\n{oops\n{\"id\":\"b\"}\n{\"id\":[1],\"text\":\"x\"}\n" +
				"{\"id\":\"c\",\"text\":\"  \"}\n{\"id\":\"d\",\"text\":\"Four.\"}\n",
			want: []string{
				"a|in.jsonl:1|One.",
				"error in.jsonl:2: invalid JSON: invalid character 'o' looking for beginning of object key string",
				`error in.jsonl:3: missing "text"`,
				`error in.jsonl:4: "id" [1]: want a string or a number`,
				"error in.jsonl:5: text: empty",
				"d|in.jsonl:6|Four.",
			},
		},
		{
			name:    "long line skipped",
			in:      "{\"id\":\"a\",\"text\":\"" + strings.Repeat("x", 300) + "\"}\n{\"id\":\"b\",\"text\":\"Short.\"}\n",
			maxLine: 100,
			want:    []string{"error in.jsonl:1: line of 321 bytes exceeds the 100-byte limit; skipped", "b|in.jsonl:2|Short."},
		},
		{
			name:  "bad date and invalid bytes are warnings",
			in:    "{\"id\":\"a\",\"date\":\"soon\",\"text\":\"caf\xe9.\"}\n",
			want:  []string{"a|in.jsonl:1|caf\uFFFD."},
			warns: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewJSONLReader(strings.NewReader(tt.in), "in.jsonl")
			r.MaxLine = tt.maxLine
			var warns []Warning
			r.Warn = func(w Warning) { warns = append(warns, w) }
			got := readAll(t, r.Next)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if len(warns) != tt.warns {
				t.Errorf("warnings = %v, want %d", warns, tt.warns)
			}
		})
	}
}

func TestJSONLMetadata(t *testing.T) {
	in := `{"id":"x","url":"https://example.org","title":"T","source":"S","date":"~2024-05-01","text":"Body."}`
	a, err := NewJSONLReader(strings.NewReader(in), "f").Next()
	if err != nil {
		t.Fatal(err)
	}
	if a.URL != "https://example.org" || a.Title != "T" || a.Source != "S" ||
		a.Date.Format("2006-01-02") != "2024-05-01" || !a.DateApprox {
		t.Errorf("metadata = %+v", a)
	}
}

// failingReader yields some bytes then a read error.
type failingReader struct{ data string }

func (f *failingReader) Read(p []byte) (int, error) {
	if f.data == "" {
		return 0, errors.New("disk on fire")
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

func TestJSONLReadErrorIsFatal(t *testing.T) {
	r := NewJSONLReader(&failingReader{data: "{\"text\":\"One.\"}\n{\"te"}, "f")
	got := readAll(t, r.Next)
	want := []string{ID("One.") + "|f:1|One.", "fatal f:2: read: disk on fire"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// endlessLine is a reader of a line of n bytes of x followed by tail, generated
// without holding it in memory.
type endlessLine struct {
	n    int64
	tail string
}

func (e *endlessLine) Read(p []byte) (int, error) {
	if e.n == 0 {
		if e.tail == "" {
			return 0, io.EOF
		}
		k := copy(p, e.tail)
		e.tail = e.tail[k:]
		return k, nil
	}
	k := min(int64(len(p)), e.n)
	for i := range p[:k] {
		p[i] = 'x'
	}
	e.n -= k
	return int(k), nil
}

func TestJSONLLineOverDefaultLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 65 MB")
	}
	r := NewJSONLReader(&endlessLine{n: DefaultMaxSize + 1<<20, tail: "\n{\"text\":\"After.\"}\n"}, "big.jsonl")
	got := readAll(t, r.Next)
	if len(got) != 2 || !strings.Contains(got[0], "big.jsonl:1: line of") || !strings.HasSuffix(got[1], "|big.jsonl:2|After.") {
		t.Errorf("got %.200q", got)
	}
}
