package sqlite

import (
	"context"
	"database/sql"
	"io/fs"
	"path/filepath"
	"testing"

	"github.com/pressly/goose/v3"

	"github.com/peacewatch/peacewatch/store"
	"github.com/peacewatch/peacewatch/store/storetest"
)

// TestUpgradeCameoRoot opens a store written before migration 00003, whose events
// have no cameo_root, and finds them by CAMEO root and code afterwards.
func TestUpgradeCameoRoot(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	fsys, err := fs.Sub(migrations, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, db, fsys)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.UpTo(ctx, 2); err != nil {
		t.Fatal(err)
	}
	b := storetest.Article(1, 12)
	a := b.Article
	r, err := db.ExecContext(ctx, `INSERT INTO articles (id, url, title, source, date, date_approx, name, body, duplicate_of)
		VALUES (?, ?, ?, ?, ?, 0, ?, ?, '')`, a.ID, a.URL, a.Title, a.Source, store.FormatTime(a.Date), a.Name, a.Text)
	if err != nil {
		t.Fatal(err)
	}
	rowid, err := r.LastInsertId()
	if err != nil {
		t.Fatal(err)
	}
	roots := map[string]int{}
	for _, e := range b.Events {
		rec, err := store.EventRecord(e)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.ExecContext(ctx, `INSERT INTO events (id, article_rowid, date, cameo, plover, modality, country, duplicate, text, trigger_start, trigger_end, lemma, record)
			VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)`, e.ID, rowid, e.Date.Value, e.Cameo, e.Plover.Type, string(e.Modality), e.Location.Country,
			e.Text, e.Trigger.Start, e.Trigger.End, e.Lemma, rec); err != nil {
			t.Fatal(err)
		}
		roots[e.Cameo[:2]]++
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for root, n := range roots {
		page, err := s.Events(ctx, store.EventFilter{Cameo: root})
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Events) != n {
			t.Errorf("events under CAMEO root %s after the upgrade: %d, want %d", root, len(page.Events), n)
		}
	}
	e := b.Events[0]
	page, err := s.Events(ctx, store.EventFilter{Cameo: e.Cameo})
	if err != nil || len(page.Events) == 0 {
		t.Errorf("events of CAMEO code %s after the upgrade: %d, %v", e.Cameo, len(page.Events), err)
	}
}

func TestCameoRoot(t *testing.T) {
	for code, want := range map[string]string{"": "", "1": "1", "19": "19", "190": "19", "0871": "08", "éé1": "éé"} {
		if got := cameoRoot(code); got != want {
			t.Errorf("cameoRoot(%q) = %q, want %q", code, got, want)
		}
	}
}
