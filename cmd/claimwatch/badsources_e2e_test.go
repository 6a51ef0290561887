package main

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBrokenSourcesFileTouchesNothing: crawl, serve and sources check all
// refuse a broken sources file with FILE:LINE problems and exit 2, before
// the data dir is created or locked.
func TestBrokenSourcesFileTouchesNothing(t *testing.T) {
	const good = `[defaults]
delay = "10ms"
schedule = "@every 1h"

[[source]]
name = "wire"
country = "GB"
language = "en"
feeds = ["http://127.0.0.1:1/feed.xml"]
article_pattern = '/news/[0-9]+$'
`
	broken := []struct {
		name, old, new string
		line           string
	}{
		{"syntax error", `delay = "10ms"`, `delay = "10ms`, ":2:"},
		{"unknown key", `delay = "10ms"`, "delay = \"10ms\"\nfrobnicate = 1", ":3:"},
		{"duplicate name", `article_pattern`, "[[source]]\nname = \"wire\"\ncountry = \"GB\"\nlanguage = \"en\"\nfeeds = [\"http://127.0.0.1:1/f\"]\narticle_pattern", ":11:"},
		{"bad cron", `@every 1h`, `61 * * * *`, ":3:"},
		{"bad regexp", `/news/[0-9]+$`, `/news/[0-9+$`, ":10:"},
	}
	for _, b := range broken {
		body := strings.Replace(good, b.old, b.new, 1)
		if body == good {
			t.Fatalf("%s: replacement did not apply", b.name)
		}
		for _, cmd := range []string{"crawl", "serve", "sources check"} {
			t.Run(b.name+"/"+cmd, func(t *testing.T) {
				tmp := t.TempDir()
				path := filepath.Join(tmp, "sources.toml")
				if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
				data := filepath.Join(tmp, "data")
				args := append(strings.Fields(cmd), "--sources", path, "--data", data)
				if cmd == "serve" {
					args = append(args, "--addr", "127.0.0.1:0")
				}
				if cmd == "sources check" {
					args = []string{"sources", "check", path}
				}
				e, _, stderr := testEnv()
				if code := run(context.Background(), args, e); code != 2 {
					t.Fatalf("exit %d, want 2; stderr:\n%s", code, stderr)
				}
				if !strings.Contains(stderr.String(), path+b.line) {
					t.Errorf("stderr lacks %s%s:\n%s", path, b.line, stderr)
				}
				if _, err := os.Stat(data); !os.IsNotExist(err) {
					t.Errorf("data dir was created or touched (%v)", err)
				}
			})
		}
	}
}

// TestServeTakenPortTouchesNothing: a port already in use is exit 1 before
// the data dir is created or locked.
func TestServeTakenPortTouchesNothing(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	tmp := t.TempDir()
	path := filepath.Join(tmp, "sources.toml")
	body := "[[source]]\nname = \"wire\"\ncountry = \"GB\"\nlanguage = \"en\"\nfeeds = [\"http://127.0.0.1:1/feed.xml\"]\n"
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(tmp, "data")
	e, _, stderr := testEnv()
	code := run(context.Background(), []string{"serve", "--sources", path, "--data", data, "--addr", ln.Addr().String()}, e)
	if code != 1 || !strings.Contains(stderr.String(), "listen on "+ln.Addr().String()) {
		t.Fatalf("exit %d, stderr %q; want 1 naming the address", code, stderr)
	}
	if _, err := os.Stat(data); !os.IsNotExist(err) {
		t.Errorf("data dir was created (%v)", err)
	}
}
