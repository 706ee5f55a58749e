package dataset

import (
	"bufio"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"strings"
)

// Zip record signatures and flags (APPNOTE.TXT).
const (
	zipLocalSig      = 0x04034b50
	zipDescriptorSig = 0x08074b50
	zipFlagEncrypted = 1 << 0
	zipFlagDescr     = 1 << 3
	zipStore         = 0
	zipDeflate       = 8
	zip64Extra       = 0x0001
)

// zipHeader is what a local file header tells about its member.
type zipHeader struct {
	name          string
	flags, method uint16
	crc           uint32
	csize, usize  uint64
	zip64         bool
}

// readZip streams the members of a zip archive from its local headers; the central
// directory at the end is not needed, so the archive need not be seekable.
func readZip(br *bufio.Reader, name string, fn func(Member) error) error {
	for {
		sig, err := br.Peek(4)
		if err != nil {
			return fmt.Errorf("read %s: zip: %w", name, damaged(noEOF(err)))
		}
		if binary.LittleEndian.Uint32(sig) != zipLocalSig {
			return nil // the central directory: no more members
		}
		h, err := readZipHeader(br)
		if err != nil {
			return fmt.Errorf("read %s: zip: %w", name, err)
		}
		if h.flags&zipFlagEncrypted != 0 {
			return fmt.Errorf("read %s: zip member %s: encrypted", name, h.name)
		}
		var data io.Reader
		switch {
		case h.method == zipDeflate:
			data = flate.NewReader(br) // br is a ByteReader: flate reads no further than its stream
		case h.method == zipStore && h.flags&zipFlagDescr == 0:
			data = io.LimitReader(br, int64(h.csize))
		default:
			return fmt.Errorf("read %s: zip member %s: compression method %d not supported (want stored or deflate)", name, h.name, h.method)
		}
		m := &zipMember{r: data, crc: crc32.NewIEEE(), h: h, br: br, what: "zip member " + h.name}
		skip := strings.HasSuffix(h.name, "/") || strings.HasPrefix(h.name, "__MACOSX/")
		if skip {
			_, err = io.Copy(io.Discard, m)
		} else {
			err = fn(Member{Name: name + "(" + h.name + ")", R: bufio.NewReaderSize(m, bufSize)})
		}
		if err != nil {
			return err
		}
		if !m.done {
			// fn returned early without error: read on to reach the next member.
			if _, err := io.Copy(io.Discard, m); err != nil {
				return fmt.Errorf("read %s: %w", name, err)
			}
		}
	}
}

func noEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

func readZipHeader(br *bufio.Reader) (zipHeader, error) {
	var fixed [30]byte
	if _, err := io.ReadFull(br, fixed[:]); err != nil {
		return zipHeader{}, damaged(noEOF(err))
	}
	le := binary.LittleEndian
	h := zipHeader{
		flags:  le.Uint16(fixed[6:]),
		method: le.Uint16(fixed[8:]),
		crc:    le.Uint32(fixed[14:]),
		csize:  uint64(le.Uint32(fixed[18:])),
		usize:  uint64(le.Uint32(fixed[22:])),
	}
	nameLen, extraLen := int(le.Uint16(fixed[26:])), int(le.Uint16(fixed[28:]))
	rest := make([]byte, nameLen+extraLen)
	if _, err := io.ReadFull(br, rest); err != nil {
		return zipHeader{}, damaged(noEOF(err))
	}
	h.name = string(rest[:nameLen])
	extra := rest[nameLen:]
	for len(extra) >= 4 {
		id, size := le.Uint16(extra), int(le.Uint16(extra[2:]))
		if 4+size > len(extra) {
			break
		}
		if id == zip64Extra {
			h.zip64 = true
			body := extra[4 : 4+size]
			if h.usize == 0xFFFFFFFF && len(body) >= 8 {
				h.usize, body = le.Uint64(body), body[8:]
			}
			if h.csize == 0xFFFFFFFF && len(body) >= 8 {
				h.csize = le.Uint64(body)
			}
		}
		extra = extra[4+size:]
	}
	return h, nil
}

// zipMember reads one member's data, checking its CRC-32 at the end and consuming
// the data descriptor that may follow it.
type zipMember struct {
	r    io.Reader
	crc  hash.Hash32
	h    zipHeader
	br   *bufio.Reader
	what string
	n    uint64
	done bool
	err  error
}

func (m *zipMember) Read(p []byte) (int, error) {
	if m.err != nil {
		return 0, m.err
	}
	n, err := m.r.Read(p)
	m.crc.Write(p[:n])
	m.n += uint64(n)
	if err == io.EOF {
		if m.h.method == zipStore && m.n < m.h.csize {
			err = io.ErrUnexpectedEOF
		} else {
			err = m.finish()
		}
	}
	if err != nil && err != io.EOF {
		err = fmt.Errorf("%s: %w", m.what, damaged(err))
	}
	m.err = err
	return n, err
}

// finish checks the member once its data has been read.
func (m *zipMember) finish() error {
	m.done = true
	want := m.h.crc
	if m.h.flags&zipFlagDescr != 0 {
		crc, err := m.readDescriptor()
		if err != nil {
			return err
		}
		want = crc
	}
	if got := m.crc.Sum32(); got != want {
		return fmt.Errorf("checksum %08x, want %08x", got, want)
	}
	return io.EOF
}

// readDescriptor consumes the data descriptor after a member (signature optional,
// 32- or 64-bit sizes) and returns its CRC-32.
func (m *zipMember) readDescriptor() (uint32, error) {
	b, err := m.br.Peek(4)
	if err != nil {
		return 0, noEOF(err)
	}
	if binary.LittleEndian.Uint32(b) == zipDescriptorSig {
		m.br.Discard(4)
	}
	b, err = m.br.Peek(4)
	if err != nil {
		return 0, noEOF(err)
	}
	crc := binary.LittleEndian.Uint32(b)
	size := 12
	if m.h.zip64 {
		size = 20
	} else if ahead, _ := m.br.Peek(22); len(ahead) == 22 && !bytes.HasPrefix(ahead[12:], []byte("PK")) && bytes.HasPrefix(ahead[20:], []byte("PK")) {
		size = 20 // 64-bit sizes without a zip64 extra field
	}
	if _, err := m.br.Discard(size); err != nil {
		return 0, noEOF(err)
	}
	return crc, nil
}
