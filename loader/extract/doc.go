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
//     stemming; capitals and seats stand for a government or the
//     Commission only when they act), the article's own publisher,
//     acronyms defined in parentheses, German and English agency
//     patterns ("Bundesamt für …", "Landgericht Hamburg", "Stadt
//     Eltersheim", "the Munich regional court", "Panama Maritime
//     Authority", "Secretary of State's office"), legal-form company
//     names with their tails ("… GmbH & Co. KG", "… Co., Ltd.",
//     "Haldorf & Partner"), outlet names, appositions ("der
//     Kamerahersteller Lanxu", "Hackergruppe „Frostlauf“", "privacy
//     group noyb", "die Nachrichtenagentur KCNA"; a masculine or neuter
//     article marks an unknown German descriptor: "dem Babyausstatter
//     Lullavo GmbH"), short forms of names seen before, persons beside
//     role nouns ("Vorstandssprecherin Birte Lohmann", "the chairman of
//     Hanseong Group, Park Ji-hoon"), unnamed officials ("ein
//     Konzernsprecher") and documents cited as sources ("laut dem
//     Memorandum", "according to the SEC's complaint", "Mitteilung der
//     Beschwerdepunkte", "Darin" for the filing the sentence before
//     named; an outlet's own analysis or report is no document).
//     Slot-driven names (slot.go) come last: a capitalised span that no
//     pass knew but that stands in the argument slot of a cue word — the
//     subject of "accused" or "wies … zurück", the object of "wirft …
//     vor" or "cited … for", the agent of "charged by", the party of
//     "Beschwerde gegen" — is a party ("Dunmore Rovers", "Tessarien",
//     "noyb"), as are the employer before a role and a person ("Dundee
//     City manager Paul Reid"), "analysts at X", "rivals such as X and
//     Y" and the gap in a list of names. Its type comes from its
//     descriptor ("rival club", "dem Nachbarland", "the union"), words in
//     the name ("Rovers", "BKK"), the role (whoever charges is a body),
//     its shape and the descriptions that refer back later ("die
//     Kasse"). A private person introduced by description as the subject
//     of a case ("A Texas mother has filed a lawsuit …") is a placeholder
//     the person named next takes over; never named, she is no party.
//     Sports clubs are read as bodies (so that "der Verein", "the club"
//     find them) and written out as Companies, the reading independent
//     annotators of FORMAT.md give them (clubLike, slot.go); leagues and
//     federations stay Agencies.
//  4. Entities (state.go): mentions merge by lexicon key, normalised name or
//     short form; the fullest base form becomes the name, the rest aliases.
//     Slot names are found again before the sentence that introduced
//     them, and complete the lists they stand in.
//     Officials get the organisation they speak for from the compound
//     ("Castorin-Chef"; "Bundesinnenministerin" finds the ministry even
//     when the text names it later), a modifier, a complement or, failing
//     those, context. Unnamed roles said first are taken over by the name
//     said later; a country's generic body ("German prosecutors") merges
//     into the specific office the same sentence names.
//  5. Coreference (coref.go): definite descriptions ("das Unternehmen",
//     "the auditing firm", "der Elektrobetrieb"), plural group nouns ("die
//     Prüfer", "the researchers"), ages as nouns ("der 27-Jährigen"),
//     pronouns ("er", "she", "it", German "sie"/"er" for organisations of
//     that gender, "Ihnen", "man" in reported speech, "Sein Verteidiger"
//     for the client) resolve to the most salient compatible entity
//     before them; a description does not refer to a name in its own
//     clause, nor to one later in its sentence. A plural description
//     ("die Verbände", "the groups") stands for the organisations the text
//     just named together; a body a region has only one of ("die
//     Staatsregierung") is named by its description.
//  6. Frames (frames.go, deny.go): cue words open ACCUSE frames — active
//     ("wirft … vor", "accused … of", "sued …, alleging", "macht … für …
//     verantwortlich", "blamed … for", "held … responsible", "condemned"),
//     passive ("Dem X wird vorgeworfen", "is accused of", "legt … zur
//     Last"), suspicion ("ist dringend verdächtig"), reported ("soll …
//     haben", "allegedly", "according to the complaint", "In X heißt es,
//     Y habe …", "X said (that) Y had …", "…, Treasury said", "…, teilte
//     die Behörde mit"), nominal ("erhebt Vorwürfe gegen", "allegations
//     against"), attribution ("gingen auf das Konto der Gruppe", "was
//     behind"), and findings ("an analysis by BBC News has found", "nach
//     Recherchen des BR", "an internal audit commissioned by X found",
//     whose finder is the auditor the text names). Most frames ask the
//     clause for a word of wrong (a misdeed lexicon, plain deeds such as
//     "failed to report", marks such as "heimlich"); the reportative mood
//     needs none where a source or a claim frames it: "soll … zu viel
//     bezahlt haben" after "Wie aus einem Bericht … hervorgeht", "X is
//     said to have charged …" after a charge (reportedDeedDE,
//     claimContext) — DENY frames
//     ("weist … zurück", "bestreitet", "denied", "disputed", "did not
//     accept", a rejecting quotation „haltlos“ / "without merit", "both
//     sides rejected", contesting a decision: "hält den Bescheid für
//     rechtswidrig", "hat Einspruch eingelegt", "would appeal the
//     penalty", "the allegations were \"…\""). Roles are filled from the
//     clause: subjects (not genitive attributes or possessives) with the
//     parties coordinated with them ("Die DUH und der BUND werfen … vor"
//     makes two accusations), German case articles, coordinated objects
//     and names in apposition. An accusation whose parties are left
//     unnamed ("accused three supermarkets of …") lets the same accuser's
//     next statement or finding name them, and they inherit its sources.
//     A spokesperson's words count for the organisation, as do those of
//     an organ ("Der Kontrollausschuss des DFB"), of the people of a body
//     ("Researchers at X say") and, as accused, of a company's management
//     ("werfen der Geschäftsführung vor"); what a report says of a product
//     it says of the maker ("a tool sold by X"). A person accused
//     personally, or accusing his own organisation, speaks for himself.
//     Misconduct is checked by word (wrongdoing list, neglected duties)
//     and by the shape of a plain deed (plaindeed.go, plaindeed_de.go: a
//     duty left undone, done without consent or checks, kept up after a
//     warning, people watched in secret, money used privately, a rule got
//     around); negations, victims and propriety words stop a frame. Blame
//     handed to a party without a verb of accusing ("Verantwortlich sei
//     vielmehr Y", "the fault of Y", "the blame lies with Y") and
//     counter-charges ("drehte den Spieß um:") are read in blame.go.
//     German reported speech whose speaker the sentence before brought in
//     only as raising charges or writing to a body ("Die Gewerkschaft
//     erhebt schwere Vorwürfe. Die Klinikleitung habe …") is read in
//     konjunktiv_de.go. A denial answers the accusations before it: those of
//     the accuser or against the party it names, those of the document
//     or cue it echoes, all of them when generic ("denied wrongdoing",
//     plural "die Vorwürfe"), the one right before it when it directly
//     follows, each co-accuser's when they made one claim, the outlet's
//     when it rejects "the reporting"; an owner answers for what it owns
//     ("X's parent company, Y, dismissed …"); its Quote holds the
//     denial's own words or the adjacent quotation. Declining to comment,
//     negated cues and withdrawing one's own claim are no denials.
//  7. Claims and provenance (via.go): one accusation per accuser–accused
//     pair, restatements merged; sentences that only source a claim
//     attach to the claims they follow (the one whose accused or accuser
//     they name first), making its accuser the author of their document;
//     via lists documents, then outlets, origin first ("citing" puts the
//     cited outlet before the citing one). An outlet that relays
//     another's report ("Das meldete die Nachrichtenagentur npa unter
//     Berufung auf die Rheinische Abendpost", "X later carried the story,
//     citing the newspaper") ends the chain of every claim that came
//     through that report. A sentence that points back at what was
//     reported ("Diese Informationen sind im Memorandum … enthalten", "die
//     drei sollen …", "the two inflated …") sources the claim before it
//     even from a new paragraph. An accuser who writes a claim ("…,
//     schreiben die Prüfer") near the one cited paper with no author wrote
//     that paper. Via runs before the denials, so a company rejecting a
//     pleading also answers what it says of its officers.
//  8. Licensing (license.go): a denial that answers nothing ("Harwell
//     rejected the findings") or that names an accuser whose charge no
//     frame read ("rejected the union's account") shows that the charge
//     was made. The sentences about the denier are read again with the
//     misconduct check lifted (up to the first negation), keeping only
//     accusations against the denier (by the named accuser, if any); via
//     and the denial are then read again to take them in. Where even that
//     reading finds nothing, the denial's presupposition is kept: the
//     accuser it names, else the party last quoted on the denier before
//     it (a speaker, an outlet that reported, the author of a cited
//     paper), is recorded as accusing the denier, with a low confidence
//     (rule "<lang>.denial.implied").
//
// Key gives the canonical identity key of a name for cross-article
// identity: the lexicon key where the lexicon knows the name or an alias,
// else a slug without legal form and with German adjective endings
// normalised.
//
// What does not live here: reading files, databases, evaluation (package
// eval scores this package against gold files).
package extract
