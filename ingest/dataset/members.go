package dataset

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
)

// Member is one stream of data inside an input: the input itself when it is plain,
// its decompressed content when it is gzip, one file of a zip archive.
type Member struct {
	Name string        // the input's name, or "archive.zip(member)" for a zip member
	R    *bufio.Reader // the uncompressed content
}

// bufSize is the read buffer of inputs and members.
const bufSize = 256 << 10

var (
	gzipMagic    = []byte{0x1f, 0x8b}
	zipMagic     = []byte("PK\x03\x04")
	zipEmptyMark = []byte("PK\x05\x06")
)

// Members calls fn with each member of the input r, read as a stream. Compression
// is recognised by its magic bytes, not by the name, so a file that was decompressed
// but kept its .gz name is read too. A gzip input of several concatenated streams is
// one member. Zip archives are read member after member from their local headers
// (stored or deflated, with or without data descriptors, zip64 sizes); when r is a
// file or another io.ReaderAt with a size, through the central directory instead,
// which also handles stored members followed by data descriptors. Directories are
// skipped and each member's CRC-32 is checked.
//
// fn may stop reading a member early and return nil: Members goes on with the next.
// Members stops at fn's first error and returns it. A damaged compressed stream
// surfaces as a read error of the member's reader, wrapped as ErrDamaged with the
// reason (io.ErrUnexpectedEOF for a truncated one).
func Members(r io.Reader, name string, fn func(Member) error) error {
	if ra, size, ok := readerAt(r); ok {
		var head [4]byte
		if n, _ := ra.ReadAt(head[:], 0); n == 4 && bytes.Equal(head[:], zipMagic) {
			return readZipAt(ra, size, name, fn)
		}
	}
	br := bufio.NewReaderSize(r, bufSize)
	head, err := br.Peek(4)
	if err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("read %s: %w", name, err)
	}
	switch {
	case bytes.HasPrefix(head, gzipMagic):
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fmt.Errorf("read %s: gzip: %w", name, damaged(err))
		}
		defer zr.Close()
		return fn(Member{Name: name, R: bufio.NewReaderSize(&damagedReader{r: zr, what: "gzip"}, bufSize)})
	case bytes.HasPrefix(head, zipMagic):
		return readZip(br, name, fn)
	case bytes.HasPrefix(head, zipEmptyMark):
		return nil
	}
	return fn(Member{Name: name, R: br})
}

// ErrDamaged marks a compressed stream that is truncated or corrupt.
var ErrDamaged = errors.New("damaged compressed data")

// damaged wraps a decompression error as ErrDamaged, keeping the reason.
func damaged(err error) error {
	if err == nil || errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
		return err
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%w: truncated: %w", ErrDamaged, err)
	}
	return fmt.Errorf("%w: %w", ErrDamaged, err)
}

// damagedReader passes reads through, wrapping decompression errors as ErrDamaged.
type damagedReader struct {
	r    io.Reader
	what string
}

func (d *damagedReader) Read(p []byte) (int, error) {
	n, err := d.r.Read(p)
	if err != nil && err != io.EOF {
		err = fmt.Errorf("%s: %w", d.what, damaged(err))
	}
	return n, err
}
