package agreement

// slab hands out slices cut from a larger array, so that the many small slices
// an article's sentences and claims need cost a few allocations, not one each.
// The slices are cut with their capacity at their size: appending to one never
// writes into the next.
type slab[T any] struct {
	buf []T
}

// newSlab returns a slab whose first array holds n elements: what the article needs
// when n bounds the sum of what take is asked for.
func newSlab[T any](n int) slab[T] { return slab[T]{buf: make([]T, n)} }

// take returns an empty slice with room for n elements, nil when n is 0 (as a nil
// slice appended to nothing is), to be filled by append.
func (s *slab[T]) take(n int) []T {
	if n <= 0 {
		return nil
	}
	if n > len(s.buf) {
		s.buf = make([]T, max(n, 16))
	}
	out := s.buf[:0:n]
	s.buf = s.buf[n:]
	return out
}
