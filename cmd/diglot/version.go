package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"runtime/debug"
)

func versionCommand() command {
	return command{
		name:    "version",
		summary: "print diglot's version",
		usage: func(w io.Writer) {
			fmt.Fprint(w, `usage: diglot version

Version prints diglot's module version, the commit it was built from when
known, and the Go version that built it.
`)
		},
		run: runVersion,
	}
}

func runVersion(ctx context.Context, args []string, sio stdio) error {
	fs := flag.NewFlagSet("version", flag.ContinueOnError)
	operands, err := parseFlags("version", fs, args)
	if err != nil {
		return err
	}
	if len(operands) > 0 {
		return usagef("version", "version takes no arguments")
	}
	fmt.Fprintln(sio.out, versionString())
	return nil
}

// versionString describes this build: "diglot VERSION [REVISION] GOVERSION".
func versionString() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "diglot (unknown version)"
	}
	s := "diglot " + info.Main.Version
	for _, kv := range info.Settings {
		if kv.Key == "vcs.revision" && len(kv.Value) >= 12 {
			s += " " + kv.Value[:12]
		}
	}
	return s + " " + info.GoVersion
}
