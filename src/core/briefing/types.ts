// The briefing's input data: what each source hands in. Hosts fill the Odoo and social parts; core never imports a connector.

/** The week a briefing covers: the seven days before its date. */
export interface BriefingPeriod {
	/** The briefing's date, YYYY-MM-DD (the scheduled day); it names the files. */
	date: string;
	/** First day covered, inclusive. */
	start: string;
	/** Last day covered, inclusive (the day before `date`). */
	end: string;
	/** Start of `start` and of `date` in the owner's time zone, as instants (end exclusive). */
	startMs: number;
	endMs: number;
	/** When it falls due: `date` at the configured time. */
	dueMs: number;
}

/** A query sent to Odoo, kept so every figure can say where it came from. */
export interface OdooEvidence {
	query: { model: string; method: string; domain: unknown[] };
	/** The narrower domain that selects exactly the records behind one figure. */
	domain: unknown[];
}
export interface OdooFigure {
	minor: number;
	count: number;
	evidence: OdooEvidence;
}

/** What the Odoo connector's weekly read returns (readWeeklyAudit), plus where Odoo is, for record links. */
export interface OdooFigures {
	currency: string;
	decimals: number;
	today: string;
	revenue: { thisWeek: OdooFigure; monthToDate: OdooFigure; weeks: (OdooFigure & { start: string })[] };
	receivables: { total: OdooFigure; current: OdooFigure; days1to30: OdooFigure; days31to60: OdooFigure; days61to90: OdooFigure; over90: OdooFigure };
	overdue: {
		total: OdooFigure;
		invoices: { id: number; number: string; customer: string; dueDate: string; daysOverdue: number; residualMinor: number; currency: string }[];
		byCustomer: { partnerId: number | null; customer: string; minor: number; count: number; evidence: OdooEvidence }[];
		evidence: OdooEvidence;
	};
	expenses: {
		thisWeek: { partnerId: number | null; vendor: string; minor: number; evidence: OdooEvidence }[];
		monthToDate: { partnerId: number | null; vendor: string; minor: number; evidence: OdooEvidence }[];
	};
	recurringBills: { partnerId: number | null; vendor: string; typicalMinor: number; months: string[]; evidence: OdooEvidence }[];
	roundTrips: number;
	/** e.g. https://mycompany.odoo.com, for links to records. */
	baseUrl: string;
}

/** The Odoo source's answer: figures, or why there are none. */
export type OdooResult = { ok: true; figures: OdooFigures } | { ok: false; reason: string; suggestion: string };

/** One network's week, as the social connectors report it (NetworkMetrics). */
export interface SocialFigures {
	network: string;
	available: boolean;
	note?: string;
	posts: { id: string; url: string; text: string; publishedAt: string; metrics: Record<string, number> }[];
	totals: Record<string, number>;
	roundTrips: number;
	error?: { category: string; message: string; suggestion: string };
}

/** What the host can read from outside the vault; null = not set up. */
export interface ExternalSources {
	/** Reads Odoo's weekly figures as of `today` (the period's last day). */
	odoo: ((q: { today: string; weekStartsOn: 0 | 1 }) => Promise<OdooResult>) | null;
	/** Reads every connected network's posts in [since, until). */
	social: ((period: { since: number; until: number }) => Promise<SocialFigures[]>) | null;
}

/** One bank transaction from the vault ledger. */
export interface LedgerRow {
	file: string;
	/** 1-based line in the file, for evidence. */
	line: number;
	date: string;
	description: string;
	/** Money in is positive, money out negative. */
	amountMinor: number;
	currency: string;
	/** The counterparty column, or the description up to " - ". */
	counterparty: string;
}

export interface BadLedgerRow {
	file: string;
	line: number;
	text: string;
	reason: string;
	/** What to do about it, when not "correct the row". */
	resolve?: string;
}

export interface Ledger {
	files: string[];
	rows: LedgerRow[];
	bad: BadLedgerRow[];
}

/** A request note that finished (completed, rejected or failed) in the period. */
export interface RequestOutcome {
	path: string;
	id: string;
	action: string;
	title: string;
	status: "completed" | "rejected" | "failed";
	/** When it finished, ISO. */
	at: string;
	dryRun: boolean;
	/** The result, the error or the rejection reason, in one line. */
	detail: string;
	/** A WhatsApp reply: when the customer wrote the message it answers (its params' customer_last_message_at), ISO. */
	customerWroteAt?: string;
}

/** Something waiting for the owner or the plugin. */
export interface WaitingItem {
	path: string;
	folder: "Needs_Action" | "Pending_Approval";
	title: string;
	/** Since when it waits (ms), and where that time came from. */
	sinceMs: number;
	sinceSource: "created" | "received" | "file time";
}

export interface VaultActivity {
	outcomes: RequestOutcome[];
	waiting: WaitingItem[];
	/** Notes that could not be read as requests (broken frontmatter), for data gaps. */
	unreadable: { path: string; reason: string }[];
}

export interface LogStats {
	/** Log files read, one per day of the period. */
	files: string[];
	/** Days of the period without a log file. */
	missingDays: string[];
	lines: number;
	corrupt: { file: string; line: number }[];
	errors: { timestamp: string; action: string; target: string; error: string; file: string; line: number }[];
	autoApprovals: { timestamp: string; action: string; target: string; file: string; line: number }[];
	/** Requests executed (for real or dry run) and how many of them were dry runs. */
	executions: number;
	dryRuns: number;
}

/** A goal's alert threshold, e.g. "> 600 USD per month" → { op: ">", hundredths: 60000, unit: "USD per month" }. */
export interface Threshold {
	op: ">" | "<" | ">=" | "<=";
	/** The number ×100, so comparisons stay in integers. */
	hundredths: number;
	unit: string;
}

export interface Goals {
	path: string;
	found: boolean;
	revenueTargets: { period: string; minor: number; currency: string; line: number }[];
	metrics: { name: string; target: string; thresholdText: string; threshold: Threshold | null; line: number }[];
	projects: { name: string; due: string | null; status: string; line: number }[];
	/** Lines that looked like goals but did not parse. */
	problems: { line: number; text: string; reason: string }[];
}

/** Where usage of a subscribed tool could show: note texts and log lines of the last 30 days. */
export interface UsageCorpus {
	/** Lower-cased texts of notes changed since the window started (up to the moment of writing). */
	notes: { path: string; text: string }[];
	/** Lower-cased log lines of the window, with their file. */
	logs: { file: string; text: string }[];
	windowStart: string;
	/** Lower-cased texts of the owner's standing notes (Company_Handbook.md, Business_Goals.md), whatever their age. */
	standing?: { path: string; text: string }[];
}

/** Everything the audit and the briefing are built from. */
export interface BriefingData {
	period: BriefingPeriod;
	generatedAt: string;
	timeZone: string;
	/** The main currency (settings). */
	currency: string;
	root: string;
	waitHours: number;
	knownVendors: string[];
	odoo: OdooResult | null;
	ledger: Ledger;
	social: SocialFigures[] | null;
	vault: VaultActivity;
	logs: LogStats;
	goals: Goals;
	usage: UsageCorpus;
}

/** Something missing or contradictory, with what would resolve it. Never papered over. */
export interface DataGap {
	topic: string;
	what: string;
	resolve: string;
	/** A link to the evidence (file and line) when there is one. */
	evidence?: string;
}
