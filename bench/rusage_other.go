//go:build !unix

package bench

import "time"

// MaxRSS is unknown on this system.
func MaxRSS() int64 { return 0 }

// CPUTime is unknown on this system.
func CPUTime() time.Duration { return 0 }
