// Writes a new request note into Pending_Approval, signed as written by the plugin (for its commands and watchers).
import { makeOriginMac } from "../approval/stamp";
import { withCard } from "../approval/approvals";
import type { VaultNotes, TimeSource, ApprovalSigning } from "../engine-ports";
import { freePath } from "./note-ops";
import { writeNote } from "./frontmatter";
import { REQUEST_TYPE } from "./schema";
import { localDay } from "../util/dates";
import { slug } from "./slug";

export { slug };

export interface NewRequest {
	action: string;
	params: Record<string, unknown>;
	/** Who asked, in words: "owner", "gmail watcher"… */
	requestedBy: string;
	/** The plugin part that wrote it: `plugin:command`, `plugin:gmail`, `plugin:inbox`, `plugin:schedule`… */
	origin: string;
	title: string;
	body?: string;
	source?: string | null;
	expires?: string | null;
	correlationId?: string;
	id?: string;
	/** Extra frontmatter beside the envelope (never one of its keys), e.g. the source sentence of each invoice line. */
	fields?: Record<string, unknown>;
}

function randomSuffix(): string {
	const b = new Uint8Array(3);
	crypto.getRandomValues(b);
	return [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
}

/** A fresh request id, `REQ-<local day>-<6 hex>`. */
export function newRequestId(now: number, timeZone: string): string {
	return `REQ-${localDay(now, timeZone).replace(/-/g, "")}-${randomSuffix()}`;
}

export async function createRequestNote(deps: VaultNotes & TimeSource & ApprovalSigning, req: NewRequest): Promise<string> {
	const now = deps.clock.now();
	const id = req.id ?? newRequestId(now, deps.timeZone());
	const envelope: Record<string, unknown> = {
		type: REQUEST_TYPE,
		id,
		action: req.action,
		status: "pending",
		created: new Date(now).toISOString(),
		expires: req.expires ?? null,
		requested_by: req.requestedBy,
		source: req.source ?? null,
		correlation_id: req.correlationId ?? id,
		attempt: 1,
		params: req.params,
		origin: req.origin,
	};
	for (const [k, v] of Object.entries(req.fields ?? {})) if (!(k in envelope) && k !== "origin_mac") envelope[k] = v;
	const key = deps.approvalKey();
	// The mark binds the whole request as written here (attempt 1 included): a copy with any change is not the plugin's.
	if (key) envelope.origin_mac = await makeOriginMac({ id, action: req.action, params: req.params, expires: req.expires ?? null, attempt: 1, created: envelope.created as string }, key, req.origin);
	const body = withCard(`# ${req.title}\n\n${req.body ?? ""}\n`);
	const folder = deps.layout().folder("Pending_Approval");
	await deps.vault.mkdir(folder);
	const path = await freePath(deps.vault, folder, `${slug(req.title)}-${id}.md`);
	await deps.vault.write(path, writeNote(envelope, body, deps.yaml));
	return path;
}
