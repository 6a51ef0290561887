package extract

import (
	"encoding/json"
	"strings"
)

// jsonldArticle is what extraction uses from one schema.org article object.
type jsonldArticle struct {
	typ       string
	headline  string
	body      string
	lang      string
	published string
	modified  string
	authors   []string
	orgAuthor bool // the only authors given are organisations
	url       string
	publisher string
	desc      string
}

// jsonldArticleTypes are schema.org types whose objects describe the page's
// article; WebPage is accepted last because many sites put dates there only.
var jsonldArticleTypes = map[string]int{
	"newsarticle": 10, "reportagenewsarticle": 10, "analysisnewsarticle": 10,
	"opinionnewsarticle": 10, "reviewnewsarticle": 10, "backgroundnewsarticle": 10,
	"article": 9, "blogposting": 9, "liveblogposting": 8, "socialmediaposting": 6,
	"techarticle": 8, "scholarlyarticle": 7, "report": 7, "posting": 6,
	"webpage": 2, "itempage": 2, "videoobject": 1,
}

// jsonldArticles parses every ld+json block and returns the article-like
// objects it finds, best first. Malformed blocks are skipped (after one
// attempt to repair raw control characters, a common publisher mistake).
func jsonldArticles(scripts []string) []jsonldArticle {
	var out []jsonldArticle
	var ranks []int
	for _, s := range scripts {
		s = strings.TrimSpace(s)
		s = strings.TrimPrefix(s, "<!--")
		s = strings.TrimSuffix(s, "-->")
		s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), ";"))
		var v any
		if err := json.Unmarshal([]byte(s), &v); err != nil {
			if err := json.Unmarshal([]byte(jsonldRepair(s)), &v); err != nil {
				continue
			}
		}
		jsonldVisit(v, 0, func(obj map[string]any, rank int) {
			a := jsonldFrom(obj)
			// Insertion keeps the best-ranked first and page order among equals.
			i := len(out)
			for i > 0 && ranks[i-1] < rank {
				i--
			}
			out = append(out, jsonldArticle{})
			ranks = append(ranks, 0)
			copy(out[i+1:], out[i:])
			copy(ranks[i+1:], ranks[i:])
			out[i], ranks[i] = a, rank
		})
	}
	return out
}

// jsonldRepair replaces raw control characters (illegal inside JSON
// strings) with spaces.
func jsonldRepair(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 {
			return ' '
		}
		return r
	}, s)
}

func jsonldVisit(v any, depth int, fn func(map[string]any, int)) {
	if depth > 8 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			jsonldVisit(e, depth+1, fn)
		}
	case map[string]any:
		best := 0
		for _, t := range jsonldStrings(x["@type"]) {
			if r := jsonldArticleTypes[strings.ToLower(t)]; r > best {
				best = r
			}
		}
		if best > 0 {
			fn(x, best)
		}
		for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage", "itemListElement"} {
			if c, ok := x[k]; ok {
				jsonldVisit(c, depth+1, fn)
			}
		}
	}
}

func jsonldFrom(o map[string]any) jsonldArticle {
	a := jsonldArticle{
		typ:       strings.Join(jsonldStrings(o["@type"]), ","),
		headline:  jsonldString(o["headline"]),
		body:      jsonldString(o["articleBody"]),
		lang:      jsonldString(o["inLanguage"]),
		published: jsonldString(o["datePublished"]),
		modified:  jsonldString(o["dateModified"]),
		url:       jsonldString(o["url"]),
		desc:      jsonldString(o["description"]),
	}
	if a.headline == "" {
		a.headline = jsonldString(o["name"])
	}
	if a.published == "" {
		a.published = jsonldString(o["dateCreated"])
	}
	if a.body == "" {
		a.body = jsonldString(o["text"])
	}
	if a.lang == "" {
		if l, ok := o["inLanguage"].(map[string]any); ok {
			a.lang = jsonldString(l["alternateName"])
			if a.lang == "" {
				a.lang = jsonldString(l["name"])
			}
		}
	}
	if p, ok := o["publisher"].(map[string]any); ok {
		a.publisher = jsonldString(p["name"])
	}
	var persons, orgs []string
	jsonldAuthors(o["author"], &persons, &orgs, 0)
	if len(persons) == 0 {
		jsonldAuthors(o["creator"], &persons, &orgs, 0)
	}
	if len(persons) > 0 {
		a.authors = persons
	} else if len(orgs) > 0 {
		a.authors, a.orgAuthor = orgs, true
	}
	return a
}

func jsonldAuthors(v any, persons, orgs *[]string, depth int) {
	if depth > 4 {
		return
	}
	switch x := v.(type) {
	case string:
		if s := strings.TrimSpace(x); s != "" && !strings.HasPrefix(s, "http") {
			*persons = append(*persons, s)
		}
	case []any:
		for _, e := range x {
			jsonldAuthors(e, persons, orgs, depth+1)
		}
	case map[string]any:
		name := jsonldString(x["name"])
		if name == "" {
			g, f := jsonldString(x["givenName"]), jsonldString(x["familyName"])
			name = strings.TrimSpace(g + " " + f)
		}
		if name == "" {
			return
		}
		isOrg := false
		for _, t := range jsonldStrings(x["@type"]) {
			if t := strings.ToLower(t); t == "organization" || t == "newsmediaorganization" || t == "corporation" {
				isOrg = true
			}
		}
		if isOrg {
			*orgs = append(*orgs, name)
		} else {
			*persons = append(*persons, name)
		}
	}
}

// jsonldString flattens a JSON-LD value that should be text: strings as is,
// the first of an array, an object's @value or name.
func jsonldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		for _, e := range x {
			if s := jsonldString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		if s := jsonldString(x["@value"]); s != "" {
			return s
		}
	case float64:
		return ""
	}
	return ""
}

func jsonldStrings(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}
