// A draft's dry run: the request note as the plugin would write it, the card the owner would see, and the exact
// requests the executor's dry run would record — computed on an in-memory copy of the vault, with no network at all.
import type { EngineParts } from "../core/engine-ports";
import { ApprovalService } from "../core/approval/approvals";
import { buildCard, type CardModel } from "../core/approval/card-model";
import { createActionContext } from "../core/executor/action-context";
import type { ActionHandler, WireRecord } from "../core/executor/connector";
import type { Clock, HttpClient } from "../core/ports";
import { createRequestNote, type NewRequest } from "../core/requests/create-request";
import { messageOf } from "../core/util/errors";
import { newKey } from "../core/requests/canonical";
import { OverlayVault } from "./overlay-vault";

/** Drafts never call a service: every request is refused here, before anything leaves the machine. */
export const OFFLINE_HTTP: HttpClient = {
	request: (req) => Promise.reject(new Error(`ERR_CONNECTION_REFUSED: not looked up — a draft never calls ${new URL(req.url).host}`)),
};

/**
 * The preview's clock: the real time, but a wait ends at once. Look-ups in a preview fail offline, and the read
 * policy's backoff between tries would otherwise keep an agent waiting for nothing.
 */
export function instantClock(base: Clock): Clock {
	return {
		now: () => base.now(),
		setTimeout: (fn) => base.setTimeout(fn, 0),
		clearTimeout: (h) => base.clearTimeout(h),
		setInterval: (fn, ms) => base.setInterval(fn, ms),
		clearInterval: (h) => base.clearInterval(h),
	};
}

export interface DraftPreview {
	/** Where the note would be written. */
	path: string;
	/** The note's text as it would be written. */
	note: string;
	card: CardModel;
	/** The requests the executor's dry run would record (secrets redacted), in order. */
	wire: WireRecord[];
	/** Set when the preview stopped at a look-up it may not make (e.g. the Odoo customer id). */
	stoppedAt: string | null;
}

export function previewDeps(deps: EngineParts): EngineParts {
	return { ...deps, vault: new OverlayVault(deps.vault, () => deps.clock.now()), http: OFFLINE_HTTP, clock: instantClock(deps.clock), approvalKey: () => null, isExecutor: () => false };
}

export async function previewDraft(deps: EngineParts, handler: ActionHandler<unknown>, params: unknown, req: NewRequest & { id: string }): Promise<DraftPreview> {
	const offline = previewDeps(deps);
	const path = await createRequestNote(offline, req);
	const note = (await offline.vault.read(path)) ?? "";
	// The note is unsigned (written with no key). Its card is read with a key nobody holds, so it says what the owner's
	// card says of a note written outside the plugin: untrusted, always asks.
	const throwaway = newKey();
	const reader: EngineParts = { ...offline, approvalKey: () => throwaway };
	const card = await buildCard(reader, new ApprovalService(reader, () => Promise.resolve()), path);
	const ctx = createActionContext({ http: offline.http, clock: offline.clock, secrets: offline.secrets, dryRun: true, correlationId: req.correlationId ?? req.id });
	let stoppedAt: string | null = null;
	try {
		await handler.execute(params, ctx);
	} catch (err) {
		stoppedAt = messageOf(err);
	}
	return { path, note, card, wire: ctx.wire, stoppedAt };
}
