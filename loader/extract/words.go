package extract

import "strings"

// Word tables. Every table is keyed by folded (lower-case ASCII) words or
// stems, so "Behörde" is "behoerde". They are Go rather than data files
// because each one belongs to one rule and reads best next to it.

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[fold(w)] = true
	}
	return m
}

// functionWords never start or continue a name.
var functionWords = set(
	"der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "eines", "einem", "einen",
	"und", "oder", "aber", "doch", "sondern", "denn", "weil", "dass", "daß", "ob", "wenn", "als", "wie",
	"in", "im", "am", "an", "auf", "aus", "bei", "beim", "mit", "nach", "seit", "von", "vom", "zu", "zum", "zur",
	"für", "gegen", "ohne", "um", "über", "unter", "vor", "hinter", "neben", "zwischen", "durch", "laut",
	"er", "sie", "es", "wir", "ihr", "man", "sich", "sein", "seine", "ihre", "ihren", "seinen", "seiner",
	"dieser", "diese", "dieses", "diesen", "diesem", "jener", "welche", "welcher", "auch", "nur", "noch",
	"the", "a", "an", "and", "or", "but", "of", "for", "to", "in", "on", "at", "by", "with", "from", "as",
	"that", "this", "these", "those", "it", "its", "he", "she", "they", "we", "his", "her", "their", "our",
	"is", "was", "are", "were", "has", "have", "had", "be", "been", "will", "would", "said", "says",
	"after", "before", "since", "while", "when", "where", "which", "who", "whom", "whose", "if",
	"according", "in", "into", "about", "over", "under", "between", "than", "then", "also", "however",
	"nach", "während", "trotz", "wegen", "demnach", "damit", "dabei", "zudem", "außerdem", "darüber",
	"hinaus", "bereits", "schon", "nun", "jetzt", "heute", "gestern", "morgen", "am", "so", "not", "no",
	"unterdessen", "indessen", "derweil", "inzwischen", "mittlerweile", "ebenso", "ebenfalls", "zugleich", "gleichzeitig", "allerdings", "dennoch", "trotzdem", "deshalb", "daher", "darum", "jedoch", "bisher", "zuletzt", "zuvor", "damals", "seither", "erneut",
	"shares", "aktie", "aktien", "anfang", "ende", "mitte", "separately", "earlier", "later", "last",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
	"mr", "mrs", "ms", "dr", "herr", "frau", "prof", "former", "ex", "then", "late", "acting", "interim",
	"neither", "nor", "either", "weder", "sowohl", // "Neither Kappa Bank nor …" opens no name
)

// companyDescriptors are nouns that describe a company: they stand before
// a name in apposition ("der Logistikkonzern Veltrano") and refer back to
// one as a definite description ("das Unternehmen"). German ones also
// match as the end of a compound ("Kamerahersteller" ends in "hersteller").
var companyDescriptorsDE = []string{
	"unternehmen", "konzern", "firma", "firmen", "gesellschaft", "hersteller", "händler", "haendler", "spezialist",
	"entwickler", "anbieter", "betreiber", "konkurrent", "konkurrentin", "wettbewerber", "mitbewerber", "zulieferer", "lieferant",
	"gigant", "riese", "bank", "versicherer", "dienstleister", "start-up", "startup", "produzent",
	"mutter", "tochter", "tochtergesellschaft", "investor", "finanzinvestor", "reederei", "werft", "genossenschaft",
	"plattform", "dienst", "händlers", "kette", "versandhändler", "discounter", "autobauer", "chipkonzern",
	"logistiker", "versorger", "netzbetreiber", "fonds", "hedgefonds", "vermögensverwalter",
	"wirtschaftsprüfer", "prüfer", "berater", "beratungsfirma", "kanzlei", "sender", "auftragnehmer",
	"subunternehmen", "subunternehmer", "abnehmer", "kunde", "partner", "gruppe", "holding", "chemiekonzern", "pharmakonzern",
	"energiekonzern", "ölkonzern", "rüstungskonzern", "autokonzern", "technologiekonzern", "technologiefirma",
	"biotech-unternehmen", "arzneimittelhersteller", "kabelhersteller", "projektentwickler", "stahlhersteller",
	"institut", "kreditinstitut", "geldhaus", "geldinstitut", "finanzinstitut", "finanzdienstleister",
	// Trades that news put before a company's name ("der Leerverkäufer
	// Nordlicht Research", "die Ratingagentur Scope").
	"verkäufer", "leerverkäufer", "ausstatter", "versender", "vermarkter", "erzeuger", "verarbeiter", "vermittler",
	"makler", "verlag", "maschinenbauer", "anlagenbauer", "flugzeugbauer", "schiffbauer", "ausrüster", "importeur",
	"exporteur", "großhändler", "spedition", "brauerei", "molkerei", "bäckerei", "baeckerei", "druckerei", "reederei", "gießerei", "giesserei", "metzgerei", "fleischerei", "gärtnerei", "gaertnerei", "kellerei", "spinnerei", "weberei", "schreinerei", "tischlerei", "wäscherei", "waescherei", "rösterei", "roesterei", "käserei", "kaeserei", "konditorei", "ratingagentur", "werbeagentur", "labor",
	// Agencies that sell a service ("die Eventagentur Bodmer & Frick
	// GmbH"), unlike a state's "Arbeitsagentur" or "Energieagentur".
	"eventagentur", "pr-agentur", "marketingagentur", "personalagentur", "modelagentur", "mediaagentur", "digitalagentur",
	"kommunikationsagentur", "inkassoagentur", "reiseagentur", "künstleragentur", "vermittlungsagentur", "zeitarbeitsagentur",
	"betrieb", "unternehmung", // "die Bauunternehmung X"
	"vermieter", "finanzierer", "leasinggeber", "broker", "börsenbetreiber", "netzwerk", "werbenetzwerk", "shop",
	"caterer", "reiseveranstalter", "veranstalter", "verleiher", "personaldienstleister",
}

var companyDescriptorsEN = set(
	// "the plant", "the factory": the works a company runs, whose deeds
	// are the company's.
	"plant", "factory", "refinery", "smelter",
	"company", "firm", "group", "maker", "chipmaker", "carmaker", "automaker", "operator", "contractor",
	"broker", "brokerage", "bank", "lender", "insurer", "start-up", "startup", "platform", "retailer",
	"manufacturer", "supplier", "distributor", "developer", "producer", "provider", "conglomerate",
	"giant", "rival", "competitor", "partner", "investor", "shareholder", "fund", "auditor", "auditors",
	"consultancy", "subsidiary", "parent", "unit", "business", "carrier", "airline", "shipper", "miner",
	"refiner", "exporter", "importer", "vendor", "client", "customer", "app", "service", "outfit",
	"corporation", "multinational", "utility", "manager", "owner", "builder", "designer", "trader",
	"chipmakers", "companies", "firms", "dealer", "shipping", "tanker", "platforms",
	"chain", "brand", "store", "marketplace", "label", "franchise", "exporter", "processor", "packager", "wholesaler", "publisher",
	"exchange", "supermarket", "grocer", "pharmacy", "streamer", "broadcaster", "brewer", "drugmaker", "reinsurer", "hotel", "casino", "bookmaker", "housebuilder", "homebuilder", "landlord", "builder", "haulier", "hauler", "shipyard", "developer", "generator",
)

// agencyHeadsDE end German names of public bodies ("Bundesamt",
// "Landgericht", "Staatsanwaltschaft"); with a gender for re-inflecting
// adjectives into the nominative ("Europäisches Amt").
var agencyHeadsDE = map[string]byte{
	"ministerium": 'n', "amt": 'n', "behörde": 'f', "behoerde": 'f', "kommission": 'f', "gericht": 'n',
	"gerichtshof": 'm', "staatsanwaltschaft": 'f', "regierung": 'f', "gremium": 'n', "institut": 'n',
	"agentur": 'f', "polizei": 'f', "verband": 'm', "gewerkschaft": 'f', "kammer": 'f', "aufsicht": 'f',
	"botschaft": 'f', "rat": 'm', "ausschuss": 'm', "anstalt": 'f', "bundesanstalt": 'f', "direktion": 'f',
	"präsidium": 'n', "praesidium": 'n', "senat": 'm', "parlament": 'n', "landtag": 'm', "stadtrat": 'm',
	"zentrale": 'f', "dienst": 'm', "nachrichtendienst": 'm', "geheimdienst": 'm', "armee": 'f',
	"militär": 'n', "militaer": 'n', "bundesamt": 'n', "landesamt": 'n', "kartellamt": 'n', "finanzamt": 'n',
	"landgericht": 'n', "amtsgericht": 'n', "oberlandesgericht": 'n', "verwaltungsgericht": 'n',
	"landesregierung": 'f', "staatsregierung": 'f', "bundesregierung": 'f', "stadtverwaltung": 'f',
	"verwaltung": 'f', "kriminalamt": 'n', "landeskriminalamt": 'n', "generalstaatsanwaltschaft": 'f',
	"bundesinstitut": 'n', "kontrollgremium": 'n', "rechnungshof": 'm', "zollamt": 'n', "gemeinderat": 'm',
	"bezirksregierung": 'f', "landratsamt": 'n', "ordnungsamt": 'n', "bundesagentur": 'f', "ombudsstelle": 'f',
	"städtetag": 'm', "staedtetag": 'm', "landkreistag": 'm', "gemeindebund": 'm', "bundestag": 'm', "vereinigung": 'f',
	"schutzgemeinschaft": 'f', "verbraucherzentrale": 'f', "bundesverband": 'm', "arbeitgeberverband": 'm',
	"komitee": 'n', "verein": 'm', "bündnis": 'n', "buendnis": 'n', "stiftung": 'f', "partei": 'f',
	"beauftragte": 'm', "beauftragter": 'm', "stadt": 'f', "gemeinde": 'f', "landkreis": 'm', "kreis": 'm', "bezirk": 'm',
	"hansestadt": 'f', "marktgemeinde": 'f', "initiative": 'f', "landesbetrieb": 'm', "kreistag": 'm',
	// Leagues, parliamentary groups and associations named "Bund"
	// ("Handball-Bundesliga", "Landtagsfraktion der Grünen", "Bund für
	// Umwelt und Naturschutz Deutschland").
	"liga": 'f', "fraktion": 'f', "bund": 'm', "club": 'm', "klub": 'm', "staatskanzlei": 'f', "senatskanzlei": 'f',
	// "Interessengemeinschaft Fluglärm Nord", "Freie Wählergemeinschaft
	// Elbtal": named only with the words of their names.
	"gemeinschaft": 'f',
	// "Bürgerliste Halvenstedt": a local voters' association that runs
	// for the town council, named by its town or words.
	"bürgerliste": 'f', "buergerliste": 'f',
	// "Feuerwehr Duisburg", "Berufsfeuerwehr Kiel": named by its town.
	"feuerwehr": 'f',
	// "Deutsche Flussallianz", "Klimaallianz Nord": an alliance of
	// groups; only as a compound's head (germanHead), since "Allianz"
	// alone names an insurer.
	"allianz": 'f',
	// "Mitteldeutsche Journalistenunion", "Bauernunion": a union of
	// people of one trade; only as a compound's head, since "die Union"
	// alone is a party.
	"union": 'f',
	// "Rechnungsprüfungsstelle", "Vergabestelle", "Schlichtungsstelle":
	// offices named "-stelle" (not "Baustelle", "Schnittstelle").
	"prüfungsstelle": 'f', "pruefungsstelle": 'f', "prüfstelle": 'f', "pruefstelle": 'f', "vergabestelle": 'f', "schlichtungsstelle": 'f',
	"beschwerdestelle": 'f', "beratungsstelle": 'f', "meldestelle": 'f',
	// "Hochschule für Wirtschaft und Technik Westerwald", "Universität
	// Lindau": named by their fields or town.
	"hochschule": 'f', "universität": 'f',
	// "Polizeiinspektion Lindau": a police office named by its town.
	"polizeiinspektion": 'f',
}

// agencyOrgansDE are heads that are company organs or generic groups,
// never entities of their own.
var agencyOrgansDE = set("betriebsrat", "aufsichtsrat", "vorstand", "beirat", "verwaltungsrat", "stiftungsrat", "dienstleistung", "dienstleistungen", "geheimdienstangaben",
	"strafkammer", "zivilkammer", "wirtschaftsstrafkammer", "jugendkammer", "handelskammern", "strafsenat", "zivilsenat", "kartellsenat")

// agencyHeadsEN end English names of public bodies.
var agencyHeadsEN = set(
	"department", "ministry", "commission", "authority", "agency", "council", "court", "office",
	"bureau", "service", "administration", "division", "directorate", "inspectorate", "regulator",
	"board", "police", "customs", "parliament", "senate", "assembly", "tribunal", "committee",
	"institute", "guard", "army", "navy", "command", "government", "embassy", "chamber", "prosecutor",
	"prosecutors", "secretariat", "federation", "union", "congress", "cabinet", "force",
	"forces", "corps", "legislature", "watchdog", "treasury", "executive", "organisation", "organization",
	"alliance", "guild", "association", "foundation", "society", "league", "coalition", "party", "inspectorate", "ombudsman",
	"unit", "branch", "mission", "campaign", "county", "lab", "laboratory", "centre", "center",
	// "Water Defenders Network", "Tax Justice Network": campaigners' and
	// advocates' networks; a broadcaster's ("Fox News Network") is read as
	// an outlet by its "news".
	"network",
	// "London Fire Brigade"; an armed group's "Brigades".
	"brigade", "brigades",
	// "St Ronan's University Hospital has rejected …", "Royal Calder
	// Infirmary": a hospital that acts is a public institution (one a
	// trust runs is the trust, mergeHospitalsIntoTrust).
	"hospital", "infirmary",
)

// publicationHeads end names of outlets ("The Clarion Post", "Hanse
// Depesche").
var publicationHeads = set(
	"post", "times", "journal", "news", "herald", "tribune", "gazette", "ledger", "courier", "chronicle",
	"observer", "telegraph", "express", "mirror", "zeitung", "rundschau", "kurier", "depesche",
	"allgemeine", "anzeiger", "nachrichten", "blatt", "magazin", "magazine", "review", "wire", "presse",
	"tagblatt", "echo", "bote", "morgenpost", "abendblatt", "stimme", "report", "dispatch", "sentinel",
	"inquirer", "examiner", "standard", "monitor", "bulletin", "digest", "weekly", "daily", "radio",
	"tv", "online", "today", "insider", "tageszeitung", "wochenblatt", "merkur", "spiegel", "welt", "globe", "sun",
	// English titles' older heads ("the Evening Courant", "the Ashford
	// Advertiser", "the Westbury Mercury").
	"courant", "register", "advertiser", "mercury", "enquirer", "clarion", "gleaner", "argus", "recorder", "intelligencer",
)

// publicationDescriptors refer to an outlet ("die Zeitung", "the
// newspaper", "the news agency").
var publicationDescriptors = set(
	"zeitung", "newspaper", "paper", "magazin", "magazine", "nachrichtenagentur", "agentur", "sender",
	"blatt", "wochenzeitung", "tageszeitung", "publication", "outlet", "broadcaster", "wire", "agency",
	"news agency", "nachrichtenmagazin", "redaktion", "chefredaktion", "journal",
)

// agencyDescriptors refer back to a public body ("die Behörde", "the
// regulator", "die Ermittler").
var agencyDescriptors = set(
	"behörde", "amt", "ministerium", "kommission", "regierung", "gericht", "landgericht", "amtsgericht",
	"staatsanwaltschaft", "ermittler", "ankläger", "anklaeger", "aufsicht", "finanzaufsicht", "kartellbehörde", "enforcer",
	"wettbewerbshüter", "wettbewerbsbehörde", "aufsichtsbehörde", "botschaft", "geheimdienst", "auslandsgeheimdienst",
	"nachrichtendienst", "dienst", "polizei", "regulator", "regulators", "agency", "department", "authority",
	"commission", "council", "court", "government", "ministry", "prosecutors", "investigators",
	"watchdog", "embassy", "administration", "bureau", "office", "city", "landesregierung", "bundesbehörde",
	"verband", "verein", "organisation", "gewerkschaft", "union", "association", "alliance", "organization", "kammer",
	"party", "partei", "komitee", "committee", "fraktion", "landesverband", "bundesvorstand",
	"gremium", "armee", "militär", "militaer", "treasury", "division", "board", "service",
	"stadt", "gemeinde", "landkreis", "county",
	"club", "klub", "kasse", "krankenkasse", "liga", "league", "stadtverwaltung", "verwaltung", "town",
	"mission", "delegation", "consulate", "konsulat", "vertretung", "staatsregierung", "staatskanzlei", "senatskanzlei", "movement", "bewegung",
	"directorate", "inspectorate", "secretariat", "federation", "confederation", "guild", "agentur", "prüfer", "pruefer", "rechnungsprüfer", "rechnungspruefer", "initiative", "bürgerinitiative", "buergerinitiative",
	// "the charity", "the foundation": a non-state body named before.
	"charity", "foundation", "institute",
	// "the center" after "the Center for Platform Accountability".
	"center", "centre",
)

// roleStems are words for people who act for an organisation. German
// roles also match as the end of compounds ("Konzernsprecher",
// "Vorstandschefin", "Bundesinnenministerin").
var roleStemsDE = []string{
	"sprecher", "sprecherin", "chef", "chefin", "minister", "ministerin", "vorstand", "vorständin", "vorstaendin",
	"vorsitzende", "vorsitzender", "geschäftsführer", "geschaeftsfuehrer", "geschäftsführerin", "geschaeftsfuehrerin",
	"gründer", "gruender", "gründerin", "gruenderin", "präsident", "praesident", "präsidentin", "praesidentin",
	"direktor", "direktorin", "leiter", "leiterin", "verwalter", "verwalterin", "beamter", "beamtin", "beamte",
	"beamten", "manager", "managerin", "kanzler", "kanzlerin", "botschafter", "botschafterin", "bürgermeister",
	"buergermeister", "bürgermeisterin", "buergermeisterin", "abgeordneter", "abgeordnete", "staatssekretär",
	"staatssekretaer", "staatssekretärin", "staatssekretaerin", "vertreter", "vertreterin", "mitarbeiter",
	"mitarbeiterin", "ermittlerin", "staatsanwalt", "staatsanwältin", "staatsanwaeltin", "richter", "richterin",
	"analyst", "analystin", "inhaber", "inhaberin", "eigentümer", "eigentuemer", "gesellschafter", "aktionär",
	"funktionär", "funktionaer", "senator", "senatorin", "kommissar", "kommissarin", "beauftragte", "beauftragter",
	"finanzchef", "finanzvorstand", "finanzvorständin", "insolvenzverwalter", "aufsichtsratschef", "landrat", "landrätin", "landraetin",
	// "sagte Vorstandsmitglied X": a member of the executive board speaks
	// for the company as its chief does.
	"vorstandsmitglied",
	// "Der Grünen-Obmann im Wirtschaftsausschuss": a group's member
	// leading on a committee.
	"obmann", "obfrau",
	// "Chefredakteurin Friederike Lamprecht" speaks for her outlet.
	"redakteur", "redakteurin",
	// "Verdi-Verhandlungsführerin X", "Gewerkschaftssekretär Y" speak
	// for their union.
	"verhandlungsführer", "verhandlungsfuehrer", "verhandlungsführerin", "verhandlungsfuehrerin", "sekretär", "sekretaer", "sekretärin", "sekretaerin",
	// "gegen seinen langjährigen Kassenwart Jürgen Hämmerle": the officers
	// of a club or association who keep its money.
	"kassenwart", "kassenwartin", "schatzmeister", "schatzmeisterin",
}

// speakerRolesDE/EN are roles that speak for an organisation; an
// unnamed one is listed as an anonymous Official.
var speakerStemsDE = []string{"sprecher", "sprecherin", "beamter", "beamtin", "beamte", "beamten", "vertreter", "vertreterin", "funktionär", "funktionaer"}

var roleWordsEN = set(
	"spokesperson", "spokesman", "spokeswoman", "spokespeople", "executive", "ceo", "cfo", "coo", "cto",
	"chairman", "chairwoman", "chair", "president", "director", "founder", "co-founder", "cofounder",
	"minister", "secretary", "official", "officer", "prosecutor", "judge", "head", "chief", "leader",
	"commissioner", "ambassador", "mayor", "governor", "senator", "partner", "manager", "owner",
	"administrator", "liquidator", "trustee", "representative", "superintendent", "inspector", "investigator",
	"chancellor", "premier", "attorney-general", "counsel", "analyst", "economist", "adviser", "advisor",
	"employee", "worker", "engineer", "staffer", "aide", "diplomat", "envoy", "general", "lawmaker", "legislator", "congressman",
	"congresswoman", "secretary-general", "attorney", "counsel", "organizer", "organiser", "researcher", "campaigner", "activist",
	"master", "captain", "commander", "superintendent", "chairperson", "treasurer", "auditor", "inspector-general",
	"businessman", "businesswoman", "entrepreneur", "tycoon", "billionaire", "banker", "financier", "executive", "journalist",
	// members of local councils and assemblies ("Huw Bevan, a county
	// councillor for the Teifi valley")
	"councillor", "councilor", "councilman", "councilwoman", "alderman", "alderwoman", "assemblyman", "assemblywoman", "assemblymember",
	"supervisor",
	// the people of an outlet ("The paper's editor, Joan Hale")
	"editor", "editor-in-chief", "reporter", "correspondent",
	"coach", "trainer", "whistleblower", "vice-president", "vice-chairman", "vice-chair", "vice-chancellor", "co-chair", "co-chairman", "deputy",
)

// speakerWordsEN are English roles that speak for a body when unnamed.
var speakerWordsEN = set("spokesperson", "spokesman", "spokeswoman", "official", "representative", "executive", "diplomat", "aide")

// lawyerWords are roles of counsel: a lawyer speaking for a client is not
// an entity (FORMAT.md guideline 1).
var lawyerWords = set("mandant", "mandantin", "client",
	"lawyer", "lawyers", "attorney", "attorneys", "counsel", "barrister", "barristers", "solicitor", "solicitors", "anwalt", "anwältin", "anwaeltin", "rechtsanwalt",
	"rechtsanwältin", "verteidiger", "verteidigerin", "strafverteidiger", "anwälte", "anwaelte",
)

// documentHeads are nouns of documents that carry a claim; German ones
// also match as compound ends ("Abschlussbericht", "Klageschrift").
var documentHeadsDE = []string{
	"bericht", "memorandum", "memo", "klage", "klageschrift", "anklageschrift", "anklage", "warnung",
	"schreiben", "brief", "gutachten", "dossier", "studie", "papier", "dokument", "unterlagen", "akte",
	"beschluss", "urteil", "verfügung", "strafbefehl", "haftbefehl", "schriftsatz", "analyse", "prüfbericht",
	"lagebericht", "abschlussbericht", "sonderbericht", "untersuchungsbericht", "positionspapier",
	"entscheidung", "vermerk", "bescheid", "protokoll", "widerklage", "anzeige", "strafanzeige", "untersuchung", "auswertung",
	"beschwerde", "petition", "abmahnung", "schwarzbuch", "weissbuch", "weißbuch", "lagebild",
}

var documentHeadsEN = set(
	"report", "memorandum", "memo", "complaint", "lawsuit", "suit", "counterclaim", "filing", "letter",
	"review", "indictment", "audit", "dossier", "affidavit", "study", "assessment", "document", "documents",
	"petition", "ruling", "warning", "analysis", "brief", "cable", "email", "emails", "papers", "file", "files",
	"decision", "judgment", "judgement", "verdict", "memos", "reports", "letters", "filings", "complaints", "subpoena", "claim",
	"charge", "notice", "sheet", "determination", "writ", "submission", "chargesheet", "charge-sheet", "particulars", "defence", "defense",
)

// mediaModifiers turn a report into a media report, which is an outlet's
// story and no document.
var mediaModifiers = set("medien", "zeitungs", "presse", "newspaper", "media", "news", "press", "magazine", "tv", "fernseh")

// definiteDE/EN open definite descriptions.
var definiteDE = set("der", "die", "das", "den", "dem", "des", "dieser", "diese", "dieses", "diesen", "diesem")
var definiteEN = set("the", "this", "that")
var indefinite = set("ein", "eine", "einer", "eines", "einem", "einen", "a", "an", "one")

// placePreps before a name make it a place, not an actor.
var placePreps = set("in", "im", "aus", "nach", "nahe", "bei", "from", "to", "into", "at", "near", "across", "within", "outside", "inside", "außerhalb", "innerhalb", "off", "throughout", "über", "gen", "für", "via")

// firstNames help recognise persons without a role noun nearby: a given
// name before another capitalised word starts a person's name. The names
// are data (lexicon/firstnames.tsv), read at start-up.
var firstNames = mustGivenNames("lexicon/firstnames.tsv")

// agencyAppositions are English and German nouns that stand before the
// name of an organised body: "the buyers' association Floraholland
// Trade", "die Verbraucherorganisation Foodwatch".
var agencyAppositionsEN = set("association", "union", "federation", "watchdog", "regulator", "agency", "authority",
	"organisation", "organization", "charity", "coalition", "alliance", "group", "campaign", "ngo", "body", "council", "commission", "ministry")

var agencyAppositionsDE = []string{"verband", "vereinigung", "gewerkschaft", "initiative", "organisation", "verein", "bündnis", "buendnis", "behörde", "behoerde", "stiftung", "kammer", "forschungszentrum",
	// "die Athletenvertretung Sport Pro", "die Interessenvertretung X":
	// a body that speaks for a group of people.
	"vertretung"}

// titles stand before a person's name.
var titles = set("dr.", "prof.", "dr", "prof", "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "herr", "frau", "sir", "dame", "lord", "captain", "capt.")

// femaleNames are common female first names that the ending rule of
// femaleFirstName misses.
var femaleNames = set("ines", "birte", "carola", "ingrid", "sophie", "marie", "sarah", "emma", "hannah", "karin", "heike", "christine",
	"ursula", "sabine", "susanne", "birgit", "elisabeth", "ruth", "judith", "doris", "iris", "irene", "anke", "silke", "elke", "ute",
	"beate", "annette", "antje", "gudrun", "kerstin", "dagmar", "esther", "margarete", "hildegard", "waltraud", "yvonne", "nicole",
	"michelle", "stephanie", "rachel", "karen", "susan", "janet", "carol", "helen", "ellen", "jane", "joan", "kate", "claire", "grace",
	"alice", "lucy", "chloe", "charlotte", "caroline", "catherine", "katherine", "elaine", "jacqueline", "madeline", "louise", "denise",
	"leslie", "lindsay", "sydney", "wendy", "amy", "lily", "zoe", "joy", "joyce", "judy", "sue", "peggy", "penny", "shirley", "tammy",
	"tiffany", "stacy", "tracy", "nancy", "betty", "kimberly", "ashley", "sharon", "deborah", "megan", "heather", "holly", "kelly", "erin",
	"lauren", "jill", "jasmine", "yasmin", "miriam", "ingeborg", "gisela", "brigitte", "renate", "marion", "sigrid", "astrid", "mette",
	"margrethe", "kaja", "emine", "ayse", "fatima", "priya", "yuki", "laurel", "siobhan", "amelie", "clara", "nadine", "jennifer", "mary",
	"elizabeth", "margaret", "isabelle", "ann", "anne", "lynn", "carmen", "ilse", "hedwig", "frieda", "gertrud", "sevim", "aylin")

// femaleNamesMore are further women's names a claim by "she" may take.
var femaleNamesMore = set("renee", "renée", "chantal", "colette", "simone", "nicola", "gillian", "bridget", "megan", "shannon", "meredith", "maureen", "eileen", "kathleen", "colleen",
	"doreen", "noreen", "aileen", "sinead", "niamh", "aoife", "siobhan", "rebecca", "jessica", "hazel", "ivy", "ruby", "pearl", "violet", "beatrice", "harriet", "rosalind",
	// Women's names of other languages that do not end in "a".
	"dolores", "mercedes", "lourdes", "pilar", "rocío", "rocio", "consuelo", "soledad", "raquel", "isabel", "inés", "mariel", "maribel", "belén", "belen",
	"carmen", "montserrat", "nieves", "encarnación", "asunción", "concepción", "guadalupe", "araceli", "itziar", "ainhoa", "begoña", "beatriz", "ester",
	"conceição", "graça", "inês", "leonor", "rosário", "fernanda", "aurélie", "aurelie", "élodie", "elodie", "amélie", "mélanie", "melanie",
	"camille", "céline", "celine", "sandrine", "nathalie", "valérie", "valerie", "sylvie", "brigitte", "isabelle", "hélène", "helene", "agnès", "agnes",
	"margaux", "chloé", "léa", "lea", "manon", "océane", "noémie", "noemie", "mireille", "juliette", "anaïs", "anais", "solène", "solene", "ségolène",
	"beatrix", "edith", "gretchen", "liesel", "annemarie", "rosemarie", "ingrid", "hanne", "birgitte", "sigrun", "solveig", "liv", "kari", "randi",
	"ingeborg", "tove", "mette", "lene", "sanne", "femke", "lieke", "anouk", "mirjam", "marit", "eline", "ilse", "ineke", "agnieszka", "małgorzata",
	"malgorzata", "beata", "jolanta", "dorota", "elżbieta", "elzbieta", "grażyna", "grazyna", "halina", "jadwiga", "zofia", "irena", "ludmila",
	"ludmilla", "svetlana", "tatiana", "natalia", "oksana", "olga", "yulia", "irina", "alenka", "mojca", "nives", "dragana", "ljiljana", "snežana",
	"aisha", "ayesha", "khadija", "maryam", "mariam", "noor", "nour", "leila", "layla", "yasmine", "zeynep", "elif", "esra", "merve", "büşra", "busra",
	"gül", "gul", "hatice", "sibel", "derya", "dilek", "özlem", "ozlem", "nilufer", "shirin", "parisa", "nasrin", "farah", "zainab", "hanan", "rania",
	"lakshmi", "deepika", "anjali", "kavita", "sunita", "pooja", "neha", "shruti", "meenakshi", "nandini", "rani", "sita", "gita", "asha", "usha",
	"uma", "radhika", "shreya", "aishwarya", "swati", "preeti", "jyoti", "sushila", "mei", "ling", "xiu", "yan", "hui", "jing", "ying", "fang",
	"yuko", "yumi", "keiko", "akiko", "naoko", "sachiko", "haruka", "ayumi", "emiko", "hiroko", "tomoko", "mariko", "jiwoo", "seo-yeon", "min-ji",
	"ngozi", "chioma", "adaeze", "amaka", "ifeoma", "nkechi", "funmilayo", "folake", "yetunde", "abimbola", "wanjiru", "wanjiku", "njeri", "akosua",
	"abena", "efua", "ama", "adwoa", "thandiwe", "nomvula", "lindiwe", "precious", "blessing", "ruth", "naomi", "esther", "abigail", "deborah",
	"catherine", "kathryn", "caitlin", "kathleen", "maeve", "orla", "roisin", "gráinne", "grainne", "bronwen", "rhiannon", "carys", "sian", "morag",
	"isla", "eilidh", "fiona", "kirsty", "ailsa", "shona", "jeanne", "janine", "joanne", "joanna", "suzanne", "yvette", "annette", "lynette",
	"bernadette", "claudine", "nadège", "maud", "gwen", "gwendolyn", "evelyn", "madeleine", "adele", "estelle", "noelle", "danielle", "gabrielle",
	"michele", "michèle", "rachelle", "janelle", "chanelle", "brooke", "paige", "hailey", "haley", "kaylee", "courtney", "brittany", "whitney",
	"allison", "alison", "madison", "audrey", "autumn", "dawn", "lori", "terri",
	"sherri", "debbie", "cathy", "kathy", "patty", "sally", "molly", "polly", "dolly", "emily", "natalie", "stephanie", "melody", "marjorie", "marilyn",
	"carolyn", "jocelyn", "kaitlyn", "ashlyn", "jenny", "jennie", "sadie", "maddie", "millie", "ellie", "katie", "annie", "bonnie", "connie",
	"frances", "agnes", "gladys", "doris", "iris", "phyllis", "lois", "alexis", "candace", "janice", "bernice", "eunice", "beatrix", "anais", "ines")

// maleNames are common men's first names: the fallback that lets "she"
// take a person whose name says nothing never takes one of these.
var maleNames = set("peter", "tomas", "thomas", "tom", "brent", "john", "james", "michael", "david", "robert", "richard", "william", "paul", "mark", "george", "daniel",
	"andrew", "steven", "stephen", "kevin", "brian", "jason", "matthew", "gary", "timothy", "tim", "jose", "larry", "jeffrey", "frank", "scott", "eric", "raymond",
	"gregory", "samuel", "benjamin", "patrick", "jack", "dennis", "jerry", "alexander", "tyler", "henry", "douglas", "aaron", "adam", "nathan", "zachary", "kyle",
	"walter", "harold", "carl", "arthur", "gerald", "roger", "keith", "jeremy", "terry", "lawrence", "sean", "christian", "austin", "joe", "albert", "ethan", "bruce",
	"ralph", "roy", "eugene", "louis", "philip", "bobby", "johnny", "martin", "hans", "klaus", "jürgen", "juergen", "stefan", "wolfgang", "uwe", "dieter", "frank",
	"markus", "marcus", "andreas", "tobias", "lukas", "jan", "jens", "sven", "torsten", "holger", "rainer", "bernd", "günter", "guenter", "horst", "helmut", "karl",
	"heinz", "werner", "gerhard", "manfred", "florian", "sebastian", "christoph", "matthias", "alexander", "oliver", "niklas", "felix", "maximilian", "moritz", "jonas",
	"tomás", "carlos", "juan", "luis", "miguel", "pedro", "antonio", "marco", "giovanni", "pierre", "jean", "ahmed", "mohammed", "ali", "omar", "hassan", "ivan",
	"dmitri", "sergei", "lars", "erik", "nils", "declan", "liam", "conor", "ciaran", "niall", "owen", "huw", "rhys", "gareth", "ian", "neil", "graham", "colin",
	"adrian", "julian", "simon", "nigel", "trevor", "derek", "craig", "darren", "wayne", "shane", "dean", "ken", "kenneth", "ronald", "donald", "anthony", "charles",
	"christopher", "joseph", "edward", "jonathan", "justin", "brandon", "ryan", "nicholas", "joshua", "kurt", "karl", "emil", "hugo", "oscar", "victor", "leon")

// maleNamesA end in -a but are male.
var maleNamesA = set("luca", "luka", "ilya", "misha", "dima", "kuba", "mikita", "musa", "isa", "yahya", "zakaria", "ezra", "akira", "andrea", "nikita", "joshua", "sasha", "mustafa", "elia", "jona", "noa", "ilja", "kosta", "sergeja", "juha", "jukka")

// femaleFirstName guesses from a first name that a person is a woman, so
// that "sie" and "she" find her: a listed name, or a name ending in -a.
func femaleFirstName(f string) bool {
	if femaleNames[f] || femaleNamesMore[f] {
		return true
	}
	return len(f) >= 3 && strings.HasSuffix(f, "a") && !maleNamesA[f] && !functionWords[f]
}

// isFemaleNoun: a German noun for a woman before her name ("Triathletin
// Lena Hofstetter", "Ministerin").
func isFemaleNoun(t token) bool {
	return t.cap && len(t.fold) > 5 && (strings.HasSuffix(t.fold, "in") && !strings.HasSuffix(t.fold, "ein") || strings.HasSuffix(t.fold, "innen"))
}

// phraseSet tells whether a text contains any of a fixed list of phrases,
// as a loop of strings.Contains would, but in one pass over the text: each
// position is looked up by its first three bytes, so a sentence costs its
// length and not its length times the list.
type phraseSet struct {
	byPrefix map[string][]string
	short    []string // phrases under three bytes, checked one by one
}

func newPhraseSet(phrases []string) *phraseSet {
	ps := &phraseSet{byPrefix: map[string][]string{}}
	for _, p := range phrases {
		if len(p) < 3 {
			ps.short = append(ps.short, p)
			continue
		}
		ps.byPrefix[p[:3]] = append(ps.byPrefix[p[:3]], p)
	}
	return ps
}

func (ps *phraseSet) in(text string) bool {
	for _, p := range ps.short {
		if strings.Contains(text, p) {
			return true
		}
	}
	for i := 0; i+3 <= len(text); i++ {
		for _, p := range ps.byPrefix[text[i:i+3]] {
			if strings.HasPrefix(text[i:], p) {
				return true
			}
		}
	}
	return false
}
