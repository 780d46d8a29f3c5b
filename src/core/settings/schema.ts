// The settings object: one versioned, zod-validated shape with defaults. Safety-relevant keys are listed for sealing.
import * as z from "zod/mini";

export const SETTINGS_VERSION = 1;

const folderName = z.string().check(
	z.minLength(1, "must not be empty"),
	z.maxLength(120, "must be at most 120 characters"),
	z.refine((s) => !/[\\:*?"<>|]/.test(s) && !s.startsWith("/") && !s.split("/").includes(".."), "must be a plain folder path inside the vault"),
);
const minorUnits = z.int().check(z.minimum(0, "must be zero or more"), z.maximum(100_000_000_00, "is unreasonably large"));
const secretName = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a secret name: lowercase letters, digits and dashes"));
const networkSettings = z.nullable(z.record(z.string(), z.unknown()));
const perHour = z.int().check(z.minimum(0, "must be zero or more"), z.maximum(10_000, "must be at most 10000"));

/** One leaf per setting: its schema and default. Nested objects mirror the stored JSON. */
export const settingsShape = {
	version: { schema: z.int(), default: SETTINGS_VERSION },
	rootFolder: { schema: folderName, default: "AI_Employee" },
	dryRun: { schema: z.boolean(), default: true },
	timeZone: { schema: z.string(), default: "" },
	currency: { schema: z.string().check(z.regex(/^[A-Z]{3}$/, "must be a three-letter ISO code such as USD")), default: "USD" },
	executorSweepSeconds: { schema: z.int().check(z.minimum(10), z.maximum(3600)), default: 60 },
	policy: {
		autoApproveScheduledPosts: { schema: z.boolean(), default: true },
		autoApproveRecurringPaymentsBelowMinor: { schema: minorUnits, default: 10_000 },
		alwaysAskAboveMinor: { schema: minorUnits, default: 10_000 },
		acceptHandMovedApprovals: { schema: z.boolean(), default: false },
		maxPaymentsPerHour: { schema: perHour, default: 3 },
		maxEmailsPerHour: { schema: perHour, default: 10 },
		maxPostsPerHour: { schema: perHour, default: 10 },
		floodThreshold: { schema: z.int().check(z.minimum(1), z.maximum(1000)), default: 10 },
		/** How far (percent) a recurring payment may differ from the payee's earlier bills and still count as the same. */
		recurringTolerancePercent: { schema: z.int().check(z.minimum(0), z.maximum(50)), default: 5 },
		floodWindowMinutes: { schema: z.int().check(z.minimum(1), z.maximum(1440)), default: 10 },
	},
	odoo: {
		url: { schema: z.string().check(z.refine((v) => v === "" || /^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(v), "must start with http:// or https://")), default: "" },
		database: { schema: z.string(), default: "" },
		login: { schema: z.string(), default: "" },
		protocol: { schema: z.enum(["auto", "xmlrpc", "json2"]), default: "auto" as "auto" | "xmlrpc" | "json2" },
		timeoutSeconds: { schema: z.int().check(z.minimum(1), z.maximum(300)), default: 30 },
		apiKeySecret: { schema: secretName, default: "ai-employee-odoo-api-key" },
	},
	/** Each network's settings as the connector's own schema checks them (core does not know connectors); null = off. */
	social: {
		facebook: { schema: networkSettings, default: null as Record<string, unknown> | null },
		instagram: { schema: networkSettings, default: null as Record<string, unknown> | null },
		x: { schema: networkSettings, default: null as Record<string, unknown> | null },
		linkedin: { schema: networkSettings, default: null as Record<string, unknown> | null },
	},
	/** The WhatsApp Business account as src/connectors/whatsapp/config.ts checks it (phone number id…); null = off. */
	whatsapp: {
		account: { schema: networkSettings, default: null as Record<string, unknown> | null },
	},
	/** The weekly audit and Monday briefing (src/core/briefing). */
	briefing: {
		enabled: { schema: z.boolean(), default: true },
		day: { schema: z.enum(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]), default: "monday" as string },
		time: { schema: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time like 07:00")), default: "07:00" },
		/** Hours an item may wait in Needs_Action or Pending_Approval before the briefing lists it as a bottleneck. */
		waitHours: { schema: z.int().check(z.minimum(1), z.maximum(24 * 60)), default: 24 },
		/** Known subscription vendors, `pattern` or `pattern = category` (same category = overlapping tools). */
		knownVendors: {
			schema: z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(500)),
			default: [
				"Adobe = design", "Figma = design", "Canva = design", "Slack = chat", "Microsoft Teams = chat", "Zoom = video calls", "Google Meet = video calls",
				"Google Workspace = office suite", "Microsoft 365 = office suite", "Notion = notes", "Evernote = notes", "Dropbox = file storage", "Google One = file storage",
				"Box.com = file storage", "GitHub = code hosting", "GitLab = code hosting", "Mailchimp = email marketing", "ConvertKit = email marketing", "AWS = cloud hosting",
				"DigitalOcean = cloud hosting", "Unsplash = stock media", "Shutterstock = stock media", "Asana = project management", "Trello = project management", "Monday.com = project management",
			] as string[],
		},
	},
	/** The Gmail watcher, invoice drafts from email and sending email (src/connectors/gmail, src/core/watchers/gmail-watcher.ts). */
	gmail: {
		enabled: { schema: z.boolean(), default: false },
		/** Gmail search that picks the mail worth a note. */
		query: { schema: z.string().check(z.minLength(1, "must not be empty"), z.maxLength(500, "is too long")), default: "is:unread is:important" },
		intervalMinutes: { schema: z.int().check(z.minimum(1, "must be at least 1"), z.maximum(1440, "must be at most 1440")), default: 2 },
		/** How far back the first sync (and a full resync) looks. */
		firstSyncDays: { schema: z.int().check(z.minimum(1, "must be at least 1"), z.maximum(90, "must be at most 90")), default: 7 },
		/** The owner's own Desktop OAuth client id from Google Cloud (not secret); its secret lives in secret storage. */
		clientId: { schema: z.string().check(z.maxLength(300)), default: "" },
		clientSecretSecret: { schema: secretName, default: "ai-employee-google-client-secret" },
		refreshTokenSecret: { schema: secretName, default: "ai-employee-google-refresh-token" },
		/** Drafts odoo.create_invoice requests from emails that ask for an invoice. */
		invoiceDrafts: { schema: z.boolean(), default: true },
		/** More phrases that mean "please invoice us" in the owner's customers' words. */
		invoicePhrases: { schema: z.array(z.string().check(z.minLength(2), z.maxLength(100))).check(z.maxLength(100)), default: [] as string[] },
		/** Sending email (email.send) asks Google for the gmail.send scope too. */
		sendingEnabled: { schema: z.boolean(), default: false },
		/** Emails to people the owner has written to before may run without a click (policy rule "known-contact-email"). */
		autoApproveKnownContacts: { schema: z.boolean(), default: false },
	},
	/** Post drafts from business events (src/core/drafts): weekly, and on the command "Draft posts from this week". */
	drafts: {
		enabled: { schema: z.boolean(), default: false },
		/** Networks to draft for: one scheduled social.post per network and event. */
		networks: { schema: z.array(z.enum(["facebook", "instagram", "x", "linkedin"])).check(z.maxLength(4)), default: ["linkedin"] as string[] },
		day: { schema: z.enum(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]), default: "monday" as string },
		time: { schema: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time like 08:00")), default: "08:00" },
		/** The local time drafted posts are scheduled for, one day apart from the day after drafting. */
		postTime: { schema: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time like 10:00")), default: "10:00" },
	},
	notifications: {
		approvals: { schema: z.boolean(), default: true },
		failures: { schema: z.boolean(), default: true },
		auth: { schema: z.boolean(), default: true },
	},
	/** Every network call without its own timeout (social networks, Gmail, Google sign-in) gives up after this. */
	network: {
		timeoutSeconds: { schema: z.int().check(z.minimum(1, "must be at least 1"), z.maximum(300, "must be at most 300")), default: 30 },
	},
} as const;

type Leaf = { schema: z.ZodMiniType; default: unknown };
/** A leaf's value type: literals widened (true → boolean), enum unions and nullable records kept as declared. */
type LeafValue<D> = [D] extends [boolean] ? boolean : [D] extends [number] ? number : [D] extends ["auto" | "xmlrpc" | "json2"] ? D : [D] extends [string] ? string : D;
type ShapeOf<T> = T extends Leaf ? LeafValue<T["default"]> : { -readonly [K in keyof T]: ShapeOf<T[K]> };

export type Settings = ShapeOf<typeof settingsShape>;
