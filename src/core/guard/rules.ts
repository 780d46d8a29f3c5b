// Every guard rule, in the order the card lists their hits: secrets first, because they block.
import { apiKeyRule, passwordRule, privateKeyRule } from "./secret-rules";
import { cardRule, emailRule, ibanRule, nationalIdRule, phoneRule } from "./personal-rules";
import { confidentialRule, vaultLinkRule } from "./internal-rules";
import type { GuardRule } from "./types";

export const GUARD_RULES: readonly GuardRule[] = [apiKeyRule, passwordRule, privateKeyRule, cardRule, ibanRule, nationalIdRule, phoneRule, emailRule, vaultLinkRule, confidentialRule];
