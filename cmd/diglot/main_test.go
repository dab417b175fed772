package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

// runDiglot runs diglot as main does, reading stdin (none when nil), and
// returns what it printed and its exit status.
func runDiglot(t testing.TB, stdin io.Reader, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	var out, errOut bytes.Buffer
	err := run(t.Context(), args, stdin, &out, &errOut)
	report(&errOut, err)
	return out.String(), errOut.String(), exitCode(err)
}

func TestRunCommandLine(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantOut    string // a part of stdout
		wantErr    string // a part of stderr
		wantNoOut  bool
		wantNoErrs bool
	}{
		{name: "no command", args: nil, wantCode: 2, wantErr: "diglot: no command given", wantNoOut: true},
		{name: "unknown command", args: []string{"frobnicate"}, wantCode: 2, wantErr: `diglot: unknown command "frobnicate"` + "\nrun 'diglot help' for usage"},
		{name: "-h", args: []string{"-h"}, wantCode: 0, wantOut: "extract", wantNoErrs: true},
		{name: "--help", args: []string{"--help"}, wantCode: 0, wantOut: "commands:", wantNoErrs: true},
		{name: "help", args: []string{"help"}, wantCode: 0, wantOut: "print the facts", wantNoErrs: true},
		{name: "help extract", args: []string{"help", "extract"}, wantCode: 0, wantOut: "-json", wantNoErrs: true},
		{name: "help help", args: []string{"help", "help"}, wantCode: 0, wantOut: "usage: diglot help", wantNoErrs: true},
		{name: "help -h", args: []string{"help", "-h"}, wantCode: 0, wantOut: "usage: diglot help", wantNoErrs: true},
		{name: "help unknown", args: []string{"help", "nope"}, wantCode: 2, wantErr: `diglot: help: unknown command "nope"`},
		{name: "help two", args: []string{"help", "extract", "version"}, wantCode: 2, wantErr: "too many arguments"},
		{name: "extract -h", args: []string{"extract", "-h"}, wantCode: 0, wantOut: "UTF-8 byte offsets", wantNoErrs: true},
		{name: "extract --help", args: []string{"extract", "--help"}, wantCode: 0, wantOut: "usage: diglot extract", wantNoErrs: true},
		{name: "extract bad flag", args: []string{"extract", "--bogus"}, wantCode: 2, wantErr: "diglot: extract: flag provided but not defined: -bogus\nrun 'diglot help extract' for usage"},
		{name: "extract bad lang", args: []string{"extract", "--lang", "de"}, wantCode: 2, wantErr: `--lang "de": want en, fr or auto`},
		{name: "extract bad date", args: []string{"extract", "--published", "2025-13-01"}, wantCode: 2, wantErr: "want a date as YYYY-MM-DD"},
		{name: "extract bad dollar", args: []string{"extract", "--dollar", "ZZZ"}, wantCode: 2, wantErr: "ISO 4217"},
		{name: "extract two files", args: []string{"extract", "a.txt", "b.txt"}, wantCode: 2, wantErr: "too many arguments"},
		{name: "extract flag after file", args: []string{"extract", "-", "--lang", "fr", "--json"}, wantCode: 0, wantOut: `{"lang":"fr","facts":[]}`},
		{name: "extract operand after --", args: []string{"extract", "--", "-x.txt"}, wantCode: 1, wantErr: "open -x.txt"},
		{name: "version", args: []string{"version"}, wantCode: 0, wantOut: "diglot ", wantNoErrs: true},
		{name: "version extra", args: []string{"version", "now"}, wantCode: 2, wantErr: "takes no arguments"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runDiglot(t, nil, tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit code = %d, want %d\nstderr: %s", code, tt.wantCode, stderr)
			}
			if !strings.Contains(stdout, tt.wantOut) {
				t.Errorf("stdout = %q, want it to contain %q", stdout, tt.wantOut)
			}
			if !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("stderr = %q, want it to contain %q", stderr, tt.wantErr)
			}
			if tt.wantNoOut && stdout != "" {
				t.Errorf("stdout = %q, want nothing", stdout)
			}
			if tt.wantNoErrs && stderr != "" {
				t.Errorf("stderr = %q, want nothing", stderr)
			}
		})
	}
}

func TestExitCode(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{nil, 0},
		{errors.New("boom"), 1},
		{usagef("extract", "bad"), 2},
		{fmt.Errorf("extract: %w", usagef("extract", "bad")), 2},
	}
	for _, tt := range tests {
		if got := exitCode(tt.err); got != tt.want {
			t.Errorf("exitCode(%v) = %d, want %d", tt.err, got, tt.want)
		}
	}
}

func TestErrorMessagesAreLowercase(t *testing.T) {
	for _, args := range [][]string{nil, {"nope"}, {"extract", "--lang", "x"}, {"extract", "missing.txt"}} {
		_, stderr, _ := runDiglot(t, nil, args...)
		var msg string
		for line := range strings.Lines(stderr) {
			if m, ok := strings.CutPrefix(line, "diglot: "); ok {
				msg = m
			}
		}
		if msg == "" || strings.ToLower(msg[:1]) != msg[:1] {
			t.Errorf("diglot %v: stderr %q, want a line \"diglot: message\", message lowercase", args, stderr)
		}
	}
}
