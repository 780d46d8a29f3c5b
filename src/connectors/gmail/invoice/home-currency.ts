// The sender's home currency: a mark several countries write for their own money ("$", "bucks", "kr", "Rs.", "FCFA")
// means the money of the one country the email places its sender in — as a careful bookkeeper reads "950 kr" under a
// Stockholm address, or "Rs. 45,000/-" under a Bengaluru one. The place must be clear and single: a signature address
// (postcode, state, a city at the end of an address line), a dialling code, a tax id, the country's name, a closing in
// the country's own language. Two countries, or none, and the mark stays a question (a lone "$" stays US dollars).


export interface Home {
	/** The country, as the card names it. */
	country: string;
	/** The currency its own money is. */
	code: string;
	/** The marks it writes for that money that other countries write for theirs (lower case, without a final dot). */
	marks: string[];
	/** The country's names, in the languages the customers write. */
	names: string[];
	/** Cities, counted only where an address line writes them (after a comma or a postcode, at a line's end). */
	cities: string[];
	/** International dialling codes, written "+46" or "0046". */
	phone: string[];
	/** Address forms, tax ids and company numbers only this country writes. */
	marksOfPlace?: RegExp[];
	/** A greeting or closing on a line of its own that only this country's language writes ("Tack!", "Mange tak,"). */
	closings?: string[];
	/** Lines that place the sender there; each runs as a test. */
	examples: string[];
	/** English is none of the country's own languages: an email from there written in English is written for a reader
	 * abroad, and its bare "$" may as well be US dollars ("$4,500 each" from Taipei) — asked, never read as the home's. */
	notEnglish?: true;
}

const DOLLAR = ["$", "bucks"];
/** A signature's place line: a place name, a comma and a region's code in capitals ending the line ("Milwaukee, WI",
 * "Toronto, ON", "Fitzroy, VIC") — not a closing ("Thanks, OK"). Codes two countries write ("WA", "NT", "SA") count only
 * with their postcode. */
const REGION_LINE_CLOSINGS = ["thanks", "thank you", "cheers", "regards", "best", "love", "hi", "hello", "hey", "dear", "bye", "ta", "xx", "x", "sincerely", "warmly", "yours", "kind regards", "best regards", "warm regards", "greetings", "rgds", "br", "talk soon", "see you"].map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join("|");
const regionLine = (codes: string) => new RegExp(String.raw`^(?![ \t]*(?:${REGION_LINE_CLOSINGS})(?![\p{L}]))[ \t]*\p{Lu}[\p{L}.'’ -]{1,30}?,[ \t]*(?:${codes})[ \t]*$`, "mu");
/** The peso countries write "$" and "pesos" alike. */
const PESO = ["$", "pesos", "peso"];
const CFA = ["fcfa", "f cfa", "f.cfa", "cfa", "francs cfa", "franc cfa"];
/** West African CFA franc (XOF) and Central African (XAF): both written "FCFA". */
const XOF = (country: string, names: string[], cities: string[], phone: string, example: string): Home => ({ country, code: "XOF", marks: CFA, names, cities, phone: [phone], examples: [example] });
const XAF = (country: string, names: string[], cities: string[], phone: string, example: string): Home => ({ country, code: "XAF", marks: CFA, names, cities, phone: [phone], examples: [example] });

/** A company form only one of the krone countries writes, ending a firm's name ("Nordvik Outdoor AS", "Lund Media AB",
 * "Bageriet Hygge ApS", "Hraun Hönnun ehf."): after a capitalised word, in its own case, ending the line or its part of
 * it. A firm's form says where it is registered — and so whose "kr" it bills in. ("AS" is also Estonia's, whose money
 * is the euro: no "kr" there.) */
function nordicForm(forms: string): RegExp {
	return new RegExp(String.raw`\p{Lu}[\p{L}\p{N}&'’.\-]*[ \t]+(?:${forms})(?=[ \t]*(?:$|[,;|·(]))`, "mu");
}

export const HOMES: Home[] = [
	{
		country: "the United States",
		code: "USD",
		marks: DOLLAR,
		names: ["USA", "U.S.A.", "United States", "Estados Unidos", "États-Unis", "Vereinigte Staaten", "Stati Uniti"],
		cities: ["New York", "NYC", "Brooklyn", "Los Angeles", "Chicago", "Houston", "Austin", "Dallas", "San Antonio", "San Francisco", "San Diego", "Seattle", "Boston", "Denver", "Miami", "Atlanta", "Philadelphia", "Phoenix", "Nashville", "Detroit", "Minneapolis"],
		phone: [],
		// A state code beside its ZIP code ("Portland, ME 04101"); not "+1", which Canada dials too.
		// The ZIP code ends its line or its part of it.
		marksOfPlace: [
			/(?<![\p{L}])(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)[ \t]+\d{5}(?:-\d{4})?(?=[ \t]*(?:$|[,·|]))/mu,
			regionLine("AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WV|WI|WY|DC"),
		],
		examples: ["114 Exchange St, Portland, ME 04101", "la esquina tacos, austin", "Seattle, WA 98101, USA", "Milwaukee, WI", "Lakeshore Lager Co. LLC\nMilwaukee, WI"],
	},
	{
		country: "Canada",
		code: "CAD",
		marks: DOLLAR,
		names: ["Canada", "Kanada"],
		cities: ["Toronto", "Montréal", "Montreal", "Vancouver", "Calgary", "Ottawa", "Edmonton", "Winnipeg", "Québec", "Quebec City", "Gatineau"],
		phone: [],
		// A postcode ("H2T 1R8": letter, digit, letter, space, digit, letter, digit — no other country writes it so), a
		// province named beside it, or a Quebec or federal sales tax number.
		marksOfPlace: [/(?<![\p{L}\d])[ABCEGHJ-NPRSTVXY]\d[A-Z][ \t]\d[A-Z]\d(?![\p{L}\d])/u, /(?<![\p{L}])(?:TPS|TVQ|GST\/HST|HST)[ \t]*(?:no\.?|#|n°)?[ \t:]*\d{9}/u, regionLine("ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NU"), /(?<![\p{L}])Lt[ée]e\.?(?![\p{L}])/u],
		examples: ["455 Rue Saint-Paul O, Montréal QC H2Y 2A6", "5190, boul. Saint-Laurent, Montréal (Québec) H2T 1R8", "Vancouver, BC V6B 1A1", "Toronto, Canada", "Kingston, ON", "Les Ateliers Boréal Ltée"],
	},
	{
		country: "Australia",
		code: "AUD",
		marks: DOLLAR,
		names: ["Australia", "Australien", "Australie"],
		cities: ["Sydney", "Melbourne", "Brisbane", "Adelaide", "Canberra", "Hobart", "Darwin", "Gold Coast"],
		phone: ["61"],
		// A state beside its four-digit postcode at the end of its line or part ("Bondi Beach NSW 2026"; "Acme SA 2026
		// catalogue" is a firm and a year), an ABN.
		// An ACN, or a company written "Pty Ltd" in any case ("wattle & stem pty ltd"): South Africa brackets it ("(Pty)
		// Ltd") and writes rand, so a mail that places itself there never counts this.
		marksOfPlace: [
			/(?<![\p{L}])(?:NSW|VIC|QLD|TAS|ACT|NT|SA|WA)[ \t]+\d{4}(?=[ \t]*(?:$|[,·|]))/mu,
			/(?<![\p{L}])ABN[ \t:]*\d{2}[ \t]?\d{3}[ \t]?\d{3}[ \t]?\d{3}(?!\d)/u,
			/(?<![\p{L}])ACN[ \t:]*\d{3}[ \t]?\d{3}[ \t]?\d{3}(?!\d)/u,
			regionLine("NSW|VIC|QLD|TAS"),
			/^(?![\s\S]*(?:South[ \t]+Africa|Suid-Afrika|Südafrika|Afrique du Sud|Sudáfrica|\+27|Johannesburg|Cape[ \t]+Town|Kaapstad|Durban|Pretoria|Sandton|Stellenbosch))[\s\S]*?(?<![\p{L}])(?<!\([ \t]?)pty\.?[ \t]+(?:ltd|limited)(?![\p{L}])/iu,
		],
		examples: ["12 Campbell Parade, Bondi Beach NSW 2026", "Ph: +61 2 9130 4455", "Fitzroy, Melbourne, Australia", "ABN 51 824 753 556", "ACN 004 085 616", "Fitzroy, VIC", "bill to wattle & stem pty ltd. thanks heaps!!", "Bluegum Builders Pty. Ltd."],
	},
	{
		country: "New Zealand",
		code: "NZD",
		marks: DOLLAR,
		names: ["New Zealand", "Aotearoa", "Neuseeland", "Nouvelle-Zélande", "Nueva Zelanda"],
		cities: ["Auckland", "Wellington", "Christchurch", "Dunedin", "Queenstown", "Tauranga"],
		phone: ["64"],
		marksOfPlace: [/(?<![\p{L}])NZBN[ \t:]*\d{13}(?!\d)/u],
		examples: ["Ponsonby, Auckland, New Zealand", "Mob +64 21 555 0199", "Cuba Street, Wellington"],
	},
	{
		country: "Singapore",
		code: "SGD",
		marks: DOLLAR,
		names: ["Singapore", "Singapur", "Singapour"],
		cities: [],
		phone: ["65"],
		// A company written "Pte Ltd" (private limited, as only Singapore writes it) or its UEN.
		marksOfPlace: [/(?<![\p{L}])Pte\.?[ \t]+(?:Ltd|Limited)(?![\p{L}])/iu, /(?<![\p{L}])UEN[ \t:]*(?:\d{9}|\d{8}|[ST]\d{2}[A-Z]{2}\d{4})[A-Z](?![\p{L}\d])/u],
		examples: ["1 Raffles Place, Singapore 048616", "Lion City Prints Pte. Ltd.", "bill to kopi & co pte ltd", "UEN 201912345K"],
	},
	{ country: "Hong Kong", code: "HKD", marks: DOLLAR, names: ["Hong Kong", "Hongkong"], cities: ["Kowloon"], phone: ["852"], examples: ["Tel +852 2555 0100"] },
	{
		country: "Mexico",
		notEnglish: true,
		code: "MXN",
		marks: PESO,
		names: ["México", "Mexico", "Mexiko", "Mexique"],
		cities: ["CDMX", "Ciudad de México", "Guadalajara", "Monterrey", "Oaxaca", "Puebla", "Querétaro", "Tijuana", "Cancún"],
		phone: ["52"],
		// The RFC, Mexico's tax id ("RFC: CAO190321AB4"), or a company "de C.V." (of variable capital, as only Mexico writes it).
		marksOfPlace: [/(?<![\p{L}])RFC[ \t:]*[A-ZÑ&]{3,4}\d{6}[A-Z\d]{3}(?![\p{L}\d])/u, /(?<![\p{L}])de[ \t]+C\.?[ \t]?V\.?(?![\p{L}])/u],
		examples: ["Col. Roma Norte, CDMX", "Guadalajara, Jalisco, México", "RFC: CAO190321AB4", "Taller Colibrí S.A. de C.V.", "Impresos del Norte, S. de R.L. de C.V."],
	},
	{
		country: "Chile",
		notEnglish: true,
		code: "CLP",
		marks: PESO,
		names: ["Chile"],
		cities: ["Santiago de Chile", "Valparaíso", "Viña del Mar", "Antofagasta"],
		phone: ["56"],
		// The RUT as Chile writes it ("76.000.123-4"; Uruguay's RUT is twelve plain digits).
		marksOfPlace: [/(?<![\p{L}])RUT[ \t:]*\d{1,2}\.\d{3}\.\d{3}-[\dkK](?![\p{L}\d])/u],
		examples: ["Providencia, Santiago de Chile", "A nombre de Vinoteca El Copihue SpA, RUT 76.000.123-4"],
	},
	{
		country: "Argentina",
		notEnglish: true,
		code: "ARS",
		marks: PESO,
		names: ["Argentina", "Argentinien", "Argentine"],
		cities: ["Buenos Aires", "CABA", "Rosario", "Mendoza", "La Plata", "Mar del Plata"],
		phone: ["54"],
		marksOfPlace: [/(?<![\p{L}])CUIT[ \t:]*\d{2}-?\d{8}-?\d(?!\d)/u],
		examples: ["Palermo, Buenos Aires, Argentina", "Av. Corrientes 1543, C1042 CABA", "CUIT 30-71234567-8"],
	},
	{
		country: "Colombia",
		notEnglish: true,
		code: "COP",
		marks: PESO,
		names: ["Colombia", "Kolumbien", "Colombie"],
		cities: ["Bogotá", "Bogota", "Medellín", "Medellin", "Cali", "Barranquilla", "Bucaramanga"],
		phone: ["57"],
		examples: ["Chapinero, Bogotá, Colombia", "Carrera 43A #10-50, Medellín."],
	},
	{ country: "Uruguay", code: "UYU", notEnglish: true, marks: PESO, names: ["Uruguay"], cities: ["Montevideo", "Punta del Este"], phone: ["598"], examples: ["Pocitos, Montevideo, Uruguay", "Rambla Gandhi 540, Montevideo"] },
	{ country: "Taiwan", code: "TWD", notEnglish: true, marks: DOLLAR, names: ["Taiwan"], cities: ["Taipei", "Kaohsiung", "Taichung"], phone: ["886"], examples: ["Da'an District, Taipei, Taiwan"] },
	{ country: "the Dominican Republic", code: "DOP", notEnglish: true, marks: PESO, names: ["República Dominicana", "Dominican Republic"], cities: ["Santo Domingo", "Punta Cana", "Santiago de los Caballeros"], phone: [], examples: ["Piantini, Santo Domingo"] },
	{ country: "the Philippines", code: "PHP", marks: ["pesos", "peso"], names: ["Philippines", "Pilipinas", "Filipinas"], cities: ["Manila", "Makati", "Quezon City", "Cebu City", "Davao City", "Taguig", "Pasig"], phone: ["63"], examples: ["Legaspi Village, Makati"] },
	// "$" where the US dollar is the country's own money: a "$" from there is US dollars, never asked.
	{ country: "Ecuador", code: "USD", marks: DOLLAR, names: ["Ecuador"], cities: ["Quito", "Guayaquil", "Cuenca"], phone: ["593"], examples: ["La Floresta, Quito"] },
	{ country: "El Salvador", code: "USD", marks: DOLLAR, names: ["El Salvador"], cities: ["San Salvador"], phone: ["503"], examples: ["Colonia Escalón, San Salvador"] },
	{ country: "Panama", code: "USD", marks: DOLLAR, names: ["Panamá", "Panama"], cities: ["Ciudad de Panamá", "Panama City"], phone: ["507"], examples: ["Obarrio, Ciudad de Panamá"] },
	{ country: "Jamaica", code: "JMD", marks: DOLLAR, names: ["Jamaica"], cities: ["Montego Bay", "Ocho Rios"], phone: [], examples: ["New Kingston, Jamaica"] },
	{ country: "Trinidad and Tobago", code: "TTD", marks: DOLLAR, names: ["Trinidad and Tobago", "Trinidad & Tobago"], cities: ["Port of Spain", "San Fernando"], phone: [], examples: ["Woodbrook, Port of Spain"] },
	{ country: "Fiji", code: "FJD", marks: DOLLAR, names: ["Fiji"], cities: ["Suva", "Nadi", "Lautoka"], phone: ["679"], examples: ["Victoria Parade, Suva"] },
	{ country: "Mozambique", code: "MZN", marks: ["mt"], names: ["Moçambique", "Mozambique", "Mosambik"], cities: ["Maputo", "Matola", "Beira", "Nampula"], phone: ["258"], examples: ["Av. Marginal 4210, Maputo", "+258 84 123 4567"] },
	{ country: "Aruba", code: "AWG", marks: ["afl", "ƒ", "florin", "florins"], names: ["Aruba"], cities: ["Oranjestad", "Noord", "San Nicolas", "Santa Cruz", "Paradera"], phone: ["297"], examples: ["J.E. Irausquin Blvd 348, Noord, Aruba", "+297 586 1234"] },
	{ country: "Namibia", code: "NAD", marks: DOLLAR, names: ["Namibia"], cities: ["Windhoek", "Swakopmund", "Walvis Bay"], phone: ["264"], examples: ["Klein Windhoek, Windhoek"] },
	{ country: "Brunei", code: "BND", marks: DOLLAR, names: ["Brunei", "Brunei Darussalam"], cities: ["Bandar Seri Begawan"], phone: ["673"], examples: ["Gadong, Bandar Seri Begawan"] },
	{
		country: "Sweden",
		code: "SEK",
		marks: ["kr", "krona", "kronor"],
		names: ["Sweden", "Sverige", "Schweden", "Suède", "Suecia", "Zweden"],
		cities: ["Stockholm", "Göteborg", "Gothenburg", "Malmö", "Uppsala", "Västerås", "Örebro", "Linköping", "Lund"],
		phone: ["46"],
		// An organisation number ("org.nr 556000-1234") or a Swedish VAT number ("SE556000123401").
		marksOfPlace: [/(?<![\p{L}])(?:org\.?[ \t]?nr\.?|organisationsnummer)[ \t:]*\d{6}-\d{4}(?!\d)/iu, /(?<![\p{L}])SE[ \t]?\d{10}01(?!\d)/u, nordicForm("AB")],
		closings: ["Tack", "Tack så mycket", "Med vänlig hälsning", "Vänliga hälsningar", "Hälsningar"],
		examples: ["Hornsgatan 54, 118 21 Stockholm", "+46 8 000 12 34", "Lindqvist Arkitekter AB, org.nr 556000-1234", "Tack!", "Lund Media AB"],
	},
	{
		country: "Norway",
		code: "NOK",
		marks: ["kr", "krone", "kroner"],
		names: ["Norway", "Norge", "Norwegen", "Norvège", "Noruega", "Noorwegen"],
		cities: ["Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Drammen"],
		phone: ["47"],
		// A company number with its VAT mark ("org.nr. 923 456 789 MVA").
		// An organisation number of nine digits after its label ("org.nr 923 456 789"), and the company forms "AS", "ASA".
		marksOfPlace: [/(?<![\p{L}])\d{3}[ \t]?\d{3}[ \t]?\d{3}[ \t]?MVA(?![\p{L}])/u, /(?<![\p{L}])(?:org\.?[ \t]?nr\.?|organisasjonsnummer)[ \t:.]*\d{3}[ \t]?\d{3}[ \t]?\d{3}(?![\d-])/iu, nordicForm("AS|ASA")],
		closings: ["Takk", "Tusen takk", "Med vennlig hilsen", "Vennlig hilsen"],
		examples: ["Grünerløkka, 0552 Oslo", "Org.nr. 923 456 789 MVA", "Tusen takk!", "Nordvik Outdoor AS, org.nr 923 456 789", "Berg Design AS | Bergen"],
	},
	{
		country: "Denmark",
		code: "DKK",
		marks: ["kr", "krone", "kroner"],
		names: ["Denmark", "Danmark", "Dänemark", "Danemark", "Dinamarca", "Denemarken"],
		cities: ["København", "Copenhagen", "Kopenhagen", "Aarhus", "Odense", "Aalborg", "Frederiksberg"],
		phone: ["45"],
		// The CVR, Denmark's company number ("CVR 40001234", "CVR-nr. 40 00 12 34").
		marksOfPlace: [/(?<![\p{L}])CVR(?:-?nr\.?)?[ \t:]*\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}(?!\d)/u, nordicForm("ApS|A/S|I/S|IVS")],
		closings: ["Mange tak", "Tak", "Venlig hilsen", "Med venlig hilsen", "Kærlig hilsen"],
		examples: ["Jægersborggade 12 · 2200 København N", "Bageriet Hygge ApS (CVR 40001234)", "Mange tak,", "Hansen Bageri A/S"],
	},
	{ country: "Iceland", code: "ISK", marks: ["kr", "krona", "krónur"], names: ["Iceland", "Ísland", "Islande", "Islandia"], cities: ["Reykjavík", "Reykjavik", "Akureyri"], phone: ["354"], marksOfPlace: [nordicForm("ehf\\.?|hf\\.")], closings: ["Takk fyrir", "Kveðja"], examples: ["Laugavegur 20, 101 Reykjavík", "Hraun Hönnun ehf."] },
	{
		country: "India",
		code: "INR",
		marks: ["rs", "rupees", "rupee", "₨"],
		names: ["India", "Indien", "Inde"],
		cities: ["Bengaluru", "Bangalore", "Mumbai", "Delhi", "New Delhi", "Chennai", "Kolkata", "Hyderabad", "Pune", "Ahmedabad", "Jaipur", "Kochi", "Gurugram", "Noida"],
		phone: ["91"],
		// The GSTIN ("29AAACG0000A1Z5") — two digits of the state, the ten of the PAN, then three more.
		marksOfPlace: [/(?<![\p{L}\d])\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[\dA-Z](?![\p{L}\d])/u],
		examples: ["No. 14, 2nd Cross, HSR Layout, Bengaluru 560102", "Ph: +91 80 4000 1234", "our GSTIN 29AAACG0000A1Z5"],
	},
	{ country: "Pakistan", code: "PKR", marks: ["rs", "rupees", "rupee", "₨"], names: ["Pakistan"], cities: ["Karachi", "Lahore", "Islamabad", "Rawalpindi", "Faisalabad"], phone: ["92"], examples: ["Gulberg III, Lahore", "+92 21 3500 1234"] },
	{ country: "Sri Lanka", code: "LKR", marks: ["rs", "rupees", "rupee", "₨"], names: ["Sri Lanka"], cities: ["Colombo", "Kandy", "Galle"], phone: ["94"], examples: ["Galle Road, Colombo 03"] },
	{ country: "Nepal", code: "NPR", marks: ["rs", "rupees", "rupee", "₨"], names: ["Nepal"], cities: ["Kathmandu", "Pokhara", "Lalitpur"], phone: ["977"], examples: ["Thamel, Kathmandu"] },
	// "£" and "¥" read as pounds sterling and yen unless the sender is clearly in Egypt or Lebanon, or in China.
	{
		country: "the United Kingdom",
		code: "GBP",
		marks: ["£"],
		names: ["United Kingdom", "UK", "U.K.", "England", "Scotland", "Wales", "Northern Ireland", "Großbritannien", "Royaume-Uni", "Reino Unido"],
		cities: ["London", "Manchester", "Birmingham", "Leeds", "Liverpool", "Bristol", "Edinburgh", "Glasgow", "Cardiff", "Belfast", "Brighton", "Sheffield", "Newcastle upon Tyne"],
		phone: ["44"],
		marksOfPlace: [/(?<![\p{L}\p{N}])[A-Z]{1,2}\d[A-Z\d]?[ \t]+\d[A-Z]{2}(?![\p{L}\p{N}])/u],
		examples: ["Lantern Studio, 3 Ropewalk Lane, London SE1 2NH", "T: +44 117 496 0832"],
	},
	{ country: "Egypt", code: "EGP", marks: ["£"], names: ["Egypt", "Ägypten", "Égypte", "Egipto"], cities: ["Cairo", "Le Caire", "Giza", "Alexandria", "New Cairo", "Zamalek", "Maadi"], phone: ["20"], examples: ["26th of July St, Zamalek, Cairo", "+20 2 2735 0000"] },
	{ country: "Lebanon", code: "LBP", marks: ["£"], names: ["Lebanon", "Liban", "Líbano", "Libanon"], cities: ["Beirut", "Beyrouth", "Jounieh", "Byblos"], phone: ["961"], examples: ["Mar Mikhael, Beirut"] },
	{ country: "Japan", code: "JPY", marks: ["¥"], names: ["Japan", "Japon", "Japón", "Giappone"], cities: ["Tokyo", "Osaka", "Kyoto", "Yokohama", "Fukuoka", "Sapporo", "Nagoya", "Shibuya-ku", "Minato-ku"], phone: ["81"], examples: ["2-1-1 Jingumae, Shibuya-ku, Tokyo 150-0001", "+81 3 0000 0000"] },
	{ country: "China", code: "CNY", marks: ["¥"], names: ["China", "P.R. China", "PRC", "Chine"], cities: ["Shanghai", "Beijing", "Shenzhen", "Guangzhou", "Hangzhou", "Chengdu", "Suzhou"], phone: ["86"], examples: ["Jing'an District, Shanghai 200040", "+86 21 0000 0000"] },
	{ country: "Mauritius", code: "MUR", marks: ["rs", "rupees", "rupee", "₨"], names: ["Mauritius", "République de Maurice"], cities: ["Port Louis", "Ebène", "Curepipe"], phone: ["230"], examples: ["Cybercity, Ebène"] },
	{ country: "Seychelles", code: "SCR", marks: ["rs", "rupees", "rupee", "₨"], names: ["Seychelles"], cities: ["Victoria, Mahé", "Mahé", "Praslin", "La Digue"], phone: ["248"], examples: ["Eden Island, Mahé"] },
	// Riyals, dirhams, dinars and shillings: several countries' money goes by each name.
	{ country: "Saudi Arabia", code: "SAR", marks: ["riyals", "riyal", "﷼"], names: ["Saudi Arabia", "KSA", "Saudi-Arabien", "Arabie saoudite", "Arabia Saudita"], cities: ["Riyadh", "Jeddah", "Dammam", "Al Khobar", "Mecca", "Medina"], phone: ["966"], examples: ["Olaya, Riyadh 12213", "+966 11 000 0000"] },
	{ country: "Qatar", code: "QAR", marks: ["riyals", "riyal", "﷼"], names: ["Qatar", "Katar"], cities: ["Doha", "Lusail", "Al Wakrah"], phone: ["974"], examples: ["West Bay, Doha"] },
	{ country: "Oman", code: "OMR", marks: ["riyals", "riyal", "rials", "rial", "﷼"], names: ["Oman", "Sultanate of Oman"], cities: ["Muscat", "Salalah", "Sohar"], phone: ["968"], examples: ["Al Khuwair, Muscat"] },
	{ country: "Yemen", code: "YER", marks: ["riyals", "riyal", "rials", "rial", "﷼"], names: ["Yemen"], cities: ["Sana'a", "Sanaa", "Aden"], phone: ["967"], examples: ["Hadda Street, Sana'a"] },
	{
		country: "the United Arab Emirates",
		code: "AED",
		marks: ["dirhams", "dirham", "dhs", "dh"],
		names: ["UAE", "United Arab Emirates", "Vereinigte Arabische Emirate", "Émirats arabes unis"],
		cities: ["Dubai", "Abu Dhabi", "Sharjah", "Ajman", "Ras Al Khaimah"],
		phone: ["971"],
		// The tax registration number, fifteen digits starting 100.
		marksOfPlace: [/(?<![\p{L}])TRN[ \t:]*100\d{12}(?!\d)/u],
		examples: ["Office 1204, Business Bay, Dubai", "TRN 100123456700003"],
	},
	{
		country: "Morocco",
		code: "MAD",
		marks: ["dirhams", "dirham", "dhs", "dh"],
		names: ["Morocco", "Maroc", "Marruecos", "Marokko"],
		cities: ["Casablanca", "Marrakech", "Marrakesh", "Rabat", "Tanger", "Tangier", "Fès", "Fes", "Agadir"],
		phone: ["212"],
		// The ICE, Morocco's company id (fifteen digits).
		marksOfPlace: [/(?<![\p{L}])ICE[ \t:]*\d{15}(?!\d)/u],
		examples: ["Derb Jdid 14, Bab Doukkala, 40000 Marrakech", "ICE 001234567000089"],
	},
	{ country: "Kuwait", code: "KWD", marks: ["dinars", "dinar"], names: ["Kuwait"], cities: ["Kuwait City", "Salmiya", "Hawalli"], phone: ["965"], examples: ["Sharq, Kuwait City"] },
	{ country: "Bahrain", code: "BHD", marks: ["dinars", "dinar"], names: ["Bahrain", "Kingdom of Bahrain"], cities: ["Manama", "Muharraq"], phone: ["973"], examples: ["Seef District, Manama"] },
	{ country: "Jordan", code: "JOD", marks: ["dinars", "dinar"], names: ["Jordanien", "Jordanie", "Hashemite Kingdom of Jordan"], cities: ["Amman", "Aqaba", "Irbid"], phone: ["962"], examples: ["Jabal Amman, Amman"] },
	{ country: "Iraq", code: "IQD", marks: ["dinars", "dinar"], names: ["Iraq", "Irak"], cities: ["Baghdad", "Erbil", "Basra"], phone: ["964"], examples: ["Ankawa, Erbil"] },
	{ country: "Tunisia", code: "TND", marks: ["dinars", "dinar"], names: ["Tunisia", "Tunisie", "Túnez", "Tunesien"], cities: ["Tunis", "Sfax", "Sousse", "La Marsa"], phone: ["216"], examples: ["Les Berges du Lac, Tunis"] },
	{ country: "Algeria", code: "DZD", marks: ["dinars", "dinar"], names: ["Algeria", "Algérie", "Argelia", "Algerien"], cities: ["Alger", "Algiers", "Oran", "Constantine"], phone: ["213"], examples: ["Hydra, Alger"] },
	{ country: "Serbia", code: "RSD", marks: ["dinars", "dinar"], names: ["Serbia", "Srbija", "Serbien", "Serbie"], cities: ["Beograd", "Belgrade", "Novi Sad", "Niš"], phone: ["381"], examples: ["Knez Mihailova 10, 11000 Beograd"] },
	{ country: "Kenya", code: "KES", marks: ["shillings", "shilling"], names: ["Kenya", "Kenia"], cities: ["Nairobi", "Mombasa", "Kisumu", "Nakuru"], phone: ["254"], examples: ["Westlands, Nairobi"] },
	{ country: "Uganda", code: "UGX", marks: ["shillings", "shilling"], names: ["Uganda"], cities: ["Kampala", "Entebbe", "Jinja"], phone: ["256"], examples: ["Kololo, Kampala"] },
	{ country: "Tanzania", code: "TZS", marks: ["shillings", "shilling"], names: ["Tanzania", "Tansania", "Tanzanie"], cities: ["Dar es Salaam", "Arusha", "Dodoma", "Zanzibar"], phone: ["255"], examples: ["Masaki, Dar es Salaam"] },
	{ country: "Somalia", code: "SOS", marks: ["shillings", "shilling"], names: ["Somalia", "Somalie"], cities: ["Mogadishu", "Hargeisa"], phone: ["252"], examples: ["Hodan, Mogadishu"] },
	XOF("Senegal", ["Sénégal", "Senegal"], ["Dakar", "Thiès", "Ziguinchor"], "221", "Atelier Baobab – Dakar"),
	XOF("Côte d'Ivoire", ["Côte d'Ivoire", "Ivory Coast", "Elfenbeinküste"], ["Abidjan", "Yamoussoukro", "Bouaké"], "225", "Cocody, Abidjan"),
	XOF("Mali", ["Mali"], ["Bamako"], "223", "ACI 2000, Bamako"),
	XOF("Burkina Faso", ["Burkina Faso"], ["Ouagadougou", "Bobo-Dioulasso"], "226", "+226 25 00 00 00"),
	XOF("Niger", ["Niger"], ["Niamey"], "227", "Plateau, Niamey"),
	XOF("Togo", ["Togo"], ["Lomé"], "228", "Tokoin, Lomé"),
	XOF("Benin", ["Bénin", "Benin"], ["Cotonou", "Porto-Novo"], "229", "Haie Vive, Cotonou"),
	XAF("Cameroon", ["Cameroun", "Cameroon", "Kamerun"], ["Douala", "Yaoundé"], "237", "Akwa, Douala"),
	XAF("Gabon", ["Gabon"], ["Libreville"], "241", "+241 01 00 00 00"),
	XAF("Congo", ["République du Congo", "Congo-Brazzaville"], ["Brazzaville", "Pointe-Noire"], "242", "Centre-ville, Brazzaville"),
	XOF("Guinea-Bissau", ["Guinée-Bissau", "Guinea-Bissau", "Guiné-Bissau"], ["Bissau"], "245", "Bairro de Ajuda, Bissau"),
	XAF("Equatorial Guinea", ["Guinée équatoriale", "Guinea Ecuatorial", "Equatorial Guinea"], ["Malabo", "Bata"], "240", "Caracolas, Malabo"),
	XAF("Central African Republic", ["République centrafricaine", "Centrafrique"], ["Bangui"], "236", "Avenue Boganda, Bangui"),
	XAF("Chad", ["Tchad"], ["N'Djamena", "N’Djamena"], "235", "Quartier Klémat, N'Djamena"),
];

/** A mark as the table writes it: lower case, without its final dot ("Rs." → "rs", "kr." → "kr", "buck" → "bucks"). */
export function markKey(token: string): string {
	const t = token.trim().toLowerCase().replace(/\.$/, "").replace(/\s+/g, " ");
	return t === "buck" ? "bucks" : t;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[ \\t]+");
const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(esc).join("|");

/** A part of an address line: after a comma, a dot or a dash, or after a postcode — not after a closing word ("Thanks,
 * Sydney", "Cheers – Austin" sign a name). */
const CLOSING_WORDS = ["thanks", "thank you", "cheers", "regards", "best", "love", "hi", "hello", "hey", "dear", "ta", "bye", "merci", "gracias", "danke", "grazie", "obrigado", "obrigada", "bedankt", "saludos", "grüße", "grüsse", "bises", "besos", "abrazos", "un abrazo", "xx", "x"];
const AFTER_PART = String.raw`(?:[,·–—|][ \t]*(?<!(?:^|[^\p{L}])(?:${alt(CLOSING_WORDS)})[ \t]*[,·–—|][ \t]*)|\d[ \t]+)`;

interface Compiled {
	home: Home;
	/** Lines that place the sender there: an address, a phone, a tax id, a closing, the name ending an address line. */
	clear: RegExp[];
	/** The country named in a sentence ("the shoot in Mexico"): it may be the sender's, or only a place talked about. */
	named: RegExp | null;
}

let compiled: Compiled[] | null = null;

function compiledHomes(): Compiled[] {
	compiled ??= HOMES.map((home) => {
		const clear: RegExp[] = [...(home.marksOfPlace ?? [])];
		const names = alt(home.names);
		// A country's name ends an address line after a comma or a postcode ("Fitzroy, Melbourne, Australia", "1 Raffles
		// Place, Singapore 048616"); alone on a line it may be a person ("India", "Kenya").
		if (home.names.length) clear.push(new RegExp(String.raw`${AFTER_PART}(?<!New[ \t])(?:${names})(?=[ \t]*(?:[.!]?$|[,(·|]|\d))`, "imu"));
		// A dialling code before a phone number's digits ("+46 8 000 12 34", "0046 8 …"), not inside another number.
		if (home.phone.length) clear.push(new RegExp(String.raw`(?:(?<![\p{L}\p{N}])\+|(?<![\p{L}\p{N}.,#\/\-])00)(?:${home.phone.join("|")})(?=[ \t(\-]?\d[\d \t()\-]{5,})`, "u"));
		// A city where an address line writes it: after a comma, a dash or a postcode, up to the line's end, a comma, a
		// bracket, a postcode or a one-letter district ("København N"); at a line's start only with its region or
		// postcode after it ("Montréal (Québec) H2T 1R8", "Austin, TX 78701") — "Sydney" alone is a name.
		if (home.cities.length) {
			const cities = alt(home.cities);
			clear.push(new RegExp(String.raw`${AFTER_PART}(?:${cities})(?=[ \t]*(?:[.!]?$|[,(·|]|\d|[A-ZØ]$))`, "imu"));
			// Case matters here: a state or province code in capitals ("Austin, TX"), not "Sydney, thanks for …".
			clear.push(new RegExp(String.raw`^[ \t]*(?:${cities})(?=[ \t]*\(|[ \t]+\d|,[ \t]*\p{Lu}{2,3}(?![\p{L}]))`, "mu"));
		}
		if (home.closings?.length) clear.push(new RegExp(String.raw`^[ \t]*(?:${alt(home.closings)})[ \t]*[!,.]*[ \t]*$`, "mu"));
		// Anywhere else the name only hints ("New Mexico" is in the US).
		const named = home.names.length ? new RegExp(String.raw`(?<![\p{L}.])(?<!New[ \t])(?:${names})(?![\p{L}])`, "u") : null;
		return { home, clear, named };
	});
	return compiled;
}

/** The countries the text places its sender in or names, among those that write this mark for their money. */
export function homesFor(text: string, mark: string): Home[] {
	return placed(text, mark).map((p) => p.home);
}

function placed(text: string, mark: string): { home: Home; clear: boolean }[] {
	const key = markKey(mark);
	return compiledHomes()
		.filter(({ home }) => home.marks.includes(key))
		.map(({ home, clear, named }) => ({ home, clear: clear.some((t) => t.test(text)), hint: named?.test(text) ?? false }))
		.filter((p) => p.clear || p.hint)
		.map(({ home, clear }) => ({ home, clear }));
}

/** English words that only an English sentence writes, and the same for the languages of the dollar and peso countries
 * that do not write English (Spanish, and Chinese in its own script). */
const ENGLISH_WORDS = /(?<![\p{L}])(?:the|and|for|please|you|your|we|our|us|it|was|is|are|of|to|with|thanks|thank|regards|each|would|could|will|this|that)(?![\p{L}])/giu;
const OTHER_WORDS = /(?<![\p{L}])(?:el|la|los|las|del|que|por|para|con|una|usted|gracias|favor|muy|pero|como|nos|les)(?![\p{L}])|\p{Script=Han}{2,}/giu;
/** The email is written in English: many English words, few of another language's. */
function writtenInEnglish(text: string): boolean {
	const en = text.match(ENGLISH_WORDS)?.length ?? 0;
	const other = text.match(OTHER_WORDS)?.length ?? 0;
	return en >= 3 && en > 3 * other;
}

/** The home's dollar or peso, when the one country the email clearly places its sender in writes no English and the
 * email is written in English: its bare "$" may be US dollars, so which is asked. */
export function homeAbroadInEnglish(text: string): string | null {
	const found = placed(text, "$");
	const codes = new Set(found.map((p) => p.home.code));
	return codes.size === 1 && found.some((p) => p.clear) && found[0]!.home.notEnglish && writtenInEnglish(text) ? found[0]!.home.code : null;
}

/** The regions each dollar country writes after a place ("Austin, TX", "Toronto, ON", "Perth, WA"). */
const REGION_CODES: string[][] = [
	"AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC".split("|"),
	"ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NU|NT".split("|"),
	"NSW|VIC|QLD|TAS|WA|SA|NT|ACT".split("|"),
];
/** "Vancouver, BC | Bellingham, WA": a signature line of two or more offices, each a place and its region. */
const OFFICES_LINE = /^[ \t]*\p{Lu}[\p{L}.'’ -]{1,30}?,[ \t]*\p{Lu}{2,3}(?:[ \t]*[|·/][ \t]*\p{Lu}[\p{L}.'’ -]{1,30}?,[ \t]*\p{Lu}{2,3}){1,4}[ \t]*$/mu;
/** Whether a line of offices places the sender in regions no one country holds ("Vancouver, BC | Bellingham, WA"): the
 * sender works from two countries, and which one's dollar the invoice is in is asked, never read from one of them. */
export function officesInTwoCountries(text: string): boolean {
	const line = OFFICES_LINE.exec(text)?.[0];
	if (!line) return false;
	const codes = [...line.matchAll(/,[ \t]*(\p{Lu}{2,3})/gu)].map((x) => x[1]!);
	if (!codes.every((c) => REGION_CODES.some((list) => list.includes(c)))) return false;
	return !REGION_CODES.some((list) => codes.every((c) => list.includes(c)));
}

/** The currency the mark means in this email: the money of the one country, among those that write the mark, the email
 * clearly places its sender in — or null: no such place, a country only named in a sentence, or several (then the card
 * asks). */
export function homeCurrency(text: string, mark: string): string | null {
	if (officesInTwoCountries(text)) return null;
	const found = placed(text, mark);
	const codes = new Set(found.map((p) => p.home.code));
	return codes.size === 1 && found.some((p) => p.clear) ? found[0]!.home.code : null;
}
