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
	notifications: {
		approvals: { schema: z.boolean(), default: true },
		failures: { schema: z.boolean(), default: true },
		auth: { schema: z.boolean(), default: true },
	},
} as const;

type Leaf = { schema: z.ZodMiniType; default: unknown };
/** A leaf's value type: literals widened (true → boolean), enum unions and nullable records kept as declared. */
type LeafValue<D> = [D] extends [boolean] ? boolean : [D] extends [number] ? number : [D] extends ["auto" | "xmlrpc" | "json2"] ? D : [D] extends [string] ? string : D;
type ShapeOf<T> = T extends Leaf ? LeafValue<T["default"]> : { -readonly [K in keyof T]: ShapeOf<T[K]> };

export type Settings = ShapeOf<typeof settingsShape>;
