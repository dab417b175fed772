package config_test

import (
	"net/url"
	"testing"

	"diglot.dev/diglot/ingest/config"
)

func FuzzParse(f *testing.F) {
	f.Add(config.Example)
	for _, tc := range validCases {
		f.Add(tc.in)
	}
	for _, tc := range errorCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		cfg, err := config.Parse("sources.toml", []byte(in))
		if err != nil {
			if cfg != nil {
				t.Errorf("Parse returned a configuration with its error %v", err)
			}
			checkErrors(t, in, err)
			return
		}
		if len(cfg.Sources) == 0 {
			t.Fatal("Parse accepted a configuration without sources")
		}
		for i, s := range cfg.Sources {
			if s.Name == "" || s.Concurrency < 1 || s.Concurrency > 64 || s.MaxPages < 1 || s.MaxDepth < 0 || s.Delay < 0 || len(s.Allow) == 0 || len(s.Languages) == 0 {
				t.Errorf("source[%d] = %+v breaks an invariant", i, s)
			}
			for _, raw := range append(append(append([]string(nil), s.Seeds...), s.Sitemaps...), s.Feeds...) {
				u, err := url.Parse(raw)
				if err != nil {
					t.Errorf("source[%d]: accepted URL %q does not parse: %v", i, raw, err)
					continue
				}
				if u.Scheme != "http" && u.Scheme != "https" {
					t.Errorf("source[%d]: accepted URL %q is not http or https", i, raw)
				}
			}
		}
	})
}
