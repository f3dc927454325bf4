package extract

import (
	"strings"

	"github.com/claimgraph/claimgraph"
)

// English reports often tell a misdeed in plain words of what was done,
// with no word of the wrongdoing list: "had failed to tell Defence about
// the test failures", "approved the deliveries without examining the test
// data", "agreed not to bid for each other's contracts", "was warned by
// its bank and carried on regardless". plainDeedEN reads these shapes from
// the word at k and the few words after it. Each shape names the wrong by
// its grammar (a duty left undone, a warning disregarded, a rival's bid
// withheld, a rule got around), so that the neutral deeds of business
// ("had cut 200 jobs", "had failed to win the contract", "delivered its
// sights without delay") stay neutral.
//
// Like the phrases of the wrongdoing list, a shape is read whole from its
// first word wherever the range asked about ends: callers ask one word at
// a time.
func plainDeedEN(toks []token, k int) bool {
	f := toks[k].fold
	switch {
	case intentAdverbsEN[f]:
		// "had deliberately kept the model out of its filings",
		// "wilfully misrepresented": done on purpose. A choice made on
		// purpose ("deliberately chose a smaller site") is no wrong in
		// itself.
		return k+1 < len(toks) && toks[k+1].word && !choiceVerbsEN[toks[k+1].fold] && !negatedBefore(toks, k)
	case f == "personally":
		// "had personally blocked the fix", "personally ordered cuts to
		// night staffing": a superior's own hand in the deed; a remedy
		// ordered ("personally ordered a review") is none.
		if k+1 >= len(toks) || !personalActsEN[toks[k+1].fold] {
			return false
		}
		for j := k + 2; j < len(toks) && j <= k+4; j++ {
			if remedyNounsEN[toks[j].fold] {
				return false
			}
		}
		return true
	case f == "allegedly":
		// "relationship managers allegedly helped clients …": the text
		// itself calls the deed an allegation.
		return true
	case f == "knowing":
		// "made 61 shipments …, knowing or having reasonable cause to
		// suspect that the goods were destined for Russia", "sold the
		// shares knowing that a profit warning was due".
		return k+1 < len(toks) && (toks[k+1].fold == "that" || toks[k+1].fold == "or" || toks[k+1].fold == "full") && !(k > 0 && (toks[k-1].fold == "without" || toks[k-1].fold == "not"))
	case f == "failed" || f == "failing" || f == "fails" || f == "fail":
		// "failed to tell Defence", "failed to make sure patients
		// received their medication", "failed to pass on case reports",
		// "failed to use its contractual right to audit": a duty left
		// undone ("failed to win the contract" is a loss).
		return k+2 < len(toks) && toks[k+1].fold == "to" && omittedDutyEN(toks, k+2)
	case f == "chose" || f == "chosen" || f == "decided" || f == "opted" || f == "elected":
		// "chose not to halt deliveries", "decided not to warn
		// customers": a duty declined.
		return k+3 < len(toks) && toks[k+1].fold == "not" && toks[k+2].fold == "to" && (omittedDutyEN(toks, k+3) || haltVerbsEN[toks[k+3].fold])
	case f == "refused" || f == "refusing":
		// "refused to pay the overtime it owed", "refused to recognise
		// the union".
		return k+2 < len(toks) && toks[k+1].fold == "to" && refusedDutiesEN[toks[k+2].fold]
	case f == "without":
		return withoutDutyEN(toks, k)
	case f == "should" || f == "ought":
		return shouldHaveFoundEN(toks, k)
	case f == "warned" || f == "alerted" || warnedEN[f] && k > 0 && passiveAux[toks[k-1].fold]:
		// ("told" and "informed" only as the one told: "X told Reuters
		// that …" opens speech.)
		return carriedOnEN(toks, k)
	case f == "agreed" || f == "agreeing" || f == "agree" || f == "agreement" || f == "colluded":
		return rivalPactEN(toks, k)
	case strings.HasPrefix(f, "relabel") || strings.HasPrefix(f, "mislabel") || strings.HasPrefix(f, "re-label"):
		// "relabelled at least 340 engine parts as agricultural
		// machinery": goods passed off as something else.
		for j := k + 1; j < len(toks) && j <= k+8; j++ {
			if toks[j].fold == "as" {
				return true
			}
			if !toks[j].word && !toks[j].num {
				return false
			}
		}
	case f == "turns" && k > 0 && (toks[k-1].fold == "took" || toks[k-1].fold == "take" || toks[k-1].fold == "taking" || toks[k-1].fold == "taken"):
		// "A and B took turns submitting the lowest bid", "took turns to
		// win council tenders": rivals who rotate the winning bid rig it.
		for j := k + 1; j < len(toks) && j <= k+6; j++ {
			if hasPrefixAny(toks[j].fold, []string{"bid", "tender", "contract", "auction"}) {
				return true
			}
			if !toks[j].word {
				return false
			}
		}
	case fixVerbsEN[f]:
		// "to fix the wholesale price of eggs", "told to 'fix the
		// numbers'", "cooked the books": prices or figures set by hand.
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			g := toks[j].fold
			if fixedThingsEN[g] {
				return true
			}
			if !toks[j].word || prepositions[g] {
				return false
			}
		}
	case breakVerbsEN[f]:
		// "broke the law", "had broken competition rules", "flouted the
		// planning conditions": a rule broken ("broke the record", "broke
		// its silence" break none).
		if negatedBefore(toks, k) {
			return false
		}
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			g := toks[j].fold
			if hasPrefixAny(g, brokenRulesEN) {
				return true
			}
			if !toks[j].word || prepositions[g] || isVerbLike(g) {
				return false
			}
		}
	case getAroundEN[f]:
		// "to get around the asset freeze", "skirted the export ban".
		lo := k + 1
		if k+1 < len(toks) && (toks[k+1].fold == "around" || toks[k+1].fold == "round") {
			lo = k + 2
		} else if !strings.HasPrefix(f, "skirt") && !strings.HasPrefix(f, "sidestep") && !strings.HasPrefix(f, "dodg") {
			return false
		}
		for j := lo; j < len(toks) && j <= lo+4; j++ {
			if hasPrefixAny(toks[j].fold, ruleObjectsEN) {
				return true
			}
		}
	case obstructVerbsEN[f]:
		// "discouraged staff from filing incident reports", "prevented
		// nurses from raising concerns": people kept from speaking up.
		for j := k + 1; j < len(toks) && j <= k+6; j++ {
			if toks[j].fold == "from" {
				return j+1 < len(toks) && hasPrefixAny(toks[j+1].fold, speakUpEN)
			}
			if !toks[j].word {
				return false
			}
		}
		// "blocked the fix", "stopped the recall": a remedy stopped.
		if f == "blocked" || f == "blocking" || f == "halted" || f == "suppressed" || f == "shelved" {
			for j := k + 1; j < len(toks) && j <= k+3; j++ {
				if blockedRemediesEN[toks[j].fold] {
					return true
				}
			}
		}
	case f == "pressed" || f == "pushed" || f == "leaned":
		// "had pressed officials to fast-track a grant", "pushed nurses
		// to work unpaid shifts": undue pressure on those who decide or
		// work.
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if pressedPeopleEN[toks[j].fold] {
				return j+1 < len(toks) && toks[j+1].fold == "to"
			}
		}
	case f == "only":
		// "submitted only the passing results": the failures kept back.
		for j := k + 1; j < len(toks) && j <= k+2; j++ {
			if favourableEN[toks[j].fold] {
				return j+1 < len(toks) && resultNounsEN[toks[j+1].fold]
			}
		}
	case f == "pocketed" || f == "pocketing" || f == "skimmed" || f == "skimming":
		// "pocketed the difference", "skimmed money from the fund" ("pocketed
		// a profit of $5 million" is a sale's gain).
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if takenMoneyEN[toks[j].fold] {
				return true
			}
		}
	case f == "times":
		// "billed the ministry for parts at up to five times the prices
		// it charged export customers": a price many times the fair one.
		if k+2 < len(toks) && toks[k+1].fold == "the" && hasPrefixAny(toks[k+2].fold, []string{"price", "rate", "market", "cost", "going"}) {
			for j := max(k-12, 0); j < k; j++ {
				if g := toks[j].fold; g == "billed" || g == "billing" || g == "charged" || g == "charging" || g == "invoiced" || g == "overcharged" {
					return true
				}
			}
		}
	case f == "fact" || f == "actually":
		// "safety certificates … that had in fact been issued for an
		// earlier, different model": papers that belong to something else.
		if f == "fact" && !(k > 0 && toks[k-1].fold == "in") {
			return false
		}
		doc := false
		for j := max(k-10, 0); j < k; j++ {
			if hasPrefixAny(toks[j].fold, paperNounsEN) {
				doc = true
			}
		}
		if !doc {
			return false
		}
		for j := k + 1; j < len(toks) && j <= k+10; j++ {
			if g := toks[j].fold; g == "different" || g == "another" || g == "earlier" || g == "older" || g == "never" || g == "else" {
				return true
			}
		}
	case f == "passports" || f == "passport":
		// "supervisors kept the passports of new arrivals", "held workers'
		// passports": papers kept from their owners tie them to the job.
		// Only the owners' words stand between verb and papers ("held
		// talks over the passports office lease" is none).
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			switch toks[j].fold {
			case "kept", "keeping", "held", "holding", "retained", "retaining", "took", "taking", "taken", "collected", "seized", "withheld", "keep", "hold", "retain":
				return true
			}
			if t := toks[j]; !(articles[t.fold] || possessives[t.fold] || t.fold == "its" || t.fold == "their" || t.fold == "'" || t.fold == "’" ||
				strings.HasSuffix(t.text, "s'") || strings.HasSuffix(t.text, "'s") || strings.HasSuffix(t.text, "’s")) {
				return false
			}
		}
	case f == "above" || f == "over" || f == "beyond" || f == "exceeding":
		// "bought cargoes at up to $18 a barrel above the cap", "sold
		// oil above the price ceiling": a limit passed.
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if g := toks[j].fold; g == "cap" || g == "ceiling" || g == "caps" {
				return true
			}
		}
	case entrustersEN[f]:
		// "moved client money into its own accounts", "used customers'
		// deposits to pay its own debts": money held for others put to
		// one's own use.
		n := k + 1
		if n < len(toks) && (toks[n].fold == "'" || toks[n].fold == "’") {
			n++
		}
		if n >= len(toks) || !entrustedMoneyEN[toks[n].fold] {
			return false
		}
		for j := n + 1; j < len(toks) && j <= n+8 && toks[j].text != "," && toks[j].text != ";"; j++ {
			if toks[j].fold == "own" && (toks[j-1].fold == "its" || toks[j-1].fold == "his" || toks[j-1].fold == "her" || toks[j-1].fold == "their") {
				return true
			}
		}
	case f == "tipped":
		// "had tipped off the company before unannounced inspections",
		// "tipped the owners off about the raid": those to be checked
		// warned of the check.
		return tippedOffEN(toks, k)
	case leakVerbsEN[f]:
		return leakedInfoEN(toks, k)
	case f == "knowledge":
		// "supplied Russia's war industry in full knowledge of what it was
		// doing".
		return k > 1 && toks[k-1].fold == "full" && toks[k-2].fold == "in"
	case f == "meet" || f == "met" || f == "meeting" || f == "satisfy":
		// "plates that did not meet the contracted protection standard",
		// "failed to meet safety requirements".
		if !(k > 0 && (toks[k-1].fold == "not" || toks[k-1].fold == "never" || toks[k-1].fold == "n't" || toks[k-1].fold == "to" && k > 1 && strings.HasPrefix(toks[k-2].fold, "fail"))) {
			return false
		}
		for j := k + 1; j < len(toks) && j <= k+5; j++ {
			if hasPrefixAny(toks[j].fold, []string{"standard", "specification", "requirement", "spec", "regulation", "obligation"}) {
				return true
			}
			if !toks[j].word {
				return false
			}
		}
	}
	return false
}

var (
	intentAdverbsEN = set("deliberately", "intentionally", "wilfully", "willfully", "purposely", "purposefully")
	choiceVerbsEN   = set("chose", "chosen", "choose", "chooses", "choosing", "opted", "decided", "designed", "planned")
	personalActsEN  = set("blocked", "overruled", "vetoed", "intervened", "pressed", "pressured", "instructed", "ordered", "directed", "authorised", "authorized",
		"closed", "halted", "scrapped", "suppressed", "shelved", "killed", "cancelled", "canceled", "removed", "deleted")
	// (Nor is a deal closed: "personally closed the sale".)
	remedyNounsEN = set("review", "investigation", "inquiry", "audit", "recall", "evacuation", "probe", "inspection", "inspections", "checks", "check", "refund", "refunds", "repairs",
		"deal", "sale", "agreement", "transaction", "acquisition", "merger", "contract")
	// omitted duties after "failed to": telling, passing on, making sure,
	// using a right to check, keeping records, stopping harm.
	failedDutiesEN = []string{"tell", "pass", "ensure", "call", "seek", "treat", "examine", "evacuate", "alert", "record", "investigat", "address", "stop", "consult", "enforce", "declare", "register",
		"refund", "repay", "honour", "honor", "train", "test", "hand", "conduct", "audit", "safeguard", "intervene", "follow", "carry", "escalat",
		"report", "disclose", "notify", "inform", "protect", "comply", "pay", "warn", "recall", "prevent", "maintain", "inspect", "monitor", "supervise", "check", "verif", "act"}
	haltVerbsEN     = set("halt", "stop", "suspend", "pause", "withdraw", "recall", "intervene", "ground")
	refusedDutiesEN = set("pay", "refund", "repay", "recognise", "recognize", "reinstate", "compensate", "disclose", "release", "cooperate", "co-operate", "comply", "hand", "honour", "honor")
	warnedEN        = set("warned", "told", "alerted", "notified", "informed", "advised")
	fixVerbsEN      = set("fix", "fixed", "fixing", "cook", "cooked", "cooking", "fudge", "fudged", "fudging", "massage", "massaged", "massaging")
	fixedThingsEN   = set("numbers", "figures", "books", "accounts", "results", "data", "statistics", "readings", "scores", "price", "prices", "rates", "bids", "tenders", "odds", "match", "matches", "fees")
	getAroundEN     = set("get", "gets", "got", "getting", "gotten", "skirt", "skirted", "skirting", "sidestep", "sidestepped", "sidestepping", "dodge", "dodged", "dodging")
	breakVerbsEN    = set("broke", "broken", "breaking", "breaks", "break", "flouted", "flouting", "flouts", "flout")
	brokenRulesEN   = []string{"law", "rule", "regulation", "sanction", "embargo", "ban", "code", "licen", "condition", "statut", "covenant"}
	ruleObjectsEN   = []string{"sanction", "freeze", "ban", "embargo", "rule", "limit", "control", "restriction", "law", "cap", "regulation", "tax", "dut", "tariff", "oversight", "licen"}
	obstructVerbsEN = set("discouraged", "discouraging", "prevented", "preventing", "stopped", "stopping", "barred", "barring", "deterred", "dissuaded", "forbade", "blocked",
		"blocking", "halted", "suppressed", "shelved")
	speakUpEN = []string{"filing", "reporting", "raising", "speaking", "joining", "complaining", "contacting", "talking", "testifying", "cooperating", "co-operating",
		"giving evidence", "whistleblow", "organising", "organizing", "unionis", "unioniz", "voting"}
	blockedRemediesEN = set("fix", "recall", "repair", "repairs", "investigation", "inquiry", "probe", "audit", "disclosure", "publication", "refund", "refunds",
		"compensation", "payout", "payouts", "redress", "inspection", "inspections")
	pressedPeopleEN = set("officials", "official", "civil", "regulators", "inspectors", "auditors", "staff", "employees", "doctors", "nurses", "workers", "officers",
		"police", "prosecutors", "judges", "witnesses", "managers", "engineers", "drivers")
	favourableEN    = set("passing", "favourable", "favorable", "positive", "successful", "best", "good", "clean")
	resultNounsEN   = set("results", "result", "tests", "test", "samples", "data", "figures", "readings", "scores", "batches")
	takenMoneyEN    = set("difference", "savings", "money", "cash", "funds", "subsidy", "subsidies", "grants", "grant", "deposits", "tips", "wages", "rest", "fees", "off", "from")
	paperNounsEN    = []string{"certificate", "document", "invoice", "record", "paper", "licence", "license", "permit", "label", "declaration", "receipt"}
	withoutDutiesEN = []string{"tell", "inform", "notif", "warn", "consult", "check", "examin", "inspect", "test", "verif", "record", "report", "alert", "review", "assess",
		"declar", "disclos", "pay", "follow", "carry", "involv", "document", "pass", "refer", "escalat"}
	// A thing absent that the deed needed: "without adequate checks",
	// "without proper oversight".
	withoutCareEN = set("checks", "oversight", "safeguards", "testing", "training", "supervision", "scrutiny", "controls", "diligence", "notice", "inspection", "inspections", "assessment",
		// "left her mother without water for two days": care withheld.
		"water", "food", "medication", "medicine", "pain", "heating")
)

// supportingPapersEN show what a payment was for.
var supportingPapersEN = set("documents", "documentation", "evidence", "invoices", "receipts", "paperwork", "records")

// entrustersEN hold money with a firm; entrustedMoneyEN is what they
// hold there.
var (
	entrustersEN     = set("client", "clients", "customer", "customers", "investor", "investors", "depositor", "depositors", "member", "members", "pensioner", "pensioners", "tenants", "tenant", "patients")
	entrustedMoneyEN = set("money", "monies", "funds", "fund", "deposits", "deposit", "savings", "assets", "contributions", "premiums", "cash")
)

// tippedOffEN: "tipped" at k with "off" in the next few words and a
// check the tip-off forestalled after it ("tipped off the company before
// unannounced inspections", "tipped off suspects ahead of the raids").
// A tip-off to the police or a paper ("tipped off investigators about
// the scheme") names no check to be forestalled.
func tippedOffEN(toks []token, k int) bool {
	off := false
	for j := k + 1; j < len(toks) && j <= k+12; j++ {
		g := toks[j].fold
		if !toks[j].word && !toks[j].num {
			return false
		}
		if g == "off" {
			off = true
			continue
		}
		if off && (g == "before" || g == "about" || g == "ahead" || g == "of" || g == "to") && j+1 < len(toks) {
			for i := j + 1; i < len(toks) && i <= j+4; i++ {
				if hasPrefixAny(toks[i].fold, forestalledChecksEN) {
					return true
				}
			}
		}
	}
	return false
}

// forestalledChecksEN are checks a tip-off defeats.
var forestalledChecksEN = []string{"inspection", "raid", "search", "audit", "spot", "unannounced", "surprise", "visit", "check", "arrest", "investigat", "sting"}

// leakVerbsEN pass something on to someone.
var leakVerbsEN = set("passed", "passing", "shared", "sharing", "handed", "handing", "gave", "giving", "forwarded", "forwarding", "sent", "sending", "disclosed",
	"disclosing", "revealed", "revealing", "emailed", "emailing", "fed", "feeding", "supplied", "supplying")

// leakedInfoEN: the verb at k passes on what the one who holds it must
// keep back: a rival's bid or price in a tender ("passed details of rival
// bids to Greyfield before final offers were due", "shared competitors'
// pricing with the winning firm"), or confidential papers taken to a
// private or rival address ("forwarded more than 3,000 confidential
// customer files to a personal email address"). Confidential papers
// passed to a regulator or the police are a disclosure the law protects,
// and are left alone.
func leakedInfoEN(toks []token, k int) bool {
	secret := false
	for j := k + 1; j < len(toks) && j <= k+10; j++ {
		g := toks[j].fold
		if !toks[j].word && !toks[j].num && g != "'" && g != "’" {
			return false
		}
		if (strings.HasPrefix(g, "rival") || strings.HasPrefix(g, "competi")) && j+1 < len(toks) {
			n := j + 1
			if n+1 < len(toks) && (toks[n].fold == "'" || toks[n].fold == "’") {
				n++
			}
			if rivalOffersEN[toks[n].fold] {
				return true
			}
		}
		if g == "confidential" || g == "secret" || g == "classified" {
			secret = true
		}
		if secret && g == "to" {
			for i := j + 1; i < len(toks) && i <= j+3; i++ {
				if h := toks[i].fold; h == "personal" || h == "private" || strings.HasPrefix(h, "rival") || strings.HasPrefix(h, "competitor") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// rivalOffersEN are what a rival bids in a tender.
var rivalOffersEN = set("bids", "bid", "offers", "offer", "tenders", "tender", "quotes", "quotations", "prices", "pricing", "proposals", "submissions")

// negatedBefore: "not" or "never" right before k ("had not deliberately
// misled anyone" is a denial's words).
func negatedBefore(toks []token, k int) bool {
	return k > 0 && (toks[k-1].fold == "not" || toks[k-1].fold == "never" || toks[k-1].fold == "n't")
}

// omittedDutyEN: the verb at j (an adverb may stand before it) is a duty
// whose omission is the wrong; "failed to use its right to audit",
// "failed to make sure", "failed to take action", "failed to keep
// records" need their object.
func omittedDutyEN(toks []token, j int) bool {
	if j < len(toks) && strings.HasSuffix(toks[j].fold, "ly") && j+1 < len(toks) {
		j++ // "failed to properly check"
	}
	if j >= len(toks) {
		return false
	}
	g := toks[j].fold
	switch g {
	case "make":
		return j+1 < len(toks) && toks[j+1].fold == "sure"
	case "use":
		for i := j + 1; i < len(toks) && i <= j+4; i++ {
			if h := toks[i].fold; h == "right" || h == "rights" || h == "powers" || h == "power" || h == "authority" {
				return true
			}
		}
		return false
	case "take":
		return j+1 < len(toks) && (toks[j+1].fold == "action" || toks[j+1].fold == "steps" || toks[j+1].fold == "measures" || toks[j+1].fold == "reasonable" || toks[j+1].fold == "any")
	case "keep":
		for i := j + 1; i < len(toks) && i <= j+3; i++ {
			if h := toks[i].fold; recordWords[h] || h == "safe" || h == "track" || h == "proper" || h == "accurate" {
				return true
			}
		}
		return false
	case "pass":
		// "failed to pass on case reports", "failed to pass a single
		// dollar on to the crew" ("failed to pass the bill").
		for i := j + 1; i < len(toks) && i <= j+6; i++ {
			if toks[i].fold == "on" {
				return true
			}
		}
		return false
	case "carry":
		return j+1 < len(toks) && toks[j+1].fold == "out"
	case "respond", "return", "provide", "reply", "comment":
		// "failed to respond to requests for comment", "failed to return
		// calls", "failed to provide evidence": no duty of the accused.
		return false
	}
	// "failed to record a profit", "failed to secure a majority": a
	// result missed, no duty.
	for i := j + 1; i < len(toks) && i <= j+4; i++ {
		if performanceNounsEN[toks[i].fold] {
			return false
		}
	}
	return hasPrefixAny(g, failedDutiesEN)
}

var performanceNounsEN = set("profit", "profits", "growth", "gain", "gains", "win", "victory", "sales", "revenue", "target", "targets", "goal", "goals", "majority",
	"seat", "seats", "points", "quorum", "loss", "losses", "increase")

// withoutDutyEN: "approved the deliveries without examining the raw test
// data", "changed the composition without telling Harcourt", "closed the
// alerts without recording any reason", "moved money without adequate
// checks": a deed done past the care or notice it required ("without
// delay", "without a hitch" are none).
func withoutDutyEN(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		g := toks[j].fold
		if !toks[j].word {
			return false
		}
		if strings.HasSuffix(g, "ing") && hasPrefixAny(g, withoutDutiesEN) {
			return true
		}
		if withoutCareEN[g] || g == "due" && j+1 < len(toks) && toks[j+1].fold == "diligence" {
			return true
		}
		// "approved 41 of the payments without supporting documents",
		// "paid the invoices without receipts": money let go with nothing
		// to show what it was for.
		if g == "receipts" || g == "supporting" && j+1 < len(toks) && supportingPapersEN[toks[j+1].fold] {
			return true
		}
		// "had known about midwife shortages for more than a year
		// without taking action".
		if g == "taking" && j+1 < len(toks) && (toks[j+1].fold == "action" || toks[j+1].fold == "steps" || toks[j+1].fold == "any" && j+2 < len(toks) && toks[j+2].fold == "action") {
			return true
		}
		if !(articles[g] || g == "any" || g == "adequate" || g == "proper" || g == "sufficient" || g == "appropriate" || g == "first" || g == "properly" || g == "ever" || g == "even" || g == "necessary" || g == "required" || g == "prior" || g == "independent") {
			return false
		}
	}
	return false
}

// carriedOnEN: "had been warned about quality problems … and chose not
// to halt deliveries", "was warned by its bank about this customer and
// carried on regardless", "had been told … that the machines were going
// north and shipped them anyway", "warned it about Varda, but the
// company went ahead anyway": a warning heard and the deed kept up.
func carriedOnEN(toks []token, k int) bool {
	passive := k > 0 && (passiveAux[toks[k-1].fold] || k > 1 && passiveAux[toks[k-2].fold])
	joined := false
	for j := k + 1; j < len(toks) && j <= k+30; j++ {
		g := toks[j].fold
		if g == "." || g == ";" {
			return false
		}
		if g == "and" || g == "but" || g == "yet" {
			joined = true
			continue
		}
		if !joined {
			continue
		}
		switch g {
		case "anyway", "regardless", "nonetheless", "nevertheless":
			return true
		case "carried", "pressed", "ploughed", "plowed":
			if j+1 < len(toks) && (toks[j+1].fold == "on" || toks[j+1].fold == "ahead") {
				return true
			}
		case "chose", "decided", "opted":
			if j+1 < len(toks) && toks[j+1].fold == "not" {
				return true
			}
		case "did":
			// "was told of dosing errors … but did not issue a safety
			// notice until March": a duty left undone after the warning.
			if j+1 < len(toks) && toks[j+1].fold == "nothing" || j+2 < len(toks) && toks[j+1].fold == "not" && (omittedDutyEN(toks, j+2) || issueNoticeEN(toks, j+2)) {
				return true
			}
		case "took":
			if j+2 < len(toks) && toks[j+1].fold == "no" && toks[j+2].fold == "action" {
				return true
			}
		case "ignored", "disregarded", "brushed", "dismissed":
			// "had been warned twice about faulty welds and had
			// \"ignored both warnings\"", "was alerted to the defects but
			// disregarded the reports": the warning itself set aside.
			if g != "brushed" || j+1 < len(toks) && (toks[j+1].fold == "aside" || toks[j+1].fold == "off") {
				return true
			}
		case "kept", "continued", "went":
			// The subject warned and then went on: only a passive
			// warning says whose the deed is ("was warned … but kept
			// selling").
			if passive {
				return true
			}
		}
	}
	return false
}

// rivalPactEN: competitors agreeing not to compete — "agreed between 2019
// and 2025 not to bid for contracts at schools supplied by the others",
// "agreed to divide supermarket contracts among themselves".
func rivalPactEN(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		g := toks[j].fold
		if g == "." || g == ";" {
			return false
		}
		if g == "not" && j+2 < len(toks) && toks[j+1].fold == "to" {
			switch toks[j+2].fold {
			case "bid", "compete", "tender", "poach", "hire", "undercut", "approach", "solicit", "target", "enter", "pitch":
				return true
			}
		}
		if g == "to" && j+1 < len(toks) {
			switch toks[j+1].fold {
			case "divide", "split", "share", "allocate", "carve", "rotate", "parcel":
				for i := j + 2; i < len(toks) && i <= j+10; i++ {
					if h := toks[i].fold; h == "themselves" || hasPrefixAny(h, []string{"market", "customer", "territor", "region", "contract", "tender", "client", "bid"}) {
						return true
					}
				}
			}
		}
	}
	return false
}

// warnedPassiveEN: the passive that follows the subject at v is one of
// being warned, and the clause goes on with the deed kept up ("Halden had
// been warned about cracks and carried on regardless"): the subject is
// the wrongdoer, not a victim.
func warnedPassiveEN(toks []token, v int) bool {
	for j := v; j < len(toks) && j <= v+3; j++ {
		if warnedEN[toks[j].fold] || toks[j].fold == "warned" {
			return carriedOnEN(toks, j)
		}
	}
	return false
}

// negatedDeedEN: the negation at j belongs to a deed told in plain words
// ("agreed not to bid", "chose not to halt deliveries", "did not meet the
// standard"); it takes nothing back.
func negatedDeedEN(toks []token, j int) bool {
	if toks[j].fold != "not" && toks[j].fold != "n't" {
		return false
	}
	if j+1 < len(toks) && plainDeedEN(toks, j+1) {
		return true
	}
	for i := max(j-30, 0); i < j; i++ {
		// "was told of the errors but did not issue a notice".
		if warnedEN[toks[i].fold] && passiveAux[toks[max(i-1, 0)].fold] && carriedOnEN(toks, i) {
			return true
		}
		if i < j-8 {
			continue
		}
		switch toks[i].fold {
		case "agreed", "agreeing", "agree", "agreement", "colluded", "chose", "chosen", "decided", "opted", "elected":
			if plainDeedEN(toks, i) {
				return true
			}
		}
	}
	return false
}

// unitNounsEN are parts and people of a body that act for it when named
// in its possessive: "the ministry's project office", "Ormonde's
// relationship managers", "Kovarik's export department".
var unitNounsEN = set("office", "department", "unit", "division", "team", "arm", "branch", "desk", "staff", "managers", "officials", "executives", "employees",
	"bosses", "directors", "management", "leadership", "board", "engineers", "traders", "bankers", "salespeople", "supervisors")

// possOpener: the organisation p, in the possessive, opens the clause at
// k (after an article at most); it returns the token after its "'s".
func possOpener(toks []token, p part, k int) (int, bool) {
	if p.prep != "poss" || !p.e.isOrg() || p.e.typ == claimgraph.Publication || !(p.m.t0 == k || p.m.t0 == k+1 && articles[toks[k].fold]) {
		return 0, false
	}
	j := p.m.t1
	if j < len(toks) && (toks[j].text == "'s" || toks[j].text == "’s" || toks[j].text == "'" || toks[j].text == "’") {
		j++
	}
	return j, true
}

// possUnitSubjectEN: the party p, in the possessive, opens the reported
// clause at k ("the Department of Defence's project office had …") and
// up to three lower-case words after it end in a unit of the body right
// before the clause's verb.
func possUnitSubjectEN(toks []token, p part, k int) bool {
	j, ok := possOpener(toks, p, k)
	if !ok {
		return false
	}
	for i := j; i < len(toks) && i <= j+2; i++ {
		if !toks[i].word || toks[i].cap {
			return false
		}
		if unitNounsEN[toks[i].fold] {
			return i+1 < len(toks) && (looksFiniteEN(toks[i+1]) || toks[i+1].fold == "allegedly" || toks[i+1].fold == "also")
		}
	}
	return false
}

// possPaperSubjectEN: the party p, in the possessive, opens the clause
// at k (see possUnitSubjectEN) and up to two lower-case words after it
// end in papers it issues ("Norfield's export declarations falsely
// described …", "the company's accounts overstated …", "Halden's
// invoices had been falsified"): what its papers say or suffer is its
// deed. In the passive only a falsification is ("Halden's accounts were
// hacked" names a victim).
func possPaperSubjectEN(toks []token, p part, k int) bool {
	j, ok := possOpener(toks, p, k)
	if !ok {
		return false
	}
	for i := j; i < len(toks) && i <= j+2; i++ {
		if !toks[i].word || toks[i].cap {
			return false
		}
		if !papersOfBodyEN[toks[i].fold] {
			continue
		}
		v := i + 1
		for v < len(toks) && strings.HasSuffix(toks[v].fold, "ly") && toks[v].word {
			v++ // "falsely described"
		}
		if v >= len(toks) {
			return false
		}
		perfect := toks[v].fold == "had" || toks[v].fold == "has" || toks[v].fold == "have"
		if perfect && !(v+1 < len(toks) && toks[v+1].fold == "been") {
			return true // "had overstated its cash"
		}
		if passiveAux[toks[v].fold] || perfect {
			for x := v + 1; x < len(toks) && x <= v+3; x++ {
				if hasPrefixAny(toks[x].fold, falsifiedEN) {
					return true
				}
				if !toks[x].word {
					return false
				}
			}
			return false
		}
		return looksFiniteEN(toks[v])
	}
	return false
}

// papersOfBodyEN are papers a body issues and answers for.
var papersOfBodyEN = set("declarations", "declaration", "invoices", "invoice", "accounts", "filings", "filing", "statements", "records", "books", "adverts", "advertisements",
	"labels", "certificates", "returns", "logs", "prospectus", "disclosures", "submissions", "figures", "brochures", "paperwork")

// falsifiedEN are participles of papers made false.
var falsifiedEN = []string{"falsif", "forged", "doctored", "altered", "backdated", "manipulated", "fabricated", "tampered", "inflated", "cooked"}

// clauseOpensAt: only an article stands between the start of the
// sentence (or a comma or colon) and the name at t0.
func clauseOpensAt(toks []token, t0 int) bool {
	j := t0 - 1
	if j >= 0 && articles[toks[j].fold] {
		j--
	}
	return j < 0 || toks[j].text == "," || toks[j].text == ":" || toks[j].text == ";"
}

// instructVerbsEN: orders and pressure passed down ("had been instructed
// by", "was told by", "were pressured by").
var instructVerbsEN = set("instructed", "told", "ordered", "pressured", "pressed", "asked", "forced", "directed", "urged", "encouraged", "pushed", "made")

// directiveDeed reports an order or approval given in the clause from
// token from to end: "managers had told new hires to start routes",
// "had ordered staff to reclassify spills", "Korff habe die Änderungen
// angeordnet", "habe die Praxis gekannt und gebilligt". Told by an
// insider who asked not to be named, such an order is the charge against
// the one who gave it, though no word of it names misconduct.
func directiveDeed(toks []token, from, end int) bool {
	for j := from; j < end && j < len(toks); j++ {
		f := toks[j].fold
		if instructVerbsEN[f] && f != "asked" && f != "made" {
			// ("told new hires to start", "told supervisors in a
			// September meeting to …": an order to do something.)
			for q := j + 1; q < end && q <= j+8; q++ {
				if toks[q].fold == "to" && q+1 < len(toks) && (toks[q+1].word && !toks[q+1].cap || toks[q+1].quote) {
					return true
				}
				if toks[q].text == "," {
					break
				}
			}
		}
		switch f {
		case "angeordnet", "anordnete", "gebilligt", "billigte", "veranlasst", "veranlasste", "condoned", "gedraengt", "gedrängt":
			return true
		case "angewiesen", "wies":
			// ("sei auf Spenden angewiesen": dependent, no order.)
			for q := from; q < j; q++ {
				if toks[q].fold == "auf" {
					return false
				}
			}
			return true
		}
	}
	return false
}

// superiorsEN are those above the speaker at a body: "her superiors at
// Crestline", "managers at the firm".
var superiorsEN = set("superiors", "superior", "managers", "manager", "bosses", "boss", "supervisors", "supervisor", "executives", "directors", "line", "seniors")

// instructedByEN reads a reported clause at k that opens with a pronoun
// or unnamed staff told by a party to do a wrong: "she had been
// instructed by her superiors at Crestline to 'fix the numbers'", "staff
// were told by Harlow Foods to backdate the logs". It returns the party
// that gave the order (a body for its managers), or nil.
func (d *doc) instructedByEN(s int, parts []part, k int) *part {
	toks := d.sents[s].toks
	i := k
	for n := 0; n < 3 && i < len(toks) && toks[i].word && !toks[i].cap; n++ {
		if passiveAux[toks[i].fold] || toks[i].fold == "had" || toks[i].fold == "has" || toks[i].fold == "have" {
			break
		}
		i++
	}
	if i == k || i >= len(toks) {
		return nil
	}
	// "had been", "was", "were", "have been".
	if f := toks[i].fold; (f == "had" || f == "has" || f == "have") && i+1 < len(toks) && toks[i+1].fold == "been" {
		i += 2
	} else if f == "was" || f == "were" {
		i++
	} else {
		return nil
	}
	if i+2 >= len(toks) || !instructVerbsEN[toks[i].fold] || toks[i+1].fold != "by" {
		return nil
	}
	by := i + 1
	// The agent: a party right after "by", or superiors at a party.
	var agent *part
	for q := range parts {
		p := parts[q]
		if p.m.t0 <= by || p.m.t0 > by+5 || p.e.typ == claimgraph.Document || p.e.typ == claimgraph.Publication {
			continue
		}
		if p.m.t0 == by+1 || p.m.t0 == by+2 && articles[toks[by+1].fold] {
			agent = &parts[q]
			break
		}
		// "by her superiors at Crestline", "by senior managers of the
		// trust".
		boss := false
		for j := by + 1; j < p.m.t0; j++ {
			if superiorsEN[toks[j].fold] {
				boss = true
			}
		}
		if boss && p.e.isOrg() && (p.prep == "at" || p.prep == "of" || toks[p.m.t0-1].fold == "at" || toks[p.m.t0-1].fold == "of") {
			agent = &parts[q]
		}
		break
	}
	if agent == nil {
		return nil
	}
	// The order itself: "to" and a wrong deed.
	for j := agent.m.t1; j < len(toks) && j <= agent.m.t1+3; j++ {
		if toks[j].fold == "to" {
			end := len(toks)
			for q := j + 1; q < len(toks); q++ {
				if toks[q].text == ";" || toks[q].text == "." {
					end = q
					break
				}
			}
			if hasWrongdoing(toks, j+1, end) {
				return agent
			}
			return nil
		}
	}
	return nil
}

// issueNoticeEN: "issue a safety notice", "issue a recall", "publish a
// warning": the notice owed to those at risk.
func issueNoticeEN(toks []token, j int) bool {
	if j >= len(toks) || (toks[j].fold != "issue" && toks[j].fold != "publish" && toks[j].fold != "send") {
		return false
	}
	for i := j + 1; i < len(toks) && i <= j+4; i++ {
		if g := toks[i].fold; g == "notice" || g == "recall" || g == "warning" || g == "alert" || g == "advisory" {
			return true
		}
	}
	return false
}

// unnamedManagersEN reads a reported clause at k that opens with a body's
// unnamed organ or staff ("senior managers had discouraged staff from
// filing reports", "executives had deliberately kept …") and states a
// wrong: it returns the body the story is about (the salient company, or
// a body of any kind for its managers and board), and the organ word.
func (d *doc) unnamedManagersEN(s, k int, speaker *entity) (*entity, int) {
	toks := d.sents[s].toks
	// A named person whose body the text did not tie to her may speak
	// for a union or the firm itself ("…, a nurse who chairs the union's
	// committee. She said managers had …"): whose managers, and whose
	// charge, is unsure.
	if speaker.typ == claimgraph.Official && !speaker.anon && speaker.affil == nil {
		return nil, -1
	}
	h := -1
	for j := k; j < len(toks) && j <= k+2; j++ {
		if organWords[toks[j].fold] || toks[j].fold == "officials" || toks[j].fold == "supervisors" {
			h = j
			break
		}
	}
	if h < 0 || h+1 >= len(toks) || !looksFiniteEN(toks[h+1]) && toks[h+1].fold != "allegedly" && !intentAdverbsEN[toks[h+1].fold] {
		return nil, h
	}
	end := len(toks)
	for j := h + 1; j < len(toks); j++ {
		if clauseStop(toks[j]) {
			end = j
			break
		}
	}
	if passiveAt(toks, h+1, end) || !reportedWrongdoing(toks, h+1, end) && !(speaker.insider && directiveDeed(toks, h+1, end)) {
		return nil, h
	}
	for j := h + 1; j < end; j++ {
		switch toks[j].fold {
		case "not", "never", "no", "didn't", "hadn't", "wasn't":
			if !omittedDuty(toks, j) && !negatedDeedEN(toks, j) {
				return nil, h
			}
		}
	}
	// Officials may serve any body; managers and boards run the one the
	// story is about.
	anyBody := toks[h].fold != "officials" && toks[h].fold != "supervisors"
	org := d.salient(s, k, false, func(e *entity) bool {
		return e.isOrg() && e.typ != claimgraph.Publication && e.typ != claimgraph.Document && e != speaker && party(speaker) != e &&
			(e.typ == claimgraph.Company || anyBody && e.typ == claimgraph.Agency)
	})
	return org, h
}

// careStaffEN are the staff who treat, teach or guard people for a
// body: what they did on duty is the body's.
var careStaffEN = set("staff", "nurses", "midwives", "doctors", "carers", "guards", "teachers", "paramedics", "clinicians", "surgeons", "wardens")

// overseers: bodies that judge or inspect care, whose own staff do not
// nurse or guard anyone.
func overseers(e *entity) bool {
	for _, w := range strings.Fields(fold(e.name)) {
		switch w {
		case "court", "tribunal", "inspectorate", "regulator", "ombudsman", "commission", "authority", "police", "ministry", "department":
			return true
		}
	}
	return false
}

// staffPastEN are irregular pasts of what staff do to those in their
// care ("left her without water", "let him fall", "told her to wait").
var staffPastEN = set("left", "let", "told", "sent", "put", "made", "took", "gave", "held", "shut")

// unnamedStaffEN: the clause at k opens with a body's unnamed care staff
// ("staff on the labour ward failed to call a doctor", "nurses ignored
// the alarm") who did a wrong in the active voice; it returns the body
// the story is about (not a court) and the staff word.
func (d *doc) unnamedStaffEN(s, k int, speaker *entity) (*entity, int) {
	toks := d.sents[s].toks
	h := k
	if h < len(toks) && articles[toks[h].fold] {
		h++
	}
	if h >= len(toks) || !careStaffEN[toks[h].fold] || toks[h].cap {
		return nil, -1
	}
	v := h + 1
	// "staff on the labour ward", "nurses at the unit": a place of work
	// in lower case.
	if v < len(toks) && (toks[v].fold == "on" || toks[v].fold == "in" || toks[v].fold == "at") {
		v++
		for v < len(toks) && v <= h+6 && toks[v].word && !toks[v].cap && !looksFiniteEN(toks[v]) {
			v++
		}
	}
	for v < len(toks) && strings.HasSuffix(toks[v].fold, "ly") && toks[v].word {
		v++
	}
	if v >= len(toks) || !looksFiniteEN(toks[v]) && !irregularPastEN[toks[v].fold] && !staffPastEN[toks[v].fold] || modalsEN[toks[v].fold] {
		return nil, -1
	}
	end := len(toks)
	for j := v; j < len(toks); j++ {
		if clauseStop(toks[j]) {
			end = j
			break
		}
	}
	if passiveAt(toks, v, end) || !reportedWrongdoing(toks, v, end) {
		return nil, -1
	}
	for j := v; j < end; j++ {
		switch toks[j].fold {
		case "not", "never", "no", "didn't", "hadn't", "wasn't":
			if !omittedDuty(toks, j) && !negatedDeedEN(toks, j) {
				return nil, -1
			}
		}
	}
	// The body complained to ("in a complaint to the Care Inspectorate",
	// "a claim lodged at the High Court") is not the staff's.
	addressed := map[*entity]bool{}
	for _, m := range d.ments[s] {
		j := m.t0 - 1
		if j >= 0 && articles[toks[j].fold] {
			j--
		}
		if m.ent != nil && j >= 0 && (toks[j].fold == "to" || toks[j].fold == "with" || toks[j].fold == "before" || toks[j].fold == "at") {
			addressed[m.ent] = true
		}
	}
	org := d.salient(s, k, false, func(e *entity) bool {
		return e.isOrg() && e.typ != claimgraph.Publication && e.typ != claimgraph.Document && e != speaker && party(speaker) != e && !addressed[e] && !overseers(e)
	})
	return org, h
}

// possUnitEndEN: after a possessive ending at j, up to three lower-case
// words that end in a unit of the body ("export department"); it returns
// the token after the unit, or -1.
func possUnitEndEN(toks []token, j int) int {
	if j < len(toks) && (toks[j].text == "'s" || toks[j].text == "’s" || toks[j].text == "'" || toks[j].text == "’") {
		j++
	}
	for i := j; i < len(toks) && i <= j+2; i++ {
		if !toks[i].word || toks[i].cap {
			return -1
		}
		if unitNounsEN[toks[i].fold] {
			return i + 1
		}
	}
	return -1
}

// shouldHaveFoundEN: "should have" at k with a deed's participle after
// it, in a sentence whose finding cue stands before it: "found that
// Harbourside should have contacted her directly", "the ombudsman ruled
// that the trust should have told the family": a ruling that a party
// fell short of what it had to do. Outside a finding ("analysts said the
// bank should have moved sooner") it is an opinion, and a participle of
// gain ("should have received a refund", "should have been told") names
// the one wronged.
func shouldHaveFoundEN(toks []token, k int) bool {
	j := k + 1
	if toks[k].fold == "ought" {
		if j >= len(toks) || toks[j].fold != "to" {
			return false
		}
		j++
	}
	if j+1 >= len(toks) || toks[j].fold != "have" || !toks[j+1].word || toks[j+1].cap || gainParticiplesEN[toks[j+1].fold] || negatedBefore(toks, k) {
		return false
	}
	if g := toks[j+1].fold; !strings.HasSuffix(g, "ed") && !strings.HasSuffix(g, "en") && !strings.HasSuffix(g, "ne") && !dutyParticiplesEN[g] {
		return false
	}
	// ("found that Anne Cole had not broken any rules but should have
	// questioned the contracts": a finding that clears, with a rider.)
	for i := k - 1; i >= 0 && i >= k-25; i-- {
		if findingCuesEN[toks[i].fold] {
			return true
		}
		if negationWords[toks[i].fold] || toks[i].fold == "no" || toks[i].fold == "n't" {
			return false
		}
	}
	return false
}

// gainParticiplesEN befall the one wronged rather than the party at
// fault: "should have received", "should have been".
var gainParticiplesEN = set("been", "received", "got", "gotten", "won", "gained", "earned", "benefited", "benefitted", "qualified", "paid")

// dutyParticiplesEN are participles of duty without a regular ending.
var dutyParticiplesEN = set("told", "sent", "made", "kept", "paid", "put", "set", "stopped", "shut", "met", "sought", "taken", "given", "brought", "held", "done", "acted", "dealt")

// findingCuesEN rule or find: the body before them judges.
var findingCuesEN = set("found", "finds", "finding", "concluded", "concludes", "ruled", "ruling", "determined", "upheld", "upholding", "decided", "judged")
