package store

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
)

// CheckAgreement returns an ErrInvalid error when ag cannot be stored: no id, a
// provision without an id, or two provisions with one id.
func CheckAgreement(ag agreement.Agreement) error {
	if ag.ID == "" {
		return fmt.Errorf("agreement %q has no id: %w", ag.Name, ErrInvalid)
	}
	seen := make(map[string]bool, len(ag.Provisions))
	for i, p := range ag.Provisions {
		if p.ID == "" {
			return fmt.Errorf("agreement %s: provision %d has no id: %w", ag.ID, i, ErrInvalid)
		}
		if seen[p.ID] {
			return fmt.Errorf("agreement %s: provision id %s is repeated: %w", ag.ID, p.ID, ErrInvalid)
		}
		seen[p.ID] = true
	}
	return nil
}

// CheckStatus returns an ErrInvalid error when st cannot be recorded: no agreement
// or provision id, or an as-of that is neither empty nor an ISO date.
func CheckStatus(st ProvisionStatus) error {
	if st.AgreementID == "" || st.ProvisionID == "" {
		return fmt.Errorf("status without agreement or provision id (%q, %q): %w", st.AgreementID, st.ProvisionID, ErrInvalid)
	}
	return CheckAsOf(st.Status.AsOf)
}

// CheckAsOf returns an ErrInvalid error unless d is empty or an ISO date.
func CheckAsOf(d string) error {
	if d == "" {
		return nil
	}
	if _, err := time.Parse(time.DateOnly, d); err != nil {
		return fmt.Errorf("as-of date %q is not YYYY-MM-DD: %w", d, ErrInvalid)
	}
	return nil
}

// HistoryOf returns the statuses ag's provisions carry, their History then their
// Status, as entries of the status history.
func HistoryOf(ag agreement.Agreement) []ProvisionStatus {
	var sts []ProvisionStatus
	for _, p := range ag.Provisions {
		for _, st := range p.History {
			sts = append(sts, ProvisionStatus{AgreementID: ag.ID, ProvisionID: p.ID, Status: st})
		}
		if p.Status != nil {
			sts = append(sts, ProvisionStatus{AgreementID: ag.ID, ProvisionID: p.ID, Status: *p.Status})
		}
	}
	return sts
}

// WithHistory returns ag with each provision's History set to its entries of sts
// (oldest first, as StatusHistory returns them) and its Status to the last of them,
// nil when there is none.
func WithHistory(ag agreement.Agreement, sts []ProvisionStatus) agreement.Agreement {
	by := make(map[string][]agreement.Status)
	for _, st := range sts {
		by[st.ProvisionID] = append(by[st.ProvisionID], st.Status)
	}
	ps := make([]agreement.Provision, len(ag.Provisions))
	for i, p := range ag.Provisions {
		h := by[p.ID]
		p.History, p.Status = h, nil
		if len(h) > 0 {
			last := h[len(h)-1]
			p.Status = &last
		}
		ps[i] = p
	}
	ag.Provisions = ps
	return ag
}

// provisionStatuses is what an agreement's provisions carried as put: their Status
// and History, kept apart from the agreement's record so that a status board,
// which replaces them with the recorded history, need not decode them.
type provisionStatuses struct {
	Status  *agreement.Status  `json:"status,omitempty"`
	History []agreement.Status `json:"history,omitempty"`
}

// EncodeAgreement returns what adapters keep for ag: the JSON of ag with its
// provisions' Status and History left out, and the JSON list of those, one entry
// per provision.
func EncodeAgreement(ag agreement.Agreement) (record, statuses []byte, err error) {
	sts := make([]provisionStatuses, len(ag.Provisions))
	bare := ag
	bare.Provisions = make([]agreement.Provision, len(ag.Provisions))
	for i, p := range ag.Provisions {
		sts[i] = provisionStatuses{p.Status, p.History}
		p.Status, p.History = nil, nil
		bare.Provisions[i] = p
	}
	if record, err = json.Marshal(bare); err != nil {
		return nil, nil, fmt.Errorf("encode agreement %s: %w", ag.ID, err)
	}
	if statuses, err = json.Marshal(sts); err != nil {
		return nil, nil, fmt.Errorf("encode agreement %s: %w", ag.ID, err)
	}
	return record, statuses, nil
}

// DecodeAgreement rebuilds an agreement from what EncodeAgreement returned; with nil
// statuses, its provisions have no Status or History.
func DecodeAgreement(record, statuses []byte) (agreement.Agreement, error) {
	var ag agreement.Agreement
	if err := json.Unmarshal(record, &ag); err != nil {
		return agreement.Agreement{}, fmt.Errorf("decode agreement: %w", err)
	}
	if statuses == nil {
		return ag, nil
	}
	var sts []provisionStatuses
	if err := json.Unmarshal(statuses, &sts); err != nil {
		return agreement.Agreement{}, fmt.Errorf("decode agreement %s: statuses: %w", ag.ID, err)
	}
	if len(sts) != len(ag.Provisions) {
		return agreement.Agreement{}, fmt.Errorf("decode agreement %s: %d statuses for %d provisions", ag.ID, len(sts), len(ag.Provisions))
	}
	for i := range ag.Provisions {
		ag.Provisions[i].Status, ag.Provisions[i].History = sts[i].Status, sts[i].History
	}
	return ag, nil
}
