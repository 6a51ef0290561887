package extract

import (
	"reflect"
	"testing"
)

func TestClaimTopics(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"names do not make topics", "The Federal Trade Commission sued Amazon on Tuesday.", nil},
		{"interoperability", "China's industry ministry ordered Alibaba to stop blocking links to Tencent's services.", []string{"interoperability"}},
		{"data protection and antitrust", "The Bundeskartellamt ordered Meta to stop combining personal data across its services, citing its dominant position.", []string{"antitrust", "data protection"}},
	}
	x := NewClaimExtractor(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cs := x.Claims(Document{Text: c.text})
			if len(cs) == 0 {
				t.Fatal("no claim")
			}
			if !reflect.DeepEqual(cs[0].Topics, c.want) {
				t.Errorf("topics %v, want %v", cs[0].Topics, c.want)
			}
		})
	}
}
