// Puts one engine together with everything around it — connectors, Gmail, watchers under the watchdog, the status
// center — the same way for both hosts, so the app and the headless runner differ only in their ports and UI.
import { Engine } from "../core/engine";
import type { Host } from "../core/ports";
import type { Settings } from "../core/settings/schema";
import { RateLimitedNotifier } from "../core/notify/rate-limited-notifier";
import { createStatusCenter, type StatusCenter } from "../core/status/status-center";
import { GmailWatcher } from "../core/watchers/gmail-watcher";
import { InboxWatcher } from "../core/watchers/inbox-watcher";
import { PlanKeeper } from "../core/plans/plan-keeper";
import { buildConnectors, odooSecrets, withHost } from "../connectors";
import { hostOf } from "../core/settings/endpoints";
import { odooConfigFrom } from "../connectors/odoo";
import { odooInvoiceStateReader } from "../connectors/odoo/invoice-states";
import { InvoiceStateCheck } from "../core/conflicts/invoice-state";
import { createGmail, decideInvoice, googleEndpoints, type GmailParts } from "../connectors/gmail";
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
	const notices = new RateLimitedNotifier(base.notifier, base.clock, () => current().notifications);
	// Every request without its own timeout gets the owner's (network.timeoutSeconds), so no call can hang for good.
	const host: Host = { ...base, notifier: notices, http: withDeadline(base.http, () => current().network.timeoutSeconds * 1000) };
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
	const status = createStatusCenter(engine, {
		executorNote: opts.executorNote,
		nextBriefing: () => {
			const b = engine.settings.briefing;
			return b.enabled ? nextDueMs(host.clock.now(), engine.timeZone, b.day, b.time) : null;
		},
	});
	for (const s of status.services) engine.addService(s);
	const gmailWatcher = new GmailWatcher({ deps: engine.deps, source: gmail.source, decideInvoice });
	status.watchdog.add(gmailWatcher);
	status.watchdog.add(new InboxWatcher(engine.deps));
	status.watchdog.add(new PlanKeeper(engine.deps));
	// Odoo and the vault must agree about invoices the plugin created, posted or paid; a difference opens a decision.
	engine.addService(
		new InvoiceStateCheck(
			engine.deps,
			() => engine.workflow.approvals.conflicts,
			odooInvoiceStateReader((secrets) => odooConfigFrom(engine.settings.odoo, odooSecrets(engine.settings, secrets)), host.secrets, host.http, host.clock),
			opts.isExecutor,
		),
	);
	// Only the executor writes the weekly briefing, so a synced vault never gets two.
	engine.addService(new BriefingSchedule(briefingDepsFor(engine), { shouldRun: opts.isExecutor }));
	const drafter = new PostDrafter(engine.deps);
	engine.addService(new DraftSchedule(drafter, { settings: () => engine.settings, clock: host.clock, timeZone: () => engine.timeZone, notify: (m) => notices.notify(m, "approval") }, opts.isExecutor));
	return { engine, gmail, gmailWatcher, status, notices, drafter };
}
