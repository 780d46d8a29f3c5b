// The customer's own business as the signature names it without a legal form: on the role line under the signed name
// ("Director | Liffey Strength & Conditioning", "Inhaberin, Kaffeerösterei Rot", "Gérante – Fleurs du Lac"), or on a
// line of its own under the name and role when the mail also asks for the invoice in that name ("Please address it to
// Fern Cup Coffee.", "emitir la factura a nombre de Asociación Kallpa", "adresser la facture à l'Association …"). The
// labels take such a business as the company (tests/fixtures/emails/LABELS.md). The roles and the billing phrases are
// tables by language; their examples run as tests (tests/connectors/gmail/label-conventions.test.ts).

import { phraseAlt as alt, phraseEscape as escape } from "./phrase-pattern";

export interface SignatureRoleRow {
	lang: string;
	/** Words of a role a signature writes before the business (any of them anywhere in the role, "Office Manager"). */
	roles: string[];
	/** Billing phrases after which the business is named ("address it to", "a nombre de"). */
	billing: string[];
	/** A department a role line may name after the role ("Head - Marketing"): no business. */
	departments: string[];
	/** Words asking for the invoice to the person, not the business ("make it out to me personally"). */
	personal: string[];
	/** An email's text (name as its From header writes it: the first words of the signature) and the company read. */
	examples: [text: string, name: string, company: string | null][];
}

export const SIGNATURE_ROLES: SignatureRoleRow[] = [
	{
		lang: "en",
		departments: ["Marketing", "Sales", "Finance", "Accounts", "Operations", "Communications", "Human Resources", "HR", "Events", "Production", "Design", "Brand", "Procurement", "Administration"],
		personal: ["personally", "privately", "to me personally", "no company", "not the company", "in my name", "in my own name"],
		roles: ["Director", "Owner", "Co-owner", "Founder", "Co-founder", "CEO", "COO", "CFO", "CTO", "Proprietor", "Principal", "Partner", "Manager", "Head", "Lead", "Coordinator", "Producer", "Officer", "Administrator", "President", "Chair", "Secretary", "Treasurer", "Bursar", "Curator", "Editor", "Chef"],
		billing: ["address it to", "address the invoice to", "addressed to", "make it out to", "make the invoice out to", "made out to", "bill it to", "bill to", "invoice to", "in the name of"],
		examples: [
			["Thanks!\nCiara Byrne\nDirector | Liffey Boxing Club\n+353 1 555 0101", "Ciara Byrne", "Liffey Boxing Club"],
			["Best,\nTanya Cole\nOffice Manager, Oak Park Montessori\n(773) 555-0166", "Tanya Cole", "Oak Park Montessori"],
			["Please address it to Harbour Kite Festival Trust.\nAroha Pene\nFestival Producer\nHarbour Kite Festival Trust", "Aroha Pene", "Harbour Kite Festival Trust"],
			// A department after the role is no business; a line of its own is one only when the invoice is asked in its name.
			["Regards,\nPriya Rao\nHead - Marketing", "Priya Rao", null],
			["Regards,\nPriya Rao\nMarketing Manager\nChai Patra Beverages", "Priya Rao", null],
		],
	},
	{
		lang: "de",
		departments: ["Marketing", "Vertrieb", "Buchhaltung", "Finanzen", "Einkauf", "Kommunikation", "Verwaltung"],
		personal: ["privat", "mich privat", "auf meinen Namen", "keine Firma"],
		roles: ["Geschäftsführer", "Geschäftsführerin", "Inhaber", "Inhaberin", "Gründer", "Gründerin", "Leiter", "Leiterin", "Vorstand", "Vorsitzende", "Vorsitzender", "Partner", "Partnerin", "Managerin"],
		billing: ["Rechnung bitte an", "Rechnung an", "auf den Namen", "ausgestellt auf"],
		examples: [["Viele Grüße\nMia Roth\nInhaberin | Kaffeerösterei Rot", "Mia Roth", "Kaffeerösterei Rot"]],
	},
	{
		lang: "es",
		departments: ["Marketing", "Ventas", "Finanzas", "Compras", "Comunicación", "Comunicaciones", "Administración"],
		personal: ["a mi nombre", "a título personal"],
		roles: ["Director", "Directora", "Gerente", "Fundador", "Fundadora", "Propietario", "Propietaria", "Dueño", "Dueña", "Coordinador", "Coordinadora", "Jefe", "Jefa", "Socio", "Socia", "Presidente", "Presidenta", "Administrador", "Administradora", "Responsable"],
		billing: ["a nombre de", "a nombre del", "a nombre de la"],
		examples: [
			["Gracias,\nLucía Pérez\nGerente – Librería El Almendro", "Lucía Pérez", "Librería El Almendro"],
			["Le agradeceré emitir la factura a nombre de Asociación Wayra (RUC 20500000001).\nAtentamente,\nRosa Mamani\nCoordinadora de Comunicaciones\nAsociación Wayra", "Rosa Mamani", "Asociación Wayra"],
		],
	},
	{
		lang: "fr",
		departments: ["Marketing", "Ventes", "Comptabilité", "Finances", "Achats", "Communication", "Administration"],
		personal: ["à mon nom", "à titre personnel", "en mon nom"],
		roles: ["Directeur", "Directrice", "Gérant", "Gérante", "Fondateur", "Fondatrice", "Président", "Présidente", "Responsable", "Chargé", "Chargée", "Associé", "Associée", "Coordinateur", "Coordinatrice", "Propriétaire"],
		billing: ["adresser la facture à", "adresser la facture au nom de", "au nom de", "libeller la facture au nom de", "facturer à"],
		examples: [
			["Claire Morel\nGérante, Fleurs du Lac", "Claire Morel", "Fleurs du Lac"],
			["Merci d'adresser la facture à l'Association Espoir Avenir, Sicap Liberté 6, Dakar.\nBien cordialement,\nAminata Sow\nChargée administrative\nAssociation Espoir Avenir", "Aminata Sow", "Association Espoir Avenir"],
		],
	},
	{
		lang: "pt",
		departments: ["Marketing", "Vendas", "Financeiro", "Compras", "Comunicação", "Administração"],
		personal: ["em meu nome", "no meu nome", "a título pessoal"],
		roles: ["Diretor", "Diretora", "Gerente", "Sócio", "Sócia", "Sócio-gerente", "Sócia-gerente", "Proprietário", "Proprietária", "Fundador", "Fundadora", "Coordenador", "Coordenadora", "Responsável"],
		billing: ["em nome de", "em nome da", "em nome do", "no nome da", "no nome do"],
		examples: [["Obrigado,\nJoão Lima\nProprietário | Padaria Flor de Sal", "João Lima", "Padaria Flor de Sal"]],
	},
	{
		lang: "it",
		departments: ["Marketing", "Vendite", "Amministrazione", "Acquisti", "Comunicazione"],
		personal: ["a nome mio", "a mio nome", "a titolo personale", "privato"],
		roles: ["Titolare", "Direttore", "Direttrice", "Fondatore", "Fondatrice", "Amministratore", "Amministratrice", "Socio", "Socia", "Responsabile", "Coordinatore", "Coordinatrice", "Presidente"],
		billing: ["intestata a", "intestare la fattura a", "a nome di", "a nome della", "a nome del"],
		examples: [["Grazie,\nGiulia Conte\nTitolare – Osteria Verde", "Giulia Conte", "Osteria Verde"]],
	},
	{
		lang: "nl",
		departments: ["Marketing", "Verkoop", "Financiën", "Inkoop", "Communicatie", "Administratie"],
		personal: ["op mijn naam", "privé", "persoonlijk"],
		roles: ["Eigenaar", "Eigenares", "Oprichter", "Oprichtster", "Directeur", "Zaakvoerder", "Bedrijfsleider", "Vennoot", "Coördinator", "Voorzitter"],
		billing: ["op naam van", "ten name van", "factureren aan"],
		examples: [["Groet,\nSanne Bakker\nEigenaar | Bloemenbar Tulp", "Sanne Bakker", "Bloemenbar Tulp"]],
	},
];


let ROLE: RegExp | null = null;
let ROLE_LINE: RegExp | null = null;
let BILLING: RegExp | null = null;
let DEPARTMENT: RegExp | null = null;
let PERSONAL: RegExp | null = null;

/** Whether a line names a role: one to five words, one of them a role word ("Office Manager", "Chargée administrative"). */
function isRole(line: string): boolean {
	ROLE ??= new RegExp(String.raw`(?<![\p{L}])(?:${alt(SIGNATURE_ROLES.flatMap((r) => r.roles))})(?![\p{L}])`, "iu");
	const words = line.split(/\s+/u).filter(Boolean);
	return words.length >= 1 && words.length <= 5 && !/\d/.test(line) && ROLE.test(line);
}

/** The business the signature names as the writer's, or null. `names` are the ways the sender's name may be written
 * (the From header's, without its titles); `isName` says whether a text is a business's name (capitalised words). */
export function signatureCompany(text: string, names: string[], isName: (s: string) => boolean): string | null {
	// "Please make it out to me personally": the business the signature names is not billed.
	PERSONAL ??= new RegExp(String.raw`(?<![\p{L}])(?:${alt(SIGNATURE_ROLES.flatMap((r) => r.personal))})(?![\p{L}])`, "iu");
	if (PERSONAL.test(text)) return null;
	// A signature's lines are short; a longer one is no role or business line (and is never scanned for one).
	const lines = text.split("\n").map((l) => (l.length > 200 ? "" : l.trim()));
	const wanted = [...new Set(names.filter(Boolean).map((n) => n.toLowerCase()))];
	// The signed name: a line of its own, or the start of a line the reader joined with the next ("Tanya Cole Office
	// Manager, …" when the lines are shorter than the mail's width).
	let at = -1;
	let rest = "";
	for (let i = lines.length - 1; i >= 0 && at < 0; i--) {
		const l = lines[i]!.replace(/,$/, "").toLowerCase();
		const n = wanted.find((w) => l === w || l.startsWith(`${w} `));
		if (n) [at, rest] = [i, lines[i]!.slice(n.length).trim()];
	}
	if (at < 0) return null;
	// Two words at least: "Head - Marketing" names a department, not a business.
	DEPARTMENT ??= new RegExp(String.raw`^(?:${alt(SIGNATURE_ROLES.flatMap((r) => r.departments))})(?![\p{L}])`, "iu");
	const business = (s: string) => isName(s) && !DEPARTMENT!.test(s) && s.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w) || /^[dl]['’]\p{Lu}/u.test(w)).length >= 2;
	// A phone number or an address joined after the business ends it: "Oak Park Montessori (773) 555-0166".
	const cut = (s: string) => s.replace(/[ \t]+(?:[(+]?\d|Tel\b|Tél\b|Mob\b|Ph\b|Phone\b|M\b|P\b|T\b).*$/u, "").replace(/[,.]$/, "").trim();
	ROLE_LINE ??= /^(.{2,60}?)[ \t]*(?:\||[,·•]|[ \t][–—-])[ \t]*(\S.*)$/u;
	const next = rest || (lines[at + 1] ?? "");
	const role = ROLE_LINE.exec(next);
	// "Director | Liffey Strength & Conditioning": the role, then the business, on the line under the name.
	if (role && isRole(role[1]!)) {
		const firm = cut(role[2]!);
		if (business(firm)) return firm;
	}
	// "Coordinadora de Comunicaciones" then "Asociación Kallpa": the business under the role (or joined after it), taken
	// only when the mail asks for the invoice in its name ("a nombre de Asociación Kallpa").
	BILLING ??= new RegExp(String.raw`(?<![\p{L}])(?:${alt(SIGNATURE_ROLES.flatMap((r) => r.billing))})[ \t]+(?:(?:the|l['’]|la|le|el)[ \t]*)?(\p{Lu}[^\n,.;:()]{2,60})`, "giu");
	const signature = [next, ...lines.slice(rest ? at + 1 : at + 2, at + 4)].join("\n");
	for (const m of lines.slice(0, at).join(" ").matchAll(BILLING)) {
		const words = m[1]!.trim().split(/\s+/u);
		// The longest run of the phrase's words that the signature writes as its business, after a role or on its own line.
		for (let n = Math.min(words.length, 8); n >= 2; n--) {
			const firm = words.slice(0, n).join(" ");
			if (!business(firm)) continue;
			const own = new RegExp(String.raw`(?:^|\n|[ \t])${escape(firm)}[ \t]*(?:$|\n|[ \t]+[(+]?\d)`, "u");
			const line = signature.split("\n").find((l) => own.test(l));
			if (line && (cut(line) === firm || isRole(cut(line).slice(0, -firm.length).trim()))) return firm;
		}
	}
	return null;
}
