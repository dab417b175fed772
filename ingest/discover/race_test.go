//go:build race

package discover

// raceEnabled skips the tests that read 50 MiB, which take seconds under
// the race detector.
const raceEnabled = true
