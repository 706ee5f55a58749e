//go:build !unix

package main

// maxRSS is not measured here.
func maxRSS() int64 { return 0 }
