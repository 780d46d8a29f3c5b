// What each network's folder gives the social router: publish a post, publish a reply, name the account.
import type { ActionContext } from "../../core/executor/connector";
import type { SecretStore } from "../../core/ports";
import type { Network } from "./networks";
import type { PostParams, ReplyParams } from "./params";

export interface Published {
	/** The network's id of the post or reply (the first post of an X thread). */
	id: string;
	/** Where the owner can see it. */
	url: string;
	/** More facts for the note (thread ids, container id…). */
	fields?: Record<string, string | number | boolean | null>;
}

export interface SocialPublisher {
	readonly network: Network;
	/** The account as the owner knows it ("Acme Coffee", "@acme"), when the settings hold it. */
	account(): string | undefined;
	post(p: PostParams, ctx: ActionContext): Promise<Published>;
	reply(p: ReplyParams, ctx: ActionContext): Promise<Published>;
}

/**
 * The token for a write. A dry run sends nothing, so it may run before the owner has connected the account: the
 * placeholder only ever appears (redacted) in the recorded request.
 */
export function tokenFor(secrets: SecretStore, name: string, dryRun: boolean, missing: () => Error): string {
	const token = secrets.get(name);
	if (token) return token;
	if (dryRun) return "dry-run-placeholder-token";
	throw missing();
}
