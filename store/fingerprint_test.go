package store

import (
	"hash/fnv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const report = `The two delegations met for six hours in the capital on Monday and agreed to open three
crossings for aid convoys, to release the wounded held by both sides and to meet again within a
week to settle the exchange of the remaining detainees, the mediator told reporters afterwards.`

func TestFingerprintNear(t *testing.T) {
	fp := FingerprintOf(report)
	for name, text := range map[string]string{
		"same text":       report,
		"rewrapped":       strings.Join(strings.Fields(report), "\n"),
		"upper case":      strings.ToUpper(report),
		"credit line":     report + " (Reporting by a staff writer)",
		"punctuation":     strings.ReplaceAll(report, ",", ";"),
		"dateline":        "THE CAPITAL, June 3 - " + report,
		"one word edited": strings.Replace(report, "six hours", "seven hours", 1),
	} {
		if o := FingerprintOf(text); !fp.Near(o) {
			t.Errorf("%s: similarity %.2f, want near", name, fp.Similarity(o))
		}
	}
	for name, text := range map[string]string{
		"other story": `Aid convoys waited at the crossings for a third day as the two sides accused each
other of breaking the agreement reached in the capital, and the mediator said the detainees would
not be exchanged before the wounded were released and the shelling of the border towns had stopped.`,
		"first half": report[:len(report)/2],
	} {
		if o := FingerprintOf(text); fp.Near(o) {
			t.Errorf("%s: similarity %.2f, want not near", name, fp.Similarity(o))
		}
	}
	if short := FingerprintOf("Talks resume on Monday."); !short.IsZero() || short.Near(short) {
		t.Errorf("short text: fingerprint %v, want zero and never near", short)
	}
}

func TestFingerprintBytes(t *testing.T) {
	fp := FingerprintOf(report)
	got, err := ParseFingerprint(fp.Bytes())
	if err != nil || got != fp {
		t.Errorf("ParseFingerprint(Bytes) = %v, %v; want %v", got, err, fp)
	}
	if z, err := ParseFingerprint(nil); err != nil || !z.IsZero() {
		t.Errorf("ParseFingerprint(nil) = %v, %v", z, err)
	}
	if _, err := ParseFingerprint([]byte{1, 2, 3}); err == nil {
		t.Error("ParseFingerprint of 3 bytes: no error")
	}
	keys := fp.BandKeys()
	if len(keys) != Bands {
		t.Fatalf("%d band keys, want %d", len(keys), Bands)
	}
	for i, k := range keys {
		if int(uint64(k)>>56) != i {
			t.Errorf("band key %d has band number %d", i, uint64(k)>>56)
		}
	}
}

func TestParseQuery(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
	}{
		{"ceasefire", "ceasefire"},
		{"Ceasefire  TALKS", "ceasefire|talks"},
		{`"peace deal" signed`, "peace deal|signed"},
		{"al-Qaeda", "al qaeda"},
		{`"unclosed phrase`, "unclosed phrase"},
		{"Kyiv, Kharkiv.", "kyiv|kharkiv"},
	} {
		q, err := ParseQuery(tc.in)
		if err != nil {
			t.Errorf("ParseQuery(%q): %v", tc.in, err)
			continue
		}
		var terms []string
		for _, t := range q.Terms {
			terms = append(terms, strings.Join(t, " "))
		}
		if got := strings.Join(terms, "|"); got != tc.want {
			t.Errorf("ParseQuery(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, in := range []string{"", "  ", `""`, "!?", strings.Repeat("w ", MaxTerms+1)} {
		if _, err := ParseQuery(in); err == nil {
			t.Errorf("ParseQuery(%q): no error", in)
		}
	}
}

func TestPrefixEnd(t *testing.T) {
	for in, want := range map[string]string{"AFG": "AFH", "19": "1:", "a\xff": "b", "\xff\xff": "", "": ""} {
		if got := PrefixEnd(in); got != want {
			t.Errorf("PrefixEnd(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCursor(t *testing.T) {
	c := EncodeCursor("2020-03-02", "id-1")
	got, err := DecodeCursor(c, 2)
	if err != nil || got[0] != "2020-03-02" || got[1] != "id-1" {
		t.Errorf("DecodeCursor(EncodeCursor) = %q, %v", got, err)
	}
	if _, err := DecodeCursor(c, 3); err == nil {
		t.Error("DecodeCursor with the wrong arity: no error")
	}
	if n, err := DecodeOffset(OffsetCursor(40)); n != 40 || err != nil {
		t.Errorf("DecodeOffset = %d, %v", n, err)
	}
	if _, err := DecodeOffset(EncodeCursor("-3")); err == nil {
		t.Error("negative offset: no error")
	}
}

func TestQueryMatches(t *testing.T) {
	const text = "The Taliban refused to release the 5,000 prisoners until talks began."
	for q, want := range map[string]bool{
		"prisoners": true, "PRISONERS talks": true, `"refused to release"`: true, `"release refused"`: false,
		"5,000": true, "5000": false, "prison": false, "ceasefire prisoners": false,
	} {
		pq, err := ParseQuery(q)
		if err != nil {
			t.Fatal(err)
		}
		if got := pq.Matches(text); got != want {
			t.Errorf("%q matches = %v, want %v", q, got, want)
		}
	}
}

func TestShingleHashIsFNVOfJoinedWords(t *testing.T) {
	for _, ws := range [][]string{{"the", "un", "said"}, {"", "a", ""}, {"ceasefire", "in", "gaza"}, {"één", "ö", "x"}} {
		h := fnv.New64a()
		h.Write([]byte(strings.Join(ws, " ")))
		if got, want := shingleHash(ws, 0), h.Sum64(); got != want {
			t.Errorf("shingleHash(%q) = %x, want %x", ws, got, want)
		}
	}
}

func TestASCIIWordsAreUnicodeWords(t *testing.T) {
	for _, s := range []string{report, "", "  ,. ", "UN-brokered Truce: 3,000 troops; U.S. envoy's 2nd visit\n\tEND"} {
		if diff := cmp.Diff(unicodeWords(s), asciiWords(s)); diff != "" {
			t.Errorf("asciiWords(%q) differs from unicodeWords (-want +got):\n%s", s, diff)
		}
	}
}

func TestASCIIFingerprintIsWordsFingerprint(t *testing.T) {
	long := strings.Repeat("UN-brokered Truce: 3,000 troops; U.S. envoy's 2nd visit\n\tEND ", 3)
	for _, s := range []string{report, strings.ToUpper(report), report[:len(report)/3], "", long, long[:len(long)-1], "  " + long + "  ", "a b c d e f g h i j k l m n o p q r s t"} {
		if got, want := FingerprintOf(s), wordsFingerprint(unicodeWords(s)); got != want {
			t.Errorf("FingerprintOf(%.30q...) = %v, want %v", s, got, want)
		}
	}
}

func BenchmarkFingerprint(b *testing.B) {
	text := strings.Repeat(report+" ", 5)
	b.Run("one pass", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			FingerprintOf(text)
		}
	})
	b.Run("words", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			wordsFingerprint(asciiWords(text))
		}
	})
}
