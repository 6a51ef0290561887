package sources

import (
	"bytes"
	"errors"
	"os"
	"testing"
)

func FuzzParse(f *testing.F) {
	if data, err := os.ReadFile("../sources.toml"); err == nil {
		f.Add(data)
	}
	for _, s := range []string{
		minimal,
		"[defaults]\ndelay = \"0s\"\nallow_private = true\n" + minimal,
		minimal + "[source.selectors]\ntitle = \"h1[\"\n",
		minimal + "selectors = { body = \"p\" }\nschedule = \"CRON_TZ=\"\n",
		"[[source]]\nname = \"a\"\nstart_urls = [\"https://a.example/\"]\narticle_pattern = '(('\n",
		"source = [{name = \"a\", feeds = [\"https://a.example/f\"]}, 3]\n",
		"[source]\n[[sources]]\na.b.c = [[1], [2, [3]]]\n",
		"[[source]]\nname = \"a\"\nfeeds = [\n",
		"max_body = 0x7fffffffffffffff\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := Parse("f.toml", data)
		if err == nil {
			if cfg == nil {
				t.Fatal("nil config and nil error")
			}
			for _, s := range cfg.Sources {
				if s.Name == "" || s.Parallelism < 1 || s.MaxPages < 1 || s.MaxBody < 1 || s.Timeout <= 0 {
					t.Fatalf("accepted an unusable source: %+v", s)
				}
			}
			return
		}
		var ve *ValidationError
		if !errors.As(err, &ve) {
			t.Fatalf("error is %T, want *ValidationError: %v", err, err)
		}
		if cfg != nil || len(ve.Problems) == 0 {
			t.Fatalf("cfg=%v problems=%d", cfg, len(ve.Problems))
		}
		lines := bytes.Count(data, []byte("\n")) + 1
		for _, p := range ve.Problems {
			if p.Line < 0 || p.Line > lines {
				t.Fatalf("problem line %d outside a %d-line file: %s", p.Line, lines, p)
			}
		}
	})
}

func BenchmarkParseShipped(b *testing.B) {
	data, err := os.ReadFile("../sources.toml")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("sources.toml", data); err != nil {
			b.Fatal(err)
		}
	}
}
