// Command diglot checks English/French news translations: it reads the
// numbers (facts) in both versions of an article. Run "diglot help" for the
// commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop() // the first signal asks commands to stop; a second one kills
	}()
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	report(os.Stderr, err)
	os.Exit(exitCode(err))
}

// Exit statuses, as in the command-line contract.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
	exitPartial = 3  // diglot run: some sources failed, the rest was done
	exitLocked  = 75 // EX_TEMPFAIL: another diglot run holds the lock
	exitConfig  = 78 // EX_CONFIG: the configuration file is wrong
)

// exitCode maps the error run returns to the process exit status.
func exitCode(err error) int {
	var uerr *usageError
	var cerr *configError
	var lerr *lockedError
	var perr *partialError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &uerr):
		return exitUsage
	case errors.As(err, &cerr):
		return exitConfig
	case errors.As(err, &lerr):
		return exitLocked
	case errors.As(err, &perr):
		return exitPartial
	default:
		return exitFailure
	}
}

// report prints the error run returns, if any, as "diglot: message", with a
// pointer to the help for a usage error.
func report(w io.Writer, err error) {
	if err == nil {
		return
	}
	fmt.Fprintf(w, "diglot: %v\n", err)
	var uerr *usageError
	if errors.As(err, &uerr) {
		if uerr.cmd != "" {
			fmt.Fprintf(w, "run 'diglot help %s' for usage\n", uerr.cmd)
		} else {
			fmt.Fprintln(w, "run 'diglot help' for usage")
		}
	}
}

// usageError is a mistake in the command line rather than a failure of the
// work: diglot exits with status 2.
type usageError struct {
	cmd string // the command whose usage was broken; empty for diglot's own
	err error
}

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// usagef returns a usageError for command cmd.
func usagef(cmd, format string, args ...any) error {
	return &usageError{cmd: cmd, err: fmt.Errorf(format, args...)}
}

// stdio is what a command reads and writes instead of the process's own
// files, so that tests can pass buffers.
type stdio struct {
	in       io.Reader
	out, err io.Writer
}

// command is one diglot subcommand.
type command struct {
	name    string
	summary string // one line for the command list
	// usage writes the command's help, flags included, to w.
	usage func(w io.Writer)
	run   func(ctx context.Context, args []string, sio stdio) error
}

// commands lists diglot's subcommands in the order help shows them.
func commands() []command {
	return []command{extractCommand(), compareCommand(), crawlCommand(), parseCommand(), articlesCommand(),
		indexCommand(), searchCommand(), serveCommand(), reportCommand(), runCommand(), demoCommand(), helpCommand(), versionCommand()}
}

func lookup(name string) (command, bool) {
	for _, c := range commands() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// run runs diglot with the command-line arguments args (without the program
// name). A *usageError means the command line was wrong.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	sio := stdio{in: stdin, out: stdout, err: stderr}
	if len(args) == 0 {
		writeUsage(stderr)
		return usagef("", "no command given")
	}
	switch name := args[0]; name {
	case "-h", "-help", "--help":
		writeUsage(stdout)
		return nil
	default:
		cmd, ok := lookup(name)
		if !ok {
			return usagef("", "unknown command %q", name)
		}
		err := cmd.run(ctx, args[1:], sio)
		if errors.Is(err, flag.ErrHelp) { // -h: the command's help
			cmd.usage(stdout)
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		return nil
	}
}

// parseFlagsOnly parses args with fs for a command that takes no operand:
// an operand is a usage error.
func parseFlagsOnly(cmd string, fs *flag.FlagSet, args []string) error {
	operands, err := parseFlags(cmd, fs, args)
	if err == nil && len(operands) != 0 {
		err = usagef(cmd, "unexpected argument %q", operands[0])
	}
	return err
}

// parseFlags parses args with fs and returns the operands. Flags may come
// before or after operands, up to a "--". It returns flag.ErrHelp for -h
// (commands return it as it is and run prints their help) and a
// *usageError for a bad flag.
func parseFlags(cmd string, fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard) // errors are reported once, by main
	var operands []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, &usageError{cmd: cmd, err: err}
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return operands, nil
		}
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(operands, rest...), nil
		}
		operands = append(operands, rest[0])
		args = rest[1:]
	}
}

// printFlags writes the flag defaults of fs to w.
func printFlags(w io.Writer, fs *flag.FlagSet) {
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
}
