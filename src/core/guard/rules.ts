// Every guard rule, in the order the card lists their hits: secrets first, because they block (the plugin's own first:
// "your Facebook Page token" says more than "a bearer token").
import { apiKeyRule, configuredSecretRule, passwordRule, privateKeyRule } from "./secret-rules";
import { cardRule, emailRule, ibanRule, nationalIdRule, phoneRule } from "./personal-rules";
import { confidentialRule, vaultLinkRule } from "./internal-rules";
import type { GuardRule } from "./types";

export const GUARD_RULES: readonly GuardRule[] = [configuredSecretRule, apiKeyRule, passwordRule, privateKeyRule, cardRule, ibanRule, nationalIdRule, phoneRule, emailRule, vaultLinkRule, confidentialRule];

/** The rules that hide a value wherever it is shown (card, notices, log): every secret rule. */
export const SECRET_RULES: readonly GuardRule[] = GUARD_RULES.filter((r) => r.kind === "secret");
