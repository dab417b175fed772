package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/term"

	"diglot.dev/diglot/corpus"
)

// defaultDataDir is where the store and index live when --data is not
// given: $DIGLOT_DATA, else $XDG_DATA_HOME/diglot, else
// ~/.local/share/diglot.
func defaultDataDir() string {
	if d := os.Getenv("DIGLOT_DATA"); d != "" {
		return d
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "diglot")
	}
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".local", "share", "diglot")
	}
	return "diglot-data"
}

// dataDir returns the directory that --data names, or the default.
func dataDir(flag string) string {
	if flag == "" {
		return defaultDataDir()
	}
	return flag
}

const dataFlagHelp = "`directory` of the store and index (default $DIGLOT_DATA, else $XDG_DATA_HOME/diglot, else ~/.local/share/diglot)"

// openStore opens the store in dir with a message a user can act on when
// another process holds it.
func openStore(dir string) (*corpus.Store, error) {
	dir = dataDir(dir)
	s, err := corpus.Open(dir)
	if errors.Is(err, corpus.ErrLocked) {
		return nil, fmt.Errorf("the store in %s is in use by another diglot process; wait for it to finish", dir)
	}
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	return s, nil
}

// logFlags are the logging flags of the commands that do long work.
type logFlags struct {
	format string
	level  string
}

func (f *logFlags) register(fs interface {
	StringVar(*string, string, string, string)
}) {
	fs.StringVar(&f.format, "log-format", "text", "log `format`: text or json (for cron)")
	fs.StringVar(&f.level, "log-level", "", "log `level`: debug, info, warn or error (default info, warn under a progress bar)")
}

// logger returns the slog logger the flags ask for, writing to w; quiet
// makes the default level warn.
func (f *logFlags) logger(cmd string, w io.Writer, quiet bool) (*slog.Logger, error) {
	level := slog.LevelInfo
	if quiet {
		level = slog.LevelWarn
	}
	if f.level != "" {
		if err := level.UnmarshalText([]byte(f.level)); err != nil {
			return nil, usagef(cmd, "--log-level %q: want debug, info, warn or error", f.level)
		}
	}
	opts := &slog.HandlerOptions{Level: level}
	switch strings.ToLower(f.format) {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, usagef(cmd, "--log-format %q: want text or json", f.format)
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// writeFileAtomic writes a file of mode perm through write: to a temporary
// file in the same directory, synced, then renamed over path, so that a
// reader (or a crash) never sees half a file.
func writeFileAtomic(path string, perm os.FileMode, write func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriter(tmp)
	if err = write(bw); err != nil {
		return err
	}
	if err = bw.Flush(); err != nil {
		return err
	}
	if err = tmp.Chmod(perm); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	if d, derr := os.Open(dir); derr == nil {
		d.Sync()
		d.Close()
	}
	return nil
}
