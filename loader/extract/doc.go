// Package extract turns the text of a German or English news article into
// claimgraph.ArticleFacts: the organisations, officials and documents it
// names, the accusations one party makes against another, and the denials
// that answer them, each with the sentence that states it, the rule that
// found it and a confidence.
//
// The extractor is deterministic and explainable, in the manner of
// rule-based event coders: no model, no I/O beyond the embedded lexicon,
// no global state after New. One Extractor serves any number of
// goroutines. It never panics on any input (FuzzExtract) and never fails:
// text it cannot read yields fewer facts.
//
// # Pipeline
//
//  1. Segmentation (segment.go): paragraphs at blank lines, sentences at
//     '.', '!', '?' unless an abbreviation ("z.B.", "Dr.", "U.S.",
//     "Inc."), an initial, an ordinal date or a number ("4.800", "1,1")
//     stands there; closing quotes stay with their sentence. Offsets are in
//     runes, as FORMAT.md wants.
//  2. Tokenisation (token.go), once per sentence: words keep inner hyphens,
//     apostrophes and dots ("US-Geheimdienst", "Fenwright's", "U.S."); each
//     token carries its folded and stemmed forms, so later passes compare
//     strings without allocating.
//  3. Mentions (mention.go, official.go, document.go), per sentence, in
//     passes ordered by reliability; a pass claims only free tokens:
//     lexicon names (lexicon/*.tsv, with German inflection bridged by
//     stemming), the article's own publisher, acronyms defined in
//     parentheses, German and English agency patterns ("Bundesamt für …",
//     "Landgericht Hamburg", "Panama Maritime Authority"), legal-form
//     company names ("… GmbH", "… Inc."), outlet names ("The Clarion Post"),
//     appositions ("der Kamerahersteller Lanxu"), short forms of names seen
//     before ("Veltrano", "Fengler"), persons beside role nouns ("Vorstands-
//     sprecherin Birte Lohmann", "Rachel Ordway, a senior official at the
//     SEC"), unnamed officials ("ein Konzernsprecher", "a Justice Department
//     spokesperson") and documents cited as sources ("laut dem Memorandum",
//     "according to a criminal complaint").
//  4. Entities (state.go): mentions merge by lexicon key, normalised name or
//     short form; the fullest base form becomes the name, the rest aliases.
//     Officials get the organisation they speak for from the compound
//     ("Castorin-Chef"), a modifier ("Quarrington chief executive"), a
//     complement ("des BAFA", "for Bloomberg") or, failing those, context.
//     An unnamed role said first ("den früheren Finanzvorstand") is taken
//     over by the name said later.
//  5. Coreference (coref.go): definite descriptions ("das Unternehmen", "die
//     Bonner Behörde", "the regulator", "Prosecutors") and pronouns ("er",
//     "she", "it", "her client") resolve to the most salient compatible
//     entity, where salience weighs recent subjects most and a description
//     does not refer to a name in its own clause.
//  6. Frames (frames.go, deny.go): cue words open ACCUSE frames — active
//     ("wirft … vor", "accused … of", "charged … with", "sued …, alleging"),
//     passive ("Dem X wird vorgeworfen", "is accused of"), reported ("soll
//     … haben", "allegedly", "according to the complaint"), nominal
//     ("erhebt Vorwürfe gegen", "allegations against", "imposed sanctions
//     on … accusing them"), and investigations that "found" wrongdoing —
//     and DENY frames ("weist … zurück", "bestreitet", "denied", "rejected",
//     "called the allegations …", a quoted "haltlos"). Roles are filled from
//     the clause: subjects, German case articles, coordinated objects ("X
//     and its founder Y"). A spokesperson's words count for the
//     organisation; a person accused personally denies for himself.
//     Declining to comment has no cue; rejecting a report that alleges no
//     wrongdoing, or withdrawing one's own claim, finds no accusation to
//     deny.
//  7. Claims and provenance (via.go): one accusation per accuser–accused
//     pair, restatements merged; sentences that only source a claim ("Die
//     Vorwürfe sind in einem Lagebericht enthalten, der der SZ vorliegt")
//     attach to the claim they follow; via lists documents, then outlets,
//     origin first ("citing" puts the cited outlet before the citing one).
//
// Key gives the canonical identity key of a name for cross-article
// identity: the lexicon key where the lexicon knows the name or an alias,
// else a slug without legal form and with German adjective endings
// normalised.
//
// What does not live here: reading files, databases, evaluation (package
// eval scores this package against gold files).
package extract
