package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimwatch/claimwatch/sources"
)

func runSourcesCheckCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{
		Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	}
	code = run(context.Background(), append([]string{"sources", "check"}, args...), e)
	return code, out.String(), errb.String()
}

func writeSourcesFile(t *testing.T, name, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestSourcesCheckShippedFile(t *testing.T) {
	code, out, errOut := runSourcesCheckCLI(t, "../../sources.toml")
	if code != 0 {
		t.Fatalf("exit %d, want 0\nstderr:\n%s", code, errOut)
	}
	cfg, err := sources.Parse("x", readShipped(t, "../../sources.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "../../sources.toml: ") || !strings.Contains(out, " sources, ") {
		t.Errorf("summary line missing:\n%s", out)
	}
	for _, s := range cfg.Sources {
		if !strings.Contains(out, "  "+s.Name+" ") {
			t.Errorf("summary lacks source %s:\n%s", s.Name, out)
		}
	}
	if !strings.Contains(out, "(disabled)") {
		t.Errorf("summary does not mark the disabled source:\n%s", out)
	}
	if errOut != "" {
		t.Errorf("stderr not empty on success: %q", errOut)
	}
}

func readShipped(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestSourcesCheck(t *testing.T) {
	tests := []struct {
		name       string
		body       string // written to bad.toml; "" means no file
		args       func(path string) []string
		wantCode   int
		wantOut    []string
		wantErr    []string // each a line prefix or substring of stderr
		wantNotErr string
	}{
		{
			name:     "summary",
			body:     "[[source]]\nname = \"a\"\nfeeds = [\"https://a.example/f\", \"https://a.example/g\"]\nschedule = \"@daily\"\n\n[[source]]\nname = \"b\"\nsitemaps = [\"https://b.example/s.xml\"]\nenabled = false\n",
			wantCode: 0,
			wantOut:  []string{"2 sources, 1 enabled", "a  feeds=2  sitemaps=0  start=0  @daily", "b  feeds=0  sitemaps=1  start=0  @every 1h  (disabled)"},
		},
		{
			name:     "every problem with its line",
			body:     "[defaults]\ndelay = \"soon\"\n\n[[source]]\nname = \"a\"\nfeed = [\"https://a.example/f\"]\n\n[[source]]\nname = \"a\"\nfeeds = [\"https://a.example/f\"]\n",
			wantCode: 2,
			wantErr: []string{
				"bad.toml:2: delay: bad duration",
				"bad.toml:4: source \"a\" has nothing to crawl",
				"bad.toml:6: unknown key \"feed\" in [[source]] (did you mean \"feeds\"?)",
				"bad.toml:9: duplicate source name \"a\" (first defined at line 5)",
			},
		},
		{
			name:     "TOML syntax error",
			body:     "[[source]]\nname = \"a\"\nfeeds = [\"https://a.example/f\"\n",
			wantCode: 2,
			wantErr:  []string{"bad.toml:3: TOML syntax"},
		},
		{
			name:     "missing file",
			args:     func(string) []string { return []string{"/nonexistent/sources.toml"} },
			wantCode: 2,
			wantErr:  []string{"/nonexistent/sources.toml does not exist"},
		},
		{
			name:     "two files",
			args:     func(string) []string { return []string{"a.toml", "b.toml"} },
			wantCode: 2,
			wantErr:  []string{"want one sources file"},
		},
		{
			name:     "help",
			args:     func(string) []string { return []string{"--help"} },
			wantCode: 0,
			wantOut:  []string{"usage: claimwatch sources check"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := ""
			if tc.body != "" {
				path = writeSourcesFile(t, "bad.toml", tc.body)
			}
			args := []string{path}
			if tc.args != nil {
				args = tc.args(path)
			}
			code, out, errOut := runSourcesCheckCLI(t, args...)
			if code != tc.wantCode {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tc.wantCode, out, errOut)
			}
			for _, w := range tc.wantOut {
				if !strings.Contains(out, w) {
					t.Errorf("stdout lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tc.wantErr {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errOut)
				}
			}
			if tc.wantCode == 2 && tc.body != "" {
				// Problems are printed bare, one per line, so editors can jump to them.
				for _, line := range strings.Split(strings.TrimSpace(errOut), "\n") {
					if !strings.HasPrefix(line, path+":") {
						t.Errorf("stderr line %q is not FILE:LINE: message", line)
					}
				}
			}
		})
	}
}

func TestLoadSources(t *testing.T) {
	t.Run("valid", func(t *testing.T) {
		cfg, err := loadSources(writeSourcesFile(t, "ok.toml", "[[source]]\nname = \"a\"\nfeeds = [\"https://a.example/f\"]\n"))
		if err != nil || len(cfg.Sources) != 1 {
			t.Fatalf("cfg=%v err=%v", cfg, err)
		}
	})
	t.Run("invalid is a usage error listing FILE:LINE problems", func(t *testing.T) {
		path := writeSourcesFile(t, "bad.toml", "[[source]]\nname = \"a\"\nfeeds = [\"nope\"]\nparallelism = 0\n")
		_, err := loadSources(path)
		var ee *exitError
		if !errors.As(err, &ee) || ee.code != 2 {
			t.Fatalf("err = %v, want exit 2", err)
		}
		var ve *sources.ValidationError
		if !errors.As(err, &ve) || len(ve.Problems) != 2 {
			t.Fatalf("err does not carry the ValidationError: %v", err)
		}
		for _, w := range []string{path + ":3: feeds:", path + ":4: parallelism:"} {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("message lacks %q:\n%v", w, err)
			}
		}
	})
	t.Run("missing file names it", func(t *testing.T) {
		_, err := loadSources("/nonexistent/x.toml")
		var ee *exitError
		if !errors.As(err, &ee) || ee.code != 2 || !strings.Contains(err.Error(), "/nonexistent/x.toml") {
			t.Fatalf("err = %v", err)
		}
	})
}
