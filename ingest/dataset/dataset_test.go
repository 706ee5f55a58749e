package dataset

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"hash/crc32"
	"io"
	"strings"
	"testing"
)

// onlyReader hides everything but Read, so inputs are streamed.
type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

func gz(t testing.TB, s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// zipped makes an archive of the members name=content, deflated (with data
// descriptors, as archive/zip writes them) unless store is set (sizes in the header).
func zipped(t testing.TB, store bool, members ...string) []byte {
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for i := 0; i < len(members); i += 2 {
		name, body := members[i], members[i+1]
		if store {
			fw, err := w.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Store, CRC32: crc32.ChecksumIEEE([]byte(body)),
				CompressedSize64: uint64(len(body)), UncompressedSize64: uint64(len(body))})
			if err != nil {
				t.Fatal(err)
			}
			fw.Write([]byte(body))
			continue
		}
		fw, err := w.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		fw.Write([]byte(body))
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// collect reads every member's content and name.
func collect(r io.Reader, name string) ([]string, error) {
	var out []string
	err := Members(r, name, func(m Member) error {
		b, err := io.ReadAll(m.R)
		if err != nil {
			return err
		}
		out = append(out, m.Name+"="+string(b))
		return nil
	})
	return out, err
}

func TestMembers(t *testing.T) {
	twoZip := zipped(t, false, "dir/", "", "a.csv", "one\n", "b.csv", strings.Repeat("two\n", 1000))
	storeZip := zipped(t, true, "a.csv", "one\n", "b.csv", "two\n")
	tests := []struct {
		name string
		in   io.Reader
		want []string
	}{
		{"plain", strings.NewReader("x\ty\n"), []string{"f=x\ty\n"}},
		{"empty", strings.NewReader(""), []string{"f="}},
		{"gzip", bytes.NewReader(gz(t, "a\nb\n")), []string{"f=a\nb\n"}},
		{"gzip streams concatenated", bytes.NewReader(append(gz(t, "a\n"), gz(t, "b\n")...)), []string{"f=a\nb\n"}},
		{"zip read at", bytes.NewReader(twoZip), []string{"f(a.csv)=one\n", "f(b.csv)=" + strings.Repeat("two\n", 1000)}},
		{"zip streamed", onlyReader{bytes.NewReader(twoZip)}, []string{"f(a.csv)=one\n", "f(b.csv)=" + strings.Repeat("two\n", 1000)}},
		{"zip stored streamed", onlyReader{bytes.NewReader(storeZip)}, []string{"f(a.csv)=one\n", "f(b.csv)=two\n"}},
		{"zip empty", bytes.NewReader(zipped(t, false)), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := collect(tt.in, "f")
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestMembersDamaged(t *testing.T) {
	full := gz(t, strings.Repeat("Kyiv\tKharkiv\n", 2000))
	z := zipped(t, false, "a.csv", strings.Repeat("Goma\tBukavu\n", 2000))
	corrupt := bytes.Clone(z)
	corrupt[len(corrupt)/2] ^= 0xff
	tests := []struct {
		name string
		in   io.Reader
	}{
		{"truncated gzip", bytes.NewReader(full[:len(full)/2])},
		{"gzip header only", bytes.NewReader(full[:5])},
		{"truncated zip streamed", onlyReader{bytes.NewReader(z[:len(z)/2])}},
		{"truncated zip read at", bytes.NewReader(z[:len(z)/2])},
		{"corrupt zip streamed", onlyReader{bytes.NewReader(corrupt)}},
		{"corrupt zip read at", bytes.NewReader(corrupt)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := collect(tt.in, "f")
			if !errors.Is(err, ErrDamaged) {
				t.Fatalf("error %v, want ErrDamaged", err)
			}
		})
	}
}

func TestLines(t *testing.T) {
	long := strings.Repeat("x", MaxLine+10)
	in := "a\r\nb\n" + long + "\nc"
	l := NewLines(bufio.NewReaderSize(strings.NewReader(in), 16))
	type got struct {
		s    string
		n    int
		long bool
	}
	var out []got
	for {
		b, n, err := l.Next()
		if err == io.EOF {
			break
		}
		if err != nil && !errors.Is(err, ErrLineTooLong) {
			t.Fatal(err)
		}
		if len(b) > 10 {
			b = b[:10]
		}
		out = append(out, got{string(b), n, err != nil})
	}
	want := []got{{"a", 1, false}, {"b", 2, false}, {"", 3, true}, {"c", 4, false}}
	if len(out) != len(want) {
		t.Fatalf("got %v", out)
	}
	for i := range want {
		if out[i] != want[i] {
			t.Errorf("line %d: got %+v, want %+v", i, out[i], want[i])
		}
	}
	if l.Bytes() != int64(len(in)) {
		t.Errorf("bytes %d, want %d", l.Bytes(), len(in))
	}
}
