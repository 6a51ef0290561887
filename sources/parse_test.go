package sources

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
)

// minimal is a valid source used as a base by tests that break one thing.
const minimal = `
[[source]]
name = "a"
feeds = ["https://example.com/feed.xml"]
`

func mustParse(t *testing.T, src string) *Config {
	t.Helper()
	cfg, err := Parse("t.toml", []byte(src))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return cfg
}

func problems(t *testing.T, src string) []Problem {
	t.Helper()
	cfg, err := Parse("t.toml", []byte(src))
	var ve *ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("Parse: want *ValidationError, got cfg=%v err=%v", cfg, err)
	}
	if cfg != nil {
		t.Errorf("Parse returned a config along with an error")
	}
	return ve.Problems
}

func TestParseShippedFile(t *testing.T) {
	data, err := os.ReadFile("../sources.toml")
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := Parse("sources.toml", data)
	if err != nil {
		t.Fatalf("shipped sources.toml is invalid:\n%v", err)
	}
	if len(cfg.Sources) < 10 {
		t.Errorf("shipped file has %d sources, want at least 10", len(cfg.Sources))
	}
	if len(cfg.Enabled()) < 10 {
		t.Errorf("shipped file has %d enabled sources, want at least 10", len(cfg.Enabled()))
	}
	for _, s := range cfg.Sources {
		if s.Country == "" || s.Language == "" || s.Outlet == "" {
			t.Errorf("%s (line %d): want country, language and outlet set", s.Name, s.Line)
		}
		if len(s.AllowedDomains) == 0 {
			t.Errorf("%s: no allowed domains", s.Name)
		}
		if !strings.Contains(s.UserAgent, "https://") {
			t.Errorf("%s: user agent %q has no contact URL", s.Name, s.UserAgent)
		}
	}
	bbc, ok := cfg.Source("bbc_business")
	if !ok {
		t.Fatal("bbc_business missing")
	}
	if bbc.Selectors.Body == "" {
		t.Error("bbc_business: body selector lost")
	}
	for _, h := range []string{"www.bbc.co.uk", "www.bbc.com", "feeds.bbci.co.uk"} {
		if !contains(bbc.AllowedDomains, h) {
			t.Errorf("bbc_business: %s not allowed (got %v)", h, bbc.AllowedDomains)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestParseDefaults(t *testing.T) {
	cfg := mustParse(t, minimal)
	if !reflect.DeepEqual(cfg.Defaults, BuiltinDefaults()) {
		t.Errorf("defaults = %+v, want built-ins %+v", cfg.Defaults, BuiltinDefaults())
	}
	s := cfg.Sources[0]
	want := Source{
		Name: "a", Outlet: "a",
		Feeds:          []string{"https://example.com/feed.xml"},
		AllowedDomains: []string{"example.com"},
		// A feed and no sitemaps: robots.txt sitemaps are not read unasked.
		DiscoverSitemaps: false,
		Schedule:         "@every 1h",
		Enabled:          true,
		UserAgent:        DefaultUserAgent,
		Delay:            5 * time.Second,
		Parallelism:      1,
		Timeout:          30 * time.Second,
		MaxBody:          10 << 20,
		MaxPages:         200,
		RespectRobots:    true,
		AllowPrivate:     false,
		Line:             2,
	}
	if !reflect.DeepEqual(s, want) {
		t.Errorf("source =\n%+v\nwant\n%+v", s, want)
	}
	if cfg.Path != "t.toml" {
		t.Errorf("Path = %q", cfg.Path)
	}
}

func TestParseOverrides(t *testing.T) {
	cfg := mustParse(t, `
[defaults]
user_agent = "bot/2 (+https://bot.example.org/about)"
delay = "2s"
parallelism = 2
timeout = "10s"
max_body = "1MiB"
max_pages = 50
schedule = "@daily"
respect_robots = false
allow_private = true

[[source]]
name = "inherits"
outlet = "Inherits Everything"
country = "sg"
language = "EN"
sitemaps = ["https://news.example.com/sitemap.xml"]
start_urls = ["http://127.0.0.1:8080/business/"]
article_pattern = '/article/\d+'
allowed_domains = ["www.example.com"]
enabled = false
tags = ["business", "asia"]

[[source]]
name = "overrides"
feeds = ["https://example.org/rss"]
user_agent = "other/1 (+http://other.example/)"
delay = "0s"
parallelism = 4
timeout = "1m30s"
max_body = 2048
max_pages = 7
schedule = "*/15 * * * *"
respect_robots = true
allow_private = true
`)
	in, out := cfg.Sources[0], cfg.Sources[1]
	if in.UserAgent != "bot/2 (+https://bot.example.org/about)" || in.Delay != 2*time.Second ||
		in.Parallelism != 2 || in.Timeout != 10*time.Second || in.MaxBody != 1<<20 ||
		in.MaxPages != 50 || in.Schedule != "@daily" || in.RespectRobots || !in.AllowPrivate {
		t.Errorf("inherited settings wrong: %+v", in)
	}
	if in.Outlet != "Inherits Everything" || in.Country != "SG" || in.Language != "en" || in.Enabled {
		t.Errorf("source fields wrong: %+v", in)
	}
	if in.ArticlePattern == nil || !in.ArticlePattern.MatchString("http://127.0.0.1:8080/article/12") {
		t.Errorf("article pattern = %v", in.ArticlePattern)
	}
	wantHosts := []string{"www.example.com", "news.example.com", "127.0.0.1"}
	if !reflect.DeepEqual(in.AllowedDomains, wantHosts) {
		t.Errorf("AllowedDomains = %v, want %v", in.AllowedDomains, wantHosts)
	}
	if !reflect.DeepEqual(in.Tags, []string{"business", "asia"}) {
		t.Errorf("Tags = %v", in.Tags)
	}
	if out.UserAgent != "other/1 (+http://other.example/)" || out.Delay != 0 ||
		out.Parallelism != 4 || out.Timeout != 90*time.Second || out.MaxBody != 2048 ||
		out.MaxPages != 7 || out.Schedule != "*/15 * * * *" || !out.RespectRobots || !out.AllowPrivate {
		t.Errorf("overrides lost: %+v", out)
	}
	if got := cfg.Enabled(); len(got) != 1 || got[0].Name != "overrides" {
		t.Errorf("Enabled() = %v", got)
	}
	if _, ok := cfg.Source("nope"); ok {
		t.Error(`Source("nope") found something`)
	}
}

func TestParseSelectorForms(t *testing.T) {
	tests := []struct {
		name string
		src  string
	}{
		{"subtable", minimal + "[source.selectors]\ntitle = \"h1.headline\"\nbody = \"article p\"\nauthors = \".byline a\"\npublished = \"time[datetime]\"\n"},
		{"inline table", minimal + "selectors = { title = \"h1.headline\", body = \"article p\", authors = \".byline a\", published = \"time[datetime]\" }\n"},
		{"dotted keys", minimal + "selectors.title = \"h1.headline\"\nselectors.body = \"article p\"\nselectors.authors = \".byline a\"\nselectors.published = \"time[datetime]\"\n"},
	}
	want := Selectors{Title: "h1.headline", Body: "article p", Authors: ".byline a", Published: "time[datetime]"}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := mustParse(t, tc.src)
			if got := cfg.Sources[0].Selectors; got != want {
				t.Errorf("selectors = %+v, want %+v", got, want)
			}
		})
	}
}

func TestParseSourceLines(t *testing.T) {
	cfg := mustParse(t, "# c\n\n[[source]]\nname = \"a\"\nfeeds = [\"https://a.example/f\"]\n\n[[source]]\nname = \"b\"\nfeeds = [\"https://b.example/f\"]\n")
	if cfg.Sources[0].Line != 3 || cfg.Sources[1].Line != 7 {
		t.Errorf("lines = %d, %d; want 3, 7", cfg.Sources[0].Line, cfg.Sources[1].Line)
	}
}

func TestParseMaxBody(t *testing.T) {
	tests := []struct {
		name string
		val  string
		want int64
	}{
		{"integer", "4096", 4096},
		{"underscores", "1_048_576", 1 << 20},
		{"MiB", `"10MiB"`, 10 << 20},
		{"KB", `"512KB"`, 512000},
		{"plain string", `"100"`, 100},
		{"lower case unit", `"2 gib"`, 2 << 30},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := mustParse(t, "[defaults]\nmax_body = "+tc.val+"\n"+minimal)
			if got := cfg.Sources[0].MaxBody; got != tc.want {
				t.Errorf("MaxBody = %d, want %d", got, tc.want)
			}
		})
	}
}

func TestParseSchedules(t *testing.T) {
	for _, spec := range []string{"@hourly", "@daily", "@every 30m", "@every 1h30m", "0 * * * *", "*/10 6-22 * * MON-FRI", "CRON_TZ=Asia/Singapore 0 9 * * *"} {
		t.Run(spec, func(t *testing.T) {
			cfg := mustParse(t, minimal+"schedule = \""+spec+"\"\n")
			if cfg.Sources[0].Schedule != spec {
				t.Errorf("Schedule = %q", cfg.Sources[0].Schedule)
			}
		})
	}
}

func TestParseByteOrderMarkAndCRLF(t *testing.T) {
	src := "\xef\xbb\xbf# saved on Windows\r\n[[source]]\r\nname = \"a\"\r\nfeeds = [\"https://a.example/f\"]\r\nparallelism = 0\r\n"
	checkProblems(t, src, []wantProblem{{5, "parallelism: must be at least 1"}})
	src = strings.Replace(src, "parallelism = 0", "parallelism = 2", 1)
	if cfg := mustParse(t, src); cfg.Sources[0].Line != 2 || cfg.Sources[0].Parallelism != 2 {
		t.Errorf("got %+v", cfg.Sources[0])
	}
}

func TestParseDiscoverSitemaps(t *testing.T) {
	tests := []struct {
		name string
		body string
		want bool
	}{
		{"feeds only: not discovered", `feeds = ["https://a.example/f"]`, false},
		{"start pages only: discovered", "start_urls = [\"https://a.example/\"]\narticle_pattern = '^https://a\\.example/news/'", true},
		{"feeds, discover asked", "feeds = [\"https://a.example/f\"]\ndiscover_sitemaps = true", true},
		{"sitemaps given: not discovered", `sitemaps = ["https://a.example/s.xml"]`, false},
		{"sitemaps given, discover asked", "sitemaps = [\"https://a.example/s.xml\"]\ndiscover_sitemaps = true", true},
		{"no sitemaps, discover turned off", "feeds = [\"https://a.example/f\"]\ndiscover_sitemaps = false", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := mustParse(t, "[[source]]\nname = \"a\"\n"+tc.body+"\n")
			if got := cfg.Sources[0].DiscoverSitemaps; got != tc.want {
				t.Errorf("DiscoverSitemaps = %v, want %v", got, tc.want)
			}
		})
	}
	ps := problems(t, "[[source]]\nname = \"a\"\nfeeds = [\"https://a.example/f\"]\ndiscover_sitemaps = \"yes\"\n")
	if len(ps) != 1 || ps[0].Line != 4 || !strings.Contains(ps[0].Message, "discover_sitemaps") {
		t.Errorf("problems = %v, want one at line 4 naming discover_sitemaps", ps)
	}
}
