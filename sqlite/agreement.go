package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/store"
)

// execer is what both *sql.DB and *sql.Tx offer.
type execer interface {
	queryer
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// PutAgreements implements store.Store.
func (s *Store) PutAgreements(ctx context.Context, ags []agreement.Agreement) error {
	return s.inTx(ctx, func(tx *sql.Tx) error { return putAgreements(ctx, tx, ags) })
}

// putAgreements writes ags in id order, so that concurrent writers lock rows in one
// order.
func putAgreements(ctx context.Context, tx execer, ags []agreement.Agreement) error {
	for _, ag := range ags {
		if err := store.CheckAgreement(ag); err != nil {
			return fmt.Errorf("put agreement: %w", err)
		}
	}
	ags = slices.SortedStableFunc(slices.Values(ags), func(a, b agreement.Agreement) int { return cmp.Compare(a.ID, b.ID) })
	for _, ag := range ags {
		rec, sts, err := store.EncodeAgreement(ag)
		if err != nil {
			return fmt.Errorf("put agreement: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO agreements (id, signed, record, statuses) VALUES (?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET signed = excluded.signed, record = excluded.record, statuses = excluded.statuses`,
			ag.ID, ag.Signed, rec, sts); err != nil {
			return fmt.Errorf("put agreement %s: %w", ag.ID, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM provisions WHERE agreement_id = ?`, ag.ID); err != nil {
			return fmt.Errorf("put agreement %s: %w", ag.ID, err)
		}
		for i, p := range ag.Provisions {
			if _, err := tx.ExecContext(ctx, `INSERT INTO provisions (agreement_id, id, ord) VALUES (?, ?, ?)`, ag.ID, p.ID, i); err != nil {
				return fmt.Errorf("put agreement %s: provision %s: %w", ag.ID, p.ID, err)
			}
		}
		if err := putStatuses(ctx, tx, store.HistoryOf(ag)); err != nil {
			return err
		}
	}
	return nil
}

// PutStatuses implements store.Store.
func (s *Store) PutStatuses(ctx context.Context, sts []store.ProvisionStatus) error {
	return s.inTx(ctx, func(tx *sql.Tx) error { return putStatuses(ctx, tx, sts) })
}

func putStatuses(ctx context.Context, tx execer, sts []store.ProvisionStatus) error {
	for _, st := range sts {
		if err := store.CheckStatus(st); err != nil {
			return fmt.Errorf("put status: %w", err)
		}
		var one int
		err := tx.QueryRowContext(ctx, `SELECT 1 FROM provisions WHERE agreement_id = ? AND id = ?`, st.AgreementID, st.ProvisionID).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("put status: provision %s of agreement %s: %w", st.ProvisionID, st.AgreementID, store.ErrNotFound)
		}
		if err != nil {
			return fmt.Errorf("put status: %w", err)
		}
		rec, err := json.Marshal(st.Status)
		if err != nil {
			return fmt.Errorf("put status of provision %s: %w", st.ProvisionID, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO statuses (agreement_id, provision_id, as_of, record) VALUES (?, ?, ?, ?)
			ON CONFLICT (agreement_id, provision_id, as_of) DO UPDATE SET record = excluded.record`,
			st.AgreementID, st.ProvisionID, st.Status.AsOf, rec); err != nil {
			return fmt.Errorf("put status of provision %s: %w", st.ProvisionID, err)
		}
	}
	return nil
}

// Agreement implements store.Store.
func (s *Store) Agreement(ctx context.Context, id string) (agreement.Agreement, error) {
	return getAgreement(ctx, s.r, id, true)
}

// getAgreement reads a stored agreement, with its provisions' Status and History
// as put when withStatuses is set.
func getAgreement(ctx context.Context, q queryer, id string, withStatuses bool) (agreement.Agreement, error) {
	var rec, sts []byte
	cols := `record, NULL`
	if withStatuses {
		cols = `record, statuses`
	}
	err := q.QueryRowContext(ctx, `SELECT `+cols+` FROM agreements WHERE id = ?`, id).Scan(&rec, &sts)
	if errors.Is(err, sql.ErrNoRows) {
		return agreement.Agreement{}, fmt.Errorf("agreement %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return agreement.Agreement{}, fmt.Errorf("agreement %s: %w", id, err)
	}
	ag, err := store.DecodeAgreement(rec, sts)
	if err != nil {
		return agreement.Agreement{}, fmt.Errorf("agreement %s: %w", id, err)
	}
	return ag, nil
}

// Agreements implements store.Store.
func (s *Store) Agreements(ctx context.Context) ([]agreement.Agreement, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT id, record, statuses FROM agreements ORDER BY signed, id`)
	if err != nil {
		return nil, fmt.Errorf("agreements: %w", err)
	}
	defer rows.Close()
	var ags []agreement.Agreement
	for rows.Next() {
		var (
			id       string
			rec, sts []byte
		)
		if err := rows.Scan(&id, &rec, &sts); err != nil {
			return nil, fmt.Errorf("agreements: %w", err)
		}
		ag, err := store.DecodeAgreement(rec, sts)
		if err != nil {
			return nil, fmt.Errorf("agreement %s: %w", id, err)
		}
		ags = append(ags, ag)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("agreements: %w", err)
	}
	return ags, nil
}

// StatusHistory implements store.Store.
func (s *Store) StatusHistory(ctx context.Context, agreementID, asOf string) ([]store.ProvisionStatus, error) {
	if err := store.CheckAsOf(asOf); err != nil {
		return nil, fmt.Errorf("status history of %s: %w", agreementID, err)
	}
	var one int
	err := s.r.QueryRowContext(ctx, `SELECT 1 FROM agreements WHERE id = ?`, agreementID).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("status history: agreement %s: %w", agreementID, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("status history of %s: %w", agreementID, err)
	}
	return history(ctx, s.r, agreementID, asOf)
}

func history(ctx context.Context, q queryer, agreementID, asOf string) ([]store.ProvisionStatus, error) {
	rows, err := q.QueryContext(ctx, `SELECT s.provision_id, s.record FROM statuses s
		JOIN provisions p ON p.agreement_id = s.agreement_id AND p.id = s.provision_id
		WHERE s.agreement_id = ? AND (? = '' OR s.as_of <= ?)
		ORDER BY p.ord, s.as_of`, agreementID, asOf, asOf)
	if err != nil {
		return nil, fmt.Errorf("status history of %s: %w", agreementID, err)
	}
	defer rows.Close()
	var sts []store.ProvisionStatus
	for rows.Next() {
		st := store.ProvisionStatus{AgreementID: agreementID}
		var rec []byte
		if err := rows.Scan(&st.ProvisionID, &rec); err != nil {
			return nil, fmt.Errorf("status history of %s: %w", agreementID, err)
		}
		if err := json.Unmarshal(rec, &st.Status); err != nil {
			return nil, fmt.Errorf("status history of %s: provision %s: decode: %w", agreementID, st.ProvisionID, err)
		}
		sts = append(sts, st)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("status history of %s: %w", agreementID, err)
	}
	return sts, nil
}

// Status implements store.Store.
func (s *Store) Status(ctx context.Context, agreementID, asOf string) (agreement.Agreement, error) {
	if err := store.CheckAsOf(asOf); err != nil {
		return agreement.Agreement{}, fmt.Errorf("status of %s: %w", agreementID, err)
	}
	// One read transaction, so that the agreement and its history agree.
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return agreement.Agreement{}, fmt.Errorf("status of %s: %w", agreementID, err)
	}
	defer tx.Rollback()
	ag, err := getAgreement(ctx, tx, agreementID, false)
	if err != nil {
		return agreement.Agreement{}, err
	}
	sts, err := history(ctx, tx, agreementID, asOf)
	if err != nil {
		return agreement.Agreement{}, err
	}
	return store.WithHistory(ag, sts), nil
}
