// A sample week for the briefing tests: Lumen & Pine Studio's vault as it stands on Monday 2026-11-30 07:00 UTC.
import { stringify } from "yaml";
import { Engine } from "../../../src/core/engine";
import type { BriefingDeps } from "../../../src/core/briefing/collect";
import type { ExternalSources } from "../../../src/core/briefing/types";
import { defaultSettings } from "../../../src/core/settings/parse";
import type { Settings } from "../../../src/core/settings/schema";
import { testHost, type TestHost } from "../../helpers";
import type { HttpClient } from "../../../src/core/ports";

export const ROOT = "AI_Employee";
/** The briefing is due at this instant; the vault was last touched the evening before. */
export const DUE = "2026-11-30T07:00:00Z";
export const BEFORE = "2026-11-29T21:00:00Z";

export const GOALS = `# Business goals

## Revenue targets
| period | target |
| --- | --- |
| monthly | 9000 USD |
| quarterly | 27000 USD |

## Metrics
| metric | target | alert threshold |
| --- | --- | --- |
| client response time | < 24 hours | > 48 hours |
| invoice payment rate | > 90% | < 80% |
| software costs | < 450 USD per month | > 550 USD per month |
| team morale | high | whenever it feels low |

## Projects
| project | due | status |
| --- | --- | --- |
| Bluebird Bakery website relaunch | 2026-12-12 | in progress |
| Greenleaf Dental brand refresh | 2027-01-20 | in progress |
| Studio portfolio update | 2026-12-10 | not started |
| Autumn newsletter | 2026-11-27 | in progress |
| Harbor signage | 2026-11-20 | done |
`;

/** October and November from the bank, with three rows that do not parse and one in another currency. */
export const BANK_CSV = `date,description,amount,currency
2026-10-02,Adobe Creative Cloud - monthly subscription,-59.99,USD
2026-10-03,Figma Professional - monthly,-45.00,USD
2026-10-05,Notion Plus - monthly,-30.00,USD
2026-10-06,Payment from Northwind Outfitters - INV-2026-031,4100.00,USD
2026-10-14,Payment from Bluebird Bakery - INV-2026-033,2250.00,USD
2026-10-21,Studio Chairs Co - office chairs,-380.00,USD
2026-10-27,Payment from Greenleaf Dental - INV-2026-035,1800.00,USD
2026-11-01,Office rent - Harbor Street Studios,-1450.00,USD
2026-11-02,Adobe Creative Cloud - monthly subscription,-89.99,USD
2026-11-03,Payment from Bluebird Bakery - INV-2026-041,2400.00,USD
2026-11-03,Figma Professional - monthly,-45.00,USD
2026-11-05,Notion Plus - monthly,-30.00,USD
2026-11-06,Payment from Northwind Outfitters - INV-2026-039,3850.00,USD
2026-11-07,Slack Pro - monthly,-26.25,USD
2026-11-13,Payment from Greenleaf Dental - INV-2026-040,1200.00,USD
2026-11-14,Canva Pro - monthly,-14.99,USD
2026-11-20,Payment from Maple & Co Law - INV-2026-042 (partial),1500.00,USD
2026-11-23,Payment from Harborview Yoga - deposit,1000.00,USD
2026-11-24,Dropbox Plus - monthly,-11.99,USD
2026-11-25,Bank fee - incoming wire,-15.00,USD
2026-11-26,Payment from Northwind Outfitters - INV-2026-044,2750.00,USD
2026-11-27,Freelance illustrator - Ana Ruiz,-600.00,USD
2026-11-27,Stock photos - Paris agency,-40.00,EUR
2026-11-31,Coffee and snacks - Corner Roasters,-38.60,USD
2026-11-28,Printer toner,12,50,USD
2026-11-28,Mailchimp Standard - monthly,twenty,USD
`;

export const CASH_MD = `# Petty cash

Cash we spent or took in by hand.

| date | description | amount |
| --- | --- | --- |
| 2026-11-24 | Payment from Maple & Co Law - cash balance | 300.00 |
| 2026-11-28 | Parking for client shoot | -18.50 |
| 28/11/2026 | Flowers for the studio | -25.00 |
`;

function note(fm: Record<string, unknown>, body: string): string {
	return `---\n${stringify(fm)}---\n${body}`;
}

function request(id: string, action: string, extra: Record<string, unknown>, title: string): string {
	return note({ type: "approval_request", id, action, created: "2026-11-20T09:00:00Z", requested_by: "owner", params: {}, ...extra }, `# ${title}\n`);
}

function logLine(ts: string, fields: Record<string, unknown>): string {
	return JSON.stringify({ timestamp: ts, actor: "headless:desk", target: "", parameters: {}, approval_status: "not_required", approved_by: null, result: "info", dry_run: true, correlation_id: null, error: null, ...fields });
}

export function sampleFiles(): Record<string, string> {
	const r = ROOT;
	return {
		[`${r}/Business_Goals.md`]: GOALS,
		[`${r}/Accounting/bank-2026-11.csv`]: BANK_CSV,
		[`${r}/Accounting/cash.md`]: CASH_MD,
		[`${r}/Accounting/statement.pdf`]: "%PDF-1.7",
		[`${r}/Completed/invoice-bluebird-REQ-1.md`]: request("REQ-1", "odoo.create_invoice", { status: "completed", finished_at: "2026-11-24T10:15:00Z", dry_run: true, result: "Dry run: Create a draft invoice for Bluebird Bakery over 2,400.00 USD" }, "Invoice Bluebird Bakery for the relaunch"),
		[`${r}/Completed/post-launch-REQ-2.md`]: request("REQ-2", "social.post", { status: "completed", finished_at: "2026-11-27T16:00:00Z", dry_run: false, result: "Posted to LinkedIn" }, "Announce the Bluebird relaunch"),
		[`${r}/Completed/old-REQ-0.md`]: request("REQ-0", "social.post", { status: "completed", finished_at: "2026-11-18T16:00:00Z", dry_run: false, result: "Posted" }, "Last week's post"),
		[`${r}/Rejected/payment-REQ-3.md`]: request("REQ-3", "odoo.register_payment", { status: "rejected", rejected_at: "2026-11-25T08:00:00Z", rejected_reason: "Wrong amount" }, "Register payment from Maple & Co"),
		[`${r}/Failed/invoice-greenleaf-REQ-4.md`]: request("REQ-4", "odoo.create_invoice", { status: "failed", finished_at: "2026-11-26T11:00:00Z", error: "Odoo refused the credentials", error_category: "auth" }, "Invoice Greenleaf Dental"),
		[`${r}/Needs_Action/EMAIL_harborview.md`]: note({ type: "email", from: "dana@harborviewyoga.example", received: "2026-11-25T16:42:00-05:00" }, "# Quote for a new website\n"),
		[`${r}/Needs_Action/FILE_hours.md`]: note({ type: "file", created: "2026-11-29T20:00:00Z" }, "# Client hours for November\n"),
		[`${r}/Pending_Approval/post-portfolio-REQ-5.md`]: request("REQ-5", "social.post", { status: "pending", created: "2026-11-26T09:30:00Z" }, "Share the portfolio update"),
		[`${r}/Plans/PLAN_bluebird.md`]: "# Plan: Bluebird relaunch\n\nMockups in Figma, copy in Notion, handover call on Slack.\n",
		[`${r}/Logs/2026-11-23.jsonl`]: [logLine("2026-11-23T08:00:00Z", { action_type: "vault.setup", result: "success" })].join("\n") + "\n",
		[`${r}/Logs/2026-11-24.jsonl`]:
			[
				logLine("2026-11-24T10:14:00Z", { action_type: "odoo.create_invoice", approval_status: "approved", result: "started", dry_run: true }),
				logLine("2026-11-24T10:15:00Z", { action_type: "odoo.create_invoice", approval_status: "approved", result: "dry_run", dry_run: true }),
			].join("\n") + "\n",
		[`${r}/Logs/2026-11-26.jsonl`]:
			[
				logLine("2026-11-26T10:59:00Z", { action_type: "odoo.create_invoice", approval_status: "approved", result: "started", dry_run: false }),
				logLine("2026-11-26T11:00:00Z", { action_type: "odoo.create_invoice", target: `${r}/Failed/invoice-greenleaf-REQ-4.md`, approval_status: "approved", result: "failure", dry_run: false, error: "Odoo refused the credentials" }),
				'{"timestamp":"2026-11-26T12:00:00Z","action_type":"tor',
			].join("\n") + "\n",
		[`${r}/Logs/2026-11-27.jsonl`]:
			[
				logLine("2026-11-27T15:59:00Z", { action_type: "social.post", target: `${r}/Approved/post-launch-REQ-2.md`, approval_status: "auto", approved_by: "policy", result: "info", dry_run: false }),
				logLine("2026-11-27T16:00:00Z", { action_type: "social.post", approval_status: "auto", result: "started", dry_run: false }),
				logLine("2026-11-27T16:00:01Z", { action_type: "social.post", approval_status: "auto", result: "success", dry_run: false }),
			].join("\n") + "\n",
	};
}

export interface SampleDesk {
	host: TestHost;
	engine: Engine;
	deps: BriefingDeps;
	settings: Settings;
}

/** The sample vault at `BEFORE`, with the engine's real workflow parts; the clock is moved by each test. */
export interface SampleOptions {
	files?: Record<string, string>;
	/** The outside sources; a function receives the desk's settings and host (to build the real connector sources). */
	sources?: ExternalSources | ((settings: () => Settings, host: TestHost) => () => ExternalSources);
	start?: string;
	timeZone?: string;
	http?: HttpClient;
	secrets?: Record<string, string>;
	patch?: (s: Settings) => void;
}

export function sampleDesk(options: SampleOptions = {}): SampleDesk {
	const host = testHost({ files: options.files ?? sampleFiles(), start: options.start ?? BEFORE, timeZone: options.timeZone ?? "UTC", http: options.http, secrets: options.secrets });
	const settings = defaultSettings();
	options.patch?.(settings);
	const engine = new Engine({ host, settings, hostKind: "headless", approvalKey: () => "test-approval-key", isExecutor: () => true });
	const given = options.sources ?? { odoo: null, social: null };
	const sources = typeof given === "function" ? given(() => engine.settings, host) : () => given;
	return { host, engine, settings, deps: { ...engine.deps, sources } };
}
