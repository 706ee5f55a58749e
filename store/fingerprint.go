package store

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fingerprint is the near-duplicate key of an article's text: a MinHash signature of
// the set of its word 3-shingles. Words are the runs of letters and digits,
// lowercased, so punctuation, case and line wrapping do not count. The share of
// equal positions of two signatures estimates the Jaccard similarity of the two
// shingle sets: a wire report and its copies with another dateline, a credit line or
// a few words changed share 85–95% of their shingles, two reports of the same
// events in other words a few percent.
//
// Stores find candidates by locality-sensitive hashing: the signature is cut into
// Bands bands of Rows values and each band's hash is indexed; two texts of
// similarity J share at least one band with probability 1-(1-J^3)^10, 0.985 at
// J = 0.7 and 0.99998 at J = 0.9, while unrelated texts (J ≈ 0.02) almost never
// do. Candidates are then kept when Near.
//
// The zero Fingerprint means "none": texts of fewer than MinWords words get it and
// are never linked.
type Fingerprint [Hashes]uint32

const (
	// Hashes is the length of a signature.
	Hashes = Bands * Rows
	// Bands and Rows cut the signature for lookup.
	Bands = 10
	Rows  = 3
	// MinWords is the shortest text, in words, that gets a fingerprint.
	MinWords = 20
	// MinSimilarity is the least estimated Jaccard similarity of Near texts.
	MinSimilarity = 0.7
	// BandCandidates bounds the stored articles a writer compares a new one with
	// per band key, when it looks for the article's original: those stored first
	// under that key. A key that many articles share says little (text of a small
	// vocabulary, boilerplate), and comparing with all of them made the search grow
	// with the square of the store. An original is stored before its copies, and a
	// copy shares most of its bands, so it is still found unless every band it
	// shares was taken by BandCandidates articles before the original.
	BandCandidates = 64
)

// FingerprintOf returns the Fingerprint of text.
func FingerprintOf(text string) Fingerprint {
	if ascii(text) {
		return asciiFingerprint(text)
	}
	return wordsFingerprint(Words(text))
}

// wordsFingerprint is the Fingerprint of a text's words.
func wordsFingerprint(words []string) Fingerprint {
	var fp Fingerprint
	if len(words) < MinWords {
		return fp
	}
	for i := range fp {
		fp[i] = ^uint32(0)
	}
	for i := 0; i+3 <= len(words); i++ {
		fp.add(shingleHash(words[i:i+3], 0))
	}
	return fp
}

// asciiFingerprint is FingerprintOf an ASCII text, read in one pass: the words'
// spans are kept three at a time and hashed lower-cased where they are, so no
// lower-cased copy of the text and no list of its words is made.
func asciiFingerprint(text string) Fingerprint {
	var fp Fingerprint
	for i := range fp {
		fp[i] = ^uint32(0)
	}
	var w [3]string // the latest three words, the latest last
	n := 0
	for i := 0; i < len(text); {
		if !asciiWordByte(text[i]) {
			i++
			continue
		}
		start := i
		for i < len(text) && asciiWordByte(text[i]) {
			i++
		}
		w[0], w[1], w[2] = w[1], w[2], text[start:i]
		n++
		if n >= 3 {
			fp.add(shingleHash(w[:], 0x20))
		}
	}
	if n < MinWords {
		return Fingerprint{}
	}
	return fp
}

// add lowers fp's values to the shingle hash x's, where they are larger.
func (fp *Fingerprint) add(x uint64) {
	for j := range fp {
		// One strong mix per seed stands in for Hashes independent hashes.
		if v := uint32(mix(x+uint64(j)*0x9e3779b97f4a7c15) >> 32); v < fp[j] {
			fp[j] = v
		}
	}
}

func asciiWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// shingleHash is the 64-bit FNV-1a hash of the words joined by spaces, computed
// without joining them, each byte ORed with mask first: 0x20 lower-cases ASCII
// letters and leaves digits as they are.
func shingleHash(words []string, mask byte) uint64 {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	h := uint64(offset)
	for k, w := range words {
		if k > 0 {
			h = (h ^ ' ') * prime
		}
		for i := 0; i < len(w); i++ {
			h = (h ^ uint64(w[i]|mask)) * prime
		}
	}
	return h
}

// mix is SplitMix64's finaliser.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// IsZero reports whether fp is no fingerprint.
func (fp Fingerprint) IsZero() bool { return fp == Fingerprint{} }

// Similarity estimates the Jaccard similarity of the texts of fp and o: the share of
// equal signature positions, 0 when either is zero.
func (fp Fingerprint) Similarity(o Fingerprint) float64 {
	if fp.IsZero() || o.IsZero() {
		return 0
	}
	n := 0
	for i := range fp {
		if fp[i] == o[i] {
			n++
		}
	}
	return float64(n) / Hashes
}

// Near reports whether the texts of fp and o are near-duplicates: both have a
// fingerprint and their Similarity is at least MinSimilarity.
func (fp Fingerprint) Near(o Fingerprint) bool { return fp.Similarity(o) >= MinSimilarity }

// BandKeys returns the keys stores index fp under, one per band, the band's number
// in the top byte so that bands never collide with each other; nil for zero.
func (fp Fingerprint) BandKeys() []int64 {
	if fp.IsZero() {
		return nil
	}
	keys := make([]int64, Bands)
	for b := range Bands {
		var x uint64
		for _, v := range fp[b*Rows : (b+1)*Rows] {
			x = mix(x ^ uint64(v))
		}
		keys[b] = int64(uint64(b)<<56 | x>>8)
	}
	return keys
}

// Bytes returns fp as stores keep it: Hashes big-endian uint32s, or nil for zero.
func (fp Fingerprint) Bytes() []byte {
	if fp.IsZero() {
		return nil
	}
	b := make([]byte, 0, 4*Hashes)
	for _, v := range fp {
		b = binary.BigEndian.AppendUint32(b, v)
	}
	return b
}

// ParseFingerprint reads what Bytes wrote.
func ParseFingerprint(b []byte) (Fingerprint, error) {
	var fp Fingerprint
	if len(b) == 0 {
		return fp, nil
	}
	if len(b) != 4*Hashes {
		return fp, fmt.Errorf("fingerprint of %d bytes, want %d", len(b), 4*Hashes)
	}
	for i := range fp {
		fp[i] = binary.BigEndian.Uint32(b[4*i:])
	}
	return fp, nil
}

// Nearest keeps the candidates whose fingerprints are Near fp, except the article
// with id except, orders them most similar first (then by id) and returns at most
// limit: what an adapter's Similar returns from the candidates its band index finds.
func Nearest(cands []Article, fp Fingerprint, except string, limit int) []Article {
	near := slices.DeleteFunc(cands, func(a Article) bool { return a.ID == except || !fp.Near(a.Fingerprint) })
	slices.SortFunc(near, func(a, b Article) int {
		if c := cmp.Compare(fp.Similarity(b.Fingerprint), fp.Similarity(a.Fingerprint)); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return slices.Clip(near[:min(len(near), limit)])
}

// Words returns the runs of letters and digits of s, lowercased.
func Words(s string) []string {
	if ascii(s) {
		return asciiWords(s)
	}
	return unicodeWords(s)
}

func unicodeWords(s string) []string {
	var words []string
	start := -1
	for i, r := range s {
		in := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			words = append(words, strings.ToLower(s[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		words = append(words, strings.ToLower(s[start:]))
	}
	return words
}

// asciiWords is Words of an ASCII s: the text is lower-cased once and the words
// are cut from it.
func asciiWords(s string) []string {
	lower := strings.ToLower(s)
	words := make([]string, 0, len(s)/6)
	start := -1
	for i := 0; i < len(lower); i++ {
		c := lower[i]
		in := c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			words = append(words, lower[start:i])
			start = -1
		}
	}
	if start >= 0 {
		words = append(words, lower[start:])
	}
	if len(words) == 0 {
		return nil
	}
	return words
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
