// The approval key signs the owner's clicks. On a device it lives in secret storage: made on first use, never written to
// the vault (anything in the vault could be read or forged by whoever writes there).
import type { SecretStore } from "../core/ports";
import { APPROVAL_KEY_SECRET } from "../core/secrets";
import { newKey } from "../core/requests/canonical";

/** This device's approval key, made on first use; null when secret storage refuses it (then nothing runs here). */
export function deviceApprovalKey(secrets: SecretStore): string | null {
	const existing = secrets.get(APPROVAL_KEY_SECRET);
	if (existing) return existing;
	const key = newKey();
	try {
		secrets.set(APPROVAL_KEY_SECRET, key);
	} catch {
		return null;
	}
	return key;
}
