// Puts one engine together with everything around it — connectors, Gmail, watchers under the watchdog, the status
// center — the same way for both hosts, so the app and the headless runner differ only in their ports and UI.
import { Engine } from "../core/engine";
import type { Host } from "../core/ports";
import type { Settings } from "../core/settings/schema";
import { RateLimitedNotifier } from "../core/notify/rate-limited-notifier";
import { ConcealingNotifier } from "../core/notify/concealing-notifier";
import type { SecretValue } from "../core/guard/types";
import { humanizeTimes } from "../core/util/when";
import { createStatusCenter, type StatusCenter } from "../core/status/status-center";
import { GmailWatcher, type GmailWatcherOptions } from "../core/watchers/gmail-watcher";
import { InboxWatcher } from "../core/watchers/inbox-watcher";
import { PlanKeeper } from "../core/plans/plan-keeper";
import { buildConnectors, odooSecrets, withHost } from "../connectors";
import { hostOf } from "../core/settings/endpoints";
import { odooConfigFrom } from "../connectors/odoo";
import { odooInvoiceStateReader } from "../connectors/odoo/invoice-states";
import { InvoiceStateCheck } from "../core/conflicts/invoice-state";
import { createGmail, googleEndpoints, type GmailParts } from "../connectors/gmail";
import { BriefingSchedule } from "../core/briefing/schedule";
import { nextDueMs } from "../core/briefing/period";
import { briefingDepsFor } from "../connectors/briefing-sources";
import { subscriptionsConnector } from "../connectors/subscriptions";
import { PostDrafter } from "../core/drafts/drafter";
import { DraftSchedule } from "../core/drafts/schedule";
import { withDeadline } from "../core/net/deadline";

export interface AssemblyOptions {
	host: Host;
	settings: Settings;
	hostKind: "obsidian" | "headless";
	approvalKey: () => string | null;
	isExecutor: () => boolean;
	/** Why this device does not execute approved requests, for the status view. */
	executorNote?: () => string | null;
	/** The invoice reader: in place for the headless runner, in a worker in Obsidian (so main.js carries it once). */
	invoiceReader: { decide: GmailWatcherOptions["decideInvoice"]; dispose?(): void };
}

export interface Assembly {
	engine: Engine;
	gmail: GmailParts;
	gmailWatcher: GmailWatcher;
	status: StatusCenter;
	/** The host's notifier behind per-kind switches and burst grouping; dispose on unload. */
	notices: RateLimitedNotifier;
	/** Post drafts from business events (the command and the weekly schedule share it). */
	drafter: PostDrafter;
}

export function assemble(opts: AssemblyOptions): Assembly {
	const base = opts.host;
	let current: () => Settings = () => opts.settings;
	let secretValues: () => readonly SecretValue[] = () => [];
	// Every notice passes the concealer last, so none can show a secret the engine holds (or a key format). The headless
	// runner's output is its log: every notice goes out at once and in full, none grouped or switched off.
	const notices = new RateLimitedNotifier(new ConcealingNotifier(base.notifier, () => secretValues()), base.clock, () => current().notifications, { immediate: opts.hostKind === "headless" });
	// Notices name times in the owner's zone and words, never as raw UTC ISO strings.
	let zone = (): string => base.timeZone;
	const humane = { notify: (message: string, kind?: Parameters<typeof notices.notify>[1]) => notices.notify(humanizeTimes(message, zone(), base.clock.now()), kind) };
	// Every request without its own timeout gets the owner's (network.timeoutSeconds), so no call can hang for good.
	const host: Host = { ...base, notifier: humane, http: withDeadline(base.http, () => current().network.timeoutSeconds * 1000) };
	const gmail = createGmail(() => current(), host.secrets, host.http, () => host.clock.now());
	const engine: Engine = new Engine({
		host,
		settings: opts.settings,
		hostKind: opts.hostKind,
		connectors: [...buildConnectors(() => current(), host.clock), withHost(gmail.connector, () => hostOf(googleEndpoints().gmail)), subscriptionsConnector()],
		approvalKey: opts.approvalKey,
		isExecutor: opts.isExecutor,
	});
	current = () => engine.settings;
	secretValues = () => engine.secretValues();
	zone = () => engine.timeZone;
	// Added first, so the supervisor stops it last: notices still gathered go out, then its timer is cleared.
	engine.addService({
		name: "Notices",
		start: () => undefined,
		stop: () => {
			// A refusal announced just before the stop (the runner's one pass ends at once) is shown, not dropped.
			notices.flushAll();
			notices.dispose();
		},
	});
	// Added before the watchers, so it stops after them: a read cut short while they run would note an email without
	// its draft.
	engine.addService({ name: "Invoice reader", start: () => undefined, stop: () => opts.invoiceReader.dispose?.() });
	const status = createStatusCenter(engine, {
		// A stopped request workflow is the first thing the status view says: nothing approved runs meanwhile.
		executorNote: () => engine.workflowProblem() ?? opts.executorNote?.() ?? null,
		nextBriefing: () => {
			const b = engine.settings.briefing;
			return b.enabled ? nextDueMs(host.clock.now(), engine.timeZone, b.day, b.time) : null;
		},
	});
	for (const s of status.services) engine.addService(s);
	const gmailWatcher = new GmailWatcher({ deps: engine.deps, source: gmail.source, decideInvoice: opts.invoiceReader.decide });
	status.watchdog.add(gmailWatcher);
	status.watchdog.add(new InboxWatcher(engine.deps));
	status.watchdog.add(new PlanKeeper(engine.deps));
	const drafter = addScheduledWork(engine, notices, opts.isExecutor);
	return { engine, gmail, gmailWatcher, status, notices, drafter };
}

/** Work the executor does on its own schedule: the Odoo invoice check, the weekly briefing and post drafts. */
function addScheduledWork(engine: Engine, notices: RateLimitedNotifier, isExecutor: () => boolean): PostDrafter {
	const host = engine.host;
	// Odoo and the vault must agree about invoices the plugin created, posted or paid; a difference opens a decision.
	engine.addService(
		new InvoiceStateCheck(
			engine.deps,
			() => engine.workflow.approvals.conflicts,
			odooInvoiceStateReader((secrets) => odooConfigFrom(engine.settings.odoo, odooSecrets(engine.settings, secrets)), host.secrets, host.http, host.clock),
			isExecutor,
		),
	);
	// Only the executor writes the weekly briefing, so a synced vault never gets two.
	engine.addService(new BriefingSchedule(briefingDepsFor(engine), { shouldRun: isExecutor }));
	const drafter = new PostDrafter(engine.deps);
	engine.addService(new DraftSchedule(drafter, { settings: () => engine.settings, clock: host.clock, timeZone: () => engine.timeZone, notify: (m) => notices.notify(m, "approval") }, isExecutor));
	return drafter;
}
