package dataset

import (
	"archive/zip"
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// sizedReaderAt is a random-access input that knows its size (bytes.Reader,
// strings.Reader, io.SectionReader).
type sizedReaderAt interface {
	io.ReaderAt
	Size() int64
}

// readerAt returns r as a random-access input with its size when it is one: a
// regular file or a sizedReaderAt.
func readerAt(r io.Reader) (io.ReaderAt, int64, bool) {
	switch x := r.(type) {
	case *os.File:
		st, err := x.Stat()
		if err != nil || !st.Mode().IsRegular() {
			return nil, 0, false
		}
		if off, err := x.Seek(0, io.SeekCurrent); err != nil || off != 0 {
			return nil, 0, false
		}
		return x, st.Size(), true
	case sizedReaderAt:
		return x, x.Size(), true
	}
	return nil, 0, false
}

// readZipAt reads the members of a zip archive through its central directory.
func readZipAt(ra io.ReaderAt, size int64, name string, fn func(Member) error) error {
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		return fmt.Errorf("read %s: zip: %w", name, damaged(err))
	}
	for _, f := range zr.File {
		if strings.HasSuffix(f.Name, "/") || strings.HasPrefix(f.Name, "__MACOSX/") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return fmt.Errorf("read %s: zip member %s: %w", name, f.Name, damaged(err))
		}
		err = fn(Member{Name: name + "(" + f.Name + ")", R: bufio.NewReaderSize(&damagedReader{r: rc, what: "zip member " + f.Name}, bufSize)})
		rc.Close()
		if err != nil {
			return err
		}
	}
	return nil
}
