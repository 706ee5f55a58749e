package article

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestParseText(t *testing.T) {
	day := time.Date(2023, 11, 24, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		in    string
		want  Article // ID and Name are checked separately
		warns int
		err   error
	}{
		{
			name: "header block",
			in:   "Title: Truce begins\nURL: https://example.org/a\nDate: 2023-11-24\nSource: Example\n\nThe truce began.\n",
			want: Article{Title: "Truce begins", URL: "https://example.org/a", Source: "Example", Date: day, Text: "The truce began.\n"},
		},
		{
			name: "keys in any case with approximate date",
			in:   "TITLE: Truce\ndate: ~November 24, 2023\n\nBody.",
			want: Article{Title: "Truce", Date: day, DateApprox: true, Text: "Body."},
		},
		{
			name: "no header",
			in:   "Qatar said the truce would begin on Friday.\n",
			want: Article{Text: "Qatar said the truce would begin on Friday.\n"},
		},
		{
			name: "headline with a colon is body",
			in:   "GAZA: Truce Begins as Hostages Freed\n\nThe truce began.",
			want: Article{Text: "GAZA: Truce Begins as Hostages Freed\n\nThe truce began."},
		},
		{
			name: "header followed by an unknown key is body",
			in:   "Title: x\nAuthor: y\n\nBody.",
			want: Article{Text: "Title: x\nAuthor: y\n\nBody."},
		},
		{
			name: "header lines without a blank line are body",
			in:   "Title: x\nDate: 2023-11-24",
			want: Article{Text: "Title: x\nDate: 2023-11-24"},
		},
		{
			name:  "unreadable date is a warning",
			in:    "Date: last Friday\n\nBody.",
			want:  Article{Text: "Body."},
			warns: 1,
		},
		{
			name: "CRLF and byte-order mark",
			in:   "\xef\xbb\xbfTitle: T\r\n\r\nLine one.\r\nLine two.\rEnd.",
			want: Article{Title: "T", Text: "Line one.\nLine two.\nEnd."},
		},
		{
			name:  "sparse invalid UTF-8 repaired",
			in:    "Troops left Kabul\xff on Monday, caf\xe9 owners said.",
			want:  Article{Text: "Troops left Kabul\uFFFD on Monday, caf\uFFFD owners said."},
			warns: 1,
		},
		{
			name:  "UTF-16 with byte-order mark",
			in:    "\xff\xfeH\x00i\x00.\x00",
			want:  Article{Text: "Hi."},
			warns: 1,
		},
		{
			name:  "late NUL byte replaced",
			in:    strings.Repeat("word ", 2000) + "\x00end.",
			want:  Article{Text: strings.Repeat("word ", 2000) + " end."},
			warns: 1,
		},
		{name: "empty", in: "", err: ErrEmpty},
		{name: "blank", in: " \n\t\n", err: ErrEmpty},
		{name: "header without body", in: "Title: x\n\n  \n", err: ErrEmpty},
		{name: "NUL bytes", in: "abc\x00\x01\x02def", err: ErrBinary},
		{name: "PNG", in: "\x89PNG\r\n\x1a\nrest", err: ErrBinary},
		{name: "mostly invalid UTF-8", in: "a\xff\xfe\xfd\xfc\xfb\xfa b", err: ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warns, err := parseText("in.txt", []byte(tt.in))
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("parseText error = %v, want %v", err, tt.err)
				}
				_, err := ParseText("in.txt", []byte(tt.in))
				if err == nil || !strings.HasPrefix(err.Error(), "in.txt: ") {
					t.Errorf("ParseText error = %v, want one naming in.txt", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("parseText: %v", err)
			}
			if got.ID != ID(got.Text) || got.Name != "in.txt" {
				t.Errorf("ID, Name = %q, %q; want %q, in.txt", got.ID, got.Name, ID(got.Text))
			}
			got.ID, got.Name = "", ""
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("article (-want +got):\n%s", diff)
			}
			if len(warns) != tt.warns {
				t.Errorf("warnings = %v, want %d", warns, tt.warns)
			}
		})
	}
}

func TestWarningOffset(t *testing.T) {
	_, warns, err := parseText("f.txt", []byte("Hello\xffworld\xfe."))
	if err != nil || len(warns) != 1 {
		t.Fatalf("parseText = %v, %v; want one warning", warns, err)
	}
	if got, want := warns[0].String(), "f.txt: byte 5: 2 invalid UTF-8 bytes replaced with U+FFFD"; got != want {
		t.Errorf("warning = %q, want %q", got, want)
	}
}

func FuzzParseText(f *testing.F) {
	for _, s := range []string{"Title: a\nDate: 2020-03-03\n\nBody", "Body only", "Date: ~x\n\n b",
		"\xef\xbb\xbf\r\n\r\nx", "a\xffb", "", "Title:\n\n\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseText("fuzz", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz: ") {
				t.Fatalf("error %q does not name the input", err)
			}
			return
		}
		switch {
		case strings.TrimSpace(a.Text) == "":
			t.Fatalf("blank body accepted from %q", data)
		case !utf8.ValidString(a.Text):
			t.Fatalf("body %q is not valid UTF-8", a.Text)
		case strings.ContainsAny(a.Text, "\r\x00"):
			t.Fatalf("body %q keeps CR or NUL", a.Text)
		case a.ID != ID(a.Text):
			t.Fatalf("ID %q is not ID(body)", a.ID)
		}
	})
}
