package main

import (
	"os"
	"runtime/debug"
)

// batchCommands are the commands that run as batch jobs (see batchGC).
var batchCommands = map[string]bool{"ingest": true, "import": true, "bench": true, "demo": true}

// batchGC tunes the garbage collector for a batch job (see batchCommands), where
// its CPU is taken from throughput: the heap may grow to five times what is live
// (GOGC=400 instead of 100), under a soft limit of 2 GiB that makes it collect
// sooner as the heap nears it. GOGC and GOMEMLIMIT, when set, are left as they say.
func batchGC() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(400)
	}
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
		debug.SetMemoryLimit(2 << 30)
	}
}
