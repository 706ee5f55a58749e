package store

import (
	"strings"
	"testing"
)

func TestSnippet(t *testing.T) {
	far := "Talks on the truce opened in Cairo on Monday. " + strings.Repeat("Delegates met again and spoke of progress. ", 10) +
		"The truce in Gaza held overnight, officials in Gaza said."
	tests := []struct {
		query, text, want string
	}{
		{"kidal", "Rebels shelled the town of Kidal on Tuesday, the army said.",
			"…the town of [Kidal] on Tuesday, the army said"},
		{`"al qaeda"`, "The group cut its ties with al-Qaeda last year.",
			"…its ties with [al]-[Qaeda] last year"},
		{"truce gaza", far, "…of progress. The [truce] in [Gaza] held overnight, officials in [Gaza] said"},
		{"ÉLYSÉE", "An official at the Élysée said the general would speak.",
			"…official at the [Élysée] said the general would speak"},
		{"monitors", "Rebels shelled the town.", ""},
		{"soldiers", strings.Repeat("Soldiers attacked. ", 100_000),
			"[Soldiers] attacked. [Soldiers] attacked. [Soldiers] attacked. [Soldiers] attacked. [Soldiers] attacked. " +
				"[Soldiers] attacked. [Soldiers] attacked. [Soldiers] attacked. [Soldiers] attacked. [Soldiers] attacked. " +
				"[Soldiers] attacked. [Soldiers] attacked…"},
	}
	for _, tt := range tests {
		q, err := ParseQuery(tt.query)
		if err != nil {
			t.Fatal(err)
		}
		if got := q.Snippet(tt.text); got != tt.want {
			t.Errorf("Snippet(%q) of %.40q…\n got %q\nwant %q", tt.query, tt.text, got, tt.want)
		}
	}
}
