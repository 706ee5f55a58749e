package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/store"
)

// The output formats of the status command.
const (
	formatText     = "text"
	formatJSON     = "json"
	formatMarkdown = "markdown"
)

// board is the status command's JSON object.
type board struct {
	AsOf       string                `json:"as_of"`
	Agreements []agreement.Agreement `json:"agreements"`
}

func runStatus(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var (
		db      dbFlag
		asOf    string
		id      string
		history bool
		format  string
	)
	fs := newFlags("status", "[flags]",
		"Status prints the status board from the store: every stored agreement (or the one\n"+
			"--agreement names, by its id or a prefix of it) with each provision's status as of\n"+
			"--as-of, the latest status recorded on or before that date (default: the latest\n"+
			"recorded). --history adds each provision's earlier statuses, oldest first. The\n"+
			"json format prints {\"as_of\", \"agreements\"} with the agreements of DESIGN.md.", stderr)
	db.register(fs)
	fs.StringVar(&asOf, "as-of", "", "the `DATE` (YYYY-MM-DD) of the statuses (default: the latest recorded)")
	fs.StringVar(&id, "agreement", "", "show only the agreement with this `ID` (or the one whose id starts with it)")
	fs.BoolVar(&history, "history", false, "show each provision's status history up to the as-of date")
	fs.StringVar(&format, "format", formatText, "output format: text, json or markdown")
	if err := parseFlags(fs, args, stdout); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return badFlag(fs, fmt.Errorf("unexpected argument %q (use --agreement ID)", fs.Arg(0)))
	}
	if err := checkDate(asOf); err != nil {
		return badFlag(fs, fmt.Errorf("--as-of: %w", err))
	}
	if format != formatText && format != formatJSON && format != formatMarkdown {
		return badFlag(fs, fmt.Errorf("--format %q: want text, json or markdown", format))
	}
	st, err := db.openExisting(ctx)
	if err != nil {
		return err
	}
	defer st.Close()

	var ids []string
	if id != "" {
		full, err := resolveAgreement(ctx, st, id)
		if err != nil {
			return fmt.Errorf("%w in %s", err, db.name())
		}
		ids = []string{full}
	}
	ags, err := loadBoard(ctx, st, ids, asOf)
	if err != nil {
		return fmt.Errorf("status from %s: %w", db.name(), err)
	}
	shown := asOf
	if shown == "" {
		shown = latestAsOf(ags)
	}
	if !history {
		for i := range ags {
			for j := range ags[i].Provisions {
				ags[i].Provisions[j].History = nil
			}
		}
	}
	w := bufio.NewWriter(stdout)
	switch format {
	case formatJSON:
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if ags == nil {
			ags = []agreement.Agreement{}
		}
		err = enc.Encode(board{AsOf: shown, Agreements: ags})
	case formatMarkdown:
		err = writeBoardMarkdown(w, ags, shown, history)
	default:
		err = writeBoard(w, ags, shown, history)
	}
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	return err
}

// resolveAgreement returns the stored agreement id that id names: itself, or the one
// stored id it is a prefix of. No match is an error wrapping store.ErrNotFound; a
// prefix of several ids is an error listing them.
func resolveAgreement(ctx context.Context, st store.Store, id string) (string, error) {
	_, err := st.Agreement(ctx, id)
	if err == nil {
		return id, nil
	}
	if !errors.Is(err, store.ErrNotFound) {
		return "", fmt.Errorf("agreement %s: %w", id, err)
	}
	all, err := st.Agreements(ctx)
	if err != nil {
		return "", err
	}
	var match []string
	for _, ag := range all {
		if strings.HasPrefix(ag.ID, id) {
			match = append(match, ag.ID)
		}
	}
	switch len(match) {
	case 0:
		return "", fmt.Errorf("agreement %q: %w", id, store.ErrNotFound)
	case 1:
		return match[0], nil
	}
	return "", fmt.Errorf("agreement %q is a prefix of %d ids (%s): give more of it", id, len(match), strings.Join(match, ", "))
}

// loadBoard returns the agreements ids names (every stored one when ids is empty, in
// the store's order) as of asOf, each provision with its latest status on or before
// asOf and its history up to then.
func loadBoard(ctx context.Context, st store.Store, ids []string, asOf string) ([]agreement.Agreement, error) {
	if len(ids) == 0 {
		all, err := st.Agreements(ctx)
		if err != nil {
			return nil, err
		}
		for _, ag := range all {
			ids = append(ids, ag.ID)
		}
	}
	ags := make([]agreement.Agreement, 0, len(ids))
	for _, id := range ids {
		ag, err := st.Status(ctx, id, asOf)
		if err != nil {
			return nil, err
		}
		ags = append(ags, ag)
	}
	return ags, nil
}

// latestAsOf is the date of the latest status any provision of ags holds, "" when
// none holds one.
func latestAsOf(ags []agreement.Agreement) string {
	latest := ""
	for _, ag := range ags {
		for _, p := range ag.Provisions {
			if p.Status != nil && p.Status.AsOf > latest {
				latest = p.Status.AsOf
			}
		}
	}
	return latest
}
