// Package eval scores an extractor against gold articles in the format of
// shared/corpus/FORMAT.md, exactly as its "Scoring" section says.
//
// Names are compared in a normal form (NormalizeName): NFKC and case
// folding; hyphens, dashes, underscores and slashes as spaces; quotes,
// brackets and .,;:!? removed; white space folded; a leading article
// dropped. A predicted entity matches a gold entity of the same type whose
// name or alias equals its name; each gold entity is matched once, and a
// second prediction for it counts as a false positive (the graph would hold
// a duplicate node). Precision, recall and F1 are reported per type and
// micro-averaged over Company, Agency, Publication and Official; Document is
// scored on its own. An accusation matches when its accuser and accused
// match the gold pair (each pair once); a denial when its denier matches and
// the accusation it denies matches the gold one. Via is the share of
// matched accusations whose via names the same set of entities as the gold.
//
// Score is pure and compares one article; Evaluate runs an extractor over
// LoadGold's articles and sums a Report, which prints as text tables
// (WriteText) or JSON.
package eval
