package postgres

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/store"
)

// PutAgreements implements store.Store.
func (s *Store) PutAgreements(ctx context.Context, ags []agreement.Agreement) error {
	return s.inTx(ctx, func(tx pgx.Tx) error { return putAgreements(ctx, tx, ags) })
}

// putAgreements writes ags in id order, so that concurrent writers lock rows in one
// order.
func putAgreements(ctx context.Context, tx pgx.Tx, ags []agreement.Agreement) error {
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
		if _, err := tx.Exec(ctx, `INSERT INTO agreements (id, signed, record, statuses) VALUES ($1, $2, $3, $4)
			ON CONFLICT (id) DO UPDATE SET signed = excluded.signed, record = excluded.record, statuses = excluded.statuses`,
			ag.ID, ag.Signed, string(rec), string(sts)); err != nil {
			return fmt.Errorf("put agreement %s: %w", ag.ID, err)
		}
		if _, err := tx.Exec(ctx, `DELETE FROM provisions WHERE agreement_id = $1`, ag.ID); err != nil {
			return fmt.Errorf("put agreement %s: %w", ag.ID, err)
		}
		for i, p := range ag.Provisions {
			if _, err := tx.Exec(ctx, `INSERT INTO provisions (agreement_id, id, ord) VALUES ($1, $2, $3)`, ag.ID, p.ID, i); err != nil {
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
	return s.inTx(ctx, func(tx pgx.Tx) error { return putStatuses(ctx, tx, sts) })
}

func putStatuses(ctx context.Context, tx pgx.Tx, sts []store.ProvisionStatus) error {
	for _, st := range sts {
		if err := store.CheckStatus(st); err != nil {
			return fmt.Errorf("put status: %w", err)
		}
		var one int
		err := tx.QueryRow(ctx, `SELECT 1 FROM provisions WHERE agreement_id = $1 AND id = $2`, st.AgreementID, st.ProvisionID).Scan(&one)
		if errors.Is(err, pgx.ErrNoRows) {
			return fmt.Errorf("put status: provision %s of agreement %s: %w", st.ProvisionID, st.AgreementID, store.ErrNotFound)
		}
		if err != nil {
			return fmt.Errorf("put status: %w", err)
		}
		rec, err := json.Marshal(st.Status)
		if err != nil {
			return fmt.Errorf("put status of provision %s: %w", st.ProvisionID, err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO statuses (agreement_id, provision_id, as_of, record) VALUES ($1, $2, $3, $4)
			ON CONFLICT (agreement_id, provision_id, as_of) DO UPDATE SET record = excluded.record`,
			st.AgreementID, st.ProvisionID, st.Status.AsOf, string(rec)); err != nil {
			return fmt.Errorf("put status of provision %s: %w", st.ProvisionID, err)
		}
	}
	return nil
}

// Agreement implements store.Store.
func (s *Store) Agreement(ctx context.Context, id string) (agreement.Agreement, error) {
	return getAgreement(ctx, s.pool, id, true)
}

// getAgreement reads a stored agreement, with its provisions' Status and History
// as put when withStatuses is set.
func getAgreement(ctx context.Context, q querier, id string, withStatuses bool) (agreement.Agreement, error) {
	var rec, sts []byte
	cols := `record::text, NULL::text`
	if withStatuses {
		cols = `record::text, statuses::text`
	}
	err := q.QueryRow(ctx, `SELECT `+cols+` FROM agreements WHERE id = $1`, id).Scan(&rec, &sts)
	if errors.Is(err, pgx.ErrNoRows) {
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
	rows, err := s.pool.Query(ctx, `SELECT id, record::text, statuses::text FROM agreements ORDER BY signed, id`)
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
	err := s.pool.QueryRow(ctx, `SELECT 1 FROM agreements WHERE id = $1`, agreementID).Scan(&one)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("status history: agreement %s: %w", agreementID, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("status history of %s: %w", agreementID, err)
	}
	return history(ctx, s.pool, agreementID, asOf)
}

func history(ctx context.Context, q querier, agreementID, asOf string) ([]store.ProvisionStatus, error) {
	rows, err := q.Query(ctx, `SELECT s.provision_id, s.record FROM statuses s
		JOIN provisions p ON p.agreement_id = s.agreement_id AND p.id = s.provision_id
		WHERE s.agreement_id = $1 AND ($2 = '' OR s.as_of <= $2)
		ORDER BY p.ord, s.as_of`, agreementID, asOf)
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
	var (
		ag  agreement.Agreement
		sts []store.ProvisionStatus
	)
	// One read-only transaction, so that the agreement and its history agree.
	err := pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{AccessMode: pgx.ReadOnly, IsoLevel: pgx.RepeatableRead}, func(tx pgx.Tx) error {
		var err error
		if ag, err = getAgreement(ctx, tx, agreementID, false); err != nil {
			return err
		}
		sts, err = history(ctx, tx, agreementID, asOf)
		return err
	})
	if err != nil {
		return agreement.Agreement{}, err
	}
	return store.WithHistory(ag, sts), nil
}
