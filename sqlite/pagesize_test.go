package sqlite

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"testing"
)

// storePages returns the page size and autocheckpoint length, in pages, that the
// writer's connection of s has.
func storePages(t *testing.T, s *Store) (size, autocheckpoint int) {
	t.Helper()
	if err := s.w.QueryRow(`PRAGMA page_size`).Scan(&size); err != nil {
		t.Fatal(err)
	}
	if err := s.w.QueryRow(`PRAGMA wal_autocheckpoint`).Scan(&autocheckpoint); err != nil {
		t.Fatal(err)
	}
	return size, autocheckpoint
}

// TestNewFilePageSize checks that a new store file (none there, or an empty one)
// gets newPageSize pages in WAL mode, and that the writer checkpoints it after
// autocheckpointBytes of log.
func TestNewFilePageSize(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{filepath.Join(dir, "new.db"), empty} {
		s, err := Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		size, cp := storePages(t, s)
		var mode string
		if err := s.w.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil {
			t.Fatal(err)
		}
		if size != newPageSize || cp != autocheckpointBytes/newPageSize || mode != "wal" {
			t.Errorf("%s: page size %d, autocheckpoint %d pages, journal %s; want %d, %d, wal",
				filepath.Base(path), size, cp, mode, newPageSize, autocheckpointBytes/newPageSize)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		if got := filePageSize(path); got != newPageSize {
			t.Errorf("%s: filePageSize %d, want %d", filepath.Base(path), got, newPageSize)
		}
	}
}

// TestOldFilePageSize checks that a store file made with SQLite's 4 KiB pages
// keeps them, and its autocheckpoint is still autocheckpointBytes of log.
func TestOldFilePageSize(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", path+"?_pragma=journal_mode(WAL)")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE t (x)`); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if size, cp := storePages(t, s); size != 4096 || cp != autocheckpointBytes/4096 {
		t.Errorf("page size %d, autocheckpoint %d pages; want 4096, %d", size, cp, autocheckpointBytes/4096)
	}
}

// TestFilePageSizeNotSQLite checks that a file that is not SQLite's is taken to
// have 4 KiB pages (opening it then reports what it is).
func TestFilePageSizeNotSQLite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(path, []byte("not a database, only a few words of text"), 0o600); err != nil {
		t.Fatal(err)
	}
	if got := filePageSize(path); got != 4096 {
		t.Errorf("filePageSize of a text file = %d, want 4096", got)
	}
	if _, err := Open(context.Background(), path); err == nil {
		t.Error("Open of a text file: no error")
	}
	if got := filePageSize(filepath.Join(t.TempDir(), "none.db")); got != 4096 {
		t.Errorf("filePageSize of no file = %d, want 4096", got)
	}
}
