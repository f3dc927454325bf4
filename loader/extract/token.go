package extract

import (
	"strings"
	"unicode"
)

// token is one word, number or punctuation mark of a sentence.
type token struct {
	s, e  int    // rune offsets in the text, e exclusive
	text  string // as written
	fold  string // folded (lower-case ASCII-ish)
	stem  string // stem(fold), for lexicon look-ups
	word  bool   // letters or digits
	cap   bool   // starts with an upper-case letter
	acro  bool   // two or more letters, all upper case ("BND", "U.S.")
	num   bool   // starts with a digit
	quote bool   // a quotation mark
	open  bool   // for quotes: opens a quotation
	inq   bool   // inside a quotation
	wrong int8   // wrongWord's answer: 0 not asked yet, 1 yes, 2 no
	// licensed: the article has established that what this sentence
	// reports of a party is an alleged wrong (see licenseDenied), so the
	// wrongdoing tests pass on it.
	licensed bool
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// tokenize splits rs[s:e] into tokens. It runs once per sentence and keeps
// every decision local to a rune or two, so it is linear in the text.
func tokenize(rs []rune, s, e int) []token {
	toks := make([]token, 0, (e-s)/5+4)
	inQuote := false
	for i := s; i < e; {
		r := rs[i]
		if unicode.IsSpace(r) {
			i++
			continue
		}
		if isWordRune(r) || r == '$' || r == '£' || r == '€' {
			j := i + 1
			for j < e {
				c := rs[j]
				if isWordRune(c) {
					j++
					continue
				}
				if j+1 < e && isWordRune(rs[j+1]) {
					if c == '-' || c == '‐' || c == '–' && unicode.IsLetter(rs[j-1]) && unicode.IsUpper(rs[j+1]) || c == '\'' || c == '’' || c == '.' || c == '/' {
						j++
						continue
					}
					if c == ',' && unicode.IsDigit(rs[j-1]) && unicode.IsDigit(rs[j+1]) {
						j++
						continue
					}
				}
				// "WLAN- und Zahlungsinformationen": keep the hyphen.
				if c == '-' && (j+1 >= e || unicode.IsSpace(rs[j+1])) && unicode.IsLetter(rs[j-1]) {
					j++
				}
				// Trailing possessive apostrophe: "Reuters'".
				break
			}
			// A final dot belongs to abbreviations, initials and dotted
			// acronyms ("Inc.", "J.", "U.S.").
			if j < e && rs[j] == '.' {
				w := strings.ToLower(string(rs[i:j]))
				if abbreviations[w] || (j-i == 1 && unicode.IsUpper(rs[i])) || (strings.Contains(w, ".") && j-i <= 6) {
					j++
				}
			}
			toks = append(toks, newToken(rs, i, j))
			i = j
			continue
		}
		t := newToken(rs, i, i+1)
		if isQuoteRune(r) && !(r == '\'' || r == '’') || (r == '\'' || r == '’') && (i == s || !isWordRune(rs[i-1])) {
			t.quote = true
			if !inQuote {
				t.open = true
				inQuote = true
			} else if r != '„' {
				inQuote = false
			}
		}
		toks = append(toks, t)
		i++
	}
	// Mark tokens inside quotations.
	in := false
	for k := range toks {
		if toks[k].quote {
			in = toks[k].open
			continue
		}
		toks[k].inq = in
	}
	return toks
}

func isQuoteRune(r rune) bool {
	switch r {
	case '„', '“', '”', '"', '»', '«', '‚', '‘', '’', '\'', '›', '‹':
		return true
	}
	return false
}

func newToken(rs []rune, s, e int) token {
	text := string(rs[s:e])
	t := token{s: s, e: e, text: text}
	f := fold(text)
	t.fold = f
	t.stem = stem(f)
	r0 := rs[s]
	t.word = isWordRune(r0) || r0 == '$' || r0 == '£' || r0 == '€'
	t.cap = unicode.IsUpper(r0)
	t.num = unicode.IsDigit(r0) || r0 == '$' || r0 == '£' || r0 == '€'
	if t.word {
		letters, upper := 0, 0
		for _, r := range rs[s:e] {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
		t.acro = letters >= 2 && upper == letters
	}
	return t
}

// billingWords after "charged" mean a price asked, not a charge laid.
var billingWords = set("fees", "fee", "prices", "price", "interest", "rates", "rent", "premiums", "commission", "twice", "double", "extra", "tariffs", "surcharges", "per")

// senseBilling gives English "charged"/"charging" that bills someone the
// fold of "billed"/"billing": "Ofgem said Brightline had charged
// customers excessive fees" reports a deed, while every accusation frame
// reads "charged" as a charge laid ("prosecutors charged X with fraud").
// The sense is billing when a word of price or money follows within six
// words and no "with" comes first. Text and offsets stay as written.
func senseBilling(toks []token) {
	for j := range toks {
		f := toks[j].fold
		if f != "charged" && f != "charging" {
			continue
		}
		bill := false
		for k := j + 1; k < len(toks) && k <= j+6; k++ {
			g := toks[k].fold
			if g == "with" || g == "." || g == ";" || g == "of" {
				break
			}
			if billingWords[g] || strings.ContainsAny(toks[k].text, "£$€%") {
				bill = true
				break
			}
		}
		if !bill {
			continue
		}
		if f == "charged" {
			toks[j].fold = "billed"
		} else {
			toks[j].fold = "billing"
		}
		toks[j].stem = stem(toks[j].fold)
	}
}
