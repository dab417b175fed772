package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// alignCase returns the paths of a test pair of extract/testdata/align.
func alignCase(name string) (en, fr string) {
	base := filepath.Join("..", "..", "extract", "testdata", "align", name)
	return base + ".en.txt", base + ".fr.txt"
}

func TestCompareText(t *testing.T) {
	en, fr := alignCase("scale-billion-false-friend")
	stdout, stderr, code := runDiglot(t, nil, "compare", en, fr)
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	stdout = strings.ReplaceAll(stdout, "\u00a0", " ") // the French writes 3,2 with a no-break space
	for _, want := range []string{
		": 1 mismatch, 10 match, 0 rounded",
		"MISMATCH 1 (scale): 3.2 billion USD ↔ 3,2 billions de dollars",
		"  en: DA NANG CITY NEWS – Foreign investors pledged [[3.2 billion USD]] to projects",
		"  fr: DA NANG INFO – Les investisseurs étrangers ont engagé [[3,2 billions de dollars]] dans des projets",
		"STATUS   KIND      ENGLISH           FRENCH",
		"match    percent   27%               27 %",
		"only_en  quantity  a year            -",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
	// Mismatches come before the table of the other records.
	if strings.Index(stdout, "MISMATCH 1") > strings.Index(stdout, "STATUS") {
		t.Errorf("mismatches are not listed first:\n%s", stdout)
	}
}

func TestCompareFailOn(t *testing.T) {
	en, fr := alignCase("scale-billion-false-friend")
	_, stderr, code := runDiglot(t, nil, "compare", "--fail-on", "mismatch", en, fr)
	if code != 1 || !strings.Contains(stderr, "--fail-on mismatch") {
		t.Errorf("with a mismatch: exit %d, stderr %q; want 1 and a message", code, stderr)
	}
	en, fr = alignCase("separators")
	if _, stderr, code := runDiglot(t, nil, "compare", "--fail-on", "mismatch", en, fr); code != 0 {
		t.Errorf("without a mismatch: exit %d, stderr %q; want 0", code, stderr)
	}
}

func TestCompareJSON(t *testing.T) {
	en, fr := alignCase("omitted-paragraph")
	stdout, stderr, code := runDiglot(t, nil, "compare", "--json", en, fr)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	// The contract: every record has status, reason, en and fr (null when
	// absent); the summary counts every status.
	var out struct {
		Facts          []map[string]json.RawMessage `json:"facts"`
		Summary        map[string]int               `json:"summary"`
		UntranslatedEN []struct{ Start, End int }   `json:"untranslated_en"`
	}
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, stdout)
	}
	onlyEN := 0
	for _, r := range out.Facts {
		for _, k := range []string{"status", "reason", "en", "fr"} {
			if _, ok := r[k]; !ok {
				t.Errorf("record %v lacks %q", r, k)
			}
		}
		if string(r["status"]) == `"only_en"` {
			onlyEN++
			if string(r["fr"]) != "null" {
				t.Errorf("only_en record has a French fact: %s", r["fr"])
			}
		}
	}
	for _, k := range []string{"match", "rounded", "mismatch", "only_en", "only_fr"} {
		if _, ok := out.Summary[k]; !ok {
			t.Errorf("summary %v lacks %q", out.Summary, k)
		}
	}
	if onlyEN == 0 || out.Summary["only_en"] != onlyEN || out.Summary["mismatch"] != 0 {
		t.Errorf("summary %v, %d only_en records; want the omitted paragraph's facts only_en and no mismatch", out.Summary, onlyEN)
	}
	text, err := os.ReadFile(en)
	if err != nil {
		t.Fatal(err)
	}
	// The one untranslated paragraph is a whole line of the input and
	// holds every only_en fact.
	if len(out.UntranslatedEN) != 1 {
		t.Fatalf("untranslated_en = %v, want the one omitted paragraph", out.UntranslatedEN)
	}
	u := out.UntranslatedEN[0]
	if !slices.Contains(strings.Split(string(text), "\n"), string(text[u.Start:u.End])) {
		t.Errorf("untranslated_en %v is not a whole paragraph: %q", u, text[u.Start:u.End])
	}
	for _, r := range out.Facts {
		if string(r["status"]) != `"only_en"` {
			continue
		}
		var f struct{ Start, End int }
		if err := json.Unmarshal(r["en"], &f); err != nil {
			t.Fatal(err)
		}
		if f.Start < u.Start || f.End > u.End {
			t.Errorf("only_en fact at [%d,%d) lies outside the untranslated paragraph %v", f.Start, f.End, u)
		}
	}
}

func TestCompareSeeds(t *testing.T) {
	en, fr := filepath.Join("..", "..", "..", "shared", "seeds", "000_6f5e682f2030d754.txt"), filepath.Join("..", "..", "..", "shared", "seeds", "003_50ff07148cc67c06.txt")
	if _, err := os.Stat(en); err != nil {
		t.Skipf("seed articles not found beside the checkout: %v", err)
	}
	stdout, _, code := runDiglot(t, nil, "compare", "--fail-on", "mismatch", en, fr)
	if code != 0 || !strings.Contains(stdout, ": 0 mismatch, 12 match, 1 rounded, 1 only in English, 0 only in French") {
		t.Errorf("exit %d:\n%s", code, stdout)
	}
}

func TestCompareInputs(t *testing.T) {
	en := writeFile(t, "en.html", "<html><body><p>Exports rose 12% to 3.2 billion USD.</p></body></html>")
	fr := "Les exportations ont augmenté de 12 % pour atteindre 3,2 milliards de dollars.\n"
	stdout, stderr, code := runDiglot(t, strings.NewReader(fr), "compare", "--json", en, "-")
	if code != 0 || !strings.Contains(stdout, `"summary":{"match":2,"rounded":0,"mismatch":0,"only_en":0,"only_fr":0}`) {
		t.Errorf("HTML and stdin: exit %d, stderr %q, stdout %s", code, stderr, stdout)
	}
	missing := filepath.Join(t.TempDir(), "missing.txt")
	if _, stderr, code := runDiglot(t, nil, "compare", en, missing); code != 1 || !strings.Contains(stderr, "no such file") {
		t.Errorf("missing file: exit %d, stderr %q", code, stderr)
	}
	bin := writeFile(t, "bin.txt", "12 %\x00\x01")
	if _, stderr, code := runDiglot(t, nil, "compare", en, bin); code != 1 || !strings.Contains(stderr, "binary data") {
		t.Errorf("binary file: exit %d, stderr %q", code, stderr)
	}
	for _, args := range [][]string{
		{"compare", en},
		{"compare", "-", "-"},
		{"compare", "--fail-on", "rounded", en, en},
		{"compare", "--published", "yesterday", en, en},
	} {
		if _, stderr, code := runDiglot(t, nil, args...); code != 2 || !strings.Contains(stderr, "diglot help compare") {
			t.Errorf("%q: exit %d, stderr %q; want a usage error", args, code, stderr)
		}
	}
	if stdout, _, code := runDiglot(t, nil, "compare", "-h"); code != 0 || !strings.Contains(stdout, "usage: diglot compare") {
		t.Errorf("-h: exit %d, %q", code, stdout)
	}
}
