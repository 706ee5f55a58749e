package agreement

import "testing"

func TestTitledSurname(t *testing.T) {
	for name, want := range map[string]string{
		"Chancellor Helmut Kohl":          "Kohl",
		"Prime Minister Indira Gandhi":    "Gandhi",
		"President Ellen Johnson Sirleaf": "Sirleaf",
		// not a titled person
		"General Secretariat of the League": "",
		"Karen National Union":              "",
		"President Kiir":                    "",
	} {
		if got := titledSurname(name); got != want {
			t.Errorf("titledSurname(%q) = %q, want %q", name, got, want)
		}
	}
}
