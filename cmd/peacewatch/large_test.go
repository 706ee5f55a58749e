package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// peakHeap runs f while sampling the heap in use and returns the largest value seen.
func peakHeap(f func()) uint64 {
	runtime.GC()
	var peak uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapInuse)
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	})
	f()
	close(done)
	wg.Wait()
	return peak
}

// TestHugeTextFileSkipped codes a batch holding a 1 GB text file (sparse, so nothing
// is written) between two good ones: the big one is skipped from its size, with a
// message naming it, and the others are coded.
func TestHugeTextFileSkipped(t *testing.T) {
	dir := t.TempDir()
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 30); err != nil {
		t.Skipf("no sparse files: %v", err)
	}
	f.Close()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("Date: 2022-03-01\n\nRussian forces attacked Ukrainian troops near Kharkiv on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	var runErr error
	peak := peakHeap(func() {
		runErr = run(context.Background(), []string{"code", good, huge, good}, &stdout, &stderr)
	})
	if runErr == nil || !strings.Contains(runErr.Error(), "1 input(s) failed, 2 article(s) coded") {
		t.Errorf("run = %v, want one failed input", runErr)
	}
	if !strings.Contains(stderr.String(), "huge.txt: too large: 1073741824 bytes") {
		t.Errorf("stderr = %q, want a message naming huge.txt", stderr.String())
	}
	if n := strings.Count(stdout.String(), `"cameo":"19`); n < 2 {
		t.Errorf("stdout has %d assault events, want the two good files coded:\n%s", n, stdout.String())
	}
	if peak > 512<<20 {
		t.Errorf("peak heap %d MB: the huge file was read", peak>>20)
	}
}

// TestLongLineBoundedMemory codes a 1 MB run of words with no sentence punctuation.
func TestLongLineBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("codes a 1 MB sentence")
	}
	p := filepath.Join(t.TempDir(), "long.txt")
	if err := os.WriteFile(p, longLine(1<<20), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	var runErr error
	peak := peakHeap(func() {
		runErr = run(context.Background(), []string{"code", "--date", "2022-03-01", p}, &stdout, &stderr)
	})
	if runErr != nil {
		t.Fatalf("run = %v\n%s", runErr, stderr.String())
	}
	t.Logf("peak heap %d MB for a 1 MB sentence", peak>>20)
	if peak > 1<<30 {
		t.Errorf("peak heap %d MB coding a 1 MB sentence, want memory bounded well under 1 GB", peak>>20)
	}
}
