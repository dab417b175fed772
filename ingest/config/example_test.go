package config_test

import (
	"errors"
	"fmt"
	"net/url"

	"diglot.dev/diglot/ingest/config"
)

func ExampleParse() {
	cfg, err := config.Parse("sources.toml", []byte(`
[[source]]
name = "city-news"
seeds = ["https://en.example.com/", "https://fr.example.com/"]
delay = "2s"
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	s := cfg.Sources[0]
	fmt.Println(s.Name, s.Languages, s.Delay, s.Concurrency, s.MaxPages, s.MaxDepth)
	for _, re := range s.Allow {
		fmt.Println(re)
	}
	// Output:
	// city-news [en fr] 2s 2 5000 3
	// ^https://en\.example\.com(?::443)?(?:[/?#]|$)
	// ^https://fr\.example\.com(?::443)?(?:[/?#]|$)
}

func ExampleParse_error() {
	_, err := config.Parse("sources.toml", []byte(`[[source]]
name = "city-news"
seeds = ["https://en.example.com/"]
concurrency = 2
dealy = "1s"
`))
	fmt.Println(err)
	var ce *config.Error
	if errors.As(err, &ce) {
		fmt.Println(ce.Line, ce.Key)
	}
	// Output:
	// sources.toml:5: source[0].dealy: unknown key (did you mean delay?)
	// 5 source[0].dealy
}

func ExampleSource_InScope() {
	cfg, err := config.Parse("sources.toml", []byte(`
[[source]]
name = "city-news"
seeds = ["https://en.example.com/"]
allow = ['^https://(en|fr)\.example\.com/']
deny = ['/login']
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, raw := range []string{
		"https://fr.example.com/economie/",
		"https://fr.example.com/login",
		"https://www.example.com/",
		"ftp://en.example.com/",
	} {
		u, _ := url.Parse(raw)
		fmt.Println(raw, cfg.Sources[0].InScope(u))
	}
	// Output:
	// https://fr.example.com/economie/ true
	// https://fr.example.com/login false
	// https://www.example.com/ false
	// ftp://en.example.com/ false
}
