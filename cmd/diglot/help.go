package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"
)

func helpCommand() command {
	return command{
		name:    "help",
		summary: "show help for diglot or one of its commands",
		usage: func(w io.Writer) {
			fmt.Fprint(w, `usage: diglot help [COMMAND]

Help prints the list of diglot's commands, or the help of one command:
what it does, its flags and its output. "diglot COMMAND -h" does the same.
`)
		},
		run: runHelp,
	}
}

func runHelp(ctx context.Context, args []string, sio stdio) error {
	fs := flag.NewFlagSet("help", flag.ContinueOnError)
	args, err := parseFlags("help", fs, args)
	if err != nil {
		return err
	}
	switch len(args) {
	case 0:
		writeUsage(sio.out)
		return nil
	case 1:
		cmd, ok := lookup(args[0])
		if !ok {
			return usagef("help", "unknown command %q", args[0])
		}
		cmd.usage(sio.out)
		return nil
	default:
		return usagef("help", "too many arguments: want at most one command name")
	}
}

// writeUsage writes diglot's own usage: what it is and its commands.
func writeUsage(w io.Writer) {
	fmt.Fprint(w, `diglot checks English/French news translations: it reads the numbers
(facts) in both versions of an article.

usage: diglot COMMAND [ARGUMENTS]

commands:
`)
	tw := tabwriter.NewWriter(w, 0, 4, 3, ' ', 0)
	for _, c := range commands() {
		fmt.Fprintf(tw, "\t%s\t%s\n", c.name, c.summary)
	}
	tw.Flush()
	fmt.Fprint(w, `
Run "diglot help COMMAND" or "diglot COMMAND -h" for the help of a command.
Exit status: 0 success, 1 failure, 2 usage error; also 78 for a bad
configuration (crawl, run), and 3 partial and 75 locked (run).
`)
}
