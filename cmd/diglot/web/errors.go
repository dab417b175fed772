package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"diglot.dev/diglot/index"
)

// inputError is a request parameter the page refuses: the message says
// which and why.
type inputError struct{ msg string }

func (e *inputError) Error() string { return e.msg }

func inputErrorf(format string, args ...any) error {
	return &inputError{msg: fmt.Sprintf(format, args...)}
}

// notFoundError is an unknown page or article.
type notFoundError struct{ what string }

func (e *notFoundError) Error() string { return e.what + " not found" }

// errMethod is a request with a method other than GET or HEAD.
var errMethod = errors.New("method not allowed: the page only answers GET and HEAD")

// status maps an error to the HTTP status and the message the user sees.
// It is the one place where errors become statuses: bad input is 400 with
// its message, an unknown page or article 404, a search cut short 503, and
// anything else 500 with a plain message, its details logged here.
func (p *Page) status(r *http.Request, err error) (int, string) {
	var (
		in  *inputError
		bq  *index.BadQueryError
		fe  *index.FilterError
		nf  *notFoundError
		msg string
	)
	switch {
	case errors.As(err, &in):
		return http.StatusBadRequest, in.msg
	case errors.As(err, &fe):
		msg = "fact filter “" + fe.Expr + "”"
		if fe.Part != "" && fe.Part != fe.Expr {
			msg += ": “" + fe.Part + "”"
		}
		return http.StatusBadRequest, msg + ": " + fe.Reason
	case errors.As(err, &bq):
		msg = "the query “" + bq.Query + "” cannot be read"
		if bq.Err != nil {
			msg += ": " + bq.Err.Error()
		}
		return http.StatusBadRequest, msg
	case errors.As(err, &nf):
		return http.StatusNotFound, nf.Error()
	case errors.Is(err, errMethod):
		return http.StatusMethodNotAllowed, err.Error()
	case r.Context().Err() != nil:
		// The client went away: nobody reads the answer.
		p.log.Debug("request cancelled", logPath, r.URL.Path, logErr, err)
		return http.StatusServiceUnavailable, "the request was cancelled"
	case errors.Is(err, context.DeadlineExceeded):
		p.log.Warn("search timed out", logPath, r.URL.String(), logErr, err)
		return http.StatusServiceUnavailable, "the search took too long: try fewer words or a filter"
	default:
		p.log.Error("request failed", logPath, r.URL.String(), logStatus, http.StatusInternalServerError, logErr, err)
		return http.StatusInternalServerError, "something went wrong on the server; the details are in its log"
	}
}

// errorView is what error.html shows.
type errorView struct {
	Form       form
	Status     int
	StatusText string
	Message    string
}
