package article

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFormat(t *testing.T) {
	for path, want := range map[string]Format{"a.jsonl": FormatJSONL, "b.NDJSON": FormatJSONL, "c.txt": FormatText, "d": FormatText} {
		if got := FormatOf(path); got != want {
			t.Errorf("FormatOf(%q) = %q, want %q", path, got, want)
		}
	}
	for in, want := range map[string]Format{"text": FormatText, "TXT": FormatText, "jsonl": FormatJSONL, "ndjson": FormatJSONL} {
		if got, err := ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseFormat("html"); err == nil {
		t.Error("ParseFormat(html) succeeded")
	}
}

func TestOpen(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name   string
		path   string
		format Format
		want   []string
	}{
		{"text", write("a.txt", "Title: A\n\nBody A."), "", []string{ID("Body A.") + "|" + dir + "/a.txt|Body A."}},
		{"jsonl by extension", write("b.jsonl", "{\"id\":\"b\",\"text\":\"B.\"}\n"), "", []string{"b|" + dir + "/b.jsonl:1|B."}},
		{"jsonl by format", write("c.data", "{\"id\":\"c\",\"text\":\"C.\"}\n"), FormatJSONL, []string{"c|" + dir + "/c.data:1|C."}},
		{"empty text", write("d.txt", ""), "", []string{"error " + dir + "/d.txt: empty"}},
		{"binary text", write("e.bin", "\x7fELF\x02\x01\x01\x00\x00"), "", []string{"error " + dir + "/e.bin: binary data, not text: NUL byte at offset 7"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Open(tt.path, tt.format)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			got := readAll(t, r.Next)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	if _, err := Open(filepath.Join(dir, "missing.txt"), ""); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Open(missing) = %v, want ErrNotExist", err)
	}
	if _, err := Open(dir, ""); err == nil {
		t.Error("Open(directory) succeeded")
	}
}

// TestOpenHugeText checks that a text file over the limit is skipped from its size
// alone: the file is sparse, so reading it would be slow and obvious.
func TestOpenHugeText(t *testing.T) {
	p := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 30); err != nil {
		t.Skipf("no sparse files here: %v", err)
	}
	f.Close()
	r, err := Open(p, "")
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	_, err = r.Next()
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "huge.txt: too large: 1073741824 bytes") {
		t.Fatalf("Next = %v, want too large", err)
	}
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("second Next = %v, want EOF", err)
	}
}

func TestStreamTooLarge(t *testing.T) {
	r := NewReader(&endlessLine{n: 5000}, "-", FormatText)
	r.MaxSize = 1000
	_, err := r.Next()
	var rec *RecordError
	if !errors.As(err, &rec) || !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "5000 bytes") {
		t.Fatalf("Next = %v, want a too-large record error counting 5000 bytes", err)
	}
}

func TestReaderWarnings(t *testing.T) {
	r := NewReader(strings.NewReader("Date: whenever\n\nOdd \xff byte."), "w.txt", FormatText)
	var warns []string
	r.Warn = func(w Warning) { warns = append(warns, w.String()) }
	if _, err := r.Next(); err != nil {
		t.Fatal(err)
	}
	want := []string{"w.txt: byte 20: 1 invalid UTF-8 bytes replaced with U+FFFD",
		`w.txt: date "whenever": unrecognised date (want e.g. 2020-03-03, 2020-03-03T10:00:00Z, "March 3, 2020"); the article has no date`}
	if strings.Join(warns, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings\n%s\nwant\n%s", strings.Join(warns, "\n"), strings.Join(want, "\n"))
	}
}
