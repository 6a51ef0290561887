package extract

import (
	"errors"
	"fmt"

	"github.com/andybalholm/cascadia"
)

// ValidateSelectors checks an editor's selectors before they are used, so a
// typo in sources.toml is reported with the field it is in instead of
// silently falling through to the generic extractor (which is what Article
// does with a selector that does not compile).
func ValidateSelectors(s Selectors) error {
	var errs []error
	for _, f := range []struct{ name, sel string }{
		{"title", s.Title}, {"body", s.Body}, {"authors", s.Authors}, {"published", s.Published},
	} {
		if f.sel == "" {
			continue
		}
		if _, err := cascadia.ParseGroup(f.sel); err != nil {
			errs = append(errs, fmt.Errorf("extract: selector %s %q: %w", f.name, f.sel, err))
		}
	}
	return errors.Join(errs...)
}
