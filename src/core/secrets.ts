// Secret names and their environment-variable fallbacks. Secrets live in secret storage or the environment, never the vault.

/** `ai-employee-odoo-api-key` → `AI_EMPLOYEE_ODOO_API_KEY`. */
export function envNameForSecret(name: string): string {
	return name.toUpperCase().replace(/-/g, "_");
}

/** Secret-storage ids are lowercase letters, digits and dashes. */
export function isValidSecretName(name: string): boolean {
	return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(name);
}

/** The key that signs approvals; generated on first use, shared by hand with a headless executor. */
export const APPROVAL_KEY_SECRET = "ai-employee-approval-key";
