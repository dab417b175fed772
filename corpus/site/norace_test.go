//go:build !race

package site_test

// raceEnabled reports a build with the race detector, which makes
// rendering pages about ten times slower.
const raceEnabled = false
