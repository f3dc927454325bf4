package input

import (
	"strings"
	"time"
)

// dateLayouts are the forms a published date may take in JSON and front
// matter, most common first: ISO dates and RFC 3339, the same without a
// zone or with a space, and the unambiguous forms people type (German
// day.month.year with dots, month names). Slash dates (03/04/2026) are not
// accepted: whether they mean March or April depends on the writer.
var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"02.01.2006",
	"2.1.2006",
	time.RFC1123Z,
	time.RFC1123,
	"2 January 2006",
	"January 2, 2006",
	"2 Jan 2006",
	"Jan 2, 2006",
}

// parseDate reads a date. Times without a zone are taken as UTC, so the
// result does not depend on the machine's zone. ok is false for anything
// else, and for years outside 1800–2200, which are typos, not news.
func parseDate(s string) (t time.Time, ok bool) {
	s = strings.TrimSpace(s)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			if y := t.Year(); y < 1800 || y > 2200 {
				return time.Time{}, false
			}
			return t, true
		}
	}
	return time.Time{}, false
}
